"""The home page: the welcome on a first run, then the next sessions with today's picked out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from peerdesk.core import groups, schedule
from peerdesk.core.groups import GroupInput
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.group_dialog import GroupDialog
from peerdesk.ui.dialogs.venue_dialog import VenueDialog
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.models.meetings import DATE, GROUP, STATUS, TIME, VENUE

MONDAY = 0


def cell(
    window: MainWindow, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    model = window.home.model
    return model.data(model.index(row, column), role)


def test_first_run_shows_the_welcome_until_a_group_exists(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    home = window.home
    assert home.showing_welcome
    assert home.welcome.isVisible()
    assert "peerdesk --demo" in home.welcome.findChild(type(home.heading), "welcomeDemoHint").text()

    qtbot.mouseClick(home.welcome.add_group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(home.dialogs.current, GroupDialog))
    dialog = home.dialogs.current
    assert isinstance(dialog, GroupDialog)
    qtbot.keyClicks(dialog.name, "Monday peer support")
    dialog.schedule.weekday.setCurrentIndex(MONDAY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not home.showing_welcome)

    assert not home.welcome.isVisible()
    assert home.table.isVisible()
    assert cell(window, 0, GROUP) == "Monday peer support"
    assert cell(window, 0, VENUE) == "No venue yet"
    assert "sessions added" in window.statusBar().currentMessage()


def test_welcome_can_add_a_venue(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    home = window.home
    qtbot.mouseClick(home.welcome.add_venue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(home.dialogs.current, VenueDialog))
    dialog = home.dialogs.current
    assert isinstance(dialog, VenueDialog)
    qtbot.keyClicks(dialog.name, "St Mark's Hall")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: home.dialogs.current is None)
    assert home.showing_welcome  # still no group
    window.show_page(2)
    assert window.venues.model.rows[0].name == "St Mark's Hall"


def test_todays_sessions_are_highlighted_in_words_and_style(
    window: MainWindow, store: Store, today: dt.date
) -> None:
    groups.create_group(
        store,
        GroupInput("Monday group", "FREQ=WEEKLY;BYDAY=MO", today, dt.time(10, 0), 90),
        today=today,
    )
    groups.create_group(
        store,
        GroupInput("Wednesday group", "FREQ=WEEKLY;BYDAY=WE", today, dt.time(18, 30)),
        today=today,
    )
    window.context.events.groups_changed.emit()

    assert cell(window, 0, DATE) == "Today, Mon 23 Nov"
    assert cell(window, 0, TIME) == "10:00–11:30"
    assert cell(window, 0, DATE, Qt.ItemDataRole.AccessibleTextRole) == (
        "Today, Monday 23 November 2026"
    )
    font = cell(window, 0, GROUP, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(window, 0, STATUS, Qt.ItemDataRole.BackgroundRole) is not None
    # Wednesday's session is not today: plain.
    assert cell(window, 1, DATE) == "Wed 25 Nov"
    assert cell(window, 1, GROUP, Qt.ItemDataRole.FontRole) is None
    assert cell(window, 1, GROUP, Qt.ItemDataRole.BackgroundRole) is None
    assert window.home.heading.text() == (
        "Next session: today, Monday 23 November, 10:00 — Monday group (no venue yet)"
    )


def test_cancelled_moved_and_extra_sessions_say_so(
    window: MainWindow, store: Store, today: dt.date
) -> None:
    saved = groups.create_group(
        store,
        GroupInput("Tuesday drop-in", "FREQ=WEEKLY;BYDAY=TU", today, dt.time(18, 30)),
        today=today,
    )
    first, second, *_ = schedule.list_meetings(store, group_id=saved.group.id)
    schedule.cancel_meeting(store, first.id, "Hall closed")
    schedule.move_meeting(
        store, second.id, date=second.date, start_time=dt.time(19, 0), venue_id=None
    )
    schedule.add_one_off(store, saved.group.id, date=today + dt.timedelta(days=3))
    window.context.events.meetings_changed.emit()

    statuses = [str(cell(window, row, STATUS)) for row in range(window.home.model.rowCount())]
    assert statuses[:3] == ["Cancelled: Hall closed", "Extra session", "Moved"]
    assert cell(window, 0, GROUP, Qt.ItemDataRole.FontRole).italic()  # type: ignore[union-attr]
    # The heading skips the cancelled session.
    assert window.home.heading.text().startswith("Next session: Thursday 26 November, 18:30")


def test_demo_data_fills_the_home_page(qtbot: QtBot, demo_store: Store, today: dt.date) -> None:
    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    assert not window.home.showing_welcome
    assert window.home.model.rowCount() >= 8
    assert window.home.heading.text().startswith("Next session: ")


def test_one_click_takes_the_register_of_the_last_session(
    qtbot: QtBot, demo_store: Store, today: dt.date
) -> None:
    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    button = window.home.register_button
    assert button.isVisible()
    # Monday 23 November: the demo's last session before today is Saturday's walk.
    assert "last session (Sat 21 Nov, Saturday Walk and Talk)" in button.text().replace("&", "")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.register)
    assert window.register.register is not None
    assert window.register.register.meeting.date == dt.date(2026, 11, 21)


def test_the_window_paints_before_the_database_is_open(qtbot: QtBot, store: Store) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.opening.isVisible()
    assert not window.navigation.isEnabled()
    assert window.current_page() is None
    window.attach(AppContext(store))
    assert window.navigation.isEnabled()
    assert window.current_page() is window.home
    assert window.windowTitle() == f"peerdesk — {store.path.name}"


def test_pages_are_made_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    made_at_start = set(window._made)
    assert made_at_start == {0}
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.figures
    assert set(window._made) == {0, 5}
