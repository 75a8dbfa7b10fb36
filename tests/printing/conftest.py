"""Fixtures for the printing tests that run the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk.core.demo import populate
from peerdesk.core.storage import open_store


@pytest.fixture
def demo_db(db_path: Path, today: dt.date) -> Path:
    """A closed demo database, for a command to open."""
    with open_store(db_path) as store:
        populate(store, size="small", seed=1, today=today)
    return db_path
