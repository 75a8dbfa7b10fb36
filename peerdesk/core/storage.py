"""The one place that opens the database.

Everything SQLite-specific lives here: the pragmas, the file checks, the copy made before a
migration. Opening a database checks that the file is really a peerdesk database, refuses one
made by a newer peerdesk, takes the single-writer lock and applies pending Alembic migrations.

A database opened with a ``key`` (32 bytes, see :mod:`peerdesk.core.keys`) is encrypted with
SQLCipher: every page, and the write-ahead log, on disk. The key is given to SQLCipher as raw
bytes in hex, so nothing is quoted and SQLCipher's own key derivation is skipped (the passphrase
was already stretched with Argon2id). A wrong key never creates or changes anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, exc, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.core.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    NotADatabaseError,
    PeerdeskError,
    StorageError,
    ValidationError,
    WrongKeyError,
)
from peerdesk.core.migrations.revisions import HEAD, KNOWN_REVISIONS
from peerdesk.core.text import translate

APP_NAME = "peerdesk"
KEY_FILE_SUFFIX = ".keys"  # beside the database: see peerdesk.core.keys
DATABASE_FILENAME = "peerdesk.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
WRITE_OPTION = "peerdesk_writes"

# Applied to every new connection: crash safety (WAL + FULL), referential integrity, and
# zeroing of deleted data so that erased people do not linger in free pages.
_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=FULL",
    "foreign_keys=ON",
    "secure_delete=ON",
    "busy_timeout=5000",
)


def default_database_path() -> Path:
    """The database in the user's data folder (created on first run)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILENAME


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    head: str

    @property
    def is_current(self) -> bool:
        return self.revision == self.head


class _Secret:
    """The data key, shared by a Store and its engine's connection maker, so that closing the
    Store drops it and no later call can quietly reconnect with it."""

    def __init__(self, key: bytes | None) -> None:
        self.key = key
        self.closed = False

    def current(self) -> bytes | None:
        if self.closed:
            raise StorageError(
                translate("storage", "The database has been closed (locked); unlock it to go on.")
            )
        return self.key

    def drop(self) -> None:
        self.key = None
        self.closed = True


class Store:
    """An open database: hands out one transaction per user action.

    Services take a ``Store`` and use ``with store.transaction() as s:``; nothing else creates
    sessions or engines.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: FileLock | None,
        *,
        secret: _Secret | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        # The key, for backups (encrypted the same way); dropped on close.
        self._secret = secret or _Secret(None)
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: committed as a whole at the end, or not at all."""
        self._secret.current()  # refuses once closed
        session = self._writing()
        try:
            yield session
            session.commit()
        except PeerdeskError:
            session.rollback()
            raise
        except exc.IntegrityError as error:
            session.rollback()
            raise ValidationError(_integrity_message(error)) from error
        except exc.OperationalError as error:
            session.rollback()
            raise StorageError(_operational_message(self.path, error)) from error
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        self._secret.current()  # refuses once closed
        session = self._sessions()
        try:
            yield session
        except exc.OperationalError as error:
            raise StorageError(_operational_message(self.path, error)) from error
        finally:
            session.rollback()
            session.close()

    @property
    def encrypted(self) -> bool:
        return self._secret.key is not None

    @property
    def closed(self) -> bool:
        return self._secret.closed

    @property
    def data_key(self) -> bytes | None:
        """The key this database is encrypted with (for backups made like it); never shown."""
        return self._secret.current()

    def schema_state(self) -> SchemaState:
        with self.engine.connect() as connection:
            return SchemaState(_current_revision(connection), HEAD)

    def close(self) -> None:
        self._secret.drop()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(
    path: Path | str | None = None, *, writer: bool = True, key: bytes | None = None
) -> Store:
    """Open (and if need be create and upgrade) the database at ``path``.

    ``writer=False`` opens for reading only, without the single-writer lock, for commands such
    as ``peerdesk list`` and ``peerdesk check`` that may run while the program is open.
    ``key`` opens (or creates) an encrypted database; a plain one opens without it.
    """
    db_path = Path(path) if path is not None else default_database_path()
    db_path = db_path.expanduser()
    exists = db_path.exists()
    if exists:
        if _check_is_sqlite_file(db_path, encrypted_ok=key is not None):
            key = None  # a plain database: nothing to decrypt
        _check_schema(db_path, key)
    elif not writer:
        raise StorageError(
            translate("storage", "There is no database at {db_path}.").format(db_path=db_path)
        )
    else:
        _prepare_folder(db_path.parent)

    lock = take_lock(db_path) if writer else None
    secret = _Secret(key)
    try:
        engine = _create_engine(db_path, read_only=not writer, secret=secret)
        try:
            _bring_up_to_date(engine, db_path, writer=writer, key=key)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if writer and not exists:
        _restrict_permissions(db_path)
    return Store(db_path, engine, lock, secret=secret)


