"""Unlocking and backing up a protected database with ten years of a large group's data.

    .venv/bin/python -m pytest tests/benchmarks/test_unlock_and_backup.py --benchmark-enable

Unlock is Argon2id (64 MiB, 3 passes) plus opening SQLCipher with the raw key and the quick
integrity checks; a backup is VACUUM INTO, a flush and a full check of the copy. Without
--benchmark-enable each runs once, as a test.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from peerdesk.core import backups, protection
from peerdesk.core.demo import populate

PASSPHRASE = "kettle on at the hall"


@pytest.fixture(scope="module")
def large_protected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite3"
    made = protection.create_protected(path, PASSPHRASE)
    with made.store as store:
        populate(store, size="large", seed=1)
    return path


def test_unlock_the_large_database(large_protected: Path, benchmark: BenchmarkFixture) -> None:
    def unlock() -> None:
        protection.unlock(large_protected, PASSPHRASE, writer=False).close()

    benchmark.pedantic(unlock, rounds=5, iterations=1)


def test_back_up_the_large_database(
    large_protected: Path, tmp_path: Path, benchmark: BenchmarkFixture
) -> None:
    store = protection.unlock(large_protected, PASSPHRASE, writer=False)
    moments = (dt.datetime(2026, 1, 1) + dt.timedelta(minutes=n) for n in itertools.count())
    try:
        made = benchmark.pedantic(
            lambda: backups.make_backup(store, tmp_path, now=next(moments)), rounds=3, iterations=1
        )
    finally:
        store.close()
    assert made.size > 1_000_000


def test_protect_a_large_plain_database(
    tmp_path_factory: pytest.TempPathFactory, benchmark: BenchmarkFixture
) -> None:
    """Protecting a plain database later: the encrypted copy, its check and the swap."""
    from peerdesk.core.storage import open_store

    folder = tmp_path_factory.mktemp("plain")
    template = folder / "template.sqlite3"
    with open_store(template) as store:
        populate(store, size="large", seed=1)
    copies = (folder / f"copy{n}.sqlite3" for n in itertools.count())

    done: list[Path] = []

    def setup() -> tuple[tuple[Path], dict[str, object]]:
        copy = next(copies)
        copy.write_bytes(template.read_bytes())
        return (copy,), {}

    def protect(copy: Path) -> None:
        protection.protect_plain(copy, PASSPHRASE).store.close()
        done.append(copy)

    benchmark.pedantic(protect, setup=setup, rounds=3, iterations=1)
    assert done and all(protection.is_protected(path) for path in done)
