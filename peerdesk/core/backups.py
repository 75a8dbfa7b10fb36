"""Backups: consistent copies of the database, made atomically, checked, thinned, restorable.

- A backup is written by SQLite itself (``VACUUM INTO``) to a temporary file beside the others,
  flushed to disk, opened and checked (integrity and row counts), and only then renamed into
  place: a backup that can be seen is a whole one. A protected database gives an encrypted
  backup with the same key, and its key file is copied beside it, so the passphrase (or the
  recovery key) of the day opens it.
- Thinning keeps every backup of today and yesterday, then the newest of each of the last
  7 days, 8 weeks and 12 months, and deletes the rest, but only after a new backup has been
  checked, and never the newest good one.
- Restoring checks the backup first, sets the current file aside (nothing is deleted) and puts
  a copy of the backup in its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3  # type: ignore[import-untyped]

from peerdesk.core import keys
from peerdesk.core.errors import StorageError, WrongKeyError
from peerdesk.core.files import fsync_folder, write_atomically
from peerdesk.core.storage import Store, connect_file, take_lock
from peerdesk.core.text import translate

# An encrypted backup is read through SQLCipher, whose errors are its own classes.
DATABASE_ERRORS = (sqlite3.Error, sqlcipher3.Error)

BACKUP_FOLDER = "backups"
PREFIX = "peerdesk-backup-"
SUFFIX = ".sqlite3"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}}){re.escape(SUFFIX)}$")
KEEP_DAYS = 7
KEEP_WEEKS = 8
KEEP_MONTHS = 12
# Tables whose row counts a backup must match (the ones that hold what people typed).
CHECKED_TABLES = ("people", "groups", "meetings", "attendance", "consent_events")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    size: int


@dataclass(frozen=True)
class Checked:
    ok: bool
    problems: tuple[str, ...]
    rows: dict[str, int]


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (files named as peerdesk names them)."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            made = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def remove_stale_temporaries(folder: Path) -> int:
    """Half-made backups left by a crash (never visible as backups); returns how many."""
    removed = 0
    if folder.is_dir():
        for path in folder.glob(f".{PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in CHECKED_TABLES
        if table in tables
    }


def check_backup(path: Path, key: bytes | None, expected: dict[str, int] | None = None) -> Checked:
    """Open a backup read-only and check it: integrity, foreign keys and (if given) row counts."""
    try:
        connection = connect_file(path, read_only=True, key=key)
    except WrongKeyError:
        return Checked(False, (translate("backups", "its key does not match this database's"),), {})
    except DATABASE_ERRORS as error:
        return Checked(
            False, (translate("backups", "it cannot be opened ({error})").format(error=error),), {}
        )
    try:
        problems = [
            str(line) for (line,) in connection.execute("PRAGMA integrity_check") if line != "ok"
        ]
        problems += [
            translate("backups", "row {row} of {table} points to a missing {parent}").format(
                row=row[1], table=row[0], parent=row[2]
            )
            for row in connection.execute("PRAGMA foreign_key_check")
        ]
        rows = row_counts(connection)
    except DATABASE_ERRORS as error:
        return Checked(
            False, (translate("backups", "it is damaged ({error})").format(error=error),), {}
        )
    finally:
        connection.close()
    if expected is not None and rows != expected:
        problems.append(
            translate("backups", "it holds {rows} rows where the database holds {expected}").format(
                rows=rows, expected=expected
            )
        )
    return Checked(not problems, tuple(problems), rows)


def make_backup(
    store: Store,
    folder: Path | None = None,
    *,
    now: dt.datetime | None = None,
    target: Path | None = None,
) -> Backup:
    """A checked backup of ``store`` in ``folder`` (default: ``backups`` beside the database),
    or at ``target`` when given (``peerdesk backup -o FILE``).

    Raises ``StorageError`` (with the reason, e.g. a full disk) and leaves no partial file.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    if target is not None:
        target = target.expanduser()
        folder = target.parent
        if target.exists():
            raise StorageError(
                translate("backups", "{target} already exists; choose a new file name.").format(
                    target=target
                )
            )
        if not folder.is_dir():
            raise StorageError(
                translate("backups", "The folder {folder} does not exist.").format(folder=folder)
            )
    else:
        folder = folder or backup_folder(store.path)
        target = folder / f"{PREFIX}{stamp}{SUFFIX}"
    temporary = folder / f".{PREFIX}{stamp}.tmp"
    try:
        if not folder.exists():
            folder.mkdir(parents=True)
            if os.name == "posix":
                folder.chmod(0o700)
        remove_stale_temporaries(folder)
        raw = store.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert connection is not None
            expected = row_counts(connection)  # type: ignore[arg-type]
            connection.execute("VACUUM INTO ?", (str(temporary),))
        finally:
            raw.close()
        if os.name == "posix":
            temporary.chmod(0o600)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        checked = check_backup(temporary, store.data_key, expected)
        if not checked.ok:
            raise StorageError(
                translate(
                    "backups",
                    "The new backup did not pass its check ({problems}). Older backups were kept.",
                ).format(problems="; ".join(checked.problems))
            )
        os.replace(temporary, target)
        if store.encrypted:
            _copy_key_file(store.path, target)
        fsync_folder(folder)
    except OSError as error:
        raise StorageError(_why(error, folder)) from error
    except DATABASE_ERRORS as error:
        raise StorageError(
            translate(
                "backups", "The backup could not be made ({error}). Older backups were kept."
            ).format(error=error)
        ) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    made = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    return Backup(target, made, target.stat().st_size)


