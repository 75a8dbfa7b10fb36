"""Search-as-you-type in a directory of 5,000 people: one keystroke must fit in a frame (16 ms).

Run with ``pytest tests/benchmarks --benchmark-enable``; in the normal test run each body runs
once and only its results are checked (no timed assertions).
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from peerdesk.core.models import Person
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.pages.people import PeoplePage

PEOPLE = 5000
FIRST = (
    "Sam", "Priya", "Alex", "Jo", "Marcus", "Aisha", "Tom", "Bea", "Kwame", "Niamh", "Dev",
    "Hannah", "Rory", "Yusuf", "Ellie", "Olu", "Grace", "Callum", "Mei", "Tariq", "Rosa",
    "Jamie", "Femi", "Lucy", "Arjun", "Sian", "Kofi", "Connor", "Leila", "Gareth", "Zainab",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Patel", "Hughes", "McLeod", "Nowak", "Begum", "Evans", "O'Connor", "Mensah",
    "Campbell", "Khan", "Roberts", "Fitzgerald", "Ahmed", "Davies", "Kowalski", "Brown",
)  # fmt: skip


def _names() -> list[tuple[str, str, bool]]:
    """(preferred, full, archived) for 5,000 made-up people; every 20th is archived."""
    pairs = itertools.cycle(itertools.product(FIRST, SURNAMES))
    people = []
    for number in range(PEOPLE):
        first, surname = next(pairs)
        preferred = f"{first} {surname[0]}." if number % 3 else first
        full = f"{first} {surname}" if number % 2 else ""
        people.append((preferred, full, number % 20 == 0))
    return people


def _expected(query: str) -> int:
    """Counted independently of the page: unarchived people with every word in their names."""
    words = query.casefold().split()
    return sum(
        1
        for preferred, full, archived in _names()
        if not archived and all(word in f"{preferred} {full}".casefold() for word in words)
    )


@pytest.fixture
def big_store(store: Store) -> Store:
    now = dt.datetime(2026, 1, 1)
    rows = [
        {
            "preferred_name": preferred,
            "full_name": full,
            "archived_at": now if archived else None,
            "created_at": now,
            "updated_at": now,
        }
        for preferred, full, archived in _names()
    ]
    with store.transaction() as session:
        session.execute(insert(Person), rows)
    return store


@pytest.fixture
def page(qtbot: QtBot, big_store: Store, today: dt.date) -> PeoplePage:
    shown = PeoplePage(AppContext(big_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _type(page: PeoplePage, key: Qt.Key) -> None:
    """One keystroke, with everything it causes (filtering, layout, painting) done."""
    QTest.keyClick(page.search, key)
    QApplication.processEvents()


def test_first_keystroke_narrows_5000_people(benchmark: BenchmarkFixture, page: PeoplePage) -> None:
    def setup() -> None:
        page.search.clear()
        QApplication.processEvents()
        assert page.model.rowCount() == _expected("")

    benchmark.pedantic(_type, args=(page, Qt.Key.Key_K), setup=setup, rounds=40, warmup_rounds=2)
    assert page.search.text() == "k"
    assert page.model.rowCount() == _expected("k")
    assert 0 < page.model.rowCount() < _expected("")


def test_backspace_widens_5000_people(benchmark: BenchmarkFixture, page: PeoplePage) -> None:
    def setup() -> None:
        page.search.setText("sa")
        QApplication.processEvents()
        assert page.model.rowCount() == _expected("sa")

    benchmark.pedantic(
        _type, args=(page, Qt.Key.Key_Backspace), setup=setup, rounds=40, warmup_rounds=2
    )
    assert page.search.text() == "s"
    assert page.model.rowCount() == _expected("s")


def test_second_word_narrows_5000_people(benchmark: BenchmarkFixture, page: PeoplePage) -> None:
    def setup() -> None:
        page.search.setText("a ")
        QApplication.processEvents()

    benchmark.pedantic(_type, args=(page, Qt.Key.Key_O), setup=setup, rounds=40, warmup_rounds=2)
    assert page.model.rowCount() == _expected("a o")


def test_open_page_with_5000_people(
    benchmark: BenchmarkFixture, qtbot: QtBot, big_store: Store
) -> None:
    opened: list[PeoplePage] = []

    def open_page() -> PeoplePage:
        shown = PeoplePage(AppContext(big_store))
        opened.append(shown)
        shown.resize(1000, 700)
        shown.show()
        QApplication.processEvents()
        return shown

    def setup() -> None:
        while opened:
            opened.pop().deleteLater()
        QApplication.processEvents()

    result = benchmark.pedantic(open_page, setup=setup, rounds=8, warmup_rounds=1)
    assert result.model.rowCount() == _expected("")
    assert result.model.total == _expected("")
    for shown in opened:
        qtbot.addWidget(shown)
