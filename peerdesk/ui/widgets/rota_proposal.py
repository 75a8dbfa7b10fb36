"""The band above a proposal: not saved yet, and the two ways out (Save this rota, Discard)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from peerdesk.ui.models.rows import styled_font
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button

# A note's tint and text colour for the palette in use (see peerdesk.ui.theme); by name, so
# that the buttons inside keep their own look.
PROPOSAL_STYLE: Kind = "note"


class ProposalBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaProposalBanner")
        apply_style(self, PROPOSAL_STYLE, "#rotaProposalBanner")
        self.label = QLabel(
            self.tr(
                "<b>Proposal — not saved yet.</b> Look it over: “Save this rota” keeps it "
                "(locked choices stay as they are), “Discard” leaves the saved rota as it was."
            )
        )
        self.label.setObjectName("rotaProposalLabel")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Proposal, not saved yet"))
        self.save_button = make_button("rotaSaveButton", self.tr("Sa&ve this rota"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the proposal as the rota (Ctrl+S)"))
        self.save_button.setFont(styled_font(bold=True))  # the next step, at a glance
        self.discard_button = make_button("rotaDiscardButton", self.tr("&Discard"))
        self.discard_button.setToolTip(self.tr("Throw the proposal away; the saved rota stays"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.discard_button)
        self.hide()
