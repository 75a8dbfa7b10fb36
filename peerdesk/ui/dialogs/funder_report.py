"""The funder report: choose the period, the groups and the small-number threshold, see the
headline figures as the PDF will print them, and save the PDF in the background.

The figures are worked out again in the background, after a short pause, whenever a choice
changes, and shown by ``funder_report_preview.ReportPreview``. The printing module is imported
only when a PDF is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.funder_report import FunderReport, funder_report, groups_active_in
from peerdesk.core.storage import Store
from peerdesk.core.suppression import DEFAULT_THRESHOLD
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.export_csv import WritingDialog
from peerdesk.ui.dialogs.funder_report_preview import ReportPreview, day_words
from peerdesk.ui.i18n import mark as _N
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.operations import Progress, run_in_background
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.pack_options import PackOptions
from peerdesk.ui.widgets.rota_print import date_edit, usual_print

GROUP_ROLE = Qt.ItemDataRole.UserRole
TICKS = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked}
DEBOUNCE_MS = 250
LOWEST_THRESHOLD, HIGHEST_THRESHOLD = 3, 20


# -- the quick choices of period ---------------------------------------------------------------
def last_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last whole quarter (January to March, April to June ...) before today's."""
    end = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1) - dt.timedelta(days=1)
    return dt.date(end.year, end.month - 2, 1), end


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve whole months before this one."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return dt.date(end.year - (end.month < 12), end.month % 12 + 1, 1), end


