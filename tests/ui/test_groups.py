"""The Groups page and its dialogs, driven through the real widgets on a real database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import groups, schedule, venues
from peerdesk.core.groups import GroupInput
from peerdesk.core.storage import Store
from peerdesk.core.venues import VenueInput
from peerdesk.ui.dialogs.group_dialog import GroupDialog
from peerdesk.ui.dialogs.session_dialogs import (
    CancelSessionDialog,
    ExtraSessionDialog,
    MoveSessionDialog,
)
from peerdesk.ui.main_window import GROUPS, MainWindow
from peerdesk.ui.models.meetings import DATE, STATUS
from peerdesk.ui.widgets.schedule_editor import EVERY_N_WEEKS, MONTHLY

TUESDAY = 1


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.show_page(GROUPS)
    return window


def add_group(store: Store, today: dt.date, name: str = "Tuesday drop-in", **kw: Any) -> int:
    data = GroupInput(
        name=name,
        rrule=kw.pop("rrule", "FREQ=WEEKLY;BYDAY=TU"),
        start_date=today,
        start_time=dt.time(18, 30),
        **kw,
    )
    return groups.create_group(store, data, today=today).group.id


def open_dialog(qtbot: QtBot, slot_owner: Any) -> Any:
    qtbot.waitUntil(
        lambda: slot_owner.dialogs.current is not None and slot_owner.dialogs.current.isVisible()
    )
    return slot_owner.dialogs.current


def save(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def column(model: Any, number: int) -> list[str]:
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def test_a_group_made_in_the_dialog_shows_its_sessions_on_home(
    qtbot: QtBot, window: MainWindow, store: Store, today: dt.date
) -> None:
    venues.create_venue(store, VenueInput("St Mark's Hall"))
    window.venues.reload()
    qtbot.mouseClick(window.groups.new_button, Qt.MouseButton.LeftButton)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    # A fresh dialog's venue list is read when it opens, so the new venue is offered.
    assert dialog.venue.findText("St Mark's Hall") > 0
    qtbot.keyClicks(dialog.name, "Tuesday drop-in")
    qtbot.keyClicks(dialog.description, "Come as you are.")
    dialog.schedule.weekday.setCurrentIndex(TUESDAY)
    dialog.start_time.setTime(dialog.start_time.time().fromString("18:30", "HH:mm"))
    dialog.venue.setCurrentIndex(dialog.venue.findText("St Mark's Hall"))
    assert dialog.schedule.preview.text().startswith("Next dates: Tue 24 Nov, Tue 1 Dec, ")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.groups.dialogs.current is None)

    assert column(window.groups.model, 0) == ["Tuesday drop-in"]
    assert "sessions added" in window.statusBar().currentMessage()
    sessions = window.groups.sessions.model
    assert sessions.rowCount() > 20
    assert column(sessions, DATE)[0] == "Tomorrow, Tue 24 Nov"

    window.show_page(0)
    home = window.home
    qtbot.waitUntil(lambda: not home.showing_welcome)
    assert column(home.model, DATE)[:2] == ["Tomorrow, Tue 24 Nov", "Tue 1 Dec"]
    assert home.heading.text() == (
        "Next session: Tuesday 24 November, 18:30 at St Mark's Hall — Tuesday drop-in"
    )


def test_an_empty_name_is_explained_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    qtbot.keyClicks(dialog.description, "Fortnightly on Thursdays")
    dialog.schedule.repeats.setCurrentIndex(EVERY_N_WEEKS)
    dialog.schedule.interval.setValue(3)
    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Please enter a name for the group."
    assert dialog.description.toPlainText() == "Fortnightly on Thursdays"
    assert dialog.schedule.interval.value() == 3
    assert groups.list_groups(store, today=dt.date(2026, 1, 1)) == []

    qtbot.keyClicks(dialog.name, "Thursday group")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (row,) = groups.list_groups(store, today=dt.date(2026, 1, 1))
    assert row.rrule == "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO"  # today, 23 Nov 2026, is a Monday


def test_an_end_before_the_start_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, today: dt.date
) -> None:
    qtbot.mouseClick(window.groups.new_button, Qt.MouseButton.LeftButton)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    qtbot.keyClicks(dialog.name, "Short-lived")
    qtbot.mouseClick(dialog.schedule.has_end, Qt.MouseButton.LeftButton)
    assert dialog.schedule.end_date.isEnabled()
    dialog.schedule.end_date.setDate(dialog.schedule.start_date.date().addDays(-7))
    assert dialog.schedule.preview.text() == "The end date is before the start date."
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The end date is before the start date."
    assert dialog.name.text() == "Short-lived"


def test_monthly_schedule_preview(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.groups.new_button, Qt.MouseButton.LeftButton)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    dialog.schedule.repeats.setCurrentIndex(MONTHLY)
    dialog.schedule.week_of_month.setCurrentIndex(5)  # last
    dialog.schedule.weekday.setCurrentIndex(4)  # Friday
    assert dialog.schedule.rule() == "FREQ=MONTHLY;BYDAY=-1FR"
    assert dialog.schedule.preview.text().startswith("Next dates: Fri 27 Nov, Fri 25 Dec, ")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.groups.dialogs.current is None)


def on_home(window: MainWindow, number: int) -> list[str]:
    """A column of the home page as it shows when you go there (a hidden page catches up)."""
    window.show_page(0)
    shown = column(window.home.model, number)
    window.show_page(GROUPS)
    return shown


def select_session(window: MainWindow, day: dt.date) -> None:
    panel = window.groups.sessions
    rows = panel.model.rows
    target = next(row for row in rows if row.date == day)
    assert panel.select_meeting(target.id)


def test_cancel_a_session_with_a_reason_then_restore_it(
    qtbot: QtBot, window: MainWindow, store: Store, today: dt.date
) -> None:
    add_group(store, today)
    window.groups.reload()
    window.groups.select_group(window.groups.model.rows[0].id)
    panel = window.groups.sessions
    tuesday = today + dt.timedelta(days=1)
    select_session(window, tuesday)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    dialog: CancelSessionDialog = open_dialog(qtbot, panel)
    save(qtbot, dialog)  # no reason yet
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Please enter a reason for cancelling."
    qtbot.keyClicks(dialog.reason, "Hall closed for repairs")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialogs.current is None)

    meeting = panel.selected_meeting()
    assert meeting is not None and meeting.date == tuesday
    row = panel.model.row_of(meeting.id)
    assert panel.model.data(panel.model.index(row, STATUS)) == "Cancelled: Hall closed for repairs"
    assert panel.restore_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert on_home(window, STATUS)[0] == "Cancelled: Hall closed for repairs"
    assert window.home.heading.text().startswith("Next session: Tuesday 1 December")

    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel.model.data(panel.model.index(row, STATUS)) == "As usual"
    assert on_home(window, STATUS)[0] == "As usual"
    assert "back on" in window.statusBar().currentMessage()


def test_move_a_session_and_add_an_extra_one(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    venue = venues.create_venue(store, VenueInput("Riverside Library"))
    add_group(store, today)
    window.groups.reload()
    window.groups.select_group(window.groups.model.rows[0].id)
    panel = window.groups.sessions
    select_session(window, today + dt.timedelta(days=8))
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    move: MoveSessionDialog = open_dialog(qtbot, panel)
    move.date.setDate(move.date.date().addDays(1))
    move.venue.setCurrentIndex(move.venue.findData(venue.id))
    qtbot.keyClicks(move.note, "Hall being painted")
    save(qtbot, move)
    qtbot.waitUntil(lambda: panel.dialogs.current is None)
    moved = panel.selected_meeting()
    assert moved is not None
    assert moved.date == today + dt.timedelta(days=9)
    assert moved.venue_name == "Riverside Library"
    row = panel.model.row_of(moved.id)
    assert panel.model.data(panel.model.index(row, STATUS)) == "Moved: Hall being painted"
    assert "Hall being painted" in panel.model.data(
        panel.model.index(row, STATUS), Qt.ItemDataRole.ToolTipRole
    )

    qtbot.mouseClick(panel.extra_button, Qt.MouseButton.LeftButton)
    extra: ExtraSessionDialog = open_dialog(qtbot, panel)
    extra.date.setDate(extra.date.date().addDays(2))  # Thursday 26 November
    qtbot.keyClicks(extra.note, "Winter social")
    save(qtbot, extra)
    qtbot.waitUntil(lambda: panel.dialogs.current is None)
    added = panel.selected_meeting()
    assert added is not None and added.is_one_off
    assert added.date == dt.date(2026, 11, 26)
    assert "Extra session: Winter social" in on_home(window, STATUS)

    # Added by mistake: it can be taken back (after a confirmation).
    assert panel.remove_button.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.model.row_of(added.id) < 0
    assert not any(m.is_one_off for m in schedule.list_meetings(store, date_from=today))


def test_editing_keeps_a_custom_rule_untouched(
    qtbot: QtBot, window: MainWindow, store: Store, today: dt.date
) -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO,TH"
    add_group(store, today, "Twice weekly", rrule=rule)
    window.groups.reload()
    window.groups.select_group(window.groups.model.rows[0].id)
    window.groups.table.setFocus()
    qtbot.keyClick(window.groups.table, Qt.Key.Key_Return)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    assert dialog.schedule.is_custom
    assert dialog.schedule.custom_note.isVisible()
    assert not dialog.schedule.repeats.isEnabled()
    qtbot.keyClicks(dialog.description, "Mondays and Thursdays")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.groups.dialogs.current is None)
    (row,) = groups.list_groups(store, today=today)
    assert row.rrule == rule
    assert row.description == "Mondays and Thursdays"


def test_sessions_kept_by_a_schedule_change_are_explained(
    qtbot: QtBot, window: MainWindow, store: Store, today: dt.date
) -> None:
    group_id = add_group(store, today)
    tuesday = schedule.list_meetings(store, group_id=group_id)[1]
    schedule.cancel_meeting(store, tuesday.id, "Hall closed")
    window.groups.reload()
    window.groups.select_group(group_id)
    qtbot.mouseClick(window.groups.edit_button, Qt.MouseButton.LeftButton)
    dialog: GroupDialog = open_dialog(qtbot, window.groups)
    dialog.schedule.weekday.setCurrentIndex(3)  # Thursday
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.groups.dialogs.current is None)
    box = window.groups.findChild(QMessageBox, "keptSessionsBox")
    assert box is not None
    assert "Tuesday 1 December 2026" in box.text()
    assert "kept" in window.statusBar().currentMessage()
    box.accept()


def test_archive_asks_first_and_restore_brings_it_back(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, title: str, *_args: Any, **_kwargs: Any) -> Any:
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    add_group(store, today)
    page = window.groups
    page.reload()
    page.select_group(page.model.rows[0].id)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert asked == ["Archive Tuesday drop-in?"]
    assert page.model.rowCount() == 1

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert on_home(window, STATUS) == []

    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert column(page.model, 0) == ["Tuesday drop-in (archived)"]
    page.select_group(page.model.rows[0].id)
    assert page.archive_button.accessibleName() == "Restore"
    assert not page.sessions.extra_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2  # restoring does not ask
    assert column(page.model, 0) == ["Tuesday drop-in"]
    assert on_home(window, STATUS)
