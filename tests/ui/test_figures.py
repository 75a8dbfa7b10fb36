"""The figures page and the person-history dialog, on a small history built with core services."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import attendance, groups, people, schedule
from peerdesk.core.recurrence import Recurrence
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.person_history import PersonHistoryDialog
from peerdesk.ui.pages.figures import FiguresPage, year_before
from peerdesk.ui.pages.people import PeoplePage
from peerdesk.ui.widgets.attendance_chart import chart_buckets


@pytest.fixture
def history(store: Store, today: dt.date) -> dict[str, int]:
    """A Tuesday drop-in from 1 September 2026: who came when, and the unnamed headcounts."""
    group_id = groups.create_group(
        store,
        groups.GroupInput(
            "Drop-in", Recurrence("weekly", 1).to_rrule(), dt.date(2026, 9, 1), dt.time(18, 30)
        ),
        today=today,
    ).group.id
    by_date = {m.date: m.id for m in schedule.list_meetings(store, group_id=group_id)}
    ids = {n: people.create_person(store, people.PersonInput(n)).id for n in ("Ada", "Bea", "Cal")}

    def came(name: str, month: int, day: int, status: attendance.Status = "present") -> None:
        attendance.mark(store, by_date[dt.date(2026, month, day)], ids[name], status)

    came("Bea", 9, 1)
    came("Cal", 9, 8, "apologies")  # apologies are not attendance
    came("Ada", 9, 29)
    came("Ada", 10, 6)  # back within a week
    came("Cal", 10, 6)
    came("Bea", 10, 27)
    attendance.set_headcount(store, by_date[dt.date(2026, 9, 1)], 2)
    attendance.set_headcount(store, by_date[dt.date(2026, 10, 6)], 3)
    schedule.cancel_meeting(store, by_date[dt.date(2026, 9, 15)], "Hall flooded")
    return {"group": group_id, **ids}


@pytest.fixture
def page(qtbot: QtBot, store: Store, today: dt.date, history: dict[str, int]) -> FiguresPage:
    shown = FiguresPage(AppContext(store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.figures is not None)
    return shown


def table(page: FiguresPage) -> list[list[str]]:
    model = page.model
    return [
        [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_default_period_is_the_last_twelve_months(page: FiguresPage) -> None:
    assert page.date_from.date().toPython() == dt.date(2025, 12, 1)
    assert page.date_to.date().toPython() == dt.date(2026, 11, 23)
    assert year_before(dt.date(2026, 1, 31)) == dt.date(2025, 2, 1)


def test_figures_for_a_small_history(qtbot: QtBot, page: FiguresPage) -> None:
    with qtbot.waitSignal(page.shown):
        page.set_period(dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    assert table(page) == [
        # month, sessions, named, not named, total, named people, new, returning
        ["September 2026", "4", "2", "2", "4", "2", "2", "0"],
        ["October 2026", "4", "3", "3", "6", "3", "1", "2"],
    ]
    assert page.summary_label.text() == (
        "8 sessions were held: 5 visits by named people and 5 unnamed visits (headcount), "
        "10 in all. 3 named people came in this period; 3 came for the first time and 1 of "
        "them came back within 4 weeks. Unnamed visits are counted but cannot be followed "
        "from week to week."
    )
    chart = page.chart
    assert [chart.named.at(i) for i in range(chart.named.count())] == [2.0, 3.0]
    assert [chart.anonymous.at(i) for i in range(chart.anonymous.count())] == [2.0, 3.0]
    assert chart.categories.categories() == ["Sept 2026", "Oct"]
    legend = [marker.label() for marker in chart.chart().legend().markers()]
    assert legend == ["Named", "Not named (headcount)"]


def test_the_chart_can_show_each_session(qtbot: QtBot, page: FiguresPage) -> None:
    with qtbot.waitSignal(page.shown):
        page.set_period(dt.date(2026, 9, 1), dt.date(2026, 10, 6))
    page.view_combo.setFocus()
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Down)  # "Per session"
    chart = page.chart
    assert chart.chart().title() == "Attendance per session"
    # Five sessions held (15 September was cancelled): 1, 8, 22, 29 September and 6 October.
    assert chart.categories.categories() == ["1 Sept 2026", "8 Sept", "22 Sept", "29 Sept", "6 Oct"]
    assert [chart.named.at(i) for i in range(chart.named.count())] == [1.0, 0.0, 0.0, 1.0, 2.0]
    assert [chart.anonymous.at(i) for i in range(5)] == [2.0, 0.0, 0.0, 0.0, 3.0]
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Up)
    assert chart.chart().title() == "Attendance per month"


def test_a_backwards_period_is_refused(qtbot: QtBot, page: FiguresPage) -> None:
    with qtbot.waitSignal(page.shown):
        page.set_period(dt.date(2026, 10, 31), dt.date(2026, 9, 1))
    assert page.error_label.isVisible()
    assert page.error_label.text() == (
        "The end of the period (1 Sept 2026) is before its start (31 Oct 2026)."
    )
    assert page.model.rowCount() == 0 and page.figures is None
    # Typing a later end date puts it right.
    with qtbot.waitSignal(page.shown, timeout=3000):
        page.date_to.setDate(QDate(2026, 11, 30))
    assert not page.error_label.isVisible()
    assert [row[0] for row in table(page)] == ["November 2026"]


def test_gaps_are_shown_and_long_periods_are_charted_per_year(page: FiguresPage) -> None:
    figures = page.figures
    assert figures is not None
    september, october = figures.months[:2]
    december = replace(october, month=dt.date(2026, 12, 1))
    assert chart_buckets([september, december]) == [
        ("Sept 2026", 2, 2), ("Oct", 0, 0), ("Nov", 0, 0), ("Dec", 3, 3),
    ]  # fmt: skip
    later = replace(october, month=dt.date(2028, 10, 1))
    assert chart_buckets([september, october, later]) == [("2026", 5, 5), ("2028", 3, 3)]


def test_every_interactive_widget_has_an_accessible_name(page: FiguresPage) -> None:
    interactive = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page)
    ]
    assert len(interactive) >= 4
    unnamed = [w.objectName() or type(w).__name__ for w in interactive if not w.accessibleName()]
    assert unnamed == []


def test_person_history_lists_sessions(qtbot: QtBot, store: Store, history: dict[str, int]) -> None:
    dialog = PersonHistoryDialog(store, history["Cal"], "Cal")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Tue 6 Oct 2026", "Drop-in", "Present", ""],
        ["Tue 8 Sept 2026", "Drop-in", "Sent apologies", ""],
    ]
    assert dialog.summary_label.text() == "Cal came to 1 session and sent apologies for 1."


def test_people_page_opens_the_history(
    qtbot: QtBot, store: Store, today: dt.date, history: dict[str, int]
) -> None:
    page = PeoplePage(AppContext(store, today=lambda: today))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.history_button.isEnabled()
    assert page.history_button.accessibleName() == "History"
    page.select_person(history["Ada"])
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history_dialog is not None and page.history_dialog.isVisible())
    dialog = page.history_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Ada: sessions"
    assert dialog.model.rowCount() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.history_dialog is None)
