"""Shared fixtures: a real temporary SQLite database per test, offscreen Qt."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: no display is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peerdesk.core.storage import Store, open_store

# A fixed "today" so that tests about the next session do not depend on the calendar.
TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "peerdesk.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(db_path: Path) -> Iterator[Store]:
    from peerdesk.core.demo import populate

    opened = open_store(db_path)
    populate(opened, size="small", seed=1, today=TODAY)
    yield opened
    opened.close()
