"""The import wizards' first step: choose the spreadsheet, which is read in the background.

The file is read when it is chosen, when Enter is pressed in the location field or when "Read
the file" is pressed. A file that cannot be read says why in red and the page stays, so that
another can be chosen; nothing is ever written here. ``FileStep`` is the page without what is
read; ``FilePage`` reads people (with the people already in peerdesk, once), the attendance
import a register.
"""

from __future__ import annotations

from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peerdesk.core.importing import KnownPeople, Table, known_people, read_table
from peerdesk.ui.models.import_preview import ImportState
from peerdesk.ui.operations import Progress
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.import_parts import error_label, say, text_label
from peerdesk.ui.widgets.import_progress import ImportProgress

R = TypeVar("R")  # what reading gives


class FileStep(QWizardPage, Generic[R]):
    """Choose a file and read it in the background. Subclasses say what reading is (``load``,
    on a worker thread), keep what it gave (``loaded``) and forget it (``forget``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setAccessibleName(self.tr("Where the spreadsheet is"))
        self.path_edit.setPlaceholderText(self.tr("Type where the file is, or choose it"))
        self.choose_button = make_button("importChooseButton", self.tr("&Choose a file…"))
        self.read_button = make_button("importReadButton", self.tr("&Read the file"))
        self.read_button.setToolTip(self.tr("Read the file whose location is typed (Enter)"))
        self.progress = ImportProgress("importReadProgress")
        self.tip = tip = text_label("importFileTip")
        self.how_label = text_label("importHowReadLabel", selectable=True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheetCombo")
        self.sheet_combo.setAccessibleName(self.tr("Sheet to import"))
        self.sheet_box = QWidget()
        sheet_row = QFormLayout(self.sheet_box)
        sheet_row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("This workbook has several sheets. Sheet to &import:"))
        caption.setBuddy(self.sheet_combo)
        sheet_row.addRow(caption, self.sheet_combo)
        self.sheet_box.hide()
        self.error_label = error_label("importFileErrorLabel", self.tr("Problem with the file"))

        where = QLabel(self.tr("&File:"))
        where.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(where)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.read_button)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(tip)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.how_label)
        layout.addWidget(self.sheet_box)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_file)
        self.read_button.clicked.connect(lambda: self.read())
        self.path_edit.returnPressed.connect(lambda: self.read())
        self.path_edit.textEdited.connect(self._path_edited)
        self.sheet_combo.activated.connect(
            lambda _index: self.read(sheet=self.sheet_combo.currentText())
        )

    # -- what subclasses say ----------------------------------------------------------------
    def has_file(self) -> bool:
        """What was read is kept."""
        raise NotImplementedError

    def forget(self) -> None:
        """The file on screen is not the one read (or could not be read)."""
        raise NotImplementedError

    def load(self, path: Path, sheet: str | None, progress: Progress) -> R:
        """Read ``path`` (on a worker thread); raise a ``PeerdeskError`` to refuse it."""
        raise NotImplementedError

    def loaded(self, result: R) -> tuple[Table, str]:
        """Keep what ``load`` gave; the table read, and what to say about it."""
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self.has_file() and not self.progress.running

    # -- choosing -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        typed = Path(self.path_edit.text().strip()).expanduser()
        folder = typed.parent if self.path_edit.text().strip() else Path.home()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            str(folder),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.read()

    def _path_edited(self, _text: str) -> None:
        """The location on screen is no longer the file that was read."""
        self.forget()
        self.how_label.clear()
        self.sheet_box.hide()
        self.completeChanged.emit()

    # -- reading --------------------------------------------------------------------------------
    def read(self, sheet: str | None = None) -> None:
        """Read the file typed (the sheet chosen, for a workbook) in the background."""
        if self.progress.running:
            return
        text = self.path_edit.text().strip()
        self.forget()
        self.error_label.hide()
        self.how_label.clear()
        if sheet is None:
            self.sheet_box.hide()
        if not text:
            self._failed(self.tr("Type where the file is, or choose it with “Choose a file…”."))
            return
        path = Path(text).expanduser()
        self._enable(False)
        self.progress.start(
            self.tr("Reading {name}…").format(name=path.name),
            lambda done, total: self.tr("Reading {name}: row {done} of {total}").format(
                name=path.name, done=done, total=total
            ),
            lambda progress: self.load(path, sheet, progress),
            self._read,
            self._failed,
            self._stopped,
        )
        self.progress.stop_button.setFocus()
        self.completeChanged.emit()

    def _enable(self, on: bool) -> None:
        for widget in (self.path_edit, self.choose_button, self.read_button, self.sheet_combo):
            widget.setEnabled(on)

    def _read(self, result: R) -> None:
        self._enable(True)
        table, said = self.loaded(result)
        say(self.how_label, said)
        if len(table.sheets) > 1:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(table.sheets))
            self.sheet_combo.setCurrentText(table.sheet or "")
            self.sheet_box.show()
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def _failed(self, message: str) -> None:
        self._enable(True)
        self.error_label.setText(message)
        self.error_label.show()
        self.completeChanged.emit()
        self.choose_button.setFocus()

    def _stopped(self) -> None:
        self._enable(True)
        say(self.how_label, self.tr("Stopped: the file was not read. Choose it again, or another."))
        self.completeChanged.emit()
        self.choose_button.setFocus()


class FilePage(FileStep[tuple[Table, KnownPeople]]):
    """The people import's first step: the file, with the people already in peerdesk."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("importFilePage")
        self.setSubTitle(
            self.tr(
                "A CSV file or an Excel workbook (.xlsx) with one person on each row, such as "
                "the list the group already keeps. Nothing is saved until the last step."
            )
        )
        self.tip.setText(
            self.tr(
                "peerdesk looks for the row of headings, such as “Name”, “Known as”, “Phone”, "
                "“Email” and “OK to contact?”; title lines and blank rows above it are passed "
                "over. You can say what each column holds on the next page."
            )
        )

    def has_file(self) -> bool:
        return self.state.table is not None

    def forget(self) -> None:
        self.state.clear()

    def load(self, path: Path, sheet: str | None, progress: Progress) -> tuple[Table, KnownPeople]:
        table = read_table(path, sheet=sheet, progress=progress.report)
        progress.check()  # Stop pressed while a CSV file was read: drop it
        return table, known_people(self.state.store)

    def loaded(self, result: tuple[Table, KnownPeople]) -> tuple[Table, str]:
        table, known = result
        count = len(table.rows)
        rows = self.tr("1 row") if count == 1 else self.tr("{n} rows").format(n=count)
        how = self.tr(
            "{name} has been read as {how}.\nThe headings are on row {line}, with {rows} below "
            "them. Press Next to check what each column holds."
        )
        self.state.set_table(table, known)
        return table, how.format(
            name=table.source_name, how=table.how_read(), line=table.header_line, rows=rows
        )
