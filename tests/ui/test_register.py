"""The register page, driven through its real widgets on the small demo data."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import attendance, schedule
from peerdesk.core.attendance import RegisterEntry
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.models.register import CONSENT_NOTE_ROLE, ENTRY_ROLE, NOTE, STATUS
from peerdesk.ui.pages.register import RegisterPage

TUESDAY_GROUP, HEADCOUNT_GROUP = "Tuesday Evening Drop-in", "Saturday Walk and Talk"
CTRL = Qt.KeyboardModifier.ControlModifier


def meeting_on(store: Store, group: str, day: dt.date) -> int:
    (found,) = [m for m in schedule.list_meetings(store, date_from=day, date_to=day)
                if m.group_name == group]  # fmt: skip
    return found.id


@pytest.fixture
def next_tuesday(demo_store: Store) -> int:
    """Tomorrow's drop-in: nobody marked yet (the demo fills only sessions before today)."""
    return meeting_on(demo_store, TUESDAY_GROUP, dt.date(2026, 11, 24))


@pytest.fixture
def page(qtbot: QtBot, demo_store: Store, today: dt.date) -> RegisterPage:
    shown = RegisterPage(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def blank(page: RegisterPage, next_tuesday: int, qtbot: QtBot) -> RegisterPage:
    page.open_meeting(next_tuesday)
    qtbot.waitUntil(page.search.hasFocus)
    return page


def stored(store: Store, meeting_id: int) -> dict[str, str]:
    register = attendance.load_register(store, meeting_id)
    return {
        e.preferred_name + (" (f)" if e.is_facilitator else ""): e.status
        for e in register.entries
        if e.status != "absent"
    }


def first_shown(page: RegisterPage) -> RegisterEntry | None:
    if page.model.rowCount() == 0:
        return None
    entry = page.model.data(page.model.index(0, 0), ENTRY_ROLE)
    assert isinstance(entry, RegisterEntry)
    return entry


def selected(page: RegisterPage) -> RegisterEntry:
    entry = page.model.data(page.table.currentIndex(), ENTRY_ROLE)
    assert isinstance(entry, RegisterEntry)
    return entry


def test_default_is_the_latest_session_held(page: RegisterPage, demo_store: Store) -> None:
    assert page.picker.group_combo.currentText() == "Hearing Voices Group"
    register = page.register
    assert register is not None and register.meeting.date <= dt.date(2026, 11, 23)
    later = schedule.list_meetings(
        demo_store, group_id=register.meeting.group_id,
        date_from=register.meeting.date + dt.timedelta(days=1), date_to=dt.date(2026, 11, 23),
    )  # fmt: skip
    assert later == []
    assert page.totals_label.text().startswith(f"{register.named_present} named + ")


def test_a_twenty_name_paper_sheet_by_keyboard_alone(
    qtbot: QtBot, blank: RegisterPage, demo_store: Store, next_tuesday: int
) -> None:
    entries = attendance.load_register(demo_store, next_tuesday).entries
    regulars = [e for e in entries if e.is_regular]
    others = [e for e in entries if not e.is_regular]
    sheet = random.Random(7).sample(regulars, 13) + random.Random(8).sample(others, 7)
    random.Random(9).shuffle(sheet)
    keystrokes = 0
    for person in sheet:
        assert blank.search.hasFocus() and blank.search.text() == ""
        typed = ""
        for letter in person.preferred_name.casefold():
            qtbot.keyClicks(blank.search, letter)
            typed += letter
            keystrokes += 1
            top = first_shown(blank)
            if top is not None and top.person_id == person.person_id:
                break
        top = first_shown(blank)
        if top is None or top.person_id != person.person_id:  # the name alone is not enough
            qtbot.keyClick(blank.search, Qt.Key.Key_Down)
            keystrokes += 1
            while selected(blank).person_id != person.person_id:
                qtbot.keyClick(blank.table, Qt.Key.Key_Down)
                keystrokes += 1
            qtbot.keyClick(blank.table, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(blank.search, Qt.Key.Key_Return)
        keystrokes += 1
    per_name = keystrokes / len(sheet)
    print(f"\n20-name paper sheet: {keystrokes} keystrokes, {per_name:.2f} per name")
    assert per_name <= 5
    assert stored(demo_store, next_tuesday) == {
        p.preferred_name + (" (f)" if p.is_facilitator else ""): "present" for p in sheet
    }
    assert blank.totals_label.text() == "20 named + 0 unnamed = 20 here"
    assert blank.search.hasFocus()


def test_marked_people_drop_below_the_ones_still_to_mark(qtbot: QtBot, blank: RegisterPage) -> None:
    qtbot.keyClicks(blank.search, "sam")
    first = first_shown(blank)
    assert first is not None and blank.model.rowCount() >= 2
    qtbot.keyClick(blank.search, Qt.Key.Key_Return)
    qtbot.keyClicks(blank.search, "sam")
    again = first_shown(blank)
    assert again is not None and again.person_id != first.person_id
    last = blank.model.data(blank.model.index(blank.model.rowCount() - 1, STATUS))
    assert last == "Present"


def test_walk_in_by_keyboard(qtbot: QtBot, blank: RegisterPage, demo_store: Store) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    qtbot.keyClicks(blank.search, "Nell")
    assert blank.model.rowCount() == 0
    assert "No one matches “Nell”" in blank.hint_label.text()
    qtbot.keyClick(blank.search, Qt.Key.Key_Return)
    assert blank.walk_in_button.isVisible()
    assert blank.walk_in_button.text() == "Add “Nell” as a newcomer (Enter)"
    assert stored(demo_store, meeting) == {}  # one Enter only offers
    with qtbot.waitSignal(blank.context.events.people_changed):
        qtbot.keyClick(blank.search, Qt.Key.Key_Return)
    assert stored(demo_store, meeting) == {"Nell": "present"}
    assert blank.search.text() == "" and blank.search.hasFocus()
    assert not blank.walk_in_button.isVisible()
    qtbot.keyClicks(blank.search, "nell")
    assert blank.model.data(blank.model.index(0, NOTE)) == "New"
    assert blank.model.data(blank.model.index(0, STATUS)) == "Present"
    assert blank.undo_button.toolTip().startswith("Add newcomer Nell (undo marks them absent")
    qtbot.keyClick(blank.search, Qt.Key.Key_Z, CTRL)
    assert stored(demo_store, meeting) == {}


def test_same_name_walk_in_needs_add_anyway(
    qtbot: QtBot, blank: RegisterPage, demo_store: Store
) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    qtbot.keyClicks(blank.search, "Sam")
    qtbot.keyClick(blank.search, Qt.Key.Key_Return, CTRL)  # a different Sam, new today
    assert blank.error_label.isVisible()
    assert blank.error_label.text().startswith("Someone called “Sam” is already in the directory")
    assert blank.add_anyway_button.isVisible() and blank.add_anyway_button.hasFocus()
    assert blank.search.text() == "Sam"  # what was typed is kept
    assert stored(demo_store, meeting) == {}
    qtbot.keyClick(blank.add_anyway_button, Qt.Key.Key_Return)
    register = attendance.load_register(demo_store, meeting)
    sams = [e for e in register.entries if e.preferred_name == "Sam"]
    assert sorted(e.status for e in sams) == ["absent", "present"]
    assert not blank.error_label.isVisible() and blank.search.hasFocus()


def test_space_a_and_f_in_the_list(qtbot: QtBot, blank: RegisterPage, demo_store: Store) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    qtbot.keyClicks(blank.search, "dimitri")
    qtbot.keyClick(blank.search, Qt.Key.Key_Down)
    assert blank.table.hasFocus() and selected(blank).preferred_name == "Dimitri"
    with qtbot.assertNotEmitted(blank.model.modelReset), qtbot.waitSignal(blank.model.dataChanged):
        qtbot.keyClick(blank.table, Qt.Key.Key_Space)
    assert stored(demo_store, meeting) == {"Dimitri": "present"}
    qtbot.keyClick(blank.table, Qt.Key.Key_Space)
    assert stored(demo_store, meeting) == {}
    qtbot.keyClick(blank.table, Qt.Key.Key_A)
    assert stored(demo_store, meeting) == {"Dimitri": "apologies"}
    assert blank.model.data(blank.model.index(0, STATUS)) == "Apologies"
    assert blank.totals_label.text() == "0 named + 0 unnamed = 0 here · 1 sent apologies"
    qtbot.keyClick(blank.table, Qt.Key.Key_F)
    assert stored(demo_store, meeting) == {"Dimitri (f)": "present"}
    assert blank.undo_button.toolTip().startswith("Mark Dimitri as a facilitator")
    qtbot.keyClick(blank.table, Qt.Key.Key_F)
    assert stored(demo_store, meeting) == {"Dimitri": "present"}
    qtbot.keyClick(blank.table, Qt.Key.Key_Escape)
    assert blank.search.hasFocus()
    qtbot.keyClick(blank.search, Qt.Key.Key_Down)
    qtbot.keyClick(blank.table, Qt.Key.Key_X)  # any other letter goes back to the search
    assert blank.search.hasFocus() and blank.search.text() == "dimitrix"


def test_undo_and_redo_a_mark(qtbot: QtBot, blank: RegisterPage, demo_store: Store) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    qtbot.keyClicks(blank.search, "dimitri")
    qtbot.keyClick(blank.search, Qt.Key.Key_Return)
    assert stored(demo_store, meeting) == {"Dimitri": "present"}
    assert blank.undo_button.isEnabled() and not blank.redo_button.isEnabled()
    qtbot.keyClick(blank.search, Qt.Key.Key_Z, CTRL)
    assert stored(demo_store, meeting) == {}
    assert blank.totals_label.text() == "0 named + 0 unnamed = 0 here"
    qtbot.keyClick(blank.search, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(demo_store, meeting) == {"Dimitri": "present"}
    qtbot.mouseClick(blank.undo_button, Qt.MouseButton.LeftButton)
    assert stored(demo_store, meeting) == {}
    qtbot.keyClick(blank.search, Qt.Key.Key_Y, CTRL)
    assert stored(demo_store, meeting) == {"Dimitri": "present"}
    assert blank.totals_label.text() == "1 named + 0 unnamed = 1 here"


def test_headcount_saves_and_undoes(qtbot: QtBot, blank: RegisterPage, demo_store: Store) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    spin = blank.headcount.spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert attendance.load_register(demo_store, meeting).anonymous_count == 7
    assert blank.totals_label.text() == "0 named + 7 unnamed = 7 here"
    assert blank.undo_button.toolTip().startswith("Change the unnamed headcount from 0 to 7")
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert attendance.load_register(demo_store, meeting).anonymous_count == 0
    assert spin.value() == 0 and blank.totals_label.text() == "0 named + 0 unnamed = 0 here"
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert attendance.load_register(demo_store, meeting).anonymous_count == 7
    assert spin.value() == 7


def test_absurd_headcount_is_refused_inline(
    qtbot: QtBot, blank: RegisterPage, demo_store: Store
) -> None:
    meeting = blank.register.meeting.id  # type: ignore[union-attr]
    spin = blank.headcount.spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "900")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert blank.headcount.error_label.isVisible()
    assert "between 0 and 500; 900 cannot be right" in blank.headcount.error_label.text()
    assert spin.value() == 900  # kept for correcting
    assert attendance.load_register(demo_store, meeting).anonymous_count == 0
    assert not blank.undo_button.isEnabled()
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not blank.headcount.error_label.isVisible()
    assert attendance.load_register(demo_store, meeting).anonymous_count == 9


def test_headcount_only_group_asks_for_no_names(
    qtbot: QtBot, page: RegisterPage, demo_store: Store
) -> None:
    meeting = meeting_on(demo_store, HEADCOUNT_GROUP, dt.date(2026, 11, 21))
    page.open_meeting(meeting)
    count = attendance.load_register(demo_store, meeting).anonymous_count
    assert page.picker.group_combo.currentText() == HEADCOUNT_GROUP
    assert not page.names_box.isVisible() and not page.search.isVisible()
    assert not page.table.isVisible()
    assert page.banner.isVisible() and "no names are asked for" in page.banner.text()
    assert page.headcount.spin.isVisible() and page.headcount.spin.value() == count
    assert page.totals_label.text() == f"{count} here (counted, not named)"
    qtbot.waitUntil(page.headcount.spin.hasFocus)


def test_cancelled_session_disables_entry(
    qtbot: QtBot, page: RegisterPage, demo_store: Store, next_tuesday: int
) -> None:
    schedule.cancel_meeting(demo_store, next_tuesday, "Heating broken at the venue")
    page.open_meeting(next_tuesday)
    assert page.banner.isVisible()
    assert "cancelled (Heating broken at the venue)" in page.banner.text()
    assert not page.search.isEnabled() and not page.table.isEnabled()
    assert not page.headcount.spin.isEnabled()
    assert "(cancelled)" in page.picker.session_combo.currentText()


def test_choosing_another_session_resets_undo(
    qtbot: QtBot, blank: RegisterPage, demo_store: Store
) -> None:
    qtbot.keyClicks(blank.search, "dimitri")
    qtbot.keyClick(blank.search, Qt.Key.Key_Return)
    assert blank.undo_stack.count() == 1
    combo = blank.picker.session_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blank.register is not None and blank.register.meeting.date == dt.date(2026, 11, 17)
    assert blank.undo_stack.count() == 0 and not blank.undo_button.isEnabled()


def test_every_interactive_widget_has_an_accessible_name(blank: RegisterPage) -> None:
    blank.walk_in_button.show()
    blank.add_anyway_button.show()
    interactive = [
        widget
        for widget in blank.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(blank)
    ]
    assert len(interactive) >= 8
    assert [w.objectName() or type(w).__name__ for w in interactive if not w.accessibleName()] == []
    assert all(widget.objectName() for widget in interactive)


def test_the_consent_seam_shows_its_note(
    qtbot: QtBot, demo_store: Store, next_tuesday: int
) -> None:
    page = RegisterPage(
        AppContext(demo_store),
        consent_notes=lambda entries: {
            e.person_id: "No consent on file yet" for e in entries if e.is_regular
        },
    )
    qtbot.addWidget(page)
    page.open_meeting(next_tuesday)
    top = first_shown(page)
    assert top is not None and top.is_regular
    assert page.model.data(page.model.index(0, NOTE)) == "No consent on file yet"
    assert page.model.data(page.model.index(0, NOTE), CONSENT_NOTE_ROLE) == "No consent on file yet"
