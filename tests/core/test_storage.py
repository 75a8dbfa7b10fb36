"""Opening databases: settings, refusals that leave files untouched, one writer, transactions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from peerdesk.core import people
from peerdesk.core.errors import (
    DatabaseInUseError,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
    ValidationError,
)
from peerdesk.core.models import Person
from peerdesk.core.storage import Store, integrity_problems, open_store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_gets_the_safety_pragmas(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_new_database_is_at_the_current_schema_and_healthy(store: Store) -> None:
    assert store.schema_state().is_current
    assert integrity_problems(store) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_database_is_readable_by_its_owner_only(store: Store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("shopping list: tea, milk\n")
    before = _digest(target)
    with pytest.raises(NotADatabaseError, match="not a peerdesk database"):
        open_store(target)
    assert _digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.close()
    before = _digest(target)
    with pytest.raises(NotADatabaseError, match="another program"):
        open_store(target)
    assert _digest(target) == before


def test_a_database_from_a_newer_peerdesk_is_refused_and_left_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version of peerdesk"):
        open_store(db_path)
    assert _digest(db_path) == before


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="is a folder"):
        open_store(tmp_path)


def test_an_impossible_folder_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="could not be created"):
        open_store(blocker / "sub" / "peerdesk.sqlite3")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="read-only"):
            open_store(folder / "peerdesk.sqlite3")
    finally:
        folder.chmod(0o755)


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    target = tmp_path / "empty.sqlite3"
    target.touch()
    with open_store(target) as opened:
        assert opened.schema_state().is_current


def test_a_second_writer_is_refused_and_changes_nothing(store: Store, db_path: Path) -> None:
    people.create_person(store, people.PersonInput("Sam"))
    with pytest.raises(DatabaseInUseError, match="already open in another peerdesk window"):
        open_store(db_path)
    # The first window is unharmed and keeps working.
    people.create_person(store, people.PersonInput("Priya"))
    assert [p.preferred_name for p in people.list_people(store)] == ["Priya", "Sam"]


def test_the_lock_is_released_on_close(db_path: Path) -> None:
    open_store(db_path).close()
    with open_store(db_path) as again:
        assert again.schema_state().is_current


def test_readers_may_open_while_a_writer_has_it(store: Store, db_path: Path) -> None:
    people.create_person(store, people.PersonInput("Sam"))
    with open_store(db_path, writer=False) as reader:
        assert [p.preferred_name for p in people.list_people(reader)] == ["Sam"]


def test_a_missing_database_is_not_created_by_a_reader(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="There is no database"):
        open_store(tmp_path / "missing.sqlite3", writer=False)
    assert list(tmp_path.iterdir()) == []


def test_one_action_is_one_transaction(store: Store) -> None:
    """A failure half-way through saving keeps nothing of that action."""
    with pytest.raises(ValidationError), store.transaction() as session:
        for index in range(20):
            # The 11th row breaks the NOT-blank rule of the database itself.
            name = "   " if index == 10 else f"Person {index}"
            session.add(Person(preferred_name=name))
            session.flush()
    assert people.list_people(store) == []


def test_saved_data_survives_reopening(db_path: Path) -> None:
    with open_store(db_path) as first:
        people.create_person(first, people.PersonInput("Sam", full_name="Sam Okafor"))
    with open_store(db_path) as second:
        (sam,) = people.list_people(second)
        assert sam.full_name == "Sam Okafor"


def _damage(path: Path, page: int = 3) -> None:
    data = bytearray(path.read_bytes())
    for i in range(4096 * page + 100, 4096 * page + 300):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_at_open_and_left_as_it_is(demo_store: Store) -> None:
    import hashlib

    from peerdesk.core.errors import DamagedDatabaseError

    path = demo_store.path
    demo_store.close()
    _damage(path, page=40)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabaseError, match=r"is damaged .* restore the newest good backup"):
        open_store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_tampered_encrypted_page_is_caught(tmp_path: Path) -> None:
    from peerdesk.core import people, protection
    from peerdesk.core.errors import DamagedDatabaseError

    made = protection.create_protected(tmp_path / "g.sqlite3", "kettle on at the hall")
    for n in range(300):
        people.create_person(made.store, people.PersonInput(preferred_name=f"Person {n}"))
    made.store.close()
    _damage(made.store.path, page=2)
    with pytest.raises(DamagedDatabaseError):
        protection.unlock(made.store.path, "kettle on at the hall")
