"""The register and figures pages on the large demo (5,000 people, ten years of sessions).

Goals: open a register < 50 ms, one search keystroke < 16 ms (a frame), mark one person with
its commit < 10 ms. Run with ``pytest tests/benchmarks --benchmark-enable``; in the normal test
run each body runs once and only its results are checked (no timed assertions).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from peerdesk.core import attendance, groups, schedule
from peerdesk.core.demo import populate
from peerdesk.core.storage import Store, open_store
from peerdesk.ui.context import AppContext
from peerdesk.ui.pages.figures import FiguresPage
from peerdesk.ui.pages.register import RegisterPage

TODAY = dt.date(2026, 11, 23)  # as in conftest


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("large") / "peerdesk.sqlite3")
    populate(store, size="large", seed=1, today=TODAY)
    yield store
    store.close()


@pytest.fixture(scope="module")
def busiest(large_store: Store) -> list[int]:
    """The two latest sessions held by the first group that names people."""
    named = [g for g in groups.list_groups(large_store, today=TODAY) if not g.headcount_only]
    held = schedule.list_meetings(
        large_store, group_id=named[0].id, date_to=TODAY - dt.timedelta(days=1),
        include_cancelled=False,
    )  # fmt: skip
    return [m.id for m in held][-2:]


@pytest.fixture
def page(qtbot: QtBot, large_store: Store) -> RegisterPage:
    shown = RegisterPage(AppContext(large_store, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    # As the program does once it has started (peerdesk.ui.app): long-lived objects are frozen
    # out of the garbage collector's way.
    gc.freeze()
    return shown


def _settle() -> None:
    QApplication.processEvents()


def test_open_a_register(
    benchmark: BenchmarkFixture, page: RegisterPage, large_store: Store, busiest: list[int]
) -> None:
    turn = iter(range(10_000))

    def open_next() -> int:
        meeting = busiest[next(turn) % 2]
        page.open_meeting(meeting)
        _settle()
        return meeting

    opened = benchmark.pedantic(open_next, rounds=20, warmup_rounds=2)
    register = attendance.load_register(large_store, opened)
    assert page.model.rowCount() == len(register.entries) > 4000
    assert page.register is not None and page.register.meeting.id == opened
    assert page.model.counts() == (register.named_present, register.apologies)


def test_one_search_keystroke(
    benchmark: BenchmarkFixture, page: RegisterPage, large_store: Store, busiest: list[int]
) -> None:
    page.open_meeting(busiest[0])

    def setup() -> None:
        page.search.clear()
        _settle()

    def type_k() -> None:
        QTest.keyClick(page.search, Qt.Key.Key_K)
        _settle()

    benchmark.pedantic(type_k, setup=setup, rounds=40, warmup_rounds=2)
    register = attendance.load_register(large_store, busiest[0])
    expected = sum("k" in entry.search_text for entry in register.entries)
    assert page.search.text() == "k"
    assert page.model.rowCount() == expected > 0


def test_mark_one_person_with_its_commit(
    benchmark: BenchmarkFixture, page: RegisterPage, large_store: Store, busiest: list[int]
) -> None:
    meeting = busiest[1]
    page.open_meeting(meeting)
    before = attendance.load_register(large_store, meeting).named_present
    marked: list[int] = []

    def setup() -> None:
        page.search.setText("ar")
        _settle()
        first = page.model.entry_at(0)
        assert first is not None and page.model.status_of(first.person_id) != "present"
        marked.append(first.person_id)

    def press_enter() -> None:
        QTest.keyClick(page.search, Qt.Key.Key_Return)
        _settle()

    benchmark.pedantic(press_enter, setup=setup, rounds=20, warmup_rounds=1)
    register = attendance.load_register(large_store, meeting)
    present = {e.person_id for e in register.entries if e.status == "present"}
    assert set(marked) <= present
    assert register.named_present == before + len(marked)
    assert page.search.text() == ""
    for person in marked:  # leave the shared database as the other benchmarks expect
        attendance.mark(large_store, meeting, person, "absent")


def test_figures_for_ten_years(
    benchmark: BenchmarkFixture, qtbot: QtBot, large_store: Store, busiest: list[int]
) -> None:
    page = FiguresPage(AppContext(large_store, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10_000)
    group = attendance.load_register(large_store, busiest[0]).meeting.group_id
    page.set_group(group)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10_000)

    def load() -> None:
        with qtbot.waitSignal(page.shown, timeout=10_000):
            page.set_period(TODAY - dt.timedelta(days=3653), TODAY)
        _settle()

    benchmark.pedantic(load, rounds=5, warmup_rounds=1)
    figures = page.figures
    assert figures is not None and not page.error_label.isVisible()
    assert len(figures.months) >= 110 and page.model.rowCount() == len(figures.months)
    assert figures.named_attendances > 1000
    assert "named people came in this period" in page.summary_label.text()
