"""File ▸ Open a sealed file…: a sealed export or access-report file, opened with its passphrase
and saved as a plain copy (for a spreadsheet program, say), as ``peerdesk unseal`` does.

The plain copy is readable by anyone who gets it, so the dialog says so, and it is written
only where the person chooses, readable by them only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peerdesk.core.files import write_atomically
from peerdesk.core.sealed import SEALED_SUFFIX, read_sealed
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.operations import Progress, run_in_background

Chooser = Callable[[Path], Path | None]


class UnsealDialog(FormDialog):
    """``choose_source`` and ``choose_target`` (file dialogs) can be replaced by tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("unsealDialog", parent)
        self.setWindowTitle(self.tr("Open a sealed file"))
        self.save_button.setText(self.tr("&Open…"))
        self.save_button.setAccessibleName(self.tr("Open the sealed file"))
        self.choose_source: Chooser = self._ask_source
        self.choose_target: Chooser = self._ask_target
        self.opened_to: Path | None = None

        intro = QLabel(
            self.tr(
                "Exports and right-of-access files are sealed with a passphrase. Open one here "
                "to save a plain copy, for a spreadsheet program for example. The plain copy "
                "can be read by anyone who gets it: delete it when you have finished."
            )
        )
        intro.setObjectName("unsealIntro")
        intro.setWordWrap(True)
        # Above the form, not in it: a wrapped label in a form row is given too little height.
        self.layout_.insertWidget(0, intro)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("unsealFileEdit")
        self.file_edit.setAccessibleName(self.tr("Sealed file"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setObjectName("unsealChooseButton")
        browse.setAccessibleName(self.tr("Choose the sealed file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_edit)
        self.form.addRow(file_label, row)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("unsealPassphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("The file's passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        self.form.addRow(passphrase_label, self.passphrase_edit)

    def _browse(self) -> None:
        chosen = self.choose_source(Path(self.file_edit.text() or Path.home()))
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self.passphrase_edit.setFocus()

    def _ask_source(self, start: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sealed file"),
            str(start),
            self.tr("Sealed files (*{suffix});;All files (*)").format(suffix=SEALED_SUFFIX),
        )
        return Path(name) if name else None

    def _ask_target(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the plain copy as"), str(suggested)
        )
        return Path(name) if name else None

    def save(self) -> None:
        source = Path(self.file_edit.text().strip()).expanduser()
        passphrase = self.passphrase_edit.text()
        if not self.file_edit.text().strip() or not source.is_file():
            self.show_error(self.tr("Choose the sealed file to open."))
            return
        if not passphrase:
            self.show_error(self.tr("Type the passphrase the file was sealed with."))
            return
        name = source.name.removesuffix(SEALED_SUFFIX) or source.name + ".opened"
        target = self.choose_target(source.with_name(name))
        if target is None:
            return
        if target.resolve() == source.resolve():
            self.show_error(self.tr("Choose another name: the sealed file would be replaced."))
            return
        self.save_button.setEnabled(False)

        def work(_progress: Progress) -> Path:
            write_atomically(target, read_sealed(source, passphrase))
            return target

        run_in_background(work, self._done, self._failed, context=self)

    def _done(self, target: Path) -> None:
        self.opened_to = target
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_error(message)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()


def open_sealed_file(window: QWidget, show_message: Callable[[str], None]) -> UnsealDialog:
    dialog = UnsealDialog(window)

    def done() -> None:
        if dialog.opened_to is not None:
            show_message(
                _tr(
                    "Plain copy saved to {path}. Anyone who gets it can read it: delete it "
                    "when you have finished."
                ).format(path=dialog.opened_to)
            )

    dialog.accepted.connect(done)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
