"""Figures for a group over a period: a chart, a table of months and a summary in words.

Named and unnamed attendance are always kept apart and said to be so: unnamed people are counted
per session but cannot be followed from week to week, so "people", "new" and "came back" count
named people only. The figures are computed in the background (``run_in_background``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import figures, groups
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.figures import CAME_BACK_DAYS, GroupFigures
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import plain_date
from peerdesk.ui.dialogs.export_csv import ExportDialog
from peerdesk.ui.dialogs.funder_report import FunderReportDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.models.figures import MONTH, FiguresTableModel
from peerdesk.ui.operations import Progress, run_in_background
from peerdesk.ui.pages.page import Page
from peerdesk.ui.widgets.attendance_chart import AttendanceChart
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label

DEBOUNCE_MS = 250


PER_MONTH, PER_SESSION = "month", "session"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def year_before(today: dt.date) -> dt.date:
    """The first day of the month eleven months back: twelve whole months up to today."""
    month = today.month - 11
    year = today.year + (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


class FiguresPage(Page):
    shown = Signal()  # new figures are on screen (or a message saying why not)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures: GroupFigures | None = None
        self.dialogs = DialogSlot()
        self._generation = 0
        self.setObjectName("figuresPage")
        self.setAccessibleName(self.tr("Figures"))

        self.group_combo = QComboBox()
        self.group_combo.setObjectName("figuresGroupCombo")
        self.group_combo.setAccessibleName(self.tr("Group"))
        today = context.today()
        self.date_from = self._date_edit("figuresFrom", self.tr("From"), year_before(today))
        self.date_to = self._date_edit("figuresTo", self.tr("To"), today)
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("figuresViewCombo")
        self.view_combo.setAccessibleName(self.tr("Chart shows"))
        self.view_combo.addItem(self.tr("Per month"), PER_MONTH)
        self.view_combo.addItem(self.tr("Per session"), PER_SESSION)

        self.error_label = make_error_label("figuresError")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("figuresSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chart = AttendanceChart()
        self.model = FiguresTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("figuresTable")
        self.table.setAccessibleName(self.tr("Figures per month"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MONTH, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Group:"), self.group_combo),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
            (self.tr("&Chart:"), self.view_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 2 if widget is self.group_combo else 0)
        top.addStretch(1)
        self.report_button = make_button("figuresReportButton", self.tr("Funder &report…"))
        self.report_button.setToolTip(
            self.tr("A PDF of what the groups did in a period, for a funder: it names nobody")
        )
        self.export_button = make_button("figuresExportButton", self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save people, consent, attendance or the rota as CSV")
        )
        top.addWidget(self.report_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view_combo.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.report_button.clicked.connect(self.open_funder_report)
        self.export_button.clicked.connect(self.open_export)
        self.date_from.dateChanged.connect(lambda _d: self._timer.start())
        self.date_to.dateChanged.connect(lambda _d: self._timer.start())
        events = context.events
        for signal in (events.groups_changed, events.meetings_changed, events.people_changed,
                       events.attendance_changed):  # fmt: skip
            signal.connect(self.data_changed)
        self.reload_groups()

    def _date_edit(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        inner = edit.findChild(QLineEdit)
        if inner is not None:  # the text box inside, for screen readers
            inner.setAccessibleName(accessible)
        return edit

    # -- loading -----------------------------------------------------------------------------
    def reload_groups(self) -> None:
        keep = self.group_combo.currentData()
        try:
            rows = groups.list_groups(self.context.store, today=self.context.today())
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for row in rows:
            self.group_combo.addItem(row.name, row.id)
        found = self.group_combo.findData(keep) if keep is not None else -1
        self.group_combo.setCurrentIndex(max(found, 0))
        self.group_combo.blockSignals(False)
        self.refresh()

    def set_group(self, group_id: int) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose the period (no wait for the typing pause)."""
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures for the group and period chosen, in the background."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        group = self.group_combo.currentData()
        start, end = _date(self.date_from.date()), _date(self.date_to.date())
        if end < start:
            self.show_error(
                self.tr("The end of the period ({end}) is before its start ({start}).").format(
                    end=plain_date(end), start=plain_date(start)
                )
            )
            return
        if group is None:
            self.show_error(self.tr("There are no groups yet, so there are no figures."))
            return
        store, group_id = self.context.store, int(group)

        def work(_progress: Progress) -> GroupFigures:
            return figures.group_figures(store, group_id, date_from=start, date_to=end)

        def done(result: GroupFigures) -> None:
            if generation == self._generation:
                self._show(result)

        def failed(message: str) -> None:
            if generation == self._generation:
                self.show_error(message)

        run_in_background(work, done, failed, context=self)

    def reload(self) -> None:
        self._stale = False
        self.reload_groups()

    # -- the funder report and exports --------------------------------------------------------
    def open_funder_report(self) -> None:
        self.dialogs.open(FunderReportDialog(self.context, self), lambda _dialog: None)

    def open_export(self) -> None:
        """Attendance of the group and period on screen, to begin with."""
        group = self.group_combo.currentData()
        period = _date(self.date_from.date()), _date(self.date_to.date())
        dialog = ExportDialog(self.context, None if group is None else int(group), period, self)
        self.dialogs.open(dialog, lambda _dialog: None)

    # -- showing -----------------------------------------------------------------------------
    def _show(self, result: GroupFigures) -> None:
        self.figures = result
        self.error_label.hide()
        self.model.set_months(result.months)
        self._draw_chart()
        self.summary_label.setText(self.summary(result))
        self.summary_label.setAccessibleName(self.summary_label.text())
        self.shown.emit()

    def _draw_chart(self) -> None:
        if self.figures is None:
            self.chart.show_months([])
        elif self.view_combo.currentData() == PER_SESSION:
            self.chart.show_sessions(self.figures.sessions)
        else:
            self.chart.show_months(self.figures.months)

    def show_error(self, message: str) -> None:
        self.figures = None
        self.error_label.setText(message)
        self.error_label.show()
        self.model.set_months([])
        self.chart.show_months([])
        self.summary_label.clear()
        self.shown.emit()

    def summary(self, result: GroupFigures) -> str:
        sessions = len(result.sessions)
        if sessions == 0:
            return self.tr("No sessions were held in this period.")
        named, unnamed = result.named_attendances, result.anonymous_attendances
        held = self.tr("1 session was held") if sessions == 1 else self.tr(
            "{n} sessions were held").format(n=sessions)  # fmt: skip
        parts = [
            self.tr(
                "{held}: {named} visits by named people and {unnamed} unnamed visits "
                "(headcount), {total} in all."
            ).format(held=held, named=named, unnamed=unnamed, total=named + unnamed),
            self.tr(
                "{people} named people came in this period; {first} came for the first time "
                "and {back} of them came back within {weeks} weeks."
            ).format(
                people=result.unique_people,
                first=result.first_visits,
                back=result.came_back_within_four_weeks,
                weeks=CAME_BACK_DAYS // 7,
            ),
            self.tr("Unnamed visits are counted but cannot be followed from week to week."),
        ]
        return " ".join(parts)
