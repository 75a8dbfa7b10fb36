"""The rota's files: the printed rota, availability forms to hand out, and a calendar file per
facilitator. Each asks where (and on what paper), then writes in the background with Cancel.

The printing and calendar modules are imported only when a file is written, so the Rota page
opens quickly (and works while one of them is missing: the page then says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFormLayout, QLabel, QWidget

from peerdesk.core import packs
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.rota_view import RotaView
from peerdesk.core.storage import Store
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.packs import PrintOptions
from peerdesk.ui.operations import Cancelled, Progress
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.widgets.pack_options import PackOptions
from peerdesk.ui.widgets.rota_busy import RotaBusy


def _missing(what: str) -> str:
    return _tr("This version of peerdesk cannot make {what} yet.").format(what=what)


def date_edit(name: str, accessible: str, day: dt.date) -> QDateEdit:
    """A date box with a calendar, whose day and month names read the same on every computer."""
    edit = QDateEdit(to_qdate(day))
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setCalendarPopup(True)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


class RotaPrintDialog(FormDialog):
    """Paper and print size (as on the Packs page), and for availability forms the dates."""

    def __init__(
        self,
        title: str,
        options: PrintOptions,
        dates: tuple[dt.date, dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("rotaPrintDialog", parent)
        self.set_title(title, _tr("&Choose where to save…"))
        self.options = PackOptions()
        self.options.set_print(options.paper, options.large_print)
        form = self.options.layout()
        if isinstance(form, QFormLayout):  # copies are for packs, not for these
            for spin in (self.options.consent_copies, self.options.spare_copies):
                form.setRowVisible(spin, False)
        self.form.addRow(self.options)  # its own "Paper:" and "Large print"
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        if dates is not None:
            self.date_from = date_edit("rotaPrintFromDate", _tr("From"), dates[0])
            self.date_to = date_edit("rotaPrintToDate", _tr("To"), dates[1])
            self.add_row(_tr("&From:"), self.date_from)
            self.add_row(_tr("&To:"), self.date_to)
            intro = QLabel(
                _tr(
                    "A page for each facilitator listing the sessions of their groups in these "
                    "dates, to tick when they can come, and a blank page for someone new."
                )
            )
            intro.setWordWrap(True)
            self.layout_.insertWidget(0, intro)
        self.chosen: PrintOptions = options

    def dates(self) -> tuple[dt.date, dt.date] | None:
        if self.date_from is None or self.date_to is None:
            return None
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def submit(self) -> None:
        dates = self.dates()
        if dates is not None and dates[1] < dates[0]:
            raise ValidationError(_tr("The end of the dates is before their start."))
        self.chosen = PrintOptions(self.options.paper_size(), self.options.large_print.isChecked())
        self.options.remember_print()  # the next print dialog starts from this choice


def usual_print(store: Store, group_ids: Sequence[int]) -> PrintOptions:
    """The paper and print size chosen last on this computer; before any choice, what the
    group chose for its packs (this computer's defaults for several groups)."""
    preferences = Preferences()
    mine = PrintOptions(preferences.paper, preferences.large_print)
    if preferences.print_chosen or len(group_ids) != 1:
        return mine
    try:
        settings = packs.pack_settings(store, group_ids[0])
    except PeerdeskError:
        return mine
    return PrintOptions(settings.paper, settings.large_print)


def _written(paths: list[Path], progress: Progress) -> list[Path]:
    """Cancel pressed while the files were written: take them away again, leave nothing half."""
    if progress.cancelled:
        for path in paths:
            path.unlink(missing_ok=True)
        raise Cancelled
    return paths


class RotaFiles(QObject):
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, busy: RotaBusy, store: Store) -> None:
        super().__init__(parent)
        self.widget = parent
        self.busy = busy
        self.store = store
        self.folder: Path | None = None

    def _ask(
        self, title: str, options: PrintOptions, dates: tuple[dt.date, dt.date] | None = None
    ) -> RotaPrintDialog | None:
        dialog = RotaPrintDialog(title, options, dates, self.widget)
        try:
            accepted = dialog.exec() == RotaPrintDialog.DialogCode.Accepted
            return dialog if accepted else None
        finally:
            dialog.deleteLater()

    def _save_as(self, title: str, name: str) -> Path | None:
        folder = self.folder or Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget, title, str(folder / name), _tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _run(self, what: str, work: Callable[[Progress], list[Path]], many: str = "") -> None:
        """Write in the background; ``many``: the words for several files written."""

        def done(paths: list[Path]) -> None:
            if not paths:
                self.message.emit(_tr("Nobody is on the rota in these dates: nothing to save."))
            elif len(paths) == 1:
                self.message.emit(
                    _tr("Saved {what} as {path}.").format(what=what.lower(), path=paths[0])
                )
            else:
                self.message.emit(
                    (many or _tr("{n} files were saved in {folder}.")).format(
                        n=len(paths), folder=paths[0].parent
                    )
                )

        def failed(reason: str) -> None:
            self.failed.emit(_tr("{what} could not be saved. {reason}").format(
                what=what, reason=reason))  # fmt: skip

        def cancelled() -> None:
            self.message.emit(_tr("Stopped: nothing was saved."))

        self.busy.start(what, _tr("Writing {what}…").format(what=what.lower()), work, done,
                        failed, cancelled)  # fmt: skip

    # -- the three files ---------------------------------------------------------------------
    def print_rota(self, view: RotaView) -> None:
        dialog = self._ask(_tr("Print the rota"), usual_print(self.store, view.group_ids))
        if dialog is None:
            return
        options = dialog.chosen
        name = _tr("Rota {start} to {end}.pdf").format(start=view.date_from, end=view.date_to)
        path = self._save_as(_tr("Save the rota as PDF"), name)
        if path is None:
            return
        self.folder = path.parent
        try:
            from peerdesk.printing.rota import write_rota_pdf  # type: ignore[import-not-found]
        except ImportError:
            self.failed.emit(_missing(_tr("a printed rota")))
            return

        def work(progress: Progress) -> list[Path]:
            written: Path = write_rota_pdf(
                path, view, paper=options.paper, large_print=options.large_print
            )
            return _written([written], progress)

        self._run(_tr("The rota"), work)

    def availability_forms(self, group_ids: Sequence[int], dates: tuple[dt.date, dt.date]) -> None:
        title = _tr("Availability forms")
        dialog = self._ask(title, usual_print(self.store, group_ids), dates)
        chosen = dialog.dates() if dialog is not None else None
        if dialog is None or chosen is None:
            return
        options, (start, end) = dialog.chosen, chosen
        name = _tr("Availability {start} to {end}.pdf").format(start=start, end=end)
        path = self._save_as(_tr("Save the availability forms as PDF"), name)
        if path is None:
            return
        self.folder = path.parent
        try:
            from peerdesk.core.availability import availability_form
            from peerdesk.printing.availability import (  # type: ignore[import-not-found]
                write_availability_pdf,
            )
        except ImportError:
            self.failed.emit(_missing(_tr("availability forms")))
            return
        store, wanted = self.store, list(group_ids)

        def work(progress: Progress) -> list[Path]:
            form = availability_form(store, wanted, start, end)
            progress.check()
            written: Path = write_availability_pdf(
                path, form, paper=options.paper, large_print=options.large_print
            )
            return _written([written], progress)

        self._run(title, work)

    def calendar_files(self, view: RotaView) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.widget,
            _tr("Where to save a calendar file for each facilitator"),
            str(self.folder or Path.home()),
        )
        if not chosen:
            return
        folder = self.folder = Path(chosen)
        try:
            from peerdesk.core.rota_calendar import write_calendars
        except ImportError:
            self.failed.emit(_missing(_tr("calendar files")))
            return

        def work(progress: Progress) -> list[Path]:
            written: list[Path] = list(write_calendars(folder, view))
            return _written(written, progress)

        self._run(
            _tr("Calendar files"),
            work,
            _tr("{n} calendar files, one for each facilitator, were saved in {folder}."),
        )
