"""The session picker for packs: a group's sessions from four weeks ago to six months ahead,
in date order, with the next session to come chosen (packs are printed before a session)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.core import schedule
from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.widgets.session_picker import SessionPicker, session_label

DAYS_BACK = 28
DAYS_AHEAD = 183


class PackSessionPicker(SessionPicker):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.group_combo.setObjectName("packGroupCombo")
        self.session_combo.setObjectName("packSessionCombo")
        self.session_combo.setAccessibleName(
            QCoreApplication.translate("PackSessionPicker", "Session to print the pack for")
        )

    def _load_sessions(self, group_id: int, also: MeetingRow | None = None) -> None:
        today = self.context.today()
        meetings = schedule.list_meetings(
            self.context.store,
            group_id=group_id,
            date_from=today - dt.timedelta(days=DAYS_BACK),
            date_to=today + dt.timedelta(days=DAYS_AHEAD),
            include_archived_groups=True,
        )
        if also is not None and all(m.id != also.id for m in meetings):
            meetings.append(also)
        meetings.sort(key=lambda m: (m.date, m.start_time))
        self._group_id = group_id
        self._meetings = meetings
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for meeting in meetings:
            self.session_combo.addItem(session_label(meeting, today), meeting.id)
        self.session_combo.blockSignals(False)

    def default_meeting(self) -> MeetingRow | None:
        """The next session from today (today's included) that is not cancelled."""
        today = self.context.today()
        coming = [m for m in self._meetings if m.date >= today and not m.is_cancelled]
        if coming:
            return coming[0]
        return self._meetings[-1] if self._meetings else None

    def meeting(self, meeting_id: int) -> MeetingRow | None:
        return next((m for m in self._meetings if m.id == meeting_id), None)
