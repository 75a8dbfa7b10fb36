"""Edit a group's schedule: how often, which day, from when and until when, with a preview.

Produces a standard recurrence rule through ``peerdesk.core.recurrence.Recurrence``. A rule this
editor cannot show (a "custom rule" written elsewhere) is kept exactly as it is and shown
read-only, so that opening and saving a group never changes its schedule by accident.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError
from peerdesk.core.recurrence import Recurrence, describe_rule, occurrences
from peerdesk.ui.dates import from_qdate, short_date, to_qdate

EVERY_WEEK, EVERY_N_WEEKS, MONTHLY = range(3)
PREVIEW_COUNT = 5


class ScheduleEditor(QObject):
    """Owns the schedule fields; ``add_to`` lays them out in the dialog's own form, so that
    their labels line up with the dialog's other labels."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleEditor")
        self._today = today
        self._custom_rule: str | None = None

        self.repeats = QComboBox()
        self.repeats.setObjectName("repeatsCombo")
        self.repeats.setAccessibleName(self.tr("Repeats"))
        self.repeats.addItems(
            [self.tr("Every week"), self.tr("Every few weeks"), self.tr("Monthly, on one week")]
        )
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekdayCombo")
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self.weekday.addItems(
            [
                self.tr("Monday"),
                self.tr("Tuesday"),
                self.tr("Wednesday"),
                self.tr("Thursday"),
                self.tr("Friday"),
                self.tr("Saturday"),
                self.tr("Sunday"),
            ]
        )
        self.interval = QSpinBox()
        self.interval.setObjectName("intervalSpin")
        self.interval.setAccessibleName(self.tr("Number of weeks between sessions"))
        self.interval.setRange(1, 52)
        self.interval.setValue(2)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" weeks"))
        self.week_of_month = QComboBox()
        self.week_of_month.setObjectName("weekOfMonthCombo")
        self.week_of_month.setAccessibleName(self.tr("Week of the month"))
        for label, value in (
            (self.tr("first"), 1),
            (self.tr("second"), 2),
            (self.tr("third"), 3),
            (self.tr("fourth"), 4),
            (self.tr("fifth"), 5),
            (self.tr("last"), -1),
        ):
            self.week_of_month.addItem(label, value)

        self.start_date = QDateEdit(to_qdate(today))
        self.start_date.setObjectName("startDateEdit")
        self.start_date.setAccessibleName(self.tr("First session on or after"))
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("ddd d MMM yyyy")
        self.has_end = QCheckBox(self.tr("&Ends on"))
        self.has_end.setObjectName("hasEndCheck")
        self.has_end.setAccessibleName(self.tr("The group has an end date"))
        self.end_date = QDateEdit(to_qdate(today + dt.timedelta(days=182)))
        self.end_date.setObjectName("endDateEdit")
        self.end_date.setAccessibleName(self.tr("End date"))
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("ddd d MMM yyyy")
        self.end_date.setEnabled(False)

        self.custom_note = QLabel()
        self.custom_note.setObjectName("customRuleNote")
        self.custom_note.setWordWrap(True)
        self.custom_note.hide()
        self.preview = QLabel()
        self.preview.setObjectName("schedulePreview")
        self.preview.setWordWrap(True)

        for combo in (self.repeats, self.weekday, self.week_of_month):
            combo.currentIndexChanged.connect(self._update)
        self.interval.valueChanged.connect(self._update)
        self.start_date.dateChanged.connect(self._update)
        self.end_date.dateChanged.connect(self._update)
        self.has_end.toggled.connect(self.end_date.setEnabled)
        self.has_end.toggled.connect(self._update)
        self.weekday.setCurrentIndex(today.weekday())
        self._update()

    def add_to(self, form: QFormLayout) -> None:
        """Lay the fields out as rows of ``form`` (call once, from the dialog)."""
        how = QHBoxLayout()
        how.setContentsMargins(0, 0, 0, 0)
        how.addWidget(self.repeats)
        how.addWidget(self.week_of_month)
        how.addWidget(self.weekday)
        how.addWidget(self.interval)
        how.addStretch(1)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.has_end)
        ends.addWidget(self.end_date)
        ends.addStretch(1)
        repeats_label = QLabel(self.tr("&Repeats:"))
        repeats_label.setBuddy(self.repeats)
        form.addRow(repeats_label, how)
        form.addRow("", self.custom_note)
        start_label = QLabel(self.tr("&Starts:"))
        start_label.setBuddy(self.start_date)
        form.addRow(start_label, self.start_date)
        form.addRow("", ends)
        form.addRow(self.tr("Preview:"), self.preview)
        order = (
            self.repeats,
            self.week_of_month,
            self.weekday,
            self.interval,
            self.start_date,
            self.has_end,
            self.end_date,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update()

    # -- filling and reading -----------------------------------------------------------------
    def set_schedule(self, rule: str, start: dt.date, end: dt.date | None) -> None:
        recurrence = Recurrence.from_rrule(rule)
        if recurrence is None:
            self._custom_rule = rule
            self.custom_note.setText(
                self.tr(
                    "This group follows a custom rule ({rule}) that this window cannot change. "
                    "It is kept exactly as it is; the dates, time and venue can still be edited."
                ).format(rule=describe_rule(rule))
            )
            self.custom_note.show()
            for widget in (self.repeats, self.weekday, self.interval, self.week_of_month):
                widget.setEnabled(False)
        else:
            self._custom_rule = None
            self.custom_note.hide()
            self.weekday.setCurrentIndex(recurrence.weekday)
            if recurrence.frequency == "monthly":
                self.repeats.setCurrentIndex(MONTHLY)
                self.week_of_month.setCurrentIndex(
                    self.week_of_month.findData(recurrence.week_of_month)
                )
            elif recurrence.interval == 1:
                self.repeats.setCurrentIndex(EVERY_WEEK)
            else:
                self.repeats.setCurrentIndex(EVERY_N_WEEKS)
                self.interval.setValue(recurrence.interval)
        self.start_date.setDate(to_qdate(start))
        self.has_end.setChecked(end is not None)
        if end is not None:
            self.end_date.setDate(to_qdate(end))
        self._update()

    @property
    def is_custom(self) -> bool:
        return self._custom_rule is not None

    def rule(self) -> str:
        """The recurrence rule shown (raises ``ValidationError`` for an impossible one)."""
        if self._custom_rule is not None:
            return self._custom_rule
        choice = self.repeats.currentIndex()
        if choice == MONTHLY:
            week = int(self.week_of_month.currentData())
            return Recurrence("monthly", self.weekday.currentIndex(), week_of_month=week).to_rrule()
        interval = self.interval.value() if choice == EVERY_N_WEEKS else 1
        return Recurrence("weekly", self.weekday.currentIndex(), interval=interval).to_rrule()

    def start(self) -> dt.date:
        return from_qdate(self.start_date.date())

    def end(self) -> dt.date | None:
        return from_qdate(self.end_date.date()) if self.has_end.isChecked() else None

    # -- inside ------------------------------------------------------------------------------
    def _update(self) -> None:
        choice = self.repeats.currentIndex()
        editable = self._custom_rule is None
        if self.interval.parentWidget() is not None:  # never show a field as its own window
            self.interval.setVisible(choice == EVERY_N_WEEKS)
            self.week_of_month.setVisible(choice == MONTHLY)
        self.interval.setEnabled(editable)
        self.week_of_month.setEnabled(editable)
        self.preview.setText(self._preview_text())
        self.preview.setAccessibleName(self.preview.text())
        self.changed.emit()

    def _preview_text(self) -> str:
        start, end = self.start(), self.end()
        if end is not None and end < start:
            return self.tr("The end date is before the start date.")
        try:
            rule = self.rule()
            window_from = max(start, self._today)
            days = occurrences(rule, start, end, window_from, window_from + dt.timedelta(days=800))
        except (PeerdeskError, ValueError):
            return self.tr("This schedule has no dates.")
        if not days:
            return self.tr("No sessions from today on with these dates.")
        shown = ", ".join(
            short_date(day, with_year=day.year != self._today.year) for day in days[:PREVIEW_COUNT]
        )
        more = ", …" if len(days) > PREVIEW_COUNT else ""
        return self.tr("Next dates: {dates}{more}").format(dates=shown, more=more)
