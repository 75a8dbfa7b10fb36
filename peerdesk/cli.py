"""The ``peerdesk`` command. With no sub-command it opens the window.

Every sub-command calls the same core services as the GUI. ``--database FILE`` is accepted
before or after the sub-command's name. Errors print one readable line, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerdesk import __version__
from peerdesk.cli_sealing import add_file_protection, add_unseal_parser, run_unseal
from peerdesk.core.errors import PeerdeskError

if TYPE_CHECKING:
    from peerdesk.core.storage import Store

PASSPHRASE_VARIABLE = "PEERDESK_PASSPHRASE"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
        ) from None


def _seed(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number") from None


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
    demo.add_argument("--seed", type=_seed, default=1, metavar="N")
    demo.add_argument(
        "--force", action="store_true", help="replace everything already in the database"
    )

    commands.add_parser(
        "check",
        parents=[database],
        help="check the database's integrity and schema version (non-zero exit on a problem)",
    )

    listing = commands.add_parser(
        "list", parents=[database], help="list groups, people or sessions (for scripts)"
    )
    listing.add_argument("what", choices=("groups", "people", "sessions"))
    listing.add_argument("--group", metavar="NAME", help="only this group's sessions")
    listing.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    listing.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    listing.add_argument("--archived", action="store_true", help="include archived entries")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    pack = commands.add_parser(
        "pack",
        parents=[database],
        help="print the session pack for one session, or for every session in a date range",
    )
    pack.add_argument("--group", metavar="NAME", help="the group (needed with --date)")
    pack.add_argument("--date", type=_date, metavar="DATE", help="the session's date")
    pack.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    pack.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    pack.add_argument(
        "--paper",
        choices=("a4", "letter"),
        type=str.lower,
        help="paper size (default: what the group chose on the Packs page, else A4)",
    )
    pack.add_argument("--large-print", action="store_true")
    pack.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf|FOLDER",
        help="the PDF for one session, or the folder for a range",
    )

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
    export_attendance.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    export_attendance.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
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
    export_rota.add_argument("--from", dest="date_from", type=_date, metavar="DATE", required=True)
    export_rota.add_argument("--to", dest="date_to", type=_date, metavar="DATE", required=True)
    export_rota.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    add_file_protection(export_rota)

    form = commands.add_parser(
        "consent-form",
        parents=[database],
        help="print the consent form as a PDF: blank for newcomers, or pre-filled for one person",
    )
    form.add_argument("--group", metavar="NAME", required=True, help="the group named on the form")
    who = form.add_mutually_exclusive_group()
    who.add_argument("--blank", action="store_true", help="a blank form to fill in (the default)")
    who.add_argument(
        "--person",
        metavar="NAME",
        help="pre-fill with this person's chosen name and current answers "
        "(their preferred name, or their full name if the preferred name is shared)",
    )
    form.add_argument("--large-print", action="store_true", help="larger text for easier reading")
    form.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    form.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)

    rota = commands.add_parser(
        "rota",
        parents=[database],
        help="fill a group's facilitator rota for a date range (shown only, unless --apply)",
    )
    rota.add_argument("--group", metavar="NAME", required=True)
    rota.add_argument("--from", dest="date_from", type=_date, metavar="DATE", required=True)
    rota.add_argument("--to", dest="date_to", type=_date, metavar="DATE", required=True)
    rota.add_argument(
        "--apply",
        action="store_true",
        help="save the proposal (choices locked by hand are always kept)",
    )
    rota.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf",
        help="also print the rota (a table per month) to a PDF: the saved rota with --apply, "
        "else the proposal",
    )
    rota.add_argument(
        "--ics",
        type=Path,
        metavar="FOLDER",
        help="also write one calendar file (.ics) per facilitator into this folder",
    )
    rota.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    rota.add_argument("--large-print", action="store_true", help="larger text on the PDF")

    from peerdesk.cli_access import add_access_parser
    from peerdesk.cli_import import add_import_parser

    add_import_parser(commands, database)
    add_access_parser(commands, database)
    add_unseal_parser(commands)

    report = commands.add_parser(
        "report",
        parents=[database],
        help="a funder report (PDF with charts) for a period, in numbers that identify nobody",
    )
    report.add_argument("--from", dest="date_from", type=_date, metavar="DATE", required=True)
    report.add_argument("--to", dest="date_to", type=_date, metavar="DATE", required=True)
    report.add_argument(
        "--group",
        metavar="NAME",
        action="append",
        help="a group to report on (repeat for several; default: every group that met)",
    )
    report.add_argument(
        "--threshold",
        type=int,
        default=5,
        metavar="N",
        help="show counts from 1 to N-1 as 'fewer than N' (default 5)",
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.add_argument("--large-print", action="store_true")
    report.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)

    retention = commands.add_parser(
        "retention",
        parents=[database],
        help="list people not seen for a long time, to erase or to ask to renew their consent",
    )
    retention.add_argument(
        "--months",
        type=int,
        default=12,
        metavar="N",
        help="default 12, as the consent form tells people",
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

    availability = commands.add_parser(
        "availability-form",
        parents=[database],
        help="print availability forms: a page per facilitator with the session dates to tick",
    )
    availability.add_argument(
        "--group", metavar="NAME", help="one group (default: every running group)"
    )
    availability.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="default: the next quarter"
    )
    availability.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    availability.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    availability.add_argument("--large-print", action="store_true")
    availability.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    return parser


Command = Callable[[Path | None, argparse.Namespace], int]


def _access(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_access import run_access

    return run_access(database, args, opener=lambda writer: _open(database, args, writer=writer))


def _import(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_import import run_import

    return run_import(database, args, opener=lambda writer: _open(database, args, writer=writer))


def _commands() -> dict[str, Command]:
    return {
        "init": _init,
        "demo": _demo,
        "check": _check,
        "list": _list,
        "pack": _pack,
        "export": _export,
        "consent-form": _consent_form,
        "rota": _rota,
        "report": _report,
        "access-report": _access,
        "import": _import,
        "retention": _retention,
        "backup": _backup,
        "protect": _protect,
        "unseal": lambda _database, args: run_unseal(args),
        "restore": _restore,
        "availability-form": _availability_form,
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


def _given_passphrase(args: argparse.Namespace) -> str | None:
    from peerdesk.core.protection import passphrase_from

    return passphrase_from(getattr(args, "passphrase_file", None))


def _ask_passphrase(args: argparse.Namespace, *, new: bool = False) -> str:
    given = _given_passphrase(args)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise PeerdeskError(
            "This needs the database's passphrase: give it with --passphrase-file FILE or the "
            f"{PASSPHRASE_VARIABLE} environment variable."
        )
    first = getpass.getpass("New passphrase: " if new else "Passphrase: ")
    if new and getpass.getpass("The same passphrase again: ") != first:
        raise PeerdeskError("The two passphrases were not the same; nothing was made.")
    return first


def _open(database: Path | None, args: argparse.Namespace, *, writer: bool = True) -> Store:
    """Open a plain database as it is, or a protected one with its passphrase."""
    from peerdesk.core.protection import open_database

    return open_database(database, writer=writer, ask=lambda: _ask_passphrase(args))


def _print_recovery_key(recovery_key: str) -> None:
    print()
    print("Recovery key (opens the database if the passphrase is lost; it is shown only once):")
    print(f"    {recovery_key}")
    print("Write it down or print it, and give it to the group's data lead to keep safe.")


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
    _check_sheet_folder(args.recovery_sheet)
    made = create_protected(path, _ask_passphrase(args, new=True))
    made.store.close()
    print(f"New database, protected by your passphrase, made at {path}")
    _give_recovery_key(made.recovery_key, path, args.recovery_sheet)
    return 0


def _check_sheet_folder(sheet: Path | None) -> None:
    if sheet and not sheet.expanduser().parent.is_dir():
        raise PeerdeskError(f"The folder for {sheet} does not exist; nothing was changed.")


def _give_recovery_key(recovery_key: str, database: Path, sheet: Path | None) -> None:
    _print_recovery_key(recovery_key)
    if sheet:
        from peerdesk.printing.recovery_sheet import RecoverySheet, write_recovery_sheet

        write_recovery_sheet(RecoverySheet(recovery_key, database, dt.date.today()), sheet)
        print(f"Recovery sheet saved to {sheet}: print it, then delete the file.")


def _protect(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.protection import is_protected, protect_plain
    from peerdesk.core.storage import default_database_path

    path = (database or default_database_path()).expanduser()
    if is_protected(path):
        raise PeerdeskError(f"{path} is already protected by a passphrase; nothing was changed.")
    _check_sheet_folder(args.recovery_sheet)
    made = protect_plain(path, _ask_passphrase(args, new=True))
    made.store.close()
    print(f"{path} is now protected by your passphrase; its plain backups were removed.")
    _give_recovery_key(made.recovery_key, path, args.recovery_sheet)
    return 0


def _demo(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.demo import populate
    from peerdesk.core.protection import create_protected
    from peerdesk.core.storage import default_database_path

    path = (database or default_database_path()).expanduser()
    passphrase = _given_passphrase(args)
    recovery = None
    if passphrase is not None and not (path.exists() and path.stat().st_size > 0):
        made = create_protected(path, passphrase)
        made.store.close()
        recovery = made.recovery_key
    with _open(path, args) as store:
        populate(store, size=args.size, seed=args.seed, force=args.force)
        print(f"Made-up {args.size} demo data written to {store.path}")
    if recovery is not None:
        _print_recovery_key(recovery)
    return 0


def _check(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.locations import location_warning
    from peerdesk.core.storage import integrity_problems

    with _open(database, args, writer=False) as store:
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


def _pack(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.printing.pack_files import session_on, write_pack, write_packs
    from peerdesk.printing.theme import Paper

    paper: Paper | None = None
    if args.paper:
        paper = "Letter" if args.paper == "letter" else "A4"
    today = dt.date.today()
    one = args.date is not None
    if one == (args.date_from is not None or args.date_to is not None):
        raise PeerdeskError("Give either --group and --date, or --from and --to.")
    if one and not args.group:
        raise PeerdeskError("--date needs --group: whose session is it?")
    if not one and (args.date_from is None or args.date_to is None):
        raise PeerdeskError("A range needs both --from and --to.")
    with _open(database, args) as store:
        if one:
            meeting = session_on(store, args.group, args.date, today=today)
            written = [
                write_pack(
                    store,
                    meeting,
                    args.output,
                    today=today,
                    paper=paper,
                    large_print=args.large_print,
                )
            ]
        else:
            written = write_packs(
                store,
                args.date_from,
                args.date_to,
                args.output,
                today=today,
                paper=paper,
                large_print=args.large_print,
                group=args.group,
            )
    for pack in written:
        print(f"{pack.path}: {pack.result.pages} pages")
        for problem in pack.result.problems:
            print(f"  missing: {problem}")
    if not written:
        print("There are no sessions in that range.")
    return 0


def _export(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.cli_sealing import file_passphrase, sealed_name
    from peerdesk.core import audit, export, groups

    today = dt.date.today()
    header: Sequence[str]
    passphrase = file_passphrase(args)  # asked before anything is read
    output = sealed_name(args.output, passphrase)
    # Opened for writing: an export of personal data goes in the audit log.
    with _open(database, args) as store:
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


def _consent_form(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.printing.consent import consent_form_data, write_consent_form

    with _open(database, args) as store:  # a writer: the default form is made on first use
        data = consent_form_data(store, group=args.group, person=args.person, today=dt.date.today())
    pages = write_consent_form(data, args.output, paper=args.paper, large_print=args.large_print)
    kind = f"pre-filled for {data.person.preferred_name}" if data.person else "blank"
    print(f"Consent form ({kind}, {pages} page{'s' if pages != 1 else ''}) saved to {args.output}")
    return 0


def _rota(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups, rota_service, rota_view

    today = dt.date.today()
    for folder in (args.ics, args.pdf.parent if args.pdf else None):
        if folder is not None and not folder.expanduser().is_dir():
            raise PeerdeskError(f"The folder {folder} does not exist; nothing was saved.")
    with _open(database, args, writer=args.apply) as store:
        group = groups.find_group(store, args.group, today=today)
        proposal = rota_service.propose(
            store, [group.id], args.date_from, args.date_to, today=today
        )
        saved = rota_service.apply(store, proposal) if args.apply else None
        if args.pdf or args.ics:
            view = (
                rota_view.saved_rota(store, [group.id], args.date_from, args.date_to)
                if args.apply
                else rota_view.proposal_view(store, proposal)
            )
    result = proposal.result
    print(f"Rota for {group.name}, {args.date_from.isoformat()} to {args.date_to.isoformat()}")
    print()
    for meeting_id in proposal.meeting_ids:
        placed = result.on(meeting_id)
        gaps = [g for g in result.gaps if g.meeting_id == meeting_id]
        day = placed[0].day if placed else gaps[0].day if gaps else None
        if day is None:
            continue
        names = ", ".join(a.name + (" (locked)" if a.locked else "") for a in placed)
        print(f"{day.isoformat()}  {proposal.group_names[group.id]}: {names or '(nobody)'}")
        for a in placed:
            print(f"    {a.reason}")
    if result.gaps:
        print()
        print(f"Gaps ({len(result.gaps)}):")
        for gap in result.gaps:
            print(f"  {gap.day.isoformat()}: {gap.reason}")
    if result.warnings:
        print()
        print("Warnings:")
        for warning in result.warnings:
            print(f"  {warning}")
    print()
    print("Fairness (sessions offered vs given):")
    rows = [
        {
            "facilitator": f.name,
            "offered": f"{f.offered_in_range:g}",
            "given": f.given_in_range,
            "offered_12_months": f"{f.offered_with_history:g}",
            "given_12_months": f.given_with_history,
        }
        for f in result.fairness.people
    ]
    _print_table(rows)
    pairs = [p for p in result.fairness.pairs if p.in_range]
    if pairs:
        print()
        print("Who facilitates together (sessions in this range, and with the last 12 months):")
        _print_table(
            [
                {
                    "pair": f"{p.first_name} and {p.second_name}",
                    "together": p.in_range,
                    "with_12_months": p.with_history,
                }
                for p in sorted(pairs, key=lambda p: (-p.in_range, p.first_name, p.second_name))
            ]
        )
    print()
    if saved is None:
        print("Nothing was saved; add --apply to save this rota.")
    else:
        print(f"Saved: {saved} assignment{'s' if saved != 1 else ''} (locked ones kept).")
    if args.pdf:
        from peerdesk.printing.rota import write_rota_pdf

        write_rota_pdf(args.pdf, view, paper=args.paper, large_print=args.large_print)
        print(f"Rota printed to {args.pdf}")
    if args.ics:
        from peerdesk.core.rota_calendar import write_calendars

        written = write_calendars(args.ics, view)
        print(
            f"{len(written)} calendar file{'s' if len(written) != 1 else ''} written to {args.ics}"
        )
    return 0


def _report(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups
    from peerdesk.core.funder_report import funder_report, groups_active_in
    from peerdesk.printing.funder_report import write_funder_report_pdf

    today = dt.date.today()
    if args.date_to < args.date_from:
        raise PeerdeskError("--to is before --from.")
    with _open(database, args, writer=False) as store:
        if args.group:
            group_ids = [groups.find_group(store, name, today=today).id for name in args.group]
        else:
            group_ids = groups_active_in(store, args.date_from, args.date_to)
            if not group_ids:
                raise PeerdeskError("No group met in that period, so there is nothing to report.")
        report = funder_report(
            store, group_ids, args.date_from, args.date_to, today=today, threshold=args.threshold
        )
    write_funder_report_pdf(args.output, report, paper=args.paper, large_print=args.large_print)
    hidden = " (small numbers hidden)" if report.hidden_any else ""
    print(f"Report for {report.title} saved to {args.output}{hidden}")
    return 0


def _retention(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.retention import review

    with _open(database, args, writer=False) as store:
        found = review(store, today=dt.date.today(), months=args.months)
    if not found:
        print(f"Everyone has come to a session in the last {args.months} months.")
        return 0
    print(f"Not seen for {args.months} months or more ({len(found)}):")
    _print_table(
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

    with _open(database, args, writer=False) as store:
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
        key = data_key_for(source, _ask_passphrase(args))
    done = restore(path, source, key)
    with open_store(path, key=key) as store:  # also brings an older backup's schema up to date
        audit.record(store, audit.RESTORE, f"Restored from the backup {source.name}.")
    print(f"Restored {source.name} to {path}; the database as it was is kept at {done.set_aside}")
    return 0


def _availability_form(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups
    from peerdesk.core.availability import availability_form, next_quarter
    from peerdesk.printing.availability import write_availability_pdf

    today = dt.date.today()
    if (args.date_from is None) != (args.date_to is None):
        raise PeerdeskError("Give both --from and --to, or neither (for the next quarter).")
    date_from, date_to = (args.date_from, args.date_to) if args.date_from else next_quarter(today)
    with _open(database, args, writer=False) as store:
        if args.group:
            group_ids = [groups.find_group(store, args.group, today=today).id]
        else:
            group_ids = [g.id for g in groups.list_groups(store, today=today)]
        form = availability_form(store, group_ids, date_from, date_to)
    write_availability_pdf(args.output, form, paper=args.paper, large_print=args.large_print)
    named = sum(1 for page in form.pages if page.person_id is not None)
    print(
        f"Availability forms for {date_from.isoformat()} to {date_to.isoformat()} "
        f"({named} facilitator{'s' if named != 1 else ''} and a blank one) saved to {args.output}"
    )
    return 0


def _list(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups, people, schedule

    today = dt.date.today()
    rows: list[dict[str, Any]]
    with _open(database, args, writer=False) as store:
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
        _print_table(rows)
    return 0


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(nothing to list)")
        return
    headers = list(rows[0])
    cells = [[_cell(row[h]) for h in headers] for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    heading = "  ".join(h.replace("_", " ").ljust(w) for h, w in zip(headers, widths, strict=True))
    print(heading.rstrip())
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)
