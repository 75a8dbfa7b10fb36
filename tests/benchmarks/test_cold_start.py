"""Cold start to the first painted main window, on the large demo database.

Measured side by side with a bare PySide6 window showing a 1,000-row table (bare_window.py) in
the same run. Goal: peerdesk within 1.5x of the bare window. Both are timed the same way: from
launching the process to the moment it prints "first-paint" (after its window's first paint),
so interpreter start and every import count, and shutting down does not. Compare the two rows
of the "cold-start" group:

    .venv/bin/python -m pytest tests/benchmarks/test_cold_start.py --benchmark-enable

peerdesk paints its window before the database layer is loaded, then opens the database in the
background; a third row times that whole start, to the home page showing the next sessions.

Without --benchmark-enable each runs once, as a test that both start and paint cleanly.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from peerdesk.core.demo import populate
from peerdesk.core.schedule import HORIZON_DAYS, extend_schedules
from peerdesk.core.storage import open_store

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def large_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    with open_store(path) as store:
        populate(store, size="large", seed=1)
        extend_schedules(store, dt.date.today() + dt.timedelta(days=HORIZON_DAYS))
    return path


def _launch_until(command: list[str], moment: str, launched: list[subprocess.Popen[str]]) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env[
        "PEERDESK_QUIT_AFTER_FIRST_PAINT" if moment == "first-paint" else "PEERDESK_QUIT_WHEN_READY"
    ] = "1"
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    launched.append(process)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == moment:
            return
    raise AssertionError(f"the program never said {moment!r}")


def _measure(benchmark: BenchmarkFixture, command: list[str], moment: str = "first-paint") -> None:
    """Time launch to ``moment``; each child's shutdown is waited for outside the timing."""
    launched: list[subprocess.Popen[str]] = []

    def finish_previous() -> None:
        while launched:
            assert launched.pop().wait(timeout=60) == 0

    benchmark.pedantic(
        _launch_until,
        args=(command, moment, launched),
        setup=finish_previous,
        rounds=7,
        warmup_rounds=1,
    )
    finish_previous()


@pytest.mark.benchmark(group="cold-start")
def test_cold_start_bare_pyside_window_with_1000_rows(benchmark: BenchmarkFixture) -> None:
    _measure(benchmark, [sys.executable, str(HERE / "bare_window.py")])


@pytest.mark.benchmark(group="cold-start")
def test_cold_start_peerdesk_on_the_large_demo(
    benchmark: BenchmarkFixture, large_database: Path
) -> None:
    _measure(benchmark, [sys.executable, "-m", "peerdesk", "--database", str(large_database)])


@pytest.mark.benchmark(group="cold-start")
def test_start_until_the_home_page_shows_its_data_on_the_large_demo(
    benchmark: BenchmarkFixture, large_database: Path
) -> None:
    """Not the goal's measure, but what a person waits for: the next sessions on screen."""
    _measure(
        benchmark,
        [sys.executable, "-m", "peerdesk", "--database", str(large_database)],
        moment="ready",
    )
