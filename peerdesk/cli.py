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
from typing import Any

from peerdesk import __version__
from peerdesk.core.errors import PeerdeskError


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    database: Path | None = getattr(args, "database", None)
    try:
        if args.command is None:
            from peerdesk.ui.app import run_gui

            return run_gui(database, demo=args.demo)
        if args.command == "demo":
            return _demo(database, args)
        if args.command == "check":
            return _check(database)
        if args.command == "pack":
            return _pack(database, args)
        if args.command == "export":
            return _export_attendance(database, args)
        if args.command == "consent-form":
            return _consent_form(database, args)
        if args.command == "rota":
            return _rota(database, args)
        return _list(database, args)
    except PeerdeskError as error:
        print(f"peerdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _demo(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.demo import populate
    from peerdesk.core.storage import open_store

    with open_store(database) as store:
        populate(store, size=args.size, seed=args.seed, force=args.force)
        print(f"Made-up {args.size} demo data written to {store.path}")
    return 0


def _check(database: Path | None) -> int:
    from peerdesk.core.storage import integrity_problems, open_store

    with open_store(database, writer=False) as store:
        state = store.schema_state()
        problems = integrity_problems(store)
        print(f"Database: {store.path}")
        print(f"Schema:   {state.revision} ({'current' if state.is_current else 'outdated'})")
        if problems:
            print(f"Integrity: {len(problems)} problem(s) found:")
            for problem in problems[:50]:
                print(f"  - {problem}")
            return 1
        print("Integrity: ok")
    return 0


def _pack(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.storage import open_store
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
    with open_store(database) as store:
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


def _export_attendance(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import export, groups
    from peerdesk.core.storage import open_store

    with open_store(database, writer=False) as store:
        group = groups.find_group(store, args.group, today=dt.date.today())
        rows = export.attendance_rows(
            store, group.id, date_from=args.date_from, date_to=args.date_to
        )
    count = export.write_csv(args.output, export.ATTENDANCE_HEADER, rows)
    print(f"{count} rows written to {args.output}")
    return 0


def _consent_form(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core.storage import open_store
    from peerdesk.printing.consent import consent_form_data, write_consent_form

    with open_store(database) as store:  # a writer: the default form is made on first use
        data = consent_form_data(store, group=args.group, person=args.person, today=dt.date.today())
    pages = write_consent_form(data, args.output, paper=args.paper, large_print=args.large_print)
    kind = f"pre-filled for {data.person.preferred_name}" if data.person else "blank"
    print(f"Consent form ({kind}, {pages} page{'s' if pages != 1 else ''}) saved to {args.output}")
    return 0


def _rota(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups, rota_service
    from peerdesk.core.storage import open_store

    today = dt.date.today()
    with open_store(database, writer=args.apply) as store:
        group = groups.find_group(store, args.group, today=today)
        proposal = rota_service.propose(
            store, [group.id], args.date_from, args.date_to, today=today
        )
        saved = rota_service.apply(store, proposal) if args.apply else None
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
    print()
    if saved is None:
        print("Nothing was saved; add --apply to save this rota.")
    else:
        print(f"Saved: {saved} assignment{'s' if saved != 1 else ''} (locked ones kept).")
    return 0


def _list(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups, people, schedule
    from peerdesk.core.storage import open_store

    today = dt.date.today()
    rows: list[dict[str, Any]]
    with open_store(database, writer=False) as store:
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
