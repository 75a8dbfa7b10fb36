"""The first thing a new organiser sees: what peerdesk is for, and where to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        title = QLabel(self.tr("Welcome to peerdesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        about = QLabel(
            self.tr(
                "peerdesk helps a small peer support group keep track of its sessions: when "
                "and where you meet, who came, who is facilitating, and what to print before "
                "you open the doors.\n\n"
                "Everything stays on this computer. Nothing is sent anywhere.\n\n"
                "Start by adding your group and when it meets. You can add the venue now or "
                "later, and change anything at any time."
            )
        )
        about.setObjectName("welcomeText")
        about.setWordWrap(True)

        self.add_group_button = QPushButton(self.tr("Add your first &group"))
        self.add_group_button.setObjectName("welcomeAddGroupButton")
        self.add_group_button.setAccessibleName(self.tr("Add your first group"))
        self.add_group_button.setDefault(True)
        self.add_group_button.setAutoDefault(True)
        self.add_venue_button = QPushButton(self.tr("Add a &venue"))
        self.add_venue_button.setObjectName("welcomeAddVenueButton")
        self.add_venue_button.setAccessibleName(self.tr("Add a venue"))

        demo = QLabel(
            self.tr(
                "Just looking around? Start peerdesk with <code>peerdesk --demo</code> to "
                "explore it filled with made-up groups and people. Nothing you do there is "
                "kept, and this database is not touched."
            )
        )
        demo.setObjectName("welcomeDemoHint")
        demo.setWordWrap(True)
        demo.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_group_button)
        buttons.addWidget(self.add_venue_button)
        buttons.addStretch(1)

        inner = QVBoxLayout()
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(about)
        inner.addLayout(buttons)
        inner.addSpacing(10)
        inner.addWidget(demo)

        # Keep the text to a readable line length in the middle of a wide window.
        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
