"""Encryption at rest: a real SQLCipher file, its key file, the recovery key and hand-overs."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from peerdesk.core import keys, people, protection
from peerdesk.core.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    StorageError,
    ValidationError,
    WrongKeyError,
)
from peerdesk.core.storage import open_store

PASSPHRASE = "kettle on at the hall"
CANARY = "Quillon Brackenbury"


def _files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.fixture
def protected_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "group.sqlite3"
    made = protection.create_protected(path, PASSPHRASE)
    with made.store as store:
        people.create_person(store, people.PersonInput(preferred_name=CANARY, full_name=CANARY))
    return path, made.recovery_key


def test_names_are_not_in_the_bytes_on_disk_and_sqlite_cannot_read_it(
    protected_db: tuple[Path, str],
) -> None:
    path, _ = protected_db
    store = protection.unlock(path, PASSPHRASE)
    try:
        people.create_person(store, people.PersonInput(preferred_name=CANARY + " Two"))
        # While open: the write-ahead log holds the newest pages, encrypted too.
        on_disk = [p for p in path.parent.iterdir() if p.is_file()]
        assert any(p.name.endswith("-wal") for p in on_disk)
        for file in on_disk:
            assert CANARY.encode() not in file.read_bytes(), file.name
            assert CANARY.encode("utf-16-le") not in file.read_bytes(), file.name
    finally:
        store.close()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM people").fetchall()
    assert path.stat().st_mode & 0o077 == 0
    assert keys.key_file_path(path).stat().st_mode & 0o077 == 0


def test_three_wrong_passphrases_change_nothing_and_make_no_files(
    protected_db: tuple[Path, str],
) -> None:
    path, _ = protected_db
    before = _files(path.parent)
    for attempt in ("kettle on at the Hall", "", "something else entirely"):
        with pytest.raises((WrongKeyError, ValidationError)):
            protection.unlock(path, attempt)
    assert _files(path.parent) == before
    with pytest.raises(DatabaseLockedError, match="protected by a passphrase"):
        open_store(path)
    assert _files(path.parent) == before
    with protection.unlock(path, PASSPHRASE) as store:
        assert [p.preferred_name for p in people.list_people(store)] == [CANARY]


def test_the_recovery_key_opens_it_without_the_passphrase_or_the_key_file(
    protected_db: tuple[Path, str],
) -> None:
    path, recovery = protected_db
    keys.key_file_path(path).unlink()
    with pytest.raises(StorageError, match=r"key file .* is missing"):
        protection.unlock(path, PASSPHRASE)
    with pytest.raises(NotADatabaseError, match="recovery key"):
        open_store(path)
    typed = recovery.lower().replace("-", " ")
    with protection.unlock_with_recovery_key(
        path, typed, new_passphrase="a new passphrase for us"
    ) as store:
        assert [p.preferred_name for p in people.list_people(store)] == [CANARY]
    protection.unlock(path, "a new passphrase for us").close()


def test_a_mistyped_or_foreign_recovery_key_is_explained(protected_db: tuple[Path, str]) -> None:
    path, recovery = protected_db
    slip = ("B" if recovery[0] != "B" else "C") + recovery[1:]
    with pytest.raises(ValidationError, match="typing slip"):
        protection.unlock_with_recovery_key(path, slip)
    with pytest.raises(ValidationError, match="14 groups"):
        protection.unlock_with_recovery_key(path, "ABCD-EFGH")
    other = keys.recovery_key_text(keys.new_data_key())
    with pytest.raises(WrongKeyError, match="does not open this database"):
        protection.unlock_with_recovery_key(path, other)


def test_a_short_passphrase_is_refused_before_anything_is_made(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"):
        protection.create_protected(tmp_path / "a.sqlite3", "short")
    assert list(tmp_path.iterdir()) == []


def test_changing_the_passphrase_keeps_the_recovery_key(protected_db: tuple[Path, str]) -> None:
    path, recovery = protected_db
    protection.change_passphrase(path, PASSPHRASE, "another long passphrase")
    with pytest.raises(WrongKeyError):
        protection.unlock(path, PASSPHRASE)
    protection.unlock(path, "another long passphrase").close()
    protection.unlock_with_recovery_key(path, recovery).close()


def test_a_hand_over_retires_the_old_passphrase_and_recovery_key(
    protected_db: tuple[Path, str],
) -> None:
    path, old_recovery = protected_db
    new = "the new organiser's words"
    store = protection.unlock(path, PASSPHRASE)
    handed = protection.hand_over(store, PASSPHRASE, new)
    assert handed.recovery_key != old_recovery
    with handed.store as opened:
        assert [p.preferred_name for p in people.list_people(opened)] == [CANARY]
    with pytest.raises(WrongKeyError):
        protection.unlock(path, PASSPHRASE)
    with pytest.raises(WrongKeyError):
        protection.unlock_with_recovery_key(path, old_recovery)
    protection.unlock_with_recovery_key(path, handed.recovery_key).close()
    with protection.unlock(path, new) as opened:
        assert people.list_people(opened)


def test_a_hand_over_that_stopped_half_way_still_opens(protected_db: tuple[Path, str]) -> None:
    """Stopped after re-keying but before the new key file replaced the old one."""
    path, _ = protected_db
    new = "the new organiser's words"
    pending = keys.key_file_path(path).with_name(keys.key_file_path(path).name + ".new")
    old_key_file = keys.key_file_path(path).read_bytes()
    store = protection.unlock(path, PASSPHRASE)
    protection.hand_over(store, PASSPHRASE, new).store.close()
    shutil.copyfile(keys.key_file_path(path), pending)
    keys.key_file_path(path).write_bytes(old_key_file)
    with pytest.raises(WrongKeyError, match="with the new passphrase"):
        protection.unlock(path, PASSPHRASE)
    with protection.unlock(path, new) as opened:
        assert people.list_people(opened)
    assert not pending.exists()
    protection.unlock(path, new).close()


def test_a_plain_database_still_opens_without_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with protection.open_database(path) as store:
        assert not store.encrypted
    assert not protection.is_protected(path)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM people").fetchone() == (0,)


def test_the_command_line_creates_and_opens_a_protected_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk import cli

    assert cli.PASSPHRASE_VARIABLE == protection.PASSPHRASE_VARIABLE
    db = tmp_path / "group.sqlite3"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    base = ["--database", str(db), "--passphrase-file", str(secret)]
    assert cli.main(["init", *base]) == 0
    out = capsys.readouterr().out
    recovery = out.split("shown only once):")[1].split()[0]
    assert keys.parse_recovery_key(recovery)
    assert cli.main(["init", *base]) == 1
    assert "already exists" in capsys.readouterr().err

    assert cli.main(["demo", *base]) == 0
    assert cli.main(["list", "people", *base]) == 0
    assert "preferred name" in capsys.readouterr().out

    secret.write_text("not the passphrase at all\n")
    before = _files(tmp_path)
    assert cli.main(["list", "people", *base]) == 1
    assert "does not open this database" in capsys.readouterr().err
    monkeypatch.setenv(protection.PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli.main(["list", "groups", "--database", str(db)]) == 0
    monkeypatch.delenv(protection.PASSPHRASE_VARIABLE)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main(["list", "groups", "--database", str(db)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert _files(tmp_path) == before


def test_a_demo_on_a_new_file_is_plain_unless_a_passphrase_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk import cli

    monkeypatch.delenv(protection.PASSPHRASE_VARIABLE, raising=False)
    plain = tmp_path / "plain.sqlite3"
    assert cli.main(["demo", "--database", str(plain)]) == 0
    assert not protection.is_protected(plain)
    assert sqlite3.connect(plain).execute("SELECT count(*) FROM people").fetchone()[0] > 0
    assert cli.main(["init", "--no-encryption", "--database", str(tmp_path / "n.sqlite3")]) == 0
    assert not protection.is_protected(tmp_path / "n.sqlite3")


def test_a_closed_store_refuses_and_keeps_no_key(protected_db: tuple[Path, str]) -> None:
    path, _ = protected_db
    store = protection.unlock(path, PASSPHRASE)
    assert store.data_key is not None
    store.close()
    assert store.closed
    with pytest.raises(StorageError, match="closed"):
        people.list_people(store)
    with pytest.raises(StorageError, match="closed"), store.engine.connect():
        pass  # the engine cannot quietly reconnect either


def test_a_key_file_without_its_database_makes_nothing(protected_db: tuple[Path, str]) -> None:
    path, recovery = protected_db
    path.rename(path.with_name("moved.sqlite3"))
    for attempt in (
        lambda: protection.unlock(path, PASSPHRASE),
        lambda: protection.unlock_with_recovery_key(path, recovery),
    ):
        with pytest.raises(StorageError, match="is missing"):
            attempt()
        assert not path.exists()


def test_a_first_run_makes_the_data_folder(tmp_path: Path) -> None:
    made = protection.create_protected(tmp_path / "new" / "folder" / "p.sqlite3", PASSPHRASE)
    made.store.close()
    assert made.store.path.exists()
