"""The funder report for a year on the large demo database (20 groups, 5,000 people, ten years):
the figures (SQL plus small-number suppression) and the PDF with its charts.

    .venv/bin/python -m pytest tests/benchmarks/test_report.py --benchmark-enable

Without --benchmark-enable each runs once, as a test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from peerdesk.core.demo import populate
from peerdesk.core.funder_report import FunderReport, funder_report, groups_active_in
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.funder_report import build_funder_report_pdf

TODAY = dt.date(2026, 11, 23)
YEAR = (dt.date(2025, 11, 1), dt.date(2026, 10, 31))


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    store = open_store(path)
    populate(store, size="large", seed=1, today=TODAY)
    yield store
    store.close()


def _year(store: Store) -> FunderReport:
    ids = groups_active_in(store, *YEAR)
    return funder_report(store, ids, *YEAR, today=TODAY)


def test_a_years_figures_for_every_group(benchmark: BenchmarkFixture, large: Store) -> None:
    report = benchmark(_year, large)
    assert len(report.groups) >= 10 and report.total_attendances.cell.value > 1000
    assert len(report.months) == 12


def test_a_years_report_as_a_pdf(benchmark: BenchmarkFixture, large: Store) -> None:
    report = _year(large)
    pdf = benchmark(build_funder_report_pdf, report)
    assert pdf.startswith(b"%PDF")