def financial_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the 1 April that began this financial year, up to today."""
    return dt.date(today.year - (today.month < 4), 4, 1), today


PERIODS: tuple[tuple[str, Callable[[dt.date], tuple[dt.date, dt.date]] | None], ...] = (
    (_N("Last quarter"), last_quarter),
    (_N("Last 12 months"), last_twelve_months),
    (_N("This financial year (from 1 April)"), financial_year),
    (_N("Dates of your own"), None),
)
OWN_DATES = len(PERIODS) - 1


@dataclass(frozen=True)
class ReportChoice:
    group_ids: tuple[int, ...]
    date_from: dt.date
    date_to: dt.date
    threshold: int


class FunderReportDialog(WritingDialog):
    saved = Signal(Path)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("funderReportDialog", ".pdf", parent)
        self.context = context
        self.report: FunderReport | None = None
        self.saved_path: Path | None = None
        self._generation = 0
        self._computing = False
        self._ticks_touched = False  # once someone ticks a group, new dates keep their ticks
        self._active: set[int] = set()
        self.set_title(self.tr("Funder report"), self.tr("&Save as PDF…"))
        today = context.today()
        self._groups = groups.list_groups(context.store, today=today, include_archived=True)

        self.period = QComboBox()
        self.period.setObjectName("funderReportPeriodCombo")
        self.period.setAccessibleName(self.tr("Period"))
        for text, _dates in PERIODS:
            self.period.addItem(_tr(text))  # marked with _N
        preferences = Preferences()  # the period and threshold chosen last (not own dates)
        period = preferences.report_period(0, OWN_DATES)
        self.period.setCurrentIndex(period)
        start, end = (PERIODS[period][1] or last_quarter)(today)
        self.date_from = date_edit("funderReportFromDate", self.tr("From"), start)
        self.date_to = date_edit("funderReportToDate", self.tr("To"), end)
        self.group_list = QListWidget()
        self.group_list.setObjectName("funderReportGroupsList")
        self.group_list.setAccessibleName(self.tr("Groups in the report"))
        self.group_list.setAccessibleDescription(self.tr("Space ticks or unticks a group."))
        rows = min(max(len(self._groups), 4), 8)  # every group without scrolling, up to eight
        self.group_list.setFixedHeight(
            (self.fontMetrics().lineSpacing() + 4) * rows + 2 * self.group_list.frameWidth()
        )
        self.threshold = QSpinBox()
        self.threshold.setObjectName("funderReportThresholdSpin")
        self.threshold.setAccessibleName(self.tr("Hide numbers below"))
        self.threshold.setRange(LOWEST_THRESHOLD, HIGHEST_THRESHOLD)
        self.threshold.setValue(
            preferences.report_threshold(DEFAULT_THRESHOLD, LOWEST_THRESHOLD, HIGHEST_THRESHOLD)
        )
        self.threshold.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.threshold_note = QLabel()
        self.threshold_note.setObjectName("funderReportThresholdNote")
        self.threshold_note.setWordWrap(True)
        self.options = PackOptions()  # the Packs page's paper and large print
        form = self.options.layout()
        if isinstance(form, QFormLayout):  # copies are for packs, not for a report
            for spin in (self.options.consent_copies, self.options.spare_copies):
                form.setRowVisible(spin, False)

        self.add_row(self.tr("P&eriod:"), self.period)
        self.add_row(self.tr("&From:"), self.date_from)
        self.add_row(self.tr("&To:"), self.date_to)
        self.add_row(self.tr("&Groups:"), self.group_list)
        self.add_row(self.tr("Hide numbers &below:"), self.threshold)
        self.form.addRow(self.threshold_note)
        self.form.addRow(self.options)
        self.preview = ReportPreview(len(self._groups))
        self.layout_.removeItem(self.form)
        choices = QVBoxLayout()  # the choices at the top, the space left under them
        choices.addLayout(self.form)
        choices.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(choices)
        columns.addWidget(self.preview, 1)
        self.layout_.insertLayout(0, columns, 1)

        self.open_button = make_button("funderReportOpenButton", self.tr("&Open the report"))
        self.result_row.addWidget(self.open_button)
        self.open_button.hide()
        self.setMinimumWidth(980)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._dates_typed())
        self.group_list.itemChanged.connect(lambda _item: self._ticked())
        self.threshold.valueChanged.connect(lambda _n: self._threshold_changed())
        self.open_button.clicked.connect(self.open_saved)

        self._fill_groups()
        self._threshold_changed()
        usual = usual_print(context.store, sorted(self._active))
        self.options.set_print(usual.paper, usual.large_print)
        self.period.setFocus()
        self.refresh_preview()

    # -- the choices -------------------------------------------------------------------------
    def dates(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """Choose the dates (as typing them would, without waiting for the pause)."""
        self._put_dates(start, end)
        self._dates_typed()
        self.refresh_preview()

    def _put_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def ticked(self) -> tuple[int, ...]:
        items = (self.group_list.item(row) for row in range(self.group_list.count()))
        return tuple(
            int(item.data(GROUP_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> ReportChoice:
        """What to report on; ``ValidationError`` says what is missing."""
        start, end = self.dates()
        if end < start:
            raise ValidationError(
                self.tr("The period ends ({end}) before it starts ({start}).").format(
                    end=day_words(end), start=day_words(start)
                )
            )
        chosen = self.ticked()
        if not chosen and not self._active:
            raise ValidationError(
                self.tr(
                    "No group met between {start} and {end}, so there is nothing to report. "
                    "Choose other dates."
                ).format(start=day_words(start), end=day_words(end))
            )
        if not chosen:
            raise ValidationError(self.tr("Tick at least one group for the report."))
        return ReportChoice(chosen, start, end, self.threshold.value())

    def _period_chosen(self, index: int) -> None:
        make = PERIODS[index][1] if 0 <= index < len(PERIODS) else None
        if make is None:
            return
        self._put_dates(*make(self.context.today()))
        self._fill_groups()
        self._timer.start()

    def _dates_typed(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(OWN_DATES)
        self.period.blockSignals(False)
        self._fill_groups()
        self._timer.start()

    def _fill_groups(self) -> None:
        """The groups, those that met in the dates ticked (unless ticks were changed by hand);
        an archived group is listed only if it met in the dates or is ticked."""
        start, end = self.dates()
        try:
            self._active = set(groups_active_in(self.context.store, start, end))
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        ticked = set(self.ticked()) if self._ticks_touched else self._active
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self._groups:
            met = group.id in self._active
            if group.archived and not met and group.id not in ticked:
                continue
            text = group.name
            if group.archived:
                text = self.tr("{name} (archived)").format(name=text)
            if not met:
                text = self.tr("{group}: no sessions in these dates").format(group=text)
            item = QListWidgetItem(text, self.group_list)  # checkable, as list items are
            item.setData(GROUP_ROLE, group.id)
            item.setCheckState(TICKS[group.id in ticked])
        self.group_list.setCurrentRow(0)
        self.group_list.blockSignals(False)

    def _ticked(self) -> None:
        self._ticks_touched = True
        self._timer.start()

    def _threshold_changed(self) -> None:
        n = self.threshold.value()
        self.threshold_note.setText(
            self.tr(
                "Numbers from 1 to {below} are shown as “fewer than {n}”, so that nobody in a "
                "small group can be recognised."
            ).format(below=n - 1, n=n)
        )
        self.threshold_note.setAccessibleName(self.threshold_note.text())
        self._timer.start()

    # -- the preview -------------------------------------------------------------------------
    @property
    def preview_current(self) -> bool:
        """The preview shows the choices on screen (nothing waiting or being worked out)."""
        return not self._timer.isActive() and not self._computing

    def refresh_preview(self) -> None:
        self._timer.stop()
        self.error_label.hide()  # a problem with earlier choices is no longer the point
        self._generation += 1
        generation = self._generation
        try:
            choice = self.choice()
        except PeerdeskError as error:
            self._show(generation, None, str(error))
            return
        self._computing = True
        store, today = self.context.store, self.context.today()

        def work(_progress: Progress) -> FunderReport:
            return _report(store, choice, today)

        def done(report: FunderReport) -> None:
            self._show(generation, report, "")

        def failed(message: str) -> None:
            self._show(generation, None, message)

        run_in_background(work, done, failed, context=self)

    def _show(self, generation: int, report: FunderReport | None, message: str) -> None:
        """The figures worked out (or why there are none), unless newer choices were made."""
        if generation != self._generation:
            return
        self._computing = False
        self.report = report
        if report is None:
            self.preview.show_message(message)
        else:
            self.preview.show_report(report)

    # -- saving ------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        choice = self.choice()
        return self.tr("Activity report {start} to {end}.pdf").format(
            start=choice.date_from.isoformat(), end=choice.date_to.isoformat()
        )

    def start_writing(self, path: Path) -> None:
        choice = self.choice()
        from peerdesk.printing.funder_report import write_funder_report_pdf

        store, today = self.context.store, self.context.today()
        paper, large_print = self.options.paper_size(), self.options.large_print.isChecked()
        self._remember(choice)

        def work(progress: Progress) -> Path:
            report = _report(store, choice, today)
            progress.check()
            return write_funder_report_pdf(path, report, paper=paper, large_print=large_print)

        self.open_button.hide()
        self.write(path, work, self._saved, self.tr("The report was not saved. {reason}"))

    def _remember(self, choice: ReportChoice) -> None:
        """This computer starts the next report from these choices (own dates excepted)."""
        self.options.remember_print()
        preferences = Preferences()
        preferences.set_report_threshold(choice.threshold)
        if self.period.currentIndex() != OWN_DATES:
            preferences.set_report_period(self.period.currentIndex())

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.say(self.tr("The report was saved as {path}.").format(path=path))
        self.open_button.show()
        self.open_button.setFocus()
        self.saved.emit(path)

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))


def _report(store: Store, choice: ReportChoice, today: dt.date) -> FunderReport:
    return funder_report(
        store,
        choice.group_ids,
        choice.date_from,
        choice.date_to,
        today=today,
        threshold=choice.threshold,
    )
