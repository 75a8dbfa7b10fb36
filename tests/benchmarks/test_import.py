"""Importing a spreadsheet of 10,000 people into a directory that already holds 5,000.

Goals: read the CSV < 0.5 s (the workbook < 3 s: openpyxl is pure Python), preview < 0.5 s (it
is redone each time the user changes a column in the wizard), import in one transaction < 2 s.
Run with ``pytest tests/benchmarks/test_import.py --benchmark-enable``; in the normal test run
each body runs once and only its results are checked (no timed assertions).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import insert

from peerdesk.core.demo import FIRST_NAMES, SURNAMES
from peerdesk.core.importing import (
    Preview,
    Table,
    import_people,
    known_people,
    preview_people,
    read_table,
)
from peerdesk.core.models import Person
from peerdesk.core.storage import Store, open_store

TODAY = dt.date(2026, 11, 23)  # as in conftest
ROWS = 10_000
EXISTING = 5_000
HEADER = ("First name", "Surname", "Known as", "Pronouns", "Mobile", "E-mail", "OK to contact")
# The demo's made-up names, with some that need more than ASCII.
FIRST = (*FIRST_NAMES, "Zoë", "José", "Siobhán")


def _rows() -> list[tuple[str, ...]]:
    """Made-up people: numbered so that most are new, with every few a problem to find."""
    pairs = itertools.cycle(itertools.product(FIRST, SURNAMES))
    rows = []
    for number in range(ROWS):
        first, surname = next(pairs)
        surname = f"{surname}-{number}"
        phone = f"07700 9{number % 100000:05d}" if number % 3 else ""
        email = f"person{number}@example.org" if number % 4 == 0 else ""
        if number % 97 == 0:
            email = "not an email"
        consent = ("yes", "", "no", "✓")[number % 4]
        known_as = first if number % 5 else ""
        rows.append((first, surname, known_as, "", phone, email, consent))
    return rows


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-benchmark")


@pytest.fixture(scope="module")
def csv_file(folder: Path) -> Path:
    path = folder / "members.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(_rows())
    return path


@pytest.fixture(scope="module")
def xlsx_file(folder: Path) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Members")
    sheet.append(HEADER)
    for row in _rows():
        sheet.append(row)
    path = folder / "members.xlsx"
    book.save(path)
    return path


def _fill(store: Store) -> Store:
    """5,000 people already in the directory; every 50th row of the file is one of them."""
    now = dt.datetime(2026, 1, 1)
    people = [
        {"preferred_name": f"Someone {n}", "full_name": "", "created_at": now, "updated_at": now}
        for n in range(EXISTING)
    ]
    for number, row in enumerate(_rows()):
        if number % 50 == 0:
            first, surname, known_as = row[:3]
            people[number // 50].update(
                preferred_name=known_as or first, full_name=f"{first} {surname}"
            )
    with store.transaction() as session:
        session.execute(insert(Person), people)
    return store


@pytest.fixture(scope="module")
def directory(folder: Path) -> Iterator[Store]:
    store = _fill(open_store(folder / "directory.sqlite3"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def table(csv_file: Path) -> Table:
    return read_table(csv_file)


@pytest.fixture(scope="module")
def preview(directory: Store, table: Table) -> Preview:
    return preview_people(directory, table)


def test_read_10000_rows_of_csv(benchmark: BenchmarkFixture, csv_file: Path) -> None:
    read = benchmark.pedantic(read_table, args=(csv_file,), rounds=5, warmup_rounds=1)
    assert len(read.rows) == ROWS


def test_read_10000_rows_of_a_workbook(benchmark: BenchmarkFixture, xlsx_file: Path) -> None:
    read = benchmark.pedantic(read_table, args=(xlsx_file,), rounds=3)
    assert len(read.rows) == ROWS and read.sheet == "Members"


def test_preview_10000_rows(benchmark: BenchmarkFixture, directory: Store, table: Table) -> None:
    known = known_people(directory)  # loaded once by the wizard, then reused for every mapping
    result = benchmark.pedantic(
        preview_people, args=(directory, table), kwargs={"known": known}, rounds=5, warmup_rounds=1
    )
    # An unreadable email blocks a row only where it would be kept (consent "yes" or a tick).
    blocked = {n for n in range(0, ROWS, 97) if n % 4 in (0, 3)}
    duplicates = {n for n in range(0, ROWS, 50)} - blocked
    assert [row.line - 2 for row in result.with_status("skipped")] == sorted(blocked)
    assert [row.line - 2 for row in result.with_status("duplicate")] == sorted(duplicates)
    assert len(result.rows) == ROWS


def test_import_10000_rows(benchmark: BenchmarkFixture, folder: Path, preview: Preview) -> None:
    stores: list[Store] = []

    def fresh() -> tuple[tuple[Store, Preview], dict[str, object]]:
        store = _fill(open_store(folder / f"round-{len(stores)}.sqlite3"))
        stores.append(store)
        return (store, preview), {"today": TODAY}

    try:
        summary = benchmark.pedantic(import_people, setup=fresh, rounds=3)
    finally:
        for store in stores:
            store.close()
    assert summary.imported == len(preview.with_status("ready"))
    assert summary.imported > 9_000
    assert summary.tally.consents_recorded > 3_000
