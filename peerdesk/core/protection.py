"""Passphrase protection of a database: create, unlock, recover, change and hand over.

The steps are ordered so that no crash can leave a database nobody can open: the key file is
written (atomically) before the database is created, and on a hand-over the new key file waits
beside the old one until the database has been re-keyed (see :func:`hand_over`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peerdesk.core import audit, keys
from peerdesk.core.errors import DatabaseLockedError, StorageError, ValidationError, WrongKeyError
from peerdesk.core.files import write_atomically
from peerdesk.core.storage import Store, default_database_path, open_store

PENDING_SUFFIX = ".new"
PASSPHRASE_VARIABLE = "PEERDESK_PASSPHRASE"


@dataclass(frozen=True)
class Protected:
    store: Store
    recovery_key: str
    """To print on the recovery sheet, once; it is not stored anywhere."""


def _pending(database: Path) -> Path:
    path = keys.key_file_path(database)
    return path.with_name(path.name + PENDING_SUFFIX)


def is_protected(database: Path) -> bool:
    """Whether the file needs a passphrase: its key file is beside it.

    An encrypted file whose key file is lost is refused by ``open_store`` with a pointer to the
    recovery key, like any file that is not plain SQLite.
    """
    return keys.key_file_path(database).exists() or _pending(database).exists()


def create_protected(database: Path, passphrase: str) -> Protected:
    """A new, empty, encrypted database; refuses to touch a file that is already there."""
    database = database.expanduser()
    keys.check_passphrase(passphrase)
    if database.exists() and database.stat().st_size > 0:
        raise ValidationError(f"{database} already exists; choose a new file name.")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on a first run
    except OSError as error:
        raise StorageError(
            f"The folder {database.parent} could not be made ({error.strerror})."
        ) from error
    data_key = keys.new_data_key()
    keys.write_key_file(database, keys.seal(data_key, passphrase))
    try:
        store = open_store(database, key=data_key)
    except BaseException:
        with contextlib.suppress(OSError):
            keys.key_file_path(database).unlink()
        raise
    return Protected(store, keys.recovery_key_text(data_key))


def data_key_for(database: Path, passphrase: str) -> bytes:
    """The data key, from the passphrase and the key file (a wrong passphrase changes nothing)."""
    database = database.expanduser()
    if not passphrase:
        raise ValidationError("Type the passphrase to open the database.")
    found = keys.read_key_file(database)
    pending = _pending(database)
    if found is None and not pending.exists():
        raise StorageError(
            f"The key file beside {database} is missing, so the passphrase cannot open it. "
            "Open it with the recovery key instead."
        )
    if found is not None:
        try:
            return keys.unseal(found, passphrase)
        except WrongKeyError:
            if not pending.exists():
                raise
    # A hand-over stopped half-way: the new key file may be the one that fits.
    return keys.unseal(keys.KeyFile.from_json(pending.read_bytes()), passphrase)


def _must_exist(database: Path) -> None:
    """A key file without its database: never make a new, empty one in its place."""
    if not database.exists():
        raise StorageError(
            f"The database {database} is missing, although its key file is there. Nothing was "
            "made; restore a backup, or open the file where it now is."
        )


def unlock(database: Path, passphrase: str, *, writer: bool = True) -> Store:
    database = database.expanduser()
    _must_exist(database)
    data_key = data_key_for(database, passphrase)
    try:
        store = open_store(database, writer=writer, key=data_key)
    except WrongKeyError:
        if _pending(database).exists():
            raise WrongKeyError(
                "This database was being handed over to a new passphrase when peerdesk stopped; "
                "open it with the new passphrase (or the new recovery key)."
            ) from None
        raise
    if writer:
        _finish_hand_over(database, passphrase, data_key)
    return store


def unlock_with_recovery_key(
    database: Path, recovery_key: str, *, new_passphrase: str | None = None
) -> Store:
    """Open with the recovery key; with ``new_passphrase``, the passphrase is replaced too."""
    database = database.expanduser()
    if new_passphrase is not None:
        keys.check_passphrase(new_passphrase)
    _must_exist(database)
    data_key = keys.parse_recovery_key(recovery_key)
    try:
        store = open_store(database, key=data_key)
    except WrongKeyError:
        raise WrongKeyError(
            "That recovery key does not open this database: it may belong to another "
            "database, or to this one before it was handed over."
        ) from None
    if new_passphrase is not None:
        keys.write_key_file(database, keys.seal(data_key, new_passphrase))
        with contextlib.suppress(FileNotFoundError):
            _pending(database).unlink()
    return store


def change_passphrase(database: Path, old: str, new: str) -> None:
    """A new passphrase for the same data key (the recovery key stays valid)."""
    database = database.expanduser()
    keys.check_passphrase(new)
    data_key = data_key_for(database, old)
    keys.write_key_file(database, keys.seal(data_key, new))


def hand_over(store: Store, old_passphrase: str, new_passphrase: str) -> Protected:
    """Re-key the database for a new organiser: a new passphrase *and* a new recovery key.

    The store is closed and a new one returned. Order: the new key file is written beside the
    old one, the database is re-keyed in one transaction (SQLCipher's ``PRAGMA rekey``), then
    the new key file replaces the old. A crash at any point leaves a database that one of the two
    key files opens (``unlock`` tries both).
    """
    if not store.encrypted:
        raise ValidationError("This database is not protected by a passphrase.")
    database = store.path
    keys.check_passphrase(new_passphrase)
    data_key_for(database, old_passphrase)  # the old passphrase must be right
    new_key = keys.new_data_key()
    pending = _pending(database)
    write_atomically(pending, keys.seal(new_key, new_passphrase).to_json())
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute(  # type: ignore[union-attr]
            f"PRAGMA rekey = \"x'{new_key.hex()}'\""
        )
    finally:
        raw.close()
    store.close()
    os.replace(pending, keys.key_file_path(database))
    opened = open_store(database, key=new_key)
    audit.record(opened, audit.HAND_OVER, "Handed over: new passphrase and new recovery key.")
    return Protected(opened, keys.recovery_key_text(new_key))


def _finish_hand_over(database: Path, passphrase: str, data_key: bytes) -> None:
    """After a crash mid-hand-over: keep whichever key file opened the database."""
    pending = _pending(database)
    if not pending.exists():
        return
    try:
        pending_key = keys.unseal(keys.KeyFile.from_json(pending.read_bytes()), passphrase)
    except (WrongKeyError, StorageError):
        pending.unlink()  # the hand-over never re-keyed: the old key file is the right one
        return
    if pending_key == data_key:
        os.replace(pending, keys.key_file_path(database))


def open_database(
    database: Path | None, *, writer: bool = True, ask: Callable[[], str] | None = None
) -> Store:
    """Open a plain database as it is, or a protected one with the passphrase ``ask`` gives."""
    path = (database or default_database_path()).expanduser()
    if not is_protected(path):
        return open_store(path, writer=writer)
    if ask is None:
        raise DatabaseLockedError(
            f"{path} is protected by a passphrase; give it to open the database."
        )
    return unlock(path, ask(), writer=writer)


def passphrase_from(file: Path | None) -> str | None:
    """For scripts: the passphrase from a file (first line) or ``PEERDESK_PASSPHRASE``."""
    if file is not None:
        try:
            text = file.expanduser().read_text(encoding="utf-8")
        except OSError as error:
            raise StorageError(f"The passphrase file {file} could not be read.") from error
        return text.splitlines()[0] if text else ""
    return os.environ.get(PASSPHRASE_VARIABLE)
