"""A child process for the crash-safety tests: writes through peerdesk's own storage layer and
says what it saved, until it is killed.

    python crash_child.py write DATABASE   # batches of five people, "n" printed once saved
    python crash_child.py backup DATABASE  # backups of the database, one after another

The data key comes hex-encoded in PEERDESK_TEST_KEY (empty for a plain database).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from peerdesk.core import backups, people
from peerdesk.core.models import Person
from peerdesk.core.storage import open_store

BATCH = 5


def _key() -> bytes | None:
    text = os.environ.get("PEERDESK_TEST_KEY", "")
    return bytes.fromhex(text) if text else None


def write(database: Path) -> None:
    with open_store(database, key=_key()) as store:
        start = len(people.list_people(store, include_archived=True)) // BATCH
        for n in range(start, start + 1_000_000):
            with store.transaction() as session:
                for i in range(BATCH):
                    session.add(Person(preferred_name=f"batch {n} person {i}"))
            print(n, flush=True)  # only once the transaction is committed


def backup(database: Path) -> None:
    import datetime as dt

    with open_store(database, key=_key(), writer=False) as store:
        moment = dt.datetime(2026, 1, 1)
        while True:
            moment += dt.timedelta(seconds=1)
            made = backups.make_backup(store, database.parent / "backups", now=moment)
            print(made.path.name, flush=True)


if __name__ == "__main__":
    {"write": write, "backup": backup}[sys.argv[1]](Path(sys.argv[2]))