def _connect(path: Path, *, read_only: bool, key: bytes | None) -> sqlite3.Connection:
    """One DB-API connection: the stdlib's for a plain file, SQLCipher's with the key."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, check_same_thread=False)
    import sqlcipher3  # type: ignore[import-untyped]

    connection: sqlite3.Connection = sqlcipher3.connect(
        target, uri=read_only, check_same_thread=False
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # no key errors on stderr
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The key is only checked when a page is read: a wrong one fails here, before anything.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise WrongKeyError(
            translate("storage", "That key does not open {path}. Nothing was changed.").format(
                path=path
            )
        ) from error
    return connection


def connect_file(path: Path, *, read_only: bool, key: bytes | None) -> sqlite3.Connection:
    """A DB-API connection to a database file outside a Store (a backup being checked)."""
    return _connect(path, read_only=read_only, key=key)


def _create_engine(path: Path, *, read_only: bool, secret: _Secret) -> Engine:
    if secret.key is not None:
        import sqlcipher3

        engine = create_engine(
            f"sqlite:///{path.as_posix()}",
            creator=lambda: _connect(path, read_only=read_only, key=secret.current()),
            module=sqlcipher3,
        )
    elif read_only:
        engine = create_engine(
            "sqlite://", creator=lambda: _connect(path, read_only=True, key=None)
        )
    else:
        engine = create_engine(
            f"sqlite:///{path.as_posix()}", connect_args={"check_same_thread": False}
        )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # schema changes (migrations) are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in _PRAGMAS:
                if read_only and pragma.startswith("journal_mode"):
                    continue
                cursor.execute(f"PRAGMA {pragma}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A unit of work that will write takes the write lock at once (waiting up to the busy
        # timeout for another writer) rather than failing half-way when two threads both
        # upgrade from reading to writing.
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


def _check_is_sqlite_file(path: Path, *, encrypted_ok: bool = False) -> bool:
    """True for a plain SQLite file; False for one that may be encrypted (when ``encrypted_ok``).

    Without a key, a file that is not plain SQLite is refused: as locked when its key file is
    beside it, as not a database otherwise.
    """
    if path.is_dir():
        raise NotADatabaseError(
            translate("storage", "{path} is a folder, not a database file.").format(path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as error:
        raise StorageError(
            translate("storage", "peerdesk is not allowed to read {path}.").format(path=path)
        ) from error
    except OSError as error:
        raise StorageError(
            translate("storage", "{path} could not be read: {strerror}.").format(
                path=path, strerror=error.strerror
            )
        ) from error
    if not header or header == SQLITE_HEADER:
        return True
    if encrypted_ok:
        return False
    if Path(str(path) + KEY_FILE_SUFFIX).exists():
        raise DatabaseLockedError(
            translate(
                "storage",
                "{path} is protected by a passphrase; unlock it with the passphrase or "
                "the recovery key.",
            ).format(path=path)
        )
    raise NotADatabaseError(
        translate(
            "storage",
            "{path} is not a peerdesk database (it is not an SQLite file, or it is "
            "an encrypted one whose key file is missing: open it with the recovery "
            "key). Nothing was changed.",
        ).format(path=path)
    )


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            translate(
                "storage",
                "The folder {folder} could not be created ({strerror}). Choose another "
                "place with --database.",
            ).format(folder=folder, strerror=error.strerror)
        ) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            translate(
                "storage",
                "The folder {folder} is read-only, so a database cannot be created "
                "there. Choose another place with --database.",
            ).format(folder=folder)
        )


def take_lock(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock")
    try:
        lock.acquire(timeout=0)
    except Timeout as error:
        raise DatabaseInUseError(
            translate(
                "storage",
                "This database is already open in another peerdesk window ({path}). "
                "Close that window first, or open a different file.",
            ).format(path=path)
        ) from error
    except OSError as error:
        raise StorageError(
            translate(
                "storage",
                "peerdesk cannot write beside {path} ({strerror}). The folder may be "
                "read-only; choose another place with --database.",
            ).format(path=path, strerror=error.strerror)
        ) from error
    return lock


def _current_revision(connection: Any) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def _read_schema(path: Path, key: bytes | None) -> tuple[set[str], str | None]:
    """Tables and schema revision of an existing file, read without changing a byte of it."""
    try:
        connection = _connect(path, read_only=True, key=key)
    except sqlite3.Error as error:
        raise StorageError(
            translate("storage", "{path} could not be opened ({error}).").format(
                path=path, error=error
            )
        ) from error
    try:
        tables = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        damage = _quick_damage(connection, encrypted=key is not None)
    except Exception as error:  # sqlite3's or sqlcipher3's DatabaseError
        if not _is_database_error(error):
            raise
        if "malformed" in str(error) or "corrupt" in str(error):
            damage = [str(error)]
        else:
            raise NotADatabaseError(
                translate(
                    "storage",
                    "{path} could not be read as a database ({error}). Nothing was changed.",
                ).format(path=path, error=error)
            ) from error
    finally:
        connection.close()
    if damage:
        raise DamagedDatabaseError(
            translate(
                "storage",
                "{path} is damaged ({damage}). It was not changed; restore the newest "
                "good backup, or ask for help before using it.",
            ).format(path=path, damage=damage[0])
        )
    return tables, revision


def _quick_damage(connection: sqlite3.Connection, *, encrypted: bool) -> list[str]:
    """SQLite's quick check (every page, ~50 ms for a large group's ten years), and for an
    encrypted file SQLCipher's check of every page's seal. Empty when the file is sound."""
    rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check(3)") if r[0] != "ok"]
    if encrypted:
        rows += [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check")]
    lines = (line.strip() for row in rows for line in row.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def _is_database_error(error: Exception) -> bool:
    return type(error).__name__ in {"DatabaseError", "OperationalError"}


def _check_schema(path: Path, key: bytes | None = None) -> str | None:
    """Refuse files that are not ours or are too new; return the file's revision."""
    tables, revision = _read_schema(path, key)
    if revision is None and tables - {"alembic_version"}:
        raise NotADatabaseError(
            translate(
                "storage",
                "{path} is an SQLite file made by another program, not a peerdesk "
                "database. Nothing was changed.",
            ).format(path=path)
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            translate(
                "storage",
                "{path} was made by a newer version of peerdesk (schema {revision}). "
                "Install the newer peerdesk to open it; this file was not changed.",
            ).format(path=path, revision=revision)
        )
    return revision


