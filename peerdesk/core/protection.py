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
from typing import BinaryIO

from peerdesk.core import audit, keys
from peerdesk.core.errors import DatabaseLockedError, StorageError, ValidationError, WrongKeyError
from peerdesk.core.files import fsync_folder, write_atomically
from peerdesk.core.storage import (
    SQLITE_HEADER,
    Store,
    default_database_path,
    open_store,
    take_lock,
)
from peerdesk.core.text import translate

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
    _forget_unfinished_protection(database)
    return keys.key_file_path(database).exists() or _pending(database).exists()


def create_protected(database: Path, passphrase: str) -> Protected:
    """A new, empty, encrypted database; refuses to touch a file that is already there."""
    database = database.expanduser()
    keys.check_passphrase(passphrase)
    if database.exists() and database.stat().st_size > 0:
        raise ValidationError(
            translate("protection", "{database} already exists; choose a new file name.").format(
                database=database
            )
        )
    try:
        database.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on a first run
    except OSError as error:
        raise StorageError(
            translate("protection", "The folder {folder} could not be made ({reason}).").format(
                folder=database.parent, reason=error.strerror
            )
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
        raise ValidationError(translate("protection", "Type the passphrase to open the database."))
    found = keys.read_key_file(database)
    pending = _pending(database)
    if found is None and not pending.exists():
        raise StorageError(
            translate(
                "protection",
                "The key file beside {database} is missing, so the passphrase cannot "
                "open it. Open it with the recovery key instead.",
            ).format(database=database)
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
            translate(
                "protection",
                "The database {database} is missing, although its key file is there. "
                "Nothing was made; restore a backup, or open the file where it now is.",
            ).format(database=database)
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
                translate(
                    "protection",
                    "This database was being handed over to a new passphrase when peerdesk "
                    "stopped; open it with the new passphrase (or the new recovery key).",
                )
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
            translate(
                "protection",
                "That recovery key does not open this database: it may belong to "
                "another database, or to this one before it was handed over.",
            )
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
        raise ValidationError(
            translate("protection", "This database is not protected by a passphrase.")
        )
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
            translate(
                "protection", "{path} is protected by a passphrase; give it to open the database."
            ).format(path=path)
        )
    return unlock(path, ask(), writer=writer)


def passphrase_from(file: Path | None) -> str | None:
    """For scripts: the passphrase from a file (first line) or ``PEERDESK_PASSPHRASE``."""
    if file is not None:
        try:
            text = file.expanduser().read_text(encoding="utf-8")
        except OSError as error:
            raise StorageError(
                translate("protection", "The passphrase file {file} could not be read.").format(
                    file=file
                )
            ) from error
        return text.splitlines()[0] if text else ""
    return os.environ.get(PASSPHRASE_VARIABLE)


# --- protecting a plain database ------------------------------------------------------------


def _protecting_copy(database: Path) -> Path:
    return database.with_name(database.name + ".protecting")


def _forget_unfinished_protection(database: Path) -> None:
    """After a crash while a plain database was being protected, before the encrypted copy took
    its place: the file is still plain, so the key file waiting beside it is thrown away.

    (A hand-over also leaves a waiting key file, but its database is never plain.)"""
    pending = _pending(database)
    if keys.key_file_path(database).exists() or not pending.exists():
        return
    try:
        with database.open("rb") as handle:
            plain = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return
    if plain:
        pending.unlink(missing_ok=True)
        _protecting_copy(database).unlink(missing_ok=True)


def protect_plain(database: Path, passphrase: str) -> Protected:
    """Encrypt a plain database in place, under a new data key sealed with ``passphrase``.

    The database must be closed (this takes its lock). Order, so that a crash at any point
    leaves a file that opens: the new key file is written beside the database as a waiting
    one; an encrypted copy is made (``sqlcipher_export``), checked and flushed; it replaces the
    plain file in one rename; the waiting key file becomes the key file. Before the rename the
    database is still plain (``is_protected`` throws the waiting key away); after it, the
    passphrase opens it (``unlock`` finishes the key file, as after a hand-over).
    Afterwards plain copies beside it (backups, copies kept before upgrades) are overwritten
    and removed: they would give away what the passphrase now protects.
    """
    database = database.expanduser()
    keys.check_passphrase(passphrase)
    if is_protected(database):
        raise ValidationError(
            translate("protection", "This database is already protected by a passphrase.")
        )
    if not database.exists():
        raise StorageError(
            translate("protection", "There is no database at {database}.").format(database=database)
        )
    lock = take_lock(database)
    try:
        data_key = keys.new_data_key()
        copy = _protecting_copy(database)
        copy.unlink(missing_ok=True)
        write_atomically(_pending(database), keys.seal(data_key, passphrase).to_json())
        try:
            _encrypted_copy(database, copy, data_key)
        except BaseException:
            copy.unlink(missing_ok=True)
            _pending(database).unlink(missing_ok=True)
            raise
        # The plain file's write-ahead log is empty after the checkpoint; it must not stay
        # beside the encrypted file, which would take it for its own.
        for leftover in _journal_files(database):
            leftover.unlink(missing_ok=True)
        with database.open("r+b") as old:
            os.replace(copy, database)
            fsync_folder(database.parent)
            _overwrite(old)
        os.replace(_pending(database), keys.key_file_path(database))
    finally:
        lock.release()
    _remove_plain_copies(database)
    store = open_store(database, key=data_key)
    audit.record(store, audit.PROTECTED, "Protected with a passphrase and a recovery key.")
    return Protected(store, keys.recovery_key_text(data_key))


def _journal_files(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _encrypted_copy(database: Path, copy: Path, data_key: bytes) -> None:
    """``database`` copied into ``copy`` encrypted with ``data_key``, checked and flushed."""
    import sqlcipher3  # type: ignore[import-untyped]

    from peerdesk.core.backups import check_backup, row_counts

    connection = sqlcipher3.connect(str(database), isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = row_counts(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{data_key.hex()}'\"", (str(copy),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version = {version}")
        connection.execute("DETACH DATABASE encrypted")
    except sqlcipher3.DatabaseError as error:
        raise StorageError(
            translate("protection", "The protected copy could not be made: {error}.").format(
                error=error
            )
        ) from error
    finally:
        connection.close()
    checked = check_backup(copy, data_key, expected=counts)
    if not checked.ok:
        raise StorageError(
            translate(
                "protection",
                "The protected copy did not check out ({problems}); the database was left as "
                "it was.",
            ).format(problems="; ".join(checked.problems))
        )
    with copy.open("rb") as handle:
        os.fsync(handle.fileno())
    if os.name == "posix":
        os.chmod(copy, 0o600)


def _overwrite(handle: BinaryIO) -> None:
    """Best effort: zeros over a plain file that is going away (a disk may still keep traces,
    which is why full-disk encryption is recommended as well)."""
    try:
        size = os.fstat(handle.fileno()).st_size
        handle.seek(0)
        block = b"\0" * 65536
        for _ in range(0, size, len(block)):
            handle.write(block)
        handle.flush()
        os.fsync(handle.fileno())
    except OSError:
        pass


def _remove_plain_copies(database: Path) -> list[Path]:
    """Overwrite and remove the plain backups and the copies kept before upgrades."""
    from peerdesk.core.backups import backup_folder

    candidates = list(database.parent.glob(f"{database.stem}.before-upgrade-*{database.suffix}"))
    folder = backup_folder(database)
    if folder.is_dir():
        candidates += [p for p in folder.iterdir() if p.is_file()]
    removed = []
    for path in candidates:
        try:
            with path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    continue  # encrypted, or not a database: left alone
            with path.open("r+b") as handle:
                _overwrite(handle)
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed
