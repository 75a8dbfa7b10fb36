"""The consent form's wording: read it, or write a new version of it.

A version someone has answered is frozen (the core refuses changes and says why); new wording
becomes a new version, used from then on. The boxes (purposes) start as the current version's
and can be reworded, added or removed for the new version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import consent
from peerdesk.core.consent import Purpose, VersionRow
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.storage import Store
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.widgets.buttons import make_button

KEY_ROLE = Qt.ItemDataRole.UserRole


def wording_markdown(version: VersionRow) -> str:
    boxes = "\n".join(f"- ☐ {purpose.label}" for purpose in version.purposes)
    return f"# {version.title}\n\n{version.wording}\n\n## The boxes\n{boxes}\n"


class WordingDialog(QDialog):
    """Read-only: the current wording, its version number and its boxes."""

    def __init__(self, version: VersionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingDialog")
        title = self.tr("“{form}”, version {n}").format(form=version.form_name, n=version.number)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 620)
        state = (
            self.tr("People have agreed to this version, so its wording can no longer change.")
            if version.in_use
            else self.tr("No one has answered this version yet.")
        )
        self.status = QLabel(
            self.tr("Version {n}. Asked again every {months} months. {state}").format(
                n=version.number, months=version.review_months, state=state
            )
        )
        self.status.setObjectName("wordingStatus")
        self.status.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("wordingText")
        self.text.setAccessibleName(self.tr("Consent form wording"))
        self.text.setMarkdown(wording_markdown(version))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("wordingCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class VersionDialog(FormDialog):
    """Save makes a new version; "Correct version N" changes wording nobody has answered yet."""

    def __init__(self, store: Store, current: VersionRow, parent: QWidget | None = None) -> None:
        super().__init__("versionDialog", parent)
        self.store = store
        self.current = current
        self.saved: VersionRow | None = None
        self.setMinimumWidth(640)
        self.set_title(
            self.tr("New version of the wording"),
            self.tr("Save as &version {n}").format(n=current.number + 1),
        )
        intro = QLabel(
            self.tr(
                "People who agreed to version {n} keep what they agreed to. The new version is "
                "used for everyone asked from now on."
            ).format(n=current.number)
        )
        intro.setObjectName("versionIntro")
        intro.setWordWrap(True)
        self.title = self.line_edit("versionTitleEdit", self.tr("Title"))
        self.title.setText(current.title)
        self.wording = self.text_edit("versionWordingEdit", self.tr("Wording"))
        self.wording.setFixedHeight(self.wording.fontMetrics().lineSpacing() * 16)
        self.wording.setPlainText(current.wording)
        self.review = QSpinBox()
        self.review.setObjectName("versionReviewSpin")
        self.review.setAccessibleName(self.tr("Months until consent is asked again"))
        self.review.setRange(1, 120)
        self.review.setSuffix(self.tr(" months"))
        self.review.setValue(current.review_months)
        self.add_row(self.tr("&Title:"), self.title)
        self.add_row(self.tr("&Wording:"), self.wording)
        self.add_row(self.tr("Ask &again after:"), self.review)
        self.add_row(self.tr("Bo&xes to tick:"), self._purpose_editor(current))
        self.layout_.insertWidget(0, intro)

        self.correct_button: QPushButton = self.buttons.addButton(
            self.tr("&Correct version {n}").format(n=current.number),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.correct_button.setObjectName("versionCorrectButton")
        self.correct_button.setAccessibleName(
            self.tr("Correct version {n}").format(n=current.number)
        )
        self.correct_button.setToolTip(
            self.tr("Change version {n} itself: only while no one has answered it").format(
                n=current.number
            )
        )
        self.correct_button.setAutoDefault(False)
        self.correct_button.clicked.connect(self.correct)
        self.title.setFocus()

    def _purpose_editor(self, current: VersionRow) -> QWidget:
        """One line per box; F2 or double-click rewords it (its meaning, the key, stays)."""
        self.purpose_list = QListWidget()
        self.purpose_list.setObjectName("versionPurposeList")
        self.purpose_list.setAccessibleName(self.tr("Boxes people tick, one per purpose"))
        self.purpose_list.setWordWrap(True)
        for purpose in current.purposes:
            self._add_item(purpose.key, purpose.label)
        self.add_purpose_button = make_button("addPurposeButton", self.tr("Add a bo&x"))
        self.remove_purpose_button = make_button("removePurposeButton", self.tr("Remo&ve box"))
        self.add_purpose_button.clicked.connect(self.add_purpose)
        self.remove_purpose_button.clicked.connect(self.remove_purpose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_purpose_button)
        buttons.addWidget(self.remove_purpose_button)
        buttons.addStretch(1)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.purpose_list)
        column.addLayout(buttons)
        return editor

    def _add_item(self, key: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.purpose_list.addItem(item)
        return item

    def purposes(self) -> list[Purpose]:
        items = (self.purpose_list.item(row) for row in range(self.purpose_list.count()))
        return [Purpose(str(item.data(KEY_ROLE)), item.text()) for item in items if item]

    def add_purpose(self) -> None:
        taken = {purpose.key for purpose in self.purposes()}
        number = 1
        while f"extra_{number}" in taken:
            number += 1
        item = self._add_item(f"extra_{number}", self.tr("You may …"))
        self.purpose_list.setCurrentItem(item)
        self.purpose_list.editItem(item)

    def remove_purpose(self) -> None:
        item = self.purpose_list.currentItem()
        if item is None:
            return
        if item.data(KEY_ROLE) == consent.KEEP_RECORDS:
            # Without it nobody could agree to their name being kept.
            self.show_error(self.tr("The box about keeping names and attendance must stay."))
            return
        self.purpose_list.takeItem(self.purpose_list.row(item))

    def submit(self) -> None:
        self.saved = consent.new_version(
            self.store,
            self.current.form_id,
            title=self.title.text(),
            wording=self.wording.toPlainText(),
            purposes=self.purposes(),
            review_months=self.review.value(),
        )

    def correct(self) -> None:
        """Change the current version in place; the core refuses once it has been answered."""
        try:
            self.saved = consent.edit_version(
                self.store,
                self.current.id,
                title=self.title.text(),
                wording=self.wording.toPlainText(),
                review_months=self.review.value(),
            )
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.error_label.hide()
        self.accept()
