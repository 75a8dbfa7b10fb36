"""The ``peerdesk`` command. With no sub-command it opens the window.

Every sub-command calls the same core services as the GUI. ``--database FILE`` is accepted
before or after the sub-command's name. Errors print one readable line, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import __version__, cli_common
from peerdesk.cli_common import Command, open_for, parse_date
from peerdesk.cli_print import add_print_parsers, print_commands
from peerdesk.cli_safety import add_safety_parsers, safety_commands
from peerdesk.cli_sealing import add_file_protection, add_unseal_parser, run_unseal
from peerdesk.cli_table import print_table
from peerdesk.core.errors import PeerdeskError

if TYPE_CHECKING:
    pass

PASSPHRASE_VARIABLE = cli_common.PASSPHRASE_VARIABLE  # for scripts that import it from here


def build_parser() -> argparse.ArgumentParser:
    # The same --database option on the main parser and on every sub-command; SUPPRESS keeps a
    # sub-command from overwriting a value given before its name.
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="use this database file instead of the one in your data folder",
    )
    database.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="read the passphrase of a protected database from this file's first line "
        f"(or set {PASSPHRASE_VARIABLE}; otherwise you are asked)",
    )
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="Sessions, attendance, consent, rota and session packs for peer support "
        "groups. With no command, opens the peerdesk window.",
        parents=[database],
    )
    parser.add_argument("--version", action="version", version=f"peerdesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throwaway database full of made-up data",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the window's language and date style, e.g. en_GB or cy_GB "
        "(default: the system's; or set PEERDESK_LANGUAGE)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_safety_parsers(commands, database)
    listing = commands.add_parser(
        "list", parents=[database], help="list groups, people or sessions (for scripts)"
    )
    listing.add_argument("what", choices=("groups", "people", "sessions"))
    listing.add_argument("--group", metavar="NAME", help="only this group's sessions")
    listing.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    listing.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    listing.add_argument("--archived", action="store_true", help="include archived entries")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    export = commands.add_parser(
        "export", parents=[database], help="export records to CSV for a spreadsheet"
    )
    what = export.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    export_attendance = what.add_parser(
        "attendance",
        parents=[database],
        help="one row per session and person, and one per session for the anonymous headcount",
    )
    export_attendance.add_argument("--group", metavar="NAME", required=True)
    export_attendance.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    export_attendance.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    export_attendance.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    add_file_protection(export_attendance)
    export_people = what.add_parser(
        "people", parents=[database], help="everyone in the directory (contact details as kept)"
    )
    export_people.add_argument("--archived", action="store_true", help="include archived people")
    export_people.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    add_file_protection(export_people)
    export_consent = what.add_parser(
        "consent",
        parents=[database],
        help="where each person stands today on each purpose of the consent form",
    )
    export_consent.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    add_file_protection(export_consent)
    export_rota = what.add_parser(
        "rota", parents=[database], help="the saved facilitator rota, one row per session"
    )
    export_rota.add_argument("--group", metavar="NAME", help="one group (default: all)")
    export_rota.add_argument(
        "--from", dest="date_from", type=parse_date, metavar="DATE", required=True
    )
    export_rota.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE", required=True)
    export_rota.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    add_file_protection(export_rota)

    add_print_parsers(commands, database)
    from peerdesk.cli_access import add_access_parser
    from peerdesk.cli_import import add_import_parser

    add_import_parser(commands, database)
    add_access_parser(commands, database)
    add_unseal_parser(commands)
    return parser


def _access(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_access import run_access

    return run_access(database, args, opener=lambda writer: open_for(database, args, writer=writer))


def _import(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_import import run_import

    return run_import(database, args, opener=lambda writer: open_for(database, args, writer=writer))


def _commands() -> dict[str, Command]:
    return {
        **safety_commands(),
        **print_commands(),
        "list": _list,
        "export": _export,
        "access-report": _access,
        "import": _import,
        "unseal": lambda _database, args: run_unseal(args),
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    database: Path | None = getattr(args, "database", None)
    try:
        if args.command is None:
            from peerdesk.ui.app import run_gui

            return run_gui(database, demo=args.demo, language=args.language)
        return _commands()[args.command](database, args)
    except PeerdeskError as error:
        print(f"peerdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _export(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_sealing import file_passphrase, sealed_name
    from peerdesk.core import audit, export, groups

    today = dt.date.today()
    header: Sequence[str]
    passphrase = file_passphrase(args)  # asked before anything is read
    output = sealed_name(args.output, passphrase)
    # Opened for writing: an export of personal data goes in the audit log.
    with open_for(database, args) as store:
        if args.export_what == "attendance":
            group = groups.find_group(store, args.group, today=today)
            header = export.ATTENDANCE_HEADER
            rows = export.attendance_rows(
                store, group.id, date_from=args.date_from, date_to=args.date_to
            )
        elif args.export_what == "people":
            header = export.PEOPLE_HEADER
            rows = export.people_rows(store, include_archived=args.archived)
        elif args.export_what == "consent":
            header = export.CONSENT_HEADER
            rows = export.consent_rows(store, today=today)
        else:
            if args.date_to < args.date_from:
                raise PeerdeskError("--to is before --from.")
            if args.group:
                group_ids = [groups.find_group(store, args.group, today=today).id]
            else:
                group_ids = [g.id for g in groups.list_groups(store, today=today)]
            header = export.ROTA_HEADER
            rows = export.rota_rows(store, group_ids, args.date_from, args.date_to)
        count = export.write_csv(output, header, rows, passphrase=passphrase)
        how = "sealed with a passphrase" if passphrase else "plain, unprotected"
        audit.record(
            store, audit.EXPORT, f"{args.export_what} exported to CSV ({how}): {count} rows."
        )
    print(f"{count} rows written to {output}" + (" (sealed)" if passphrase else ""))
    return 0


def _list(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups, people, schedule

    today = dt.date.today()
    rows: list[dict[str, Any]]
    with open_for(database, args, writer=False) as store:
        if args.what == "groups":
            rows = [
                {
                    "name": g.name,
                    "schedule": g.schedule_text,
                    "rrule": g.rrule,
                    "time": g.start_time.strftime("%H:%M"),
                    "venue": g.venue_name,
                    "next_session": g.next_session.isoformat() if g.next_session else None,
                    "archived": g.archived,
                }
                for g in groups.list_groups(store, today=today, include_archived=args.archived)
            ]
        elif args.what == "people":
            rows = [
                {
                    "preferred_name": p.preferred_name,
                    "full_name": p.full_name,
                    "pronouns": p.pronouns,
                    "archived": p.archived,
                }
                for p in people.list_people(store, include_archived=args.archived)
            ]
        else:
            group_id = None
            if args.group:
                group_id = groups.find_group(store, args.group, today=today).id
            if args.date_from and args.date_to and args.date_to < args.date_from:
                raise PeerdeskError("--to is before --from.")
            rows = [
                {
                    "date": m.date.isoformat(),
                    "start": m.start_time.strftime("%H:%M"),
                    "end": m.end_time.strftime("%H:%M"),
                    "group": m.group_name,
                    "venue": m.venue_name,
                    "status": m.status_text,
                }
                for m in schedule.list_meetings(
                    store,
                    group_id=group_id,
                    date_from=args.date_from,
                    date_to=args.date_to,
                    include_archived_groups=args.archived or group_id is not None,
                )
            ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print_table(rows)
    return 0
