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


@pytest.fixture(autouse=True)
def private_preferences(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Window size, last page and print choices go to an INI file of the test's own: a test
    never reads or changes the real settings (nor does a peerdesk it starts as a process)."""
    from peerdesk.ui.preferences import use_settings_folder

    folder = tmp_path_factory.mktemp("settings")
    use_settings_folder(folder)
    before = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("XDG_CONFIG_HOME", None)
    else:
        os.environ["XDG_CONFIG_HOME"] = before


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
