"""``peerdesk`` sub-commands that print: session packs, consent forms, the rota, availability
forms and the funder report."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from peerdesk.cli_common import Command, open_for, parse_date
from peerdesk.cli_table import print_table
from peerdesk.core.errors import PeerdeskError


def add_print_parsers(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    database: argparse.ArgumentParser,
) -> None:
    """pack, consent-form, rota, report and availability-form."""
    pack = commands.add_parser(
        "pack",
        parents=[database],
        help="print the session pack for one session, or for every session in a date range",
    )
    pack.add_argument("--group", metavar="NAME", help="the group (needed with --date)")
    pack.add_argument("--date", type=parse_date, metavar="DATE", help="the session's date")
    pack.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    pack.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
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
    rota.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE", required=True)
    rota.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE", required=True)
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

    report = commands.add_parser(
        "report",
        parents=[database],
        help="a funder report (PDF with charts) for a period, in numbers that identify nobody",
    )
    report.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE", required=True)
    report.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE", required=True)
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

    availability = commands.add_parser(
        "availability-form",
        parents=[database],
        help="print availability forms: a page per facilitator with the session dates to tick",
    )
    availability.add_argument(
        "--group", metavar="NAME", help="one group (default: every running group)"
    )
    availability.add_argument(
        "--from",
        dest="date_from",
        type=parse_date,
        metavar="DATE",
        help="default: the next quarter",
    )
    availability.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    availability.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    availability.add_argument("--large-print", action="store_true")
    availability.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)


def print_commands() -> dict[str, Command]:
    return {
        "pack": _pack,
        "consent-form": _consent_form,
        "rota": _rota,
        "report": _report,
        "availability-form": _availability_form,
    }


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
    with open_for(database, args) as store:
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


def _consent_form(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.printing.consent import consent_form_data, write_consent_form

    with open_for(database, args) as store:  # a writer: the default form is made on first use
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
    with open_for(database, args, writer=args.apply) as store:
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
    print_table(rows)
    pairs = [p for p in result.fairness.pairs if p.in_range]
    if pairs:
        print()
        print("Who facilitates together (sessions in this range, and with the last 12 months):")
        print_table(
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
    with open_for(database, args, writer=False) as store:
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


def _availability_form(database: Path | None, args: argparse.Namespace) -> int:
    from peerdesk.core import groups
    from peerdesk.core.availability import availability_form, next_quarter
    from peerdesk.printing.availability import write_availability_pdf

    today = dt.date.today()
    if (args.date_from is None) != (args.date_to is None):
        raise PeerdeskError("Give both --from and --to, or neither (for the next quarter).")
    date_from, date_to = (args.date_from, args.date_to) if args.date_from else next_quarter(today)
    with open_for(database, args, writer=False) as store:
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
