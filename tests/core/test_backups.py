"""Backups on real files: checked, atomic, encrypted like the database, thinned, restorable."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from peerdesk.core import backups, keys, people, protection
from peerdesk.core.errors import StorageError
from peerdesk.core.storage import Store, open_store

PASSPHRASE = "kettle on at the hall"
CANARY = "Quillon Brackenbury"
NOW = dt.datetime(2026, 11, 23, 21, 30)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def protected(tmp_path: Path) -> Iterator[Store]:
    made = protection.create_protected(tmp_path / "group.sqlite3", PASSPHRASE)
    people.create_person(made.store, people.PersonInput(preferred_name=CANARY))
    yield made.store
    made.store.close()


def test_a_plain_backup_is_a_whole_checked_copy(demo_store: Store) -> None:
    made = backups.make_backup(demo_store, now=NOW)
    assert made.path.name == "peerdesk-backup-20261123-213000.sqlite3"
    assert made.path.stat().st_mode & 0o077 == 0
    copy = sqlite3.connect(made.path)
    try:
        count = copy.execute("SELECT count(*) FROM attendance").fetchone()[0]
    finally:
        copy.close()
    with demo_store.reading() as session:
        assert count == session.execute(text("SELECT count(*) FROM attendance")).scalar()
    assert backups.check_backup(made.path, None).ok
    assert [b.path for b in backups.list_backups(made.path.parent)] == [made.path]
    assert not list(made.path.parent.glob("*.tmp"))


def test_a_protected_databases_backup_is_encrypted_and_opens_with_the_passphrase(
    protected: Store,
) -> None:
    made = backups.make_backup(protected, now=NOW)
    assert CANARY.encode() not in made.path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made.path).execute("SELECT * FROM people").fetchall()
    assert keys.key_file_path(made.path).exists()
    with protection.unlock(made.path, PASSPHRASE, writer=False) as opened:
        assert [p.preferred_name for p in people.list_people(opened)] == [CANARY]


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    made = [NOW - dt.timedelta(hours=hours) for hours in range(0, 24 * 500, 5)]
    going = backups.to_delete(made, NOW)
    kept = sorted(set(made) - going)
    assert max(made) in kept
    recent = [m for m in made if (NOW.date() - m.date()).days <= 1]
    assert set(recent) <= set(kept)  # today and yesterday: every one
    older = [k for k in kept if (NOW.date() - k.date()).days > 1]
    days = [k.date() for k in older if (NOW.date() - k.date()).days <= backups.KEEP_DAYS]
    assert len(days) == len(set(days)) == backups.KEEP_DAYS - 1
    weeks = [k.isocalendar()[:2] for k in older if (NOW.date() - k.date()).days > 7]
    months = {(k.year, k.month) for k in older}
    assert len(set(weeks)) <= backups.KEEP_WEEKS + backups.KEEP_MONTHS
    assert len(months) <= backups.KEEP_MONTHS + 1
    assert min(kept) >= NOW - dt.timedelta(days=backups.KEEP_MONTHS * 31 + 31)
    # Thinning what was kept deletes nothing more (it is stable).
    assert backups.to_delete(kept, NOW) == set()
    assert backups.to_delete([], NOW) == set()


def test_a_backup_that_fails_its_check_deletes_nothing(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = backups.backup_folder(demo_store.path)
    old = [backups.make_backup(demo_store, now=NOW - dt.timedelta(days=d)) for d in (40, 3)]
    monkeypatch.setattr(
        backups, "check_backup", lambda *_a, **_k: backups.Checked(False, ("truncated",), {})
    )
    with pytest.raises(StorageError, match=r"did not pass its check.*truncated"):
        backups.back_up_and_thin(demo_store, now=NOW)
    assert [b.path for b in backups.list_backups(folder)] == [b.path for b in reversed(old)]
    assert not list(folder.glob(".*"))


def test_a_full_disk_is_explained_and_leaves_no_partial_file(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = backups.make_backup(demo_store, now=NOW - dt.timedelta(days=1))

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        backups.make_backup(demo_store, now=NOW)
    folder = kept.path.parent
    assert [b.path for b in backups.list_backups(folder)] == [kept.path]
    assert not list(folder.glob(".*"))


def test_restoring_sets_the_current_file_aside_and_refuses_bad_backups(
    protected: Store, tmp_path: Path
) -> None:
    database = protected.path
    key = protected.data_key
    made = backups.make_backup(protected, now=NOW)
    people.create_person(protected, people.PersonInput(preferred_name="Added after"))
    protected.close()
    current = _digest(database)
    folder_before = {p.name: _digest(p) for p in made.path.parent.iterdir()}

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(made.path.read_bytes()[: 4096 * 3])
    other = protection.create_protected(tmp_path / "other.sqlite3", "another group's words")
    other_backup = backups.make_backup(other.store, tmp_path / "theirs", now=NOW)
    other.store.close()
    for bad, reason in ((damaged, "cannot be restored"), (other_backup.path, "key does not")):
        with pytest.raises(StorageError, match=reason):
            backups.restore(database, bad, key, now=NOW)
        assert _digest(database) == current

    restored = backups.restore(database, made.path, key, now=NOW)
    assert _digest(restored.set_aside) == current  # the old file kept, byte for byte
    assert {p.name: _digest(p) for p in made.path.parent.iterdir()} == folder_before
    with protection.unlock(database, PASSPHRASE) as opened:
        assert [p.preferred_name for p in people.list_people(opened)] == [CANARY]


def test_restore_refuses_while_the_database_is_open(demo_store: Store) -> None:
    made = backups.make_backup(demo_store, now=NOW)
    with pytest.raises(StorageError, match="already open"):
        backups.restore(demo_store.path, made.path, None, now=NOW)


def test_stale_temporaries_are_removed_and_never_listed(demo_store: Store) -> None:
    folder = backups.backup_folder(demo_store.path)
    folder.mkdir()
    (folder / ".peerdesk-backup-20261101-000000.tmp").write_bytes(b"half")
    assert backups.list_backups(folder) == []
    backups.make_backup(demo_store, now=NOW)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert os.listdir(folder) == ["peerdesk-backup-20261123-213000.sqlite3"]


def test_a_plain_database_restores_without_a_key(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with open_store(path) as store:
        people.create_person(store, people.PersonInput(preferred_name="Ann"))
        made = backups.make_backup(store, now=NOW)
        people.create_person(store, people.PersonInput(preferred_name="Ben"))
    backups.restore(path, made.path, None, now=NOW)
    with open_store(path) as store:
        assert [p.preferred_name for p in people.list_people(store)] == ["Ann"]


def test_backup_and_restore_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.cli import main

    monkeypatch.setenv(protection.PASSPHRASE_VARIABLE, PASSPHRASE)
    db = tmp_path / "group.sqlite3"
    assert main(["init", "--database", str(db)]) == 0
    assert main(["demo", "--database", str(db)]) == 0
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--database", str(db), "-o", str(target)]) == 0
    assert "Backup checked and saved" in capsys.readouterr().out
    assert main(["backup", "--database", str(db), "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["backup", "--database", str(db)]) == 0
    (automatic,) = backups.list_backups(backups.backup_folder(db))

    with protection.unlock(db, PASSPHRASE) as store:
        before = len(people.list_people(store, include_archived=True))
        people.create_person(store, people.PersonInput(preferred_name="After the backup"))
    assert main(["restore", "--database", str(db), str(target)]) == 0
    assert "kept at" in capsys.readouterr().out
    with protection.unlock(db, PASSPHRASE) as store:
        assert len(people.list_people(store, include_archived=True)) == before
    assert main(["restore", "--database", str(db), str(tmp_path / "nothing")]) == 1
    assert "no backup" in capsys.readouterr().err
    assert automatic.path.exists()


def test_a_damaged_encrypted_backup_is_reported_not_raised(tmp_path: Path) -> None:
    """SQLCipher's errors are its own classes: a damaged encrypted backup is "not ok" too."""
    from peerdesk.core import protection
    from peerdesk.core.backups import check_backup, make_backup

    made = protection.create_protected(tmp_path / "group.sqlite3", "a long enough passphrase")
    with made.store as store:
        backup = make_backup(store)
        key = store.data_key
    data = bytearray(backup.path.read_bytes())
    data[4096 + 100 : 4096 + 400] = bytes(300)  # inside the second page
    backup.path.write_bytes(bytes(data))
    checked = check_backup(backup.path, key)
    assert not checked.ok and checked.problems
