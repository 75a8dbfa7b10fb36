"""Home: the next sessions of every group, today's picked out; a welcome on the first run."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups, schedule
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.groups import GroupSaved
from peerdesk.core.schedule import MeetingRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import clock, long_date, short_date
from peerdesk.ui.dialogs.group_dialog import GroupDialog, kept_sessions_box, saved_message
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.venue_dialog import VenueDialog
from peerdesk.ui.models.meetings import DATE, GROUP, STATUS, TIME, VENUE, MeetingTableModel
from peerdesk.ui.pages.page import Page
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import make_table
from peerdesk.ui.widgets.welcome import WelcomePanel
from peerdesk.ui.widgets.wrapping_row import WrappingRow

# How far back "the last session" is looked for, for the register button.
RECENT_DAYS = 62


class HomePage(Page):
    message = Signal(str)
    take_register = Signal(int)  # a session's id: the main window opens its register
    print_pack = Signal(int)  # a session's id: the main window opens its pack

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialogs = DialogSlot()
        self.setObjectName("homePage")
        self.setAccessibleName(self.tr("Home"))

        self.welcome = WelcomePanel()

        self.heading = QLabel()
        self.heading.setObjectName("nextSessionHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.register_button = QPushButton()
        self.register_button.setObjectName("takeRegisterButton")
        self.register_button.setAccessibleName(self.tr("Take the register"))
        self.register_button.setShortcut(QKeySequence("Ctrl+R"))
        self.register_button.clicked.connect(self._take_register)
        self._register_meeting: int | None = None
        self.pack_button = QPushButton(self.tr("&Print the pack for the next session"))
        self.pack_button.setObjectName("printPackButton")
        self.pack_button.setAccessibleName(self.tr("Print the pack for the next session"))
        self.pack_button.clicked.connect(self._print_pack)
        self._pack_meeting: int | None = None
        caption = QLabel(self.tr("Sessions in the next four weeks, and each group's next one:"))
        caption.setObjectName("nextSessionsCaption")
        self.model = MeetingTableModel(context.today, self)
        self.table = make_table(
            "nextSessionsTable",
            self.tr("Next sessions"),
            self.model,
            stretch=STATUS,
            widths={DATE: 170, TIME: 110, GROUP: 230, VENUE: 250},
        )
        self.error_label = make_error_label("homeErrorLabel")

        upcoming = QWidget()
        column = QVBoxLayout(upcoming)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        self.buttons = WrappingRow(self.pack_button, self.register_button)
        column.addWidget(self.buttons)
        column.addSpacing(6)
        column.addWidget(caption)
        column.addWidget(self.table, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(upcoming)
        self.upcoming = upcoming
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)

        self.table.activated.connect(self._open_row)
        self.welcome.add_group_button.clicked.connect(self.add_group)
        self.welcome.add_venue_button.clicked.connect(self.add_venue)
        events = context.events
        for signal in (events.meetings_changed, events.groups_changed, events.venues_changed):
            signal.connect(self.data_changed)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    @property
    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def reload(self) -> None:
        store, today = self.context.store, self.context.today()
        try:
            first_run = not groups.list_groups(store, today=today, include_archived=True)
            rows = [] if first_run else schedule.upcoming_meetings(store, today)
            recent = schedule.list_meetings(
                store,
                date_from=today - dt.timedelta(days=RECENT_DAYS),
                date_to=today,
                include_cancelled=False,
            )
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._stale = False
        self.error_label.hide()
        self.stack.setCurrentWidget(self.welcome if first_run else self.upcoming)
        self.model.set_rows(rows)
        self.heading.setText(self._heading(rows))
        self.heading.setAccessibleName(self.heading.text())
        self._offer_register(recent[-1] if recent else None)
        coming = [row for row in rows if not row.is_cancelled and row.date >= today]
        self._pack_meeting = coming[0].id if coming else None
        self.pack_button.setVisible(bool(coming))
        if coming:
            when = self.tr("today") if coming[0].date == today else short_date(coming[0].date)
            text = self.tr("&Print the pack for the next session ({when}, {group})").format(
                when=when, group=coming[0].group_name
            )
            self.pack_button.setText(text)
            self.pack_button.setAccessibleName(text.replace("&", ""))

    def _offer_register(self, latest: MeetingRow | None) -> None:
        """One click to the register of today's session, or else of the last one held."""
        self._register_meeting = latest.id if latest else None
        self.register_button.setVisible(latest is not None)
        if latest is None:
            return
        if latest.date == self.context.today():
            text = self.tr("Take the &register for today's {group}").format(group=latest.group_name)
        else:
            text = self.tr("Take the &register for the last session ({when}, {group})").format(
                when=short_date(latest.date), group=latest.group_name
            )
        self.register_button.setText(text)

    def _take_register(self) -> None:
        if self._register_meeting is not None:
            self.take_register.emit(self._register_meeting)

    def _print_pack(self) -> None:
        if self._pack_meeting is not None:
            self.print_pack.emit(self._pack_meeting)

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.date <= self.context.today() and not row.is_cancelled:
            self.take_register.emit(row.id)

    def _heading(self, rows: list[MeetingRow]) -> str:
        upcoming = [row for row in rows if not row.is_cancelled]
        if not upcoming:
            return self.tr("No sessions are planned yet.")
        row = upcoming[0]
        when = long_date(row.date, with_year=row.date.year != self.context.today().year)
        if row.date == self.context.today():
            when = self.tr("today, {day}").format(day=when)
        if row.venue_name:
            return self.tr("Next session: {when}, {time} at {venue} — {group}").format(
                when=when, time=clock(row.start_time), venue=row.venue_name, group=row.group_name
            )
        return self.tr("Next session: {when}, {time} — {group} (no venue yet)").format(
            when=when, time=clock(row.start_time), group=row.group_name
        )

    # -- first-run actions -------------------------------------------------------------------
    def add_group(self) -> None:
        self.dialogs.open(GroupDialog(self.context, None, self), self._group_saved)

    def add_venue(self) -> None:
        self.dialogs.open(VenueDialog(self.context.store, None, self), self._venue_saved)

    def _group_saved(self, dialog: GroupDialog) -> None:
        saved: GroupSaved | None = dialog.saved
        if saved is None:
            return
        self.message.emit(saved_message(saved))
        self.context.events.groups_changed.emit()
        self.context.events.meetings_changed.emit()
        kept_sessions_box(saved, self)

    def _venue_saved(self, dialog: VenueDialog) -> None:
        if dialog.saved is not None:
            self.message.emit(self.tr("{name} added.").format(name=dialog.saved.name))
            self.context.events.venues_changed.emit()
