"""The right of access report in the window: everything peerdesk holds about one person.

The same services as ``peerdesk access-report`` make the report and write its two files (a PDF
and a JSON file) in the background. The files are protected with a passphrase for the person
unless the organiser unticks it and confirms that anyone who gets them could read them (R18);
either way the audit log says which. The dialog stays open to say where the files are, the date
the reply is due by, and that the passphrase goes to the person separately.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from peerdesk.core import access, people
from peerdesk.core.errors import ValidationError
from peerdesk.printing.access_report import SavedAccessReport, save_access_report
from peerdesk.printing.blocks import long_date
from peerdesk.printing.theme import Paper
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.first_run import NOTE_STYLE, _paper_for_here
from peerdesk.ui.dialogs.key_dialog import KeyDialog
from peerdesk.ui.dialogs.passphrase_fields import PassphraseFields, wrapped
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.rota_print import date_edit

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow

Ask = Callable[[QWidget, str, str], bool]


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class AccessReportDialog(KeyDialog):
    """Who, the day they asked, where the files go, paper, and the passphrase for the files.

    ``ask`` (the yes-or-no question on going without a passphrase) and ``choose_folder`` can be
    replaced by tests. After a report is made, ``saved`` holds its files.
    """

    def __init__(
        self, context: AppContext, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("accessReportDialog", parent)
        self.context = context
        self.saved: SavedAccessReport | None = None
        self.ask: Ask = confirm
        self.choose_folder: Callable[[Path], Path | None] = self._choose_folder
        today = context.today()
        self.set_title(self.tr("Right of access report"), self.tr("&Make the report"))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.person = QComboBox()
        self.person.setObjectName("accessReportPersonCombo")
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for row in people.list_people(context.store, include_archived=True):
            text = row.preferred_name
            if row.full_name and row.full_name != row.preferred_name:
                text = self.tr("{name} ({full})").format(name=text, full=row.full_name)
            if row.archived:
                text = self.tr("{name}, archived").format(name=text)
            self.person.addItem(text, row.id)
        found = self.person.findData(person_id) if person_id is not None else -1
        self.person.setCurrentIndex(found)
        if found < 0:
            self.person.setEditText("")
            line = self.person.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type part of their name"))

        self.requested = date_edit(
            "accessReportRequestedDate", self.tr("The day they asked"), today
        )
        self.requested.setMaximumDate(to_qdate(today))
        self.folder = QLineEdit(str(default_folder()))
        self.folder.setObjectName("accessReportFolderEdit")
        self.folder.setAccessibleName(self.tr("Folder for the files"))
        self.folder_button = make_button("accessReportFolderButton", self.tr("Ch&oose…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)

        self.paper = QComboBox()
        self.paper.setObjectName("accessReportPaperCombo")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(_paper_for_here())))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setObjectName("accessReportLargePrintCheck")
        self.large_print.setAccessibleName(self.tr("Large print"))
        paper_row = QHBoxLayout()
        paper_row.setContentsMargins(0, 0, 0, 0)
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.large_print)
        paper_row.addStretch(1)
        paper_box = QWidget()
        paper_box.setLayout(paper_row)

        self.protect = QCheckBox(self.tr("P&rotect the files with a passphrase (recommended)"))
        self.protect.setObjectName("accessReportProtectCheck")
        self.protect.setAccessibleName(self.tr("Protect the files with a passphrase"))
        self.protect.setChecked(True)
        self.fields = PassphraseFields("accessReport", self)
        self.fields.first.setAccessibleName(self.tr("Passphrase for the files"))
        self.fields.again.setAccessibleName(self.tr("Passphrase for the files again"))
        self.passphrase_note = wrapped(
            "accessReportPassphraseNote",
            self.tr(
                "The PDF asks for this passphrase in any PDF reader. Tell it to the person "
                "separately (in person or by phone), never with the files."
            ),
            NOTE_STYLE,
        )

        # Long wrapped lines sit around the form, not in it: the form's guess at their height
        # was short and cut off the top line.
        intro = wrapped(
            "accessReportIntro",
            self.tr(
                "Everything peerdesk holds about one person, for them to see: a PDF to read and "
                "a JSON file for other programs. The law gives a month to reply, counted from "
                "the day they asked. The file names never include their name."
            ),
        )
        intro.setContentsMargins(0, 0, 0, 8)
        self.layout_.insertWidget(0, intro)
        self.add_row(self.tr("&Person:"), self.person)
        self.add_row(self.tr("They &asked on:"), self.requested)
        self.add_row(self.tr("&Folder:"), folder_box)
        self.add_row(self.tr("Pa&per:"), paper_box)
        self.form.addRow(self.protect)
        self.fields.add_rows(self.add_row, self.tr("Pa&ssphrase:"), self.tr("Type it a&gain:"))
        self.layout_.insertWidget(self.layout_.indexOf(self.steps) + 1, self.passphrase_note)

        self.result_label = wrapped("accessReportResultLabel", "")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.result_label.font()
        bold.setBold(True)
        self.result_label.setFont(bold)
        self.result_label.hide()
        self.layout_.insertWidget(self.layout_.indexOf(self.error_label), self.result_label)

        self.folder_button.clicked.connect(self._ask_folder)
        self.protect.toggled.connect(self._protect_toggled)
        (self.fields.first if found >= 0 else self.person).setFocus()

    # -- the choices -------------------------------------------------------------------------
    def _choose_folder(self, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the report"), str(start)
        )
        return Path(chosen) if chosen else None

    def _ask_folder(self) -> None:
        chosen = self.choose_folder(Path(self.folder.text() or default_folder()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _protect_toggled(self, protect: bool) -> None:
        if not protect and not self.ask(
            self,
            self.tr("Save without a passphrase?"),
            self.tr(
                "Without a passphrase, anyone who gets these files (a lost memory stick, an "
                "email sent to the wrong address) can read everything the group holds about "
                "this person.\n\nSave them without a passphrase?"
            ),
        ):
            self.protect.setChecked(True)  # asks nothing: only unticking asks
            return
        self.fields.set_enabled(protect)
        self.passphrase_note.setEnabled(protect)
        self.error_label.hide()

    def person_id(self) -> int:
        index = self.person.findText(self.person.currentText())
        if self.person.currentText().strip() == "" or index < 0:
            raise ValidationError(self.tr("Choose the person the report is for."))
        return int(self.person.itemData(index))

    def paper_size(self) -> Paper:
        return "Letter" if self.paper.currentData() == "Letter" else "A4"

    # -- making it ---------------------------------------------------------------------------
    def submit(self) -> None:
        person_id = self.person_id()
        today = self.context.today()
        requested = from_qdate(self.requested.date())
        if requested > today:
            raise ValidationError(self.tr("The day they asked cannot be in the future."))
        folder = access.check_folder(Path(self.folder.text().strip() or "."))
        passphrase = self.fields.value() if self.protect.isChecked() else None
        store, paper, large = self.context.store, self.paper_size(), self.large_print.isChecked()

        def work() -> SavedAccessReport:
            report = access.access_report(store, person_id, today=today, requested_on=requested)
            return save_access_report(
                store, report, folder, paper=paper, large_print=large, passphrase=passphrase
            )

        self.result_label.hide()
        self.run(work, self._made, self.tr("Making the report…"))

    def _made(self, saved: SavedAccessReport) -> None:
        self.saved = saved
        due = access.reply_due_by(from_qdate(self.requested.date()))
        text = self.tr(
            "The report is made ({pages} pages):\n{pdf}\n{json}\n\nThe reply is due by {due}."
        ).format(pages=saved.pages, pdf=saved.pdf, json=saved.json, due=long_date(due))
        if due < self.context.today():
            text += " " + self.tr("That date has passed: please send it as soon as you can.")
        if saved.protected:
            text += "\n\n" + self.tr(
                "Both files are protected with the passphrase you chose. Give it to the person "
                "separately, not with the files. The JSON file opens with “peerdesk unseal”."
            )
        else:
            text += "\n\n" + self.tr(
                "The files are not protected: anyone who gets them can read them. Give them "
                "to the person directly, and keep them safe."
            )
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.show()
        self.fit()


def open_access_report(window: QWidget, context: AppContext, person_id: int | None) -> None:
    """Open the dialog over ``window``, or bring forward the one already open there."""
    for current in window.findChildren(AccessReportDialog):
        if current.isVisible():
            current.raise_()
            current.activateWindow()
            return
    dialog = AccessReportDialog(context, person_id, window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()


def open_from_window(window: MainWindow) -> None:
    """File ▸ Right of access report…: for the person chosen on the People page, if any."""
    context = window.opened
    if context is None:
        return
    page = window.current_page()
    chosen = getattr(page, "selected_person", None)
    person = chosen() if callable(chosen) else None
    open_access_report(window, context, None if person is None else int(person.id))
