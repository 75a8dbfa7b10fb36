"""One group's sessions, eight weeks back and six months ahead, with what can be done to one:
cancel (with a reason), restore a cancelled one, move it, or add an extra session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from peerdesk.core import schedule
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.groups import GroupRow
from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import long_date
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.session_dialogs import (
    CancelSessionDialog,
    ExtraSessionDialog,
    MoveSessionDialog,
)
from peerdesk.ui.models.meetings import DATE, GROUP, STATUS, TIME, VENUE, MeetingTableModel
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import make_table, select_row, selected_row

DAYS_BACK = 56
DAYS_AHEAD = 182


class SessionsPanel(QGroupBox):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = DialogSlot()
        self.group: GroupRow | None = None
        self.setObjectName("sessionsPanel")

        self.model = MeetingTableModel(context.today, self, show_group=False)
        self.table = make_table(
            "groupSessionsTable",
            self.tr("Sessions of the selected group"),
            self.model,
            stretch=STATUS,
            widths={DATE: 170, TIME: 110, VENUE: 280},
        )
        self.table.setColumnHidden(GROUP, True)
        self.cancel_button = make_button("cancelSessionButton", self.tr("&Cancel session…"))
        self.restore_button = make_button("restoreSessionButton", self.tr("&Restore session"))
        self.move_button = make_button("moveSessionButton", self.tr("&Move session…"))
        self.extra_button = make_button("extraSessionButton", self.tr("Add e&xtra session…"))
        self.remove_button = make_button("removeSessionButton", self.tr("Remo&ve extra session…"))
        self.error_label = make_error_label("sessionsErrorLabel")

        buttons = QHBoxLayout()
        for button in (
            self.cancel_button,
            self.restore_button,
            self.move_button,
            self.extra_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.cancel_session)
        self.restore_button.clicked.connect(self.restore_session)
        self.move_button.clicked.connect(self.move_session)
        self.extra_button.clicked.connect(self.add_extra_session)
        self.remove_button.clicked.connect(self.remove_extra_session)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.show_group(None)

    # -- loading -----------------------------------------------------------------------------
    def show_group(self, group: GroupRow | None) -> None:
        keep = self.selected_meeting()
        self.group = group
        if group is None:
            self.setTitle(self.tr("Sessions"))
            self.model.set_rows([])
        else:
            self.setTitle(self.tr("Sessions of {name}").format(name=group.name))
            self.reload()
            if keep is not None and keep.group_id == group.id:
                self.select_meeting(keep.id)
        self._update_buttons()

    def reload(self) -> None:
        if self.group is None:
            return
        today = self.context.today()
        try:
            rows = schedule.list_meetings(
                self.context.store,
                group_id=self.group.id,
                date_from=today - dt.timedelta(days=DAYS_BACK),
                date_to=today + dt.timedelta(days=DAYS_AHEAD),
                include_archived_groups=True,
            )
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.error_label.hide()
        self.model.set_rows(rows)
        self._scroll_to_today()

    def _scroll_to_today(self) -> None:
        today = self.context.today()
        for number, row in enumerate(self.model.rows):
            if row.date >= today:
                self.table.scrollTo(
                    self.model.index(number, 0), self.table.ScrollHint.PositionAtTop
                )
                return

    # -- selection ---------------------------------------------------------------------------
    def selected_meeting(self) -> MeetingRow | None:
        return self.model.row_at(selected_row(self.table))

    def select_meeting(self, meeting_id: int) -> bool:
        number = self.model.row_of(meeting_id)
        select_row(self.table, number)
        return number >= 0

    def _update_buttons(self) -> None:
        meeting = self.selected_meeting()
        active = self.group is not None and not self.group.archived
        self.cancel_button.setEnabled(meeting is not None and not meeting.is_cancelled)
        self.restore_button.setEnabled(meeting is not None and meeting.is_cancelled)
        self.move_button.setEnabled(meeting is not None and not meeting.is_cancelled)
        self.extra_button.setEnabled(active)
        self.remove_button.setEnabled(meeting is not None and meeting.is_one_off)

    # -- changing ----------------------------------------------------------------------------
    def cancel_session(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and not meeting.is_cancelled:
            self._open(CancelSessionDialog(self.context, meeting, self))

    def move_session(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and not meeting.is_cancelled:
            self._open(MoveSessionDialog(self.context, meeting, self))

    def add_extra_session(self) -> None:
        if self.group is not None and not self.group.archived:
            self._open(ExtraSessionDialog(self.context, self.group, self))

    def restore_session(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None or not meeting.is_cancelled:
            return
        try:
            restored = schedule.restore_meeting(self.context.store, meeting.id)
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self._changed(
            restored,
            self.tr("The session on {day} is back on.").format(day=long_date(restored.date)),
        )

    def remove_extra_session(self) -> None:
        """Take back an extra session added by mistake (refused once it has records)."""
        meeting = self.selected_meeting()
        if meeting is None or not meeting.is_one_off:
            return
        day = long_date(meeting.date)
        if not confirm(
            self,
            self.tr("Remove the extra session?"),
            self.tr(
                "Remove the extra session on {day}? Sessions from the schedule are not affected."
            ).format(day=day),
        ):
            return
        try:
            schedule.delete_one_off(self.context.store, meeting.id)
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.error_label.hide()
        self.reload()
        self.message.emit(self.tr("The extra session on {day} was removed.").format(day=day))
        self.context.events.meetings_changed.emit()

    def _open(self, dialog: FormDialog) -> None:
        self.dialogs.open(dialog, self._dialog_saved)

    def _dialog_saved(self, dialog: FormDialog) -> None:
        saved = getattr(dialog, "saved", None)
        if not isinstance(saved, MeetingRow):
            return
        day = long_date(saved.date)
        if isinstance(dialog, CancelSessionDialog):
            text = self.tr("The session on {day} is cancelled.").format(day=day)
        elif isinstance(dialog, MoveSessionDialog):
            text = self.tr("The session is now on {day}.").format(day=day)
        else:
            text = self.tr("Extra session added on {day}.").format(day=day)
        self._changed(saved, text)

    def _changed(self, meeting: MeetingRow, text: str) -> None:
        self.error_label.hide()
        # A moved session may change place in the list: read the list again, keep the selection.
        self.reload()
        self.select_meeting(meeting.id)
        self.table.setFocus()
        self.message.emit(text)
        self.context.events.meetings_changed.emit()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
