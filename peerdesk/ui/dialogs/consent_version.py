"""The consent form's wording: read it, or write a new version of it.

A version someone has answered is frozen (the core refuses changes and says why); new wording
becomes a new version, used from then on. The purposes are copied from the current version.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import consent
from peerdesk.core.consent import VersionRow
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.storage import Store
from peerdesk.ui.dialogs.form_dialog import FormDialog


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
                "used for everyone asked from now on. The boxes stay as they are."
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

    def submit(self) -> None:
        self.saved = consent.new_version(
            self.store,
            self.current.form_id,
            title=self.title.text(),
            wording=self.wording.toPlainText(),
            purposes=self.current.purposes,
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
