"""Export to CSV for a spreadsheet: the people, where everyone stands on consent, a group's
attendance for a period, or the rota for a period.

The same services as ``peerdesk export`` make the rows and write the file (all of it or nothing,
formula-like cells made harmless) in the background. The dialog stays open to say how many rows
were written and where. The file is sealed with a passphrase (``….csv.sealed``, opened by
``peerdesk unseal``) unless the person unticks it and confirms that anyone who gets the file could
read it (R18); the audit log says which.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import audit, export, groups
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.sealed import SEALED_SUFFIX
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.passphrase_fields import PassphraseFields
from peerdesk.ui.operations import Progress
from peerdesk.ui.widgets.rota_busy import RotaBusy
from peerdesk.ui.widgets.rota_print import date_edit

T = TypeVar("T")
PEOPLE, CONSENT, ATTENDANCE, ROTA = "people", "consent", "attendance", "rota"
EVERY_GROUP = -1
ROTA_WEEKS = 13  # the rota's dates start at today and run a quarter ahead


@dataclass(frozen=True)
class ExportChoice:
    kind: str
    group_id: int  # EVERY_GROUP: every group that is not archived (the rota only)
    date_from: dt.date
    date_to: dt.date
    include_archived: bool = False


def export_table(
    store: Store, choice: ExportChoice, *, today: dt.date
) -> tuple[Sequence[str], list[tuple[str, ...]]]:
    """The header and rows for ``choice``, from the services ``peerdesk export`` uses."""
    if choice.kind == PEOPLE:
        return export.PEOPLE_HEADER, export.people_rows(
            store, include_archived=choice.include_archived
        )
    if choice.kind == CONSENT:
        return export.CONSENT_HEADER, export.consent_rows(store, today=today)
    if choice.kind == ATTENDANCE:
        rows = export.attendance_rows(
            store, choice.group_id, date_from=choice.date_from, date_to=choice.date_to
        )
        return export.ATTENDANCE_HEADER, rows
    group_ids = [choice.group_id]
    if choice.group_id == EVERY_GROUP:
        group_ids = [g.id for g in groups.list_groups(store, today=today)]
    return export.ROTA_HEADER, export.rota_rows(store, group_ids, choice.date_from, choice.date_to)


def file_name(choice: ExportChoice, group_name: str, today: dt.date) -> str:
    """ "attendance Tuesday Evening Drop-in 2026-07-01 to 2026-09-30.csv": safe everywhere."""
    if choice.kind in (PEOPLE, CONSENT):
        return f"{choice.kind} {today.isoformat()}.csv"
    group = re.sub(r"[^\w\- ']+", "", group_name).strip()
    period = f"{choice.date_from.isoformat()} to {choice.date_to.isoformat()}"
    return " ".join(part for part in (choice.kind, group, period) if part) + ".csv"


class WritingDialog(FormDialog):
    """A dialog that writes one file in the background and stays open to say how it went.

    "Save as…" asks where (``save()``), then ``save_to`` checks the choices and starts the
    writing that a subclass's ``start_writing`` hands to ``write``. Close instead of Cancel; a
    bold line under the form says what was written, or the red line what went wrong.
    """

    def __init__(self, name: str, suffix: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.suffix = suffix
        self.folder: Path | None = None  # where the last file went: the next is offered there
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.result_label = QLabel()
        self.result_label.setObjectName(f"{name}ResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.result_label.font()
        bold.setBold(True)
        self.result_label.setFont(bold)
        self.result_label.hide()
        self.result_row = QHBoxLayout()
        self.result_row.addWidget(self.result_label, 1)
        self.layout_.insertLayout(2, self.result_row)
        self.busy = RotaBusy(self)
        self.busy.finished.connect(lambda: self.save_button.setEnabled(True))

    # -- what subclasses say -----------------------------------------------------------------
    def suggested_name(self) -> str:
        """The file name offered; raises ``PeerdeskError`` when the choices are incomplete."""
        raise NotImplementedError

    def start_writing(self, path: Path) -> None:
        """Check the choices (``PeerdeskError`` if they will not do), then call ``write``."""
        raise NotImplementedError

    # -- asking and writing ------------------------------------------------------------------
    def save(self) -> None:
        try:
            name = self.suggested_name()
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str((self.folder or Path.home()) / name), self.file_filter()
        )
        if chosen:
            self.save_to(Path(chosen))

    def file_filter(self) -> str:
        return self.tr("{kind} files (*{suffix})").format(
            kind=self.suffix[1:].upper(), suffix=self.suffix
        )

    def named(self, path: Path) -> Path:
        """``path`` ending as the files written here end."""
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def save_to(self, path: Path) -> None:
        path = self.named(path)
        try:
            self.start_writing(path)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.folder = path.parent

    def write(
        self,
        path: Path,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        failure: str,
    ) -> None:
        """Run ``work`` (which writes ``path``) with a progress window; ``failure`` is the
        message for a failure, with ``{reason}`` in it."""

        def guarded(progress: Progress) -> T:
            result = work(progress)
            if progress.cancelled:  # Cancel pressed while it was written: take it away again
                path.unlink(missing_ok=True)
            return result

        self.error_label.hide()
        self.result_label.hide()
        self.save_button.setEnabled(False)
        self.busy.start(
            self.windowTitle(),
            self.tr("Writing {name}…").format(name=path.name),
            guarded,
            done,
            lambda reason: self.show_error(failure.format(reason=reason)),
            lambda: self.say(self.tr("Stopped: nothing was saved.")),
        )

    def say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)
        self.result_label.show()


class ExportDialog(WritingDialog):
    def __init__(
        self,
        context: AppContext,
        group_id: int | None = None,
        period: tuple[dt.date, dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("exportDialog", ".csv", parent)
        self.context = context
        self.written: tuple[Path, int] | None = None  # the last file written and its rows
        self.set_title(self.tr("Export to a spreadsheet"), self.tr("&Save as CSV…"))
        today = context.today()
        self._groups = groups.list_groups(context.store, today=today, include_archived=True)
        self._group_ids = {ATTENDANCE: group_id, ROTA: EVERY_GROUP}  # each export's group
        self._dates = {
            ATTENDANCE: period or (today - dt.timedelta(days=365), today),
            ROTA: (today, today + dt.timedelta(weeks=ROTA_WEEKS)),
        }

        self.archived = QCheckBox(self.tr("Include people who are archi&ved"))
        self.archived.setObjectName("exportArchivedCheck")
        self.archived.setAccessibleName(self.tr("Include people who are archived"))
        self.kinds = QButtonGroup(self)
        kind_box = QWidget()
        kind_box.setObjectName("exportKindBox")
        column = QVBoxLayout(kind_box)
        column.setContentsMargins(0, 0, 0, 0)
        for kind, text, accessible in (
            (PEOPLE, self.tr("&People: names and the contact details kept"), self.tr("People")),
            (CONSENT, self.tr("&Consent: where each person stands today"), self.tr("Consent")),
            (ATTENDANCE, self.tr("&Attendance of one group"), self.tr("Attendance")),
            (ROTA, self.tr("&Rota: who facilitates each session"), self.tr("Rota")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"export{kind.title()}Radio")
            button.setAccessibleName(accessible)
            button.setProperty("kind", kind)
            self.kinds.addButton(button)
            column.addWidget(button)
            if kind == PEOPLE:  # its one choice, just under it and set in
                indented = QHBoxLayout()
                indented.setContentsMargins(button.iconSize().width() + 8, 0, 0, 0)
                indented.addWidget(self.archived)
                column.addLayout(indented)
        self.group = QComboBox()
        self.group.setObjectName("exportGroupCombo")
        self.group.setAccessibleName(self.tr("Group"))
        self.date_from = date_edit("exportFromDate", self.tr("From"), today)
        self.date_to = date_edit("exportToDate", self.tr("To"), today)
        note = self.tr(
            "These files hold personal data: names, and contact details where they are kept. "
            "Keep them safe, and delete them when they have done their job."
        )
        if os.name == "posix":
            note += " " + self.tr("They are saved so that only you can open them.")
        note += " " + self.tr(
            "A sealed file opens with its passphrase in File\u00a0▸\u00a0Open a sealed file… "
            "(or peerdesk unseal), which saves a plain copy for a spreadsheet."
        )
        self.note = QLabel(note)
        self.note.setObjectName("exportPrivacyNote")
        self.note.setWordWrap(True)
        self.ask: Callable[[QWidget, str, str], bool] = confirm  # tests answer for the person
        self.protect = QCheckBox(self.tr("Prot&ect the file with a passphrase (recommended)"))
        self.protect.setObjectName("exportProtectCheck")
        self.protect.setAccessibleName(self.tr("Protect the file with a passphrase"))
        self.protect.setChecked(True)
        self.fields = PassphraseFields("export", self)
        self.fields.first.setAccessibleName(self.tr("Passphrase for the file"))
        self.fields.again.setAccessibleName(self.tr("Passphrase for the file again"))

        self.add_row(self.tr("What:"), kind_box)
        self.add_row(self.tr("&Group:"), self.group)
        self.add_row(self.tr("&From:"), self.date_from)
        self.add_row(self.tr("&To:"), self.date_to)
        self.form.addRow(self.note)
        self.form.addRow(self.protect)
        self.fields.add_rows(
            self.add_row, self.tr("Passphrase for the fi&le:"), self.tr("Type it agai&n:")
        )
        self.protect.toggled.connect(self._protect_toggled)
        self._kind = ""
        self.kinds.buttonToggled.connect(self._kind_toggled)
        self.set_kind(ATTENDANCE if group_id is not None else PEOPLE)
        self.kind_button(self.kind()).setFocus()

    # -- the choices -------------------------------------------------------------------------
    def kind(self) -> str:
        button = self.kinds.checkedButton()
        return str(button.property("kind")) if button is not None else PEOPLE

    def kind_button(self, kind: str) -> QRadioButton:
        found = self.findChild(QRadioButton, f"export{kind.title()}Radio")
        assert found is not None, kind
        return found

    def set_kind(self, kind: str) -> None:
        self.kind_button(kind).setChecked(True)

    def _kind_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self._kind_chosen()

    def _kind_chosen(self) -> None:
        """Enable the fields this export needs; each export keeps its own dates and group."""
        if self._kind in self._dates:
            self._dates[self._kind] = self._period()
        if self._kind in self._group_ids and self.group.currentData() is not None:
            self._group_ids[self._kind] = int(self.group.currentData())
        kind = self._kind = self.kind()
        dated = kind in self._dates
        for widget in (self.group, self.date_from, self.date_to):
            widget.setEnabled(dated)  # greyed rather than hidden: the dialog keeps its shape
        self.archived.setEnabled(kind == PEOPLE)
        if dated:
            start, end = self._dates[kind]
            self.date_from.setDate(to_qdate(start))
            self.date_to.setDate(to_qdate(end))
            self._fill_groups(every=kind == ROTA)
        self.result_label.hide()
        self.error_label.hide()

    def _fill_groups(self, *, every: bool) -> None:
        self.group.clear()
        if every:
            self.group.addItem(self.tr("All groups"), EVERY_GROUP)
        for group in self._groups:
            if group.archived and every:
                continue  # an archived group has no rota to come
            text = group.name
            if group.archived:
                text = self.tr("{name} (archived)").format(name=text)
            self.group.addItem(text, group.id)
        wanted = self._group_ids[self._kind]
        found = self.group.findData(wanted) if wanted is not None else -1
        self.group.setCurrentIndex(max(found, 0))

    def _period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def choice(self) -> ExportChoice:
        kind, (start, end) = self.kind(), self._period()
        if kind in self._dates and end < start:
            raise ValidationError(self.tr("The end date is before the start date."))
        group = self.group.currentData()
        if kind in self._dates and group is None:
            raise ValidationError(
                self.tr("There are no groups yet, so there is nothing to export.")
            )
        group_id = EVERY_GROUP if group is None else int(group)
        return ExportChoice(kind, group_id, start, end, self.archived.isChecked())

    # -- protecting the file -----------------------------------------------------------------
    def _protect_toggled(self, protect: bool) -> None:
        if not protect and not self.ask(
            self,
            self.tr("Save without a passphrase?"),
            self.tr(
                "Without a passphrase, anyone who gets this file (a lost memory stick, an email "
                "sent to the wrong address) can read the names and details in it.\n\n"
                "Save it without a passphrase?"
            ),
        ):
            self.protect.setChecked(True)
            return
        self.fields.set_enabled(protect)
        self.error_label.hide()

    def passphrase(self) -> str | None:
        """The passphrase to seal with (checked), or None for a plain file."""
        return self.fields.value() if self.protect.isChecked() else None

    def named(self, path: Path) -> Path:
        if not self.protect.isChecked():
            return super().named(path)
        name = path.name
        if name.lower().endswith(SEALED_SUFFIX):
            name = name[: -len(SEALED_SUFFIX)]
        if not name.lower().endswith(self.suffix):
            name += self.suffix
        return path.with_name(name + SEALED_SUFFIX)

    def file_filter(self) -> str:
        if self.protect.isChecked():
            return self.tr("CSV files sealed with a passphrase (*{suffix})").format(
                suffix=SEALED_SUFFIX
            )
        return super().file_filter()

    # -- writing -----------------------------------------------------------------------------
    def suggested_name(self) -> str:
        choice = self.choice()
        self.passphrase()  # a problem with it is told before the file is chosen
        group = self.group.currentText() if choice.kind == ATTENDANCE else ""
        return self.named(Path(file_name(choice, group, self.context.today()))).name

    def start_writing(self, path: Path) -> None:
        choice = self.choice()
        passphrase = self.passphrase()
        store, today = self.context.store, self.context.today()

        def work(progress: Progress) -> tuple[Path, int]:
            header, rows = export_table(store, choice, today=today)
            progress.check()
            count = export.write_csv(path, header, rows, passphrase=passphrase)
            # The same words as ``peerdesk export``: the log says whether it left protected.
            how = "sealed with a passphrase" if passphrase else "plain, unprotected"
            audit.record(
                store, audit.EXPORT, f"{choice.kind} exported to CSV ({how}): {count} rows."
            )
            return path, count

        self.write(path, work, self._written, self.tr("Nothing was exported. {reason}"))

    def _written(self, written: tuple[Path, int]) -> None:
        self.written = written
        path, count = written
        if count == 0:
            text = self.tr(
                "There was nothing to export for these choices: {path} holds only the headings."
            )
        elif count == 1:
            text = self.tr("1 row written to {path}.")
        else:
            text = self.tr("{count} rows written to {path}.")
        text = text.format(count=f"{count:,}", path=path)
        if path.name.endswith(SEALED_SUFFIX):
            text += " " + self.tr(
                "It is sealed with the passphrase: give the passphrase separately to whoever "
                "gets the file. “peerdesk unseal” opens it."
            )
        else:
            text += " " + self.tr("It is not protected: anyone who gets it can read it.")
        self.say(text)
