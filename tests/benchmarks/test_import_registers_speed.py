"""Importing a register of 1,000 people by 200 session dates into a group with 200 sessions and
a directory of 5,000 people, 600 of them in the register.

Goals: read the CSV < 1 s, preview < 1 s (redone each time an option changes in a wizard), import
in one transaction < 3 s. Run with ``pytest tests/benchmarks/test_import_registers_speed.py
--benchmark-enable``; in the normal test run each body runs once and only its results are checked.

A sheet is read up to ``readers.MAX_COLUMNS`` (200) columns, the names among them, so the file
read holds 199 dates; the preview and the import are given all 200 in a table made in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import func, insert, select

from peerdesk.core import consent, groups, importing
from peerdesk.core.models import CONSENT_GRANTED, Attendance, ConsentEvent, Person
from peerdesk.core.storage import Store, open_store

TODAY = dt.date(2026, 11, 23)  # as in conftest
PEOPLE = 1_000
DATES = 200
DIRECTORY = 5_000
KNOWN = 600  # of the register's people, already in peerdesk
CONSENTED = 500  # of those, with consent to keep their records
LAST = TODAY - dt.timedelta(days=(TODAY.weekday() - 1) % 7)  # the last Tuesday
FIRST = LAST - dt.timedelta(weeks=DATES - 1)
DAYS = [FIRST + dt.timedelta(weeks=week) for week in range(DATES)]
MARKS = ("✓", "", "x", "", "A", "", "P", "", "1", "")


def _grid(dates: int) -> list[list[str]]:
    """The register: a heading row, a row per person, a total row and an anonymous row."""
    rows = [["Name", *(f"{day:%d/%m/%Y}" for day in DAYS[:dates])]]
    for number in range(PEOPLE):
        marks = [MARKS[(number * 7 + column * 3) % len(MARKS)] for column in range(dates)]
        rows.append([f"Person {number}", *marks])
    rows.append(["Total", *("" for _ in range(dates))])
    rows.append(["Anonymous", *(str(column % 4) for column in range(dates))])
    return rows


@pytest.fixture(scope="module")
def csv_file(template: tuple[Path, int]) -> Path:
    path = template[0].with_name("register.csv")
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(_grid(DATES - 1))
    return path


@pytest.fixture(scope="module")
def table() -> importing.Table:
    heading, *rows = _grid(DATES)
    return importing.Table(
        source_name="register.csv",
        kind="csv",
        headers=tuple(heading),
        rows=tuple(
            importing.TableRow(line, tuple(cells)) for line, cells in enumerate(rows, start=2)
        ),
        header_line=1,
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The group with its sessions, and the directory; copied for each import."""
    path = tmp_path_factory.mktemp("register-benchmark") / "template.sqlite3"
    with open_store(path) as store:
        data = groups.GroupInput("Drop-in", "FREQ=WEEKLY;BYDAY=TU", FIRST, dt.time(18, 30))
        group_id = groups.create_group(store, data, today=TODAY).group.id
        version = consent.ensure_default_form(store)
        now = dt.datetime(2026, 1, 1)
        names = [f"Person {n}" for n in range(KNOWN)]
        names += [f"Someone else {n}" for n in range(DIRECTORY - KNOWN)]
        with store.transaction() as session:
            ids = list(
                session.scalars(
                    insert(Person).returning(Person.id, sort_by_parameter_order=True),
                    [{"preferred_name": n, "created_at": now, "updated_at": now} for n in names],
                )
            )
            granted = {"version_id": version.id, "purpose_key": consent.KEEP_RECORDS}
            granted |= {"decision": CONSENT_GRANTED, "decided_on": TODAY, "method": "paper"}
            session.execute(
                insert(ConsentEvent), [{**granted, "person_id": i} for i in ids[:CONSENTED]]
            )
    return path, group_id


@pytest.fixture(scope="module")
def directory(template: tuple[Path, int]) -> Iterator[Store]:
    copy = template[0].with_name("directory.sqlite3")
    shutil.copyfile(template[0], copy)
    with open_store(copy) as store:
        yield store


OPTIONS = importing.RegisterOptions(names_consented=True)


def test_read_a_register_of_1000_people_by_199_dates(
    benchmark: BenchmarkFixture, csv_file: Path
) -> None:
    def read() -> tuple[int, int]:
        sheet = importing.read_register(importing.read_table(csv_file))
        return len(sheet.people), len(sheet.dates)

    assert benchmark.pedantic(read, rounds=3, warmup_rounds=1) == (PEOPLE, DATES - 1)


def test_preview_1000_people_by_200_dates(
    benchmark: BenchmarkFixture,
    directory: Store,
    table: importing.Table,
    template: tuple[Path, int],
) -> None:
    sheet = importing.read_register(table)

    def preview() -> importing.AttendancePreview:
        return importing.preview_attendance(
            directory, sheet, template[1], today=TODAY, options=OPTIONS
        )

    found = benchmark.pedantic(preview, rounds=3, warmup_rounds=1)
    assert [d.outcome for d in found.dates] == ["session"] * DATES
    outcomes = [row.outcome for row in found.rows]
    assert outcomes.count("named") == CONSENTED
    assert outcomes.count("counted") == KNOWN - CONSENTED
    assert outcomes.count("new") == PEOPLE - KNOWN
    assert found.tally.marks.add_present > 50_000 and not found.unclear


def test_import_1000_people_by_200_dates(
    benchmark: BenchmarkFixture, table: importing.Table, template: tuple[Path, int]
) -> None:
    sheet = importing.read_register(table)
    stores: list[Store] = []

    def fresh() -> tuple[tuple[Store, importing.AttendancePreview], dict[str, object]]:
        copy = template[0].with_name(f"round-{len(stores)}.sqlite3")
        shutil.copyfile(template[0], copy)
        store = open_store(copy)
        stores.append(store)
        found = importing.preview_attendance(
            store, sheet, template[1], today=TODAY, options=OPTIONS
        )
        return (store, found), {}

    try:
        summary = benchmark.pedantic(importing.import_attendance, setup=fresh, rounds=3)
        with stores[-1].reading() as session:
            records = session.scalar(select(func.count()).select_from(Attendance))
    finally:
        for store in stores:
            store.close()
    marks = summary.tally.marks
    assert records == marks.add_present + marks.add_apologies
    assert len(summary.person_ids) == PEOPLE - KNOWN
    assert summary.tally.headcounts == DATES