def _why(error: OSError, folder: Path) -> str:
    reason = (error.strerror or str(error)).lower()
    if "space" in reason:
        return translate(
            "backups", "The disk is full, so no backup could be made. Older backups were kept."
        )
    return translate(
        "backups", "No backup could be made in {folder} ({reason}). Older backups were kept."
    ).format(folder=folder, reason=reason)


def _copy_key_file(database: Path, backup: Path) -> None:
    source = keys.key_file_path(database)
    if source.exists():
        write_atomically(keys.key_file_path(backup), source.read_bytes())


def to_delete(made: Sequence[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backup times thinning deletes (see the module's rule); the newest is always kept."""
    keep: set[dt.datetime] = set()
    buckets: dict[tuple[str, object], dt.datetime] = {}
    today = now.date()
    for when in sorted(made, reverse=True):  # newest first: the first in a bucket is kept
        age = (today - when.date()).days
        if age <= 1:
            keep.add(when)
            continue
        candidates: list[tuple[str, object]] = []
        if age <= KEEP_DAYS:
            candidates.append(("day", when.date()))
        if age <= KEEP_WEEKS * 7:
            candidates.append(("week", when.isocalendar()[:2]))
        if age <= KEEP_MONTHS * 31:
            candidates.append(("month", (when.year, when.month)))
        for bucket in candidates:
            if bucket not in buckets:
                buckets[bucket] = when
                keep.add(when)
    if made:
        keep.add(max(made))
    return set(made) - keep


def thin(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the backups thinning does not keep (and their key files); returns what went."""
    backups = list_backups(folder)
    going = to_delete([b.made_at for b in backups], now)
    removed = []
    for backup in backups:
        if backup.made_at in going:
            for path in (backup.path, keys.key_file_path(backup.path)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(backup.path)
    return removed


def back_up_and_thin(
    store: Store, folder: Path | None = None, *, now: dt.datetime | None = None
) -> tuple[Backup, list[Path]]:
    """The automatic backup: make one, and thin the older ones only once it has been checked."""
    moment = now or dt.datetime.now()
    made = make_backup(store, folder, now=moment)
    return made, thin(made.path.parent, moment)


@dataclass(frozen=True)
class Restored:
    set_aside: Path
    """Where the database as it was before the restore now is."""


def restore(
    database: Path,
    backup: Path,
    key: bytes | None,
    *,
    now: dt.datetime | None = None,
) -> Restored:
    """Replace ``database`` (closed) by a copy of ``backup``, keeping the current file aside.

    ``key`` opens the backup (None for a plain one). The backup is checked first; a damaged
    one, or one from another database (another key), is refused and nothing changes.
    """
    checked = check_backup(backup, key)
    if not checked.ok:
        raise StorageError(
            translate(
                "backups", "{name} cannot be restored: {problems}. Nothing was changed."
            ).format(name=backup.name, problems="; ".join(checked.problems))
        )
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
    temporary = database.with_name(f".{database.name}.restore.tmp")
    lock = take_lock(database)  # no peerdesk may have it open meanwhile
    try:
        shutil.copyfile(backup, temporary)
        if os.name == "posix":
            temporary.chmod(0o600)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        if database.exists():
            os.replace(database, aside)
            for extra in ("-wal", "-shm"):
                side = Path(f"{database}{extra}")
                if side.exists():
                    os.replace(side, Path(f"{aside}{extra}"))
        os.replace(temporary, database)
        backup_keys = keys.key_file_path(backup)
        if backup_keys.exists():
            current = keys.key_file_path(database)
            if current.exists():
                shutil.copyfile(current, keys.key_file_path(aside))
            shutil.copyfile(backup_keys, current)
        fsync_folder(database.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StorageError(
            translate("backups", "The backup could not be restored ({strerror}).").format(
                strerror=error.strerror
            )
        ) from error
    finally:
        lock.release()
    return Restored(aside)
