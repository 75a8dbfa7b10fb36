"""Change one session: cancel it (with a reason), move it, or add an extra one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QLabel, QSpinBox, QTimeEdit, QWidget

from peerdesk.core import schedule
from peerdesk.core.groups import GroupRow
from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, from_qtime, long_date, time_span, to_qdate, to_qtime
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.widgets.venue_combo import VenueCombo


def _describe(meeting: MeetingRow) -> str:
    where = f" at {meeting.venue_name}" if meeting.venue_name else ""
    return (
        f"{meeting.group_name}: {long_date(meeting.date, with_year=True)}, "
        f"{time_span(meeting.start_time, meeting.duration_minutes)}{where}"
    )


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sessionIntro")
    label.setWordWrap(True)
    return label


def _date_edit(name: str, accessible: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def _time_edit(name: str, accessible: str, moment: dt.time) -> QTimeEdit:
    edit = QTimeEdit(to_qtime(moment))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDisplayFormat("HH:mm")
    return edit


class CancelSessionDialog(FormDialog):
    """Cancelling needs a reason: it goes on the home page and tells people why."""

    def __init__(
        self, context: AppContext, meeting: MeetingRow, parent: QWidget | None = None
    ) -> None:
        super().__init__("cancelSessionDialog", parent)
        self.set_title(self.tr("Cancel a session"), self.tr("Cancel &session"))
        self.cancel_button.setText(self.tr("&Keep it"))
        self.cancel_button.setAccessibleName(self.tr("Keep the session"))
        self._context = context
        self._meeting = meeting
        self.saved: MeetingRow | None = None
        self.layout_.insertWidget(0, _intro(_describe(meeting)))
        self.reason = self.line_edit(
            "cancelReasonEdit",
            self.tr("Reason for cancelling"),
            self.tr("For example: hall closed for repairs"),
        )
        self.add_row(self.tr("&Reason (needed):"), self.reason)
        self.reason.setFocus()

    def submit(self) -> None:
        self.saved = schedule.cancel_meeting(
            self._context.store, self._meeting.id, self.reason.text()
        )


class MoveSessionDialog(FormDialog):
    """Move one session to another day, time or venue; the group's schedule stays as it is."""

    def __init__(
        self, context: AppContext, meeting: MeetingRow, parent: QWidget | None = None
    ) -> None:
        super().__init__("moveSessionDialog", parent)
        self.set_title(self.tr("Move a session"), self.tr("&Move session"))
        self._context = context
        self._meeting = meeting
        self.saved: MeetingRow | None = None
        self.layout_.insertWidget(0, _intro(_describe(meeting)))
        self.date = _date_edit("moveDateEdit", self.tr("New date"), meeting.date)
        self.start_time = _time_edit("moveTimeEdit", self.tr("New start time"), meeting.start_time)
        self.venue = VenueCombo(context.store, meeting.venue_id)
        self.venue.setObjectName("moveVenueCombo")
        self.venue.setAccessibleName(self.tr("Venue"))
        self.note = self.line_edit(
            "moveNoteEdit",
            self.tr("Note"),
            self.tr("For example: the hall is being painted, so we meet in the library"),
        )
        self.note.setText(meeting.note)
        self.add_row(self.tr("&Date:"), self.date)
        self.add_row(self.tr("&Starts at:"), self.start_time)
        self.add_row(self.tr("&Venue:"), self.venue)
        self.add_row(self.tr("&Note:"), self.note)
        self.date.setFocus()

    def submit(self) -> None:
        self.saved = schedule.move_meeting(
            self._context.store,
            self._meeting.id,
            date=from_qdate(self.date.date()),
            start_time=from_qtime(self.start_time.time()),
            venue_id=self.venue.venue_id(),
            note=self.note.text(),
        )


class ExtraSessionDialog(FormDialog):
    """A one-off session outside the schedule, with the group's usual time and place."""

    def __init__(self, context: AppContext, group: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__("extraSessionDialog", parent)
        self.set_title(
            self.tr("Extra session for {name}").format(name=group.name),
            self.tr("&Add session"),
        )
        self._context = context
        self._group = group
        self.saved: MeetingRow | None = None
        self.layout_.insertWidget(
            0,
            _intro(
                self.tr(
                    "An extra session is added just once; the group's usual schedule does "
                    "not change."
                )
            ),
        )
        self.date = _date_edit(
            "extraDateEdit", self.tr("Date"), context.today() + dt.timedelta(days=1)
        )
        self.start_time = _time_edit("extraTimeEdit", self.tr("Start time"), group.start_time)
        self.duration = QSpinBox()
        self.duration.setObjectName("extraDurationSpin")
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(group.duration_minutes)
        self.duration.setSuffix(self.tr(" minutes"))
        self.venue = VenueCombo(context.store, group.default_venue_id)
        self.venue.setObjectName("extraVenueCombo")
        self.venue.setAccessibleName(self.tr("Venue"))
        self.note = self.line_edit(
            "extraNoteEdit", self.tr("Note"), self.tr("For example: summer social in the park")
        )
        self.add_row(self.tr("&Date:"), self.date)
        self.add_row(self.tr("&Starts at:"), self.start_time)
        self.add_row(self.tr("&Lasts:"), self.duration)
        self.add_row(self.tr("&Venue:"), self.venue)
        self.add_row(self.tr("&Note:"), self.note)
        self.date.setFocus()

    def submit(self) -> None:
        self.saved = schedule.add_one_off(
            self._context.store,
            self._group.id,
            date=from_qdate(self.date.date()),
            start_time=from_qtime(self.start_time.time()),
            duration_minutes=self.duration.value(),
            venue_id=self.venue.venue_id(),
            note=self.note.text(),
        )
