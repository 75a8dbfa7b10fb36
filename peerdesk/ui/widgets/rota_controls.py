"""The top of the Rota page: which groups and dates, and what can be done with them (fill the
rota, the facilitators and rules, the printed rota, availability forms, calendar files).

``changed`` fires when the groups or the dates chosen change (dates after a short pause, so
typing a date does not reload at every key).
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from peerdesk.core.groups import GroupRow
from peerdesk.ui.dates import from_qdate
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import styled_font
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.rota_print import date_edit

ALL_GROUPS = -1
DEBOUNCE_MS = 300


class RotaControls(QWidget):
    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaControls")
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("rotaGroupCombo")
        self.group_combo.setAccessibleName(_tr("Group"))
        self.group_combo.setMinimumContentsLength(18)
        # Wide enough for the usual entry, not the longest: a large font must not push
        # the page off the screen (the list itself opens as wide as it needs).
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.date_from = date_edit("rotaFromDate", _tr("From"), today)
        self.date_to = date_edit("rotaToDate", _tr("To"), today + relativedelta(months=3))
        self.facilitators_button = make_button("rotaFacilitatorsButton", _tr("Fa&cilitators…"))
        self.facilitators_button.setToolTip(_tr("Who facilitates, what they offered, time away"))
        self.rules_button = make_button("rotaRulesButton", _tr("Rul&es…"))

        self.fill_button = make_button("rotaFillButton", _tr("Fill the &rota"))
        self.fill_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.fill_button.setToolTip(
            _tr("Work out a fair rota for these dates; you see it before it is saved (Ctrl+Enter)")
        )
        self.fill_button.setFont(styled_font(bold=True))  # the next step, at a glance
        self.print_button = make_button("rotaPrintButton", _tr("&Print rota…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.availability_button = make_button(
            "rotaAvailabilityButton", _tr("Availability f&orms…")
        )
        self.availability_button.setToolTip(
            _tr("Forms for facilitators to say which sessions they can do")
        )
        self.calendar_button = make_button("rotaCalendarButton", _tr("Calendar f&iles…"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        captions = {
            self.group_combo: _tr("&Group:"),
            self.date_from: _tr("&From:"),
            self.date_to: _tr("&To:"),
        }
        for widget, text in captions.items():
            caption = QLabel(text)
            choose.addWidget(caption)
            choose.addWidget(widget)
            caption.setBuddy(widget)  # Alt and the underlined letter go to the box
        choose.addStretch(1)
        choose.addWidget(self.facilitators_button)
        choose.addWidget(self.rules_button)
        act = QHBoxLayout()
        act.addWidget(self.fill_button)
        act.addStretch(1)
        for button in (self.print_button, self.availability_button, self.calendar_button):
            act.addWidget(button)
        grid.addLayout(choose, 0, 0)
        grid.addLayout(act, 1, 0)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.changed)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.date_from.dateChanged.connect(lambda _d: self.timer.start())
        self.date_to.dateChanged.connect(lambda _d: self.timer.start())
        self.order = (
            self.group_combo, self.date_from, self.date_to, self.facilitators_button,
            self.rules_button, self.fill_button, self.print_button, self.availability_button,
            self.calendar_button,
        )  # fmt: skip
        self._group_changed(announce=False)

    # -- what is chosen ----------------------------------------------------------------------
    def set_groups(self, rows: list[GroupRow]) -> None:
        """List the groups (and "All groups"), keeping the choice if it is still there."""
        keep = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        if rows:
            self.group_combo.addItem(_tr("All groups"), ALL_GROUPS)
        for row in rows:
            self.group_combo.addItem(row.name, row.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(keep)))
        self.group_combo.blockSignals(False)
        self._group_changed(announce=False)

    def group_ids(self) -> list[int]:
        chosen = self.group_combo.currentData()
        if chosen is None:
            return []
        if int(chosen) != ALL_GROUPS:
            return [int(chosen)]
        return [int(self.group_combo.itemData(n)) for n in range(1, self.group_combo.count())]

    def one_group(self) -> int | None:
        """The group chosen, or None for "All groups"."""
        chosen = self.group_combo.currentData()
        return None if chosen is None or int(chosen) == ALL_GROUPS else int(chosen)

    def choose_group(self, group_id: int) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))

    def dates(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def _group_changed(self, *, announce: bool = True) -> None:
        one = self.one_group() is not None
        self.rules_button.setEnabled(one)
        self.rules_button.setToolTip(
            _tr("The rota rules of this group")
            if one
            else _tr("Choose one group to see or change its rules")
        )
        if announce:
            self.timer.stop()
            self.changed.emit()

    # -- what can be done --------------------------------------------------------------------
    def set_state(self, *, idle: bool, proposing: bool, saved_view: bool) -> None:
        """``proposing``: a proposal is on screen, so the choice stays as it is until it is
        saved or discarded; the printed rota and calendars are made from the saved rota only."""
        has_groups = bool(self.group_ids())
        for widget in (self.group_combo, self.date_from, self.date_to):
            widget.setEnabled(not proposing)
            widget.setToolTip(_tr("Save or discard the proposal first") if proposing else "")
        self.fill_button.setEnabled(idle and has_groups)
        self.availability_button.setEnabled(idle and has_groups)
        self.facilitators_button.setEnabled(idle)
        for button, tip in (
            (self.print_button, _tr("Save the rota as a PDF to print (Ctrl+P)")),
            (self.calendar_button, _tr("A calendar file (.ics) for each facilitator")),
        ):
            button.setEnabled(idle and saved_view and not proposing)
            button.setToolTip(
                _tr("Save or discard the proposal first: this is made from the saved rota")
                if proposing
                else tip
            )
