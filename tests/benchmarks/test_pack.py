"""Printing session packs on the small demo.

Goals: one standard pack (about twelve pages, one copy of each sheet), built warm in-process,
< 150 ms; a month of packs (sixteen) for the demo's four groups, with their real copy counts
(some 700 pages), < 3 s. The
pack data is gathered from the database before timing: this measures the printing.
Run with ``pytest tests/benchmarks/test_pack.py --benchmark-enable``; in the normal test run each
body runs once and only its results are checked (no timed assertions).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pypdf import PdfReader
from pytest_benchmark.fixture import BenchmarkFixture

from peerdesk.core import groups, packs, schedule
from peerdesk.core.demo import populate
from peerdesk.core.pack_data import SECTIONS, PackData
from peerdesk.core.packs import builtin_handouts
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.pack import PackResult, build_pack_bytes
from peerdesk.printing.theme import Theme

TODAY = dt.date(2026, 11, 23)  # as in conftest


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("packs") / "peerdesk.sqlite3")
    populate(store, size="small", seed=1, today=TODAY)
    yield store
    store.close()


@pytest.fixture(scope="module")
def month(demo: Store) -> list[PackData]:
    """The next sixteen sessions: about a month of four weekly groups (in the demo, where some
    groups meet fortnightly, five weeks)."""
    meetings = schedule.list_meetings(demo, date_from=TODAY, include_cancelled=False, limit=16)
    return [packs.pack_data(demo, meeting.id, today=TODAY) for meeting in meetings]


@pytest.fixture(scope="module")
def standard(demo: Store) -> PackData:
    group = groups.find_group(demo, "Tuesday Evening Drop-in", today=TODAY)
    meeting = schedule.list_meetings(demo, group_id=group.id, date_from=TODAY, limit=1)[0]
    data = packs.pack_data(demo, meeting.id, today=TODAY)
    return replace(
        data,
        facilitator_copies=1,
        participant_copies=1,
        consent_copies=1,
        handouts=tuple(builtin_handouts().values()),
    )


def test_one_standard_pack(benchmark: BenchmarkFixture, standard: PackData) -> None:
    theme = Theme.normal()
    build_pack_bytes(standard, theme)  # warm: fonts registered, modules imported
    pdf, result = benchmark(build_pack_bytes, standard, theme)
    assert 10 <= result.pages <= 14
    assert len(PdfReader(io.BytesIO(pdf)).pages) == result.pages
    assert [part.section for part in result.sections] == list(SECTIONS)


def test_a_month_of_packs_for_four_groups(
    benchmark: BenchmarkFixture, month: list[PackData]
) -> None:
    theme = Theme.normal()
    assert len({data.group_name for data in month}) == 4
    assert len(month) == 16

    def print_month() -> list[PackResult]:
        return [build_pack_bytes(data, theme)[1] for data in month]

    results = benchmark.pedantic(print_month, rounds=3, warmup_rounds=1)
    assert len(results) == len(month)
    for data, result in zip(month, results, strict=True):
        expected = [s for s in data.sections if not (s == "consent_forms" and not data.consent)]
        assert [part.section for part in result.sections] == [
            s for s in expected if s != "handouts" or data.handouts
        ]
        cover = next(part for part in result.sections if part.section == "cover")
        assert cover.copies == data.facilitator_copies
