"""Protecting a plain database later: encrypted in place, plain copies gone, no crash loses it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.core import audit, backups, keys, protection
from peerdesk.core.errors import DatabaseInUseError, ValidationError
from peerdesk.core.people import list_people
from peerdesk.core.storage import Store, open_store

PASSPHRASE = "lanterns along the canal"


def _long_names(store: Store) -> list[str]:
    # long ones only: a two-letter name turns up in random bytes by chance
    return [
        p.preferred_name
        for p in list_people(store, include_archived=True)
        if len(p.preferred_name) >= 6
    ]


def _bytes_beside(database: Path) -> bytes:
    found = b""
    for path in database.parent.rglob("*"):
        if path.is_file() and not path.name.endswith(".lock"):
            found += path.read_bytes()
    return found


def test_a_plain_database_is_encrypted_in_place_and_its_plain_copies_removed(
    demo_store: Store, db_path: Path
) -> None:
    names = _long_names(demo_store)
    people_count = len(list_people(demo_store, include_archived=True))
    backups.make_backup(demo_store)
    demo_store.close()
    assert names and any(name.encode() in _bytes_beside(db_path) for name in names)

    made = protection.protect_plain(db_path, PASSPHRASE)
    made.store.close()

    assert protection.is_protected(db_path)
    everything = _bytes_beside(db_path)
    assert not any(name.encode() in everything for name in names)
    assert list(backups.backup_folder(db_path).glob("*.sqlite3")) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM people").fetchone()
    with protection.unlock(db_path, PASSPHRASE) as opened:
        assert len(list_people(opened, include_archived=True)) == people_count
        assert audit.list_events(opened)[0].action == audit.PROTECTED
    with protection.unlock_with_recovery_key(db_path, made.recovery_key) as opened:
        assert len(list_people(opened, include_archived=True)) == people_count


def test_refusals_change_nothing(demo_store: Store, db_path: Path) -> None:
    before = db_path.read_bytes()
    with pytest.raises(DatabaseInUseError):
        protection.protect_plain(db_path, PASSPHRASE)  # still open in this "window"
    demo_store.close()
    before = db_path.read_bytes()
    with pytest.raises(ValidationError):
        protection.protect_plain(db_path, "short")
    assert db_path.read_bytes() == before
    assert not protection.is_protected(db_path)
    protection.protect_plain(db_path, PASSPHRASE).store.close()
    with pytest.raises(ValidationError):
        protection.protect_plain(db_path, PASSPHRASE)


def _stop_at_rename(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """Make the ``number``-th rename inside ``protect_plain`` fail, as a crash would stop it."""
    calls = {"n": 0}
    real = os.replace

    def replace(source: object, target: object) -> None:
        calls["n"] += 1
        if calls["n"] == number:
            raise KeyboardInterrupt("the power went")
        real(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(protection.os, "replace", replace)


def test_stopped_before_the_encrypted_copy_took_its_place_the_file_is_still_plain(
    demo_store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = len(list_people(demo_store, include_archived=True))
    demo_store.close()
    # the 1st rename writes the waiting key file, the 2nd puts the encrypted copy in place
    _stop_at_rename(monkeypatch, 2)
    with pytest.raises(KeyboardInterrupt):
        protection.protect_plain(db_path, PASSPHRASE)
    monkeypatch.undo()
    assert not protection.is_protected(db_path)  # and the waiting key file is thrown away
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [
        db_path.name,
        db_path.name + ".lock",
    ]
    with open_store(db_path) as opened:
        assert len(list_people(opened, include_archived=True)) == count


def test_stopped_after_the_encrypted_copy_took_its_place_the_passphrase_opens_it(
    demo_store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = len(list_people(demo_store, include_archived=True))
    demo_store.close()
    _stop_at_rename(monkeypatch, 3)  # the waiting key file never became the key file
    with pytest.raises(KeyboardInterrupt):
        protection.protect_plain(db_path, PASSPHRASE)
    monkeypatch.undo()
    assert protection.is_protected(db_path)
    with protection.unlock(db_path, PASSPHRASE) as opened:
        assert len(list_people(opened, include_archived=True)) == count
    assert keys.key_file_path(db_path).exists()
    assert not Path(str(keys.key_file_path(db_path)) + protection.PENDING_SUFFIX).exists()


def test_the_protect_command(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_store.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    sheet = tmp_path / "sheet.pdf"
    code = main(
        [
            *("protect", "--database", str(db_path), "--passphrase-file", str(secret)),
            *("--recovery-sheet", str(sheet)),
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "now protected" in out and sheet.read_bytes().startswith(b"%PDF")
    assert main(["protect", "--database", str(db_path), "--passphrase-file", str(secret)]) == 1
    assert "already protected" in capsys.readouterr().err