def _bring_up_to_date(
    engine: Engine, path: Path, *, writer: bool, key: bytes | None = None
) -> None:
    with engine.connect() as connection:
        revision = _current_revision(connection)
    if revision == HEAD:
        return
    if not writer:
        raise StorageError(
            translate(
                "storage",
                "{path} needs an upgrade before it can be read; open it once in peerdesk first.",
            ).format(path=path)
        )
    if revision is not None:
        _copy_before_upgrade(engine, path, revision, key)
    _upgrade(engine)


def _upgrade(engine: Engine) -> None:
    # Imported here: Alembic is only needed when the schema changes, not on every start.
    from peerdesk.core.migrations.runner import upgrade_to_head

    try:
        upgrade_to_head(engine)
    except exc.OperationalError as error:
        raise StorageError(
            translate("storage", "The database could not be prepared: {orig}.").format(
                orig=error.orig
            )
        ) from error


def _copy_before_upgrade(
    engine: Engine, path: Path, revision: str, key: bytes | None = None
) -> Path:
    """Keep a consistent copy of the file as it was, in case the upgrade goes wrong.

    An encrypted database gives an encrypted copy, with the same key.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        destination = _connect(target, read_only=False, key=key) if key else sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()
    _restrict_permissions(target)
    return target


def _restrict_permissions(path: Path) -> None:
    """Owner-only access on POSIX: attendance at a mental-health group is health data."""
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                candidate.chmod(0o600)


def integrity_problems(store: Store) -> list[str]:
    """Run SQLite's full integrity and foreign-key checks; an empty list means healthy."""
    problems: list[str] = []
    with store.engine.connect() as connection:
        for (line,) in connection.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(str(line))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                translate("storage", "row {row} of {table} points to a missing {parent}").format(
                    row=row[1], table=row[0], parent=row[2]
                )
            )
    return problems


def _integrity_message(error: exc.IntegrityError) -> str:
    detail = str(error.orig)
    if "UNIQUE" in detail:
        return translate("storage", "That name is already in use; choose another.")
    if "FOREIGN KEY" in detail:
        return translate("storage", "That refers to something that no longer exists.")
    return translate(
        "storage",
        "That could not be saved because it breaks a rule of the database ({detail}).",
    ).format(detail=detail)


def _operational_message(path: Path, error: exc.OperationalError) -> str:
    detail = str(error.orig)
    if "readonly" in detail:
        return translate(
            "storage", "The database {path} is read-only; nothing could be saved."
        ).format(path=path)
    if "locked" in detail:
        return translate(
            "storage", "The database is busy in another window; please try again in a moment."
        )
    if "disk is full" in detail or "full" in detail:
        return translate(
            "storage",
            "The disk is full, so nothing could be saved. Free some space and try again.",
        )
    return translate("storage", "The database could not be used ({detail}).").format(detail=detail)
