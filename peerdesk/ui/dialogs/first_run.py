"""The first start: protect the records with a passphrase, then keep the recovery key safe.

Nothing is made until the person chooses: Cancel before that leaves no file behind, and Cancel
while the recovery key is on screen takes away the new (still empty) database again, so a
database never exists whose recovery key nobody kept. Going on without a passphrase needs a
ticked statement that the computer's own disk is encrypted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QMouseEvent, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, StorageError, ValidationError
from peerdesk.core.storage import Store
from peerdesk.printing.recovery_sheet import RecoverySheet, write_recovery_sheet
from peerdesk.printing.theme import Paper
from peerdesk.ui.dialogs.key_dialog import KeyDialog
from peerdesk.ui.dialogs.passphrase_fields import PassphraseFields, heading, wrapped
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.pdf_preview import print_pdf

KEY_STYLE: Kind = "key"  # looks from peerdesk.ui.theme: they follow dark mode
NOTE_STYLE: Kind = "hint"


def _paper_for_here() -> Paper:
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


class RecoveryKeyPanel(QWidget):
    """The recovery key on screen once, with Save and Print for the recovery sheet and a box to
    tick when it is kept safe (first run, and after a hand-over)."""

    def __init__(self, dialog: KeyDialog, name: str, title: str = "", intro: str = "") -> None:
        super().__init__()
        # Without words of its own: the records have just been locked with a new passphrase.
        title = title or self.tr("Keep the recovery key safe")
        intro = intro or self.tr(
            "Your records are now locked with your passphrase. If the passphrase is ever "
            "forgotten, this recovery key is the only other way in: nobody can reset it for "
            "you, not even the people who make peerdesk. It is shown only this once, so "
            "print or save the recovery sheet now."
        )
        self.setObjectName(name)
        self.dialog = dialog
        self.sheet: RecoverySheet | None = None
        self.key_label = QLabel()
        self.key_label.setObjectName(f"{name}KeyLabel")
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        apply_style(self.key_label, KEY_STYLE)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)

        self.save_button = make_button(
            f"{name}SaveButton", self.tr("&Save the recovery sheet as PDF…")
        )
        self.print_button = make_button(f"{name}PrintButton", self.tr("&Print the recovery sheet…"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button.clicked.connect(self.ask_and_print)
        self.done_label = wrapped(f"{name}DoneLabel", "")
        self.done_label.hide()
        self.error_label = make_error_label(f"{name}ErrorLabel")
        self.kept = QCheckBox(
            self.tr("I have &kept the recovery key safe (printed, saved or written down).")
        )
        self.kept.setObjectName(f"{name}KeptCheck")
        self.kept.setAccessibleName(self.tr("I have kept the recovery key safe"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(f"{name}Heading", title))
        layout.addWidget(wrapped(f"{name}Intro", intro))
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error_label)
        layout.addWidget(
            wrapped(
                f"{name}Where",
                self.tr(
                    "Give the sheet to the person your group chose to look after its records, "
                    "or keep it in a locked drawer. Not with the laptop, not in a photo or an "
                    "email: anyone with the key and this computer can read the records."
                ),
                NOTE_STYLE,
            )
        )
        layout.addWidget(self.kept)
        layout.addStretch(1)
        dialog.add_step(self)
        self.kept.toggled.connect(self._kept)

    def _kept(self, kept: bool) -> None:
        self.dialog.save_button.setEnabled(kept)
        if kept:
            self.dialog.error_label.hide()

    def show_key(self, recovery_key: str, database: Path, made_on: dt.date, finish: str) -> None:
        """The dialog's next step: this key, and ``finish`` on its button once it is kept."""
        self.set_key(recovery_key, database, made_on)
        self.dialog.show_step(self)
        self.dialog.save_button.setText(finish)
        self.dialog.save_button.setAccessibleName(finish.replace("&", ""))
        self.dialog.save_button.setEnabled(False)
        self.save_button.setFocus()

    def require_kept(self) -> None:
        if not self.kept.isChecked():
            raise ValidationError(
                self.tr("Tick the box once the recovery key is printed, saved or written down.")
            )

    def set_key(self, recovery_key: str, database: Path, made_on: dt.date) -> None:
        self.sheet = RecoverySheet(recovery_key, database, made_on)
        groups = recovery_key.split("-")  # in rows of five, as on the printed sheet
        rows = ["   ".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        self.key_label.setText("\n".join(row.ljust(len(rows[0])) for row in rows))
        self.key_label.setMinimumHeight(self.key_label.sizeHint().height())  # never squeezed
        self.kept.setChecked(False)
        self.done_label.hide()
        self.error_label.hide()

    def _sheet(self) -> RecoverySheet:
        if self.sheet is None:
            raise RuntimeError("no recovery key to show yet")
        return self.sheet

    def _done(self, text: str) -> None:
        self.error_label.hide()
        self.done_label.setText(text)
        self.done_label.show()
        self.dialog.fit()

    def _failed(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.dialog.fit()

    def ask_and_save(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path.home() / "peerdesk recovery sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def save_to(self, path: Path) -> None:
        try:
            write_recovery_sheet(self._sheet(), path, paper=_paper_for_here())
        except (OSError, PeerdeskError) as error:
            self._failed(self.tr("The sheet was not saved: {reason}").format(reason=error))
            return
        self._done(
            self.tr(
                "Saved as {path}. Print it or copy it somewhere safe away from this laptop, "
                "then delete this copy."
            ).format(path=path)
        )

    def ask_and_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("peerdesk recovery sheet"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recoveryPrintDialog")
        dialog.setWindowTitle(self.tr("Print the recovery sheet"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """One page, drawn from memory: the key never goes into a temporary file."""
        letter = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
        data = io.BytesIO()
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        try:
            write_recovery_sheet(self._sheet(), data, paper="Letter" if letter else "A4")
            buffer.setData(QByteArray(data.getvalue()))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)  # all in memory: ready at once
            if document.status() != QPdfDocument.Status.Ready:
                raise OSError(self.tr("the sheet could not be prepared for the printer"))
            print_pdf(document, printer)
        except (OSError, PeerdeskError) as error:
            self._failed(self.tr("The sheet was not printed: {reason}").format(reason=error))
            return
        finally:
            document.close()
            document.deleteLater()
            buffer.close()
            buffer.setData(QByteArray())
            buffer.deleteLater()
        self._done(self.tr("The recovery sheet was sent to the printer. Check that it came out."))


@dataclass
class Created:
    """A database the first run made, and what to take away again if the person cancels."""

    store: Store
    recovery_key: str
    folder: Path
    before: set[Path]
    new_folders: list[Path] = field(default_factory=list)

    def remove(self) -> None:
        """Close the new database and delete what was made for it (it holds nothing yet)."""
        self.store.close()
        name = self.store.path.name
        for path in self.folder.iterdir():
            if path not in self.before and path.name.startswith(name):
                with contextlib.suppress(OSError):
                    path.unlink()
        for folder in self.new_folders:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty


def create_database(database: Path, passphrase: str | None) -> Created:
    """A new database: protected by ``passphrase``, or plain when it is None."""
    from peerdesk.core.protection import create_protected
    from peerdesk.core.storage import open_store

    folder = database.parent
    new_folders = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            QCoreApplication.translate(
                "FirstRun", "The folder {folder} could not be made ({reason}). Nothing was changed."
            ).format(folder=folder, reason=error.strerror)
        ) from error
    before = set(folder.iterdir())
    if passphrase is None:
        return Created(open_store(database), "", folder, before, new_folders)
    made = create_protected(database, passphrase)
    return Created(made.store, made.recovery_key, folder, before, new_folders)


class FirstRunDialog(KeyDialog):
    """After ``Accepted``: ``store``, the new database, open."""

    def __init__(
        self,
        database: Path,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("firstRunDialog", parent)
        self.database = database
        self.today = today or dt.date.today()
        self.created: Created | None = None
        self.store: Store | None = None
        self.set_title(self.tr("Welcome to peerdesk"), self.tr("&Continue"))
        self.form.addRow(heading("firstRunHeading", self.tr("First, protect your group's records")))
        self.intro(
            "firstRunIntro",
            self.tr(
                "peerdesk keeps a note of who comes to your group. Going to a mental-health "
                "group says something about a person's health, so the law treats these records "
                "as health data, and they must be kept safe.\n\n"
                "Choose a passphrase to lock them. Without it, nobody who uses or finds this "
                "laptop can read them. peerdesk asks for it each time it opens."
            ),
        )
        self.protect = QRadioButton(self.tr("&Lock the records with a passphrase (recommended)"))
        self.protect.setObjectName("firstRunProtectRadio")
        self.protect.setAccessibleName(self.tr("Lock the records with a passphrase"))
        self.protect.setChecked(True)
        self.form.addRow(self.protect)
        self.fields = PassphraseFields("firstRun", self)
        self.fields.add_rows(self.add_row, self.tr("&Passphrase:"), self.tr("Type it &again:"))

        self.plain = QRadioButton(
            self.tr("&No passphrase: this computer's whole disk is already encrypted")
        )
        self.plain.setObjectName("firstRunPlainRadio")
        self.plain.setAccessibleName(self.tr("No passphrase"))
        self.confirm_row, self.confirm = statement_check(
            "firstRunConfirmCheck",
            self.tr(
                "I have checked that this computer's disk is encrypted with &BitLocker "
                "(Windows), FileVault (Mac) or LUKS (Linux). I understand that anyone who can "
                "log in to this computer can read the records."
            ),
            self.tr("I have checked that this computer's disk is encrypted"),
        )
        self.confirm_row.setEnabled(False)
        choice = QButtonGroup(self)
        choice.addButton(self.protect)
        choice.addButton(self.plain)
        self.protect.toggled.connect(self._chosen)
        self.form.addRow(self.plain)
        self.form.addRow(self.confirm_row)
        self.form.addRow(
            wrapped(
                "firstRunWhere",
                self.tr("The records will be kept in {path}").format(path=database),
                NOTE_STYLE,
            )
        )

        self.panel = RecoveryKeyPanel(self, "firstRunRecovery")
        self.fields.first.setFocus()

    def _chosen(self, protect: bool) -> None:
        self.fields.set_enabled(protect)
        self.confirm_row.setEnabled(not protect)
        if protect:
            self.confirm.setChecked(False)
        self.error_label.hide()

    def submit(self) -> None:
        if self.created is not None:  # the recovery key is on screen
            self.panel.require_kept()
            self.store = self.created.store
            self.accept()
            return
        if self.plain.isChecked():
            if not self.confirm.isChecked():
                raise ValidationError(
                    self.tr(
                        "To go on without a passphrase, tick the box to confirm that this "
                        "computer's disk is encrypted. If you are not sure, choose a passphrase."
                    )
                )
            self.run(
                lambda: create_database(self.database, None),
                self._made_plain,
                self.tr("Making the database…"),
            )
            return
        passphrase = self.fields.value()
        self.run(
            lambda: create_database(self.database, passphrase),
            self._made_protected,
            self.tr("Making the database and locking it with your passphrase…"),
        )

    def _made_plain(self, created: Created) -> None:
        self.store = created.store
        self.accept()

    def _made_protected(self, created: Created) -> None:
        self.created = created
        self.panel.show_key(
            created.recovery_key, self.database, self.today, self.tr("S&tart using peerdesk")
        )

    def reject(self) -> None:
        if self.busy:
            return
        if self.created is not None and self.store is None:
            self.created.remove()  # cancelled with the key on screen: nothing is kept
            self.created = None
        super().reject()


class _Statement(QLabel):
    """The words of a check box that are too long for one line: they wrap, and a click on them
    ticks the box, as a click on a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)  # Alt and the underlined letter reach the box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def statement_check(name: str, text: str, accessible: str) -> tuple[QWidget, QCheckBox]:
    """A check box with a long statement beside it, indented under the choice it belongs to."""
    box = QCheckBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    statement = _Statement(text, box)
    statement.setObjectName(f"{name}Label")
    holder = QFrame()
    row = QHBoxLayout(holder)
    row.setContentsMargins(24, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(statement, 1)
    return holder, box
