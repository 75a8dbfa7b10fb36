"""``peerdesk`` sub-commands that look after the database itself: making and protecting it,
demo data, checking, backing up and restoring, and the retention review."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from peerdesk.cli_common import (
    Command,
    ask_passphrase,
    check_sheet_folder,
    give_recovery_key,
    given_passphrase,
    open_for,
    parse_seed,
    print_recovery_key,
)
from peerdesk.cli_table import print_table
from peerdesk.core.errors import PeerdeskError


def add_safety_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    database: argparse.ArgumentParser,
) -> None:
    """init, protect, demo, check, retention, backup and restore."""
    init = commands.add_parser(
        "init",
        parents=[database],
        help="create a new database, protected by a passphrase (asked for, or from "
        "--passphrase-file); prints the recovery key",
    )
    protect = commands.add_parser(
        "protect",
        parents=[database],
        help="protect a plain database with a passphrase (asked for, or from "
        "--passphrase-file); prints the recovery key and removes plain backups",
    )
    for command in (init, protect):
        command.add_argument(
            "--recovery-sheet",
            type=Path,
            metavar="FILE.pdf",
            help="also print the recovery key on a sheet (PDF) for the group's data lead",
        )
    init.add_argument(
        "--no-encryption",
        action="store_true",
        help="a database without a passphrase: only on a computer whose own disk is encrypted",
    )

    demo = commands.add_parser(
        "demo", parents=[database], help="fill a database with realistic made-up data"
    )
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=parse_seed, default=1, metavar="N")
    demo.add_argument(
        "--force", action="store_true", help="replace everything already in the database"
    )

    commands.add_parser(
        "check",
        parents=[database],
        help="check the database's integrity and schema version (non-zero exit on a problem)",
    )

    retention = commands.add_parser(
        "retention",
        parents=[database],
        help="list people not seen for a long time, to erase or to ask to renew their consent",
    )
    retention.add_argument(
        "--months",
        type=int,
        metavar="N",
        help="default: the group's setting (12 months, as the consent form tells people, "
        "unless changed in the window's Settings)",
    )

    backup = commands.add_parser(
        "backup",
        parents=[database],
        help="make a checked backup now (into the backups folder beside the database, or -o FILE)",
    )
    backup.add_argument("-o", "--output", metavar="FILE", type=Path)
    restore = commands.add_parser(
        "restore",
        parents=[database],
        help="replace the database by a backup (the current file is kept aside, not deleted)",
    )
    restore.add_argument("backup_file", metavar="FILE", type=Path)


def safety_commands() -> dict[str, Command]:
    return {
        "init": _init,
        "protect": _protect,
        "demo": _demo,
        "check": _check,
        "retention": _retention,
        "backup": _backup,
        "restore": _restore,
    }


def _init(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.protection import create_protected
    from peerdesk.core.storage import default_database_path, open_store

    path = (database or default_database_path()).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise PeerdeskError(f"{path} already exists; nothing was changed.")
    if args.no_encryption:
        open_store(path).close()
        print(f"New database (not protected by a passphrase) made at {path}")
        return 0
    check_sheet_folder(args.recovery_sheet)
    made = create_protected(path, ask_passphrase(args, new=True))
    made.store.close()
    print(f"New database, protected by your passphrase, made at {path}")
    give_recovery_key(made.recovery_key, path, args.recovery_sheet)
    return 0


def _protect(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.protection import is_protected, protect_plain
    from peerdesk.core.storage import default_database_path

    path = (database or default_database_path()).expanduser()
    if is_protected(path):
        raise PeerdeskError(f"{path} is already protected by a passphrase; nothing was changed.")
    check_sheet_folder(args.recovery_sheet)
    made = protect_plain(path, ask_passphrase(args, new=True))
    made.store.close()
    print(f"{path} is now protected by your passphrase; its plain backups were removed.")
    give_recovery_key(made.recovery_key, path, args.recovery_sheet)
    return 0


def _demo(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.demo import populate
    from peerdesk.core.protection import create_protected
    from peerdesk.core.storage import default_database_path

    path = (database or default_database_path()).expanduser()
    passphrase = given_passphrase(args)
    recovery = None
    if passphrase is not None and not (path.exists() and path.stat().st_size > 0):
        made = create_protected(path, passphrase)
        made.store.close()
        recovery = made.recovery_key
    with open_for(path, args) as store:
        populate(store, size=args.size, seed=args.seed, force=args.force)
        print(f"Made-up {args.size} demo data written to {store.path}")
    if recovery is not None:
        print_recovery_key(recovery)
    return 0


def _check(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.locations import location_warning
    from peerdesk.core.storage import integrity_problems

    with open_for(database, args, writer=False) as store:
        state = store.schema_state()
        problems = integrity_problems(store)
        print(f"Database: {store.path}")
        print(f"Protected by a passphrase: {'yes' if store.encrypted else 'no'}")
        print(f"Schema:   {state.revision} ({'current' if state.is_current else 'outdated'})")
        warning = location_warning(store.path.resolve())
        if warning:
            print(f"Warning: {warning}")
        if problems:
            print(f"Integrity: {len(problems)} problem(s) found:")
            for problem in problems[:50]:
                print(f"  - {problem}")
            return 1
        print("Integrity: ok")
    return 0


def _retention(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.retention import review
    from peerdesk.core.settings import read_settings

    with open_for(database, args, writer=False) as store:
        months = args.months or read_settings(store).retention_months
        found = review(store, today=dt.date.today(), months=months)
    if not found:
        print(f"Everyone has come to a session in the last {months} months.")
        return 0
    print(f"Not seen for {months} months or more ({len(found)}):")
    print_table(
        [
            {
                "name": d.preferred_name,
                "last_seen": d.last_seen.isoformat() if d.last_seen else "never",
                "attendances": d.attendances,
                "contact_details": d.has_contact_details,
                "archived": d.archived,
            }
            for d in found
        ]
    )
    print("Erase them (their attendance stays as anonymous counts) or ask them to renew consent.")
    return 0


def _backup(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.backups import make_backup

    with open_for(database, args, writer=False) as store:
        made = make_backup(store, target=args.output)
    print(f"Backup checked and saved to {made.path} ({made.size // 1024:,} KB)")
    return 0


def _restore(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import audit, keys
    from peerdesk.core.backups import restore
    from peerdesk.core.protection import data_key_for
    from peerdesk.core.storage import default_database_path, open_store

    path = (database or default_database_path()).expanduser()
    source = args.backup_file.expanduser()
    if not source.is_file():
        raise PeerdeskError(f"There is no backup at {source}.")
    key = None
    if keys.key_file_path(source).exists():  # an encrypted backup: its own passphrase opens it
        key = data_key_for(source, ask_passphrase(args))
    done = restore(path, source, key)
    with open_store(path, key=key) as store:  # also brings an older backup's schema up to date
        audit.record(store, audit.RESTORE, f"Restored from the backup {source.name}.")
    print(f"Restored {source.name} to {path}; the database as it was is kept at {done.set_aside}")
    return 0
