"""``peerdesk access-report --person NAME -o FOLDER``: the command-line face of the right of
access (``peerdesk.core.access`` and ``peerdesk.printing.access_report``).

Writes two files into the folder in one action, a PDF to read and a JSON file for other
programs, named by date and a short random part (never the person's name), and logs it in the
audit log. The folder is checked before the database is opened, so a bad folder changes nothing.
Both files are protected with a passphrase for the person (the PDF encrypted, the JSON sealed)
unless ``--plain`` says otherwise (see ``peerdesk.cli_sealing``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli_sealing import add_file_protection, file_passphrase
from peerdesk.core.errors import ValidationError

if TYPE_CHECKING:  # the command line imports its services only when a command needs them
    from peerdesk.core.storage import Store


def add_access_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    from peerdesk.cli_common import parse_date as _date  # as every other command reads dates

    report = commands.add_parser(
        "access-report",
        parents=[database],
        help="everything peerdesk holds about one person, for them to see (right of access): "
        "a PDF and a JSON file",
        description="Make the right of access report for one person: everything peerdesk "
        "holds about them, as a PDF to read and a JSON file for other programs, with the date "
        "they asked and the date a reply is due by (one calendar month later). The file names "
        "never include the person's name. Both files are protected with a passphrase for "
        "the person (asked for twice, or from --passphrase-for-files) unless --plain is given. "
        "The report is noted in the audit log.",
    )
    add_file_protection(report)
    report.add_argument(
        "--person",
        metavar="NAME",
        required=True,
        help="their preferred name, or their full name if the preferred name is shared",
    )
    report.add_argument(
        "--requested",
        type=_date,
        metavar="DATE",
        help="the day they asked, as YYYY-MM-DD (default: today); the reply is due a calendar "
        "month later",
    )
    report.add_argument("--large-print", action="store_true", help="larger text for easier reading")
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FOLDER",
        help="the folder to write the two files into (it must exist)",
    )


def run_access(
    database: Path | None,
    args: argparse.Namespace,
    *,
    opener: Callable[[bool], Store],
) -> int:
    """Run ``peerdesk access-report``. ``opener(writer)`` opens the database (for writing: the
    report goes in the audit log). Problems are raised as ``PeerdeskError`` with one readable
    line, before anything is written."""
    from peerdesk.core import access
    from peerdesk.printing.access_report import save_access_report
    from peerdesk.printing.blocks import long_date

    today = dt.date.today()
    requested = args.requested or today
    if requested > today:
        raise ValidationError("--requested is in the future: give the day they asked.")
    folder = access.check_folder(args.output)  # before the database is opened
    passphrase = file_passphrase(args)  # asked before anything is read
    with opener(True) as store:
        person = access.find_subject(store, args.person)
        report = access.access_report(store, person.id, today=today, requested_on=requested)
        saved = save_access_report(
            store,
            report,
            folder,
            paper=args.paper,
            large_print=args.large_print,
            passphrase=passphrase,
        )
    print(f"Right of access report for {person.preferred_name} ({saved.pages} pages):")
    print(f"  {saved.pdf}")
    print(f"  {saved.json}")
    print(
        f"Requested on {long_date(report.requested_on)}; the reply is due by "
        f"{long_date(report.reply_due_by)}."
    )
    if report.reply_due_by < today:
        print("That date has passed: please send the report as soon as you can.")
    if saved.protected:
        print(
            "Both files are protected with the passphrase you chose: give it to them "
            "separately (in person or by phone, not with the files). The PDF opens in any PDF "
            "reader; the JSON file opens with `peerdesk unseal`."
        )
    else:
        print(
            "The files are NOT protected: anyone who gets them can read them. Give both "
            "files to them directly, and keep them safe: they hold personal information."
        )
    return 0
