"""Choose a group, then one of its sessions: newest first, today's (or the latest) chosen.

The list holds every session up to today and the next one to come (so apologies can be noted
before it). ``meeting_chosen`` fires when the person picks something; ``select`` (used by
``open_meeting``) changes the choice without firing it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from peerdesk.core import groups, schedule
from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import clock, short_date
from peerdesk.ui.i18n import tr as _tr


def session_label(meeting: MeetingRow, today: dt.date) -> str:
    """e.g. "Tue 17 Nov 2026, 18:30 · St Mark's Hall (today)"."""
    text = f"{short_date(meeting.date, with_year=True)}, {clock(meeting.start_time)}"
    if meeting.venue_name:
        text += f" · {meeting.venue_name}"
    if meeting.date == today:
        text += " " + _tr("(today)")
    elif meeting.date > today:
        text += " " + _tr("(to come)")
    if meeting.is_cancelled:
        text += " " + _tr("(cancelled)")
    return text


class SessionPicker(QWidget):
    meeting_chosen = Signal(int)  # a meeting id, or -1 when the group has no sessions

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._group_id: int | None = None
        self._meetings: list[MeetingRow] = []

        self.group_combo = QComboBox()
        self.group_combo.setObjectName("registerGroupCombo")
        self.group_combo.setAccessibleName(_tr("Group"))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("registerSessionCombo")
        self.session_combo.setAccessibleName(_tr("Session"))
        self.session_combo.setMinimumContentsLength(28)
        # Wide enough for the usual entry, not the longest: a large font must not push
        # the page off the screen (the list itself opens as wide as it needs).
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        group_label = QLabel(_tr("&Group:"))
        group_label.setBuddy(self.group_combo)
        session_label_ = QLabel(_tr("&Session:"))
        session_label_.setBuddy(self.session_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group_label)
        layout.addWidget(self.group_combo, 1)
        layout.addWidget(session_label_)
        layout.addWidget(self.session_combo, 2)

        self.group_combo.activated.connect(lambda _i: self._group_picked())
        self.session_combo.activated.connect(lambda _i: self._session_picked())

    # -- reading -----------------------------------------------------------------------------
    def reload_groups(self) -> None:
        """Read the groups again, keeping the one chosen if it still exists."""
        rows = groups.list_groups(self.context.store, today=self.context.today())
        keep = self._group_id
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for row in rows:
            self.group_combo.addItem(row.name, row.id)
        self.group_combo.blockSignals(False)
        if keep is not None and self.group_combo.findData(keep) >= 0:
            self.group_combo.setCurrentIndex(self.group_combo.findData(keep))
        elif rows:
            self.group_combo.setCurrentIndex(0)
            self._group_id = None

    def _load_sessions(self, group_id: int, also: MeetingRow | None = None) -> None:
        today = self.context.today()
        store = self.context.store
        past = schedule.list_meetings(
            store, group_id=group_id, date_to=today, include_archived_groups=True
        )
        coming = schedule.list_meetings(
            store,
            group_id=group_id,
            date_from=today + dt.timedelta(days=1),
            include_archived_groups=True,
            limit=1,
        )
        meetings = past + coming
        if also is not None and all(m.id != also.id for m in meetings):
            meetings.append(also)
        meetings.sort(key=lambda m: (m.date, m.start_time), reverse=True)
        self._group_id = group_id
        self._meetings = meetings
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for meeting in meetings:
            self.session_combo.addItem(session_label(meeting, today), meeting.id)
        self.session_combo.blockSignals(False)

    def default_meeting(self) -> MeetingRow | None:
        """Today's session if there is one, else the latest before today, else the next."""
        today = self.context.today()
        held = [m for m in self._meetings if m.date <= today]
        if held:
            return held[0]
        return self._meetings[-1] if self._meetings else None

    @property
    def group_id(self) -> int | None:
        return self._group_id

    def current_meeting_id(self) -> int | None:
        data = self.session_combo.currentData()
        return int(data) if data is not None else None

    # -- choosing ----------------------------------------------------------------------------
    def choose_default(self) -> int | None:
        """Pick the first group's default session (no signal); returns its id."""
        data = self.group_combo.currentData()
        if data is None:
            return None
        self._load_sessions(int(data))
        return self._select_default()

    def select(self, meeting: MeetingRow) -> None:
        """Show ``meeting`` as the choice, without announcing it."""
        if self.group_combo.findData(meeting.group_id) < 0:
            self.group_combo.addItem(meeting.group_name, meeting.group_id)
        self.group_combo.setCurrentIndex(self.group_combo.findData(meeting.group_id))
        if self._group_id != meeting.group_id or self.session_combo.findData(meeting.id) < 0:
            self._load_sessions(meeting.group_id, also=meeting)
        self.session_combo.setCurrentIndex(self.session_combo.findData(meeting.id))

    def _select_default(self) -> int | None:
        chosen = self.default_meeting()
        if chosen is None:
            return None
        self.session_combo.setCurrentIndex(self.session_combo.findData(chosen.id))
        return chosen.id

    def _group_picked(self) -> None:
        data = self.group_combo.currentData()
        if data is None or int(data) == self._group_id:
            return
        self._load_sessions(int(data))
        chosen = self._select_default()
        self.meeting_chosen.emit(-1 if chosen is None else chosen)

    def _session_picked(self) -> None:
        chosen = self.current_meeting_id()
        if chosen is not None:
            self.meeting_chosen.emit(chosen)
