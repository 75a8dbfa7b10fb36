"""Crash safety: a process writing through peerdesk's storage layer, or making backups, killed
with SIGKILL at random moments; nothing it reported as saved may be lost, nothing half-saved may
be seen, and the file (and every published backup) must pass SQLite's integrity check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from peerdesk.core import backups, people, protection
from peerdesk.core.storage import integrity_problems, open_store

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 50
BACKUP_KILLS = 20
PASSPHRASE = "kettle on at the hall"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _run_and_kill(mode: str, database: Path, key: bytes, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PEERDESK_TEST_KEY": key.hex()},
    )
    time.sleep(rng.uniform(0.6, 1.6))  # the child needs ~0.5 s to start writing
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return out.split()


def _protected(tmp_path: Path) -> tuple[Path, bytes]:
    made = protection.create_protected(tmp_path / "group.sqlite3", PASSPHRASE)
    key = made.store.data_key
    assert key is not None
    made.store.close()
    return made.store.path, key


def test_killing_a_writer_never_loses_or_tears_a_saved_transaction(tmp_path: Path) -> None:
    database, key = _protected(tmp_path)
    rng = random.Random(2026)
    reported = -1
    kills_mid_write = 0
    for _ in range(KILLS):
        said = _run_and_kill("write", database, key, rng)
        if said:
            kills_mid_write += 1
            reported = max(reported, int(said[-1]))
        with open_store(database, key=key) as store:
            assert integrity_problems(store) == []
            names = [p.preferred_name for p in people.list_people(store, include_archived=True)]
        batches = Counter(int(name.split()[1]) for name in names)
        assert set(batches.values()) <= {5}, "a transaction was half saved"
        assert set(range(reported + 1)) <= set(batches), "a saved transaction was lost"
        assert max(batches, default=-1) <= reported + 1  # at most the one not yet reported
    assert kills_mid_write >= KILLS // 2, "most kills must land while the child is writing"


def test_killing_a_backup_never_publishes_a_broken_one(tmp_path: Path) -> None:
    database, key = _protected(tmp_path)
    with open_store(database, key=key) as store:
        for n in range(200):
            people.create_person(store, people.PersonInput(preferred_name=f"Person {n}"))
    rng = random.Random(5)
    folder = database.parent / "backups"
    for _ in range(BACKUP_KILLS):
        _run_and_kill("backup", database, key, rng)
        for made in backups.list_backups(folder):
            checked = backups.check_backup(made.path, key)
            assert checked.ok, (made.path.name, checked.problems)
            assert checked.rows["people"] == 200
    assert backups.list_backups(folder), "no backup was ever finished"
