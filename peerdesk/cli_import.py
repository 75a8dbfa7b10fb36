"""``peerdesk import people FILE`` and ``peerdesk import attendance FILE --group NAME``: the
command-line face of ``peerdesk.core.importing``.

The file is read and checked before the database is opened, so a file that cannot be read
changes nothing. The preview is printed (rows skipped and why, columns left out), then everything
ready is imported in one transaction, or nothing is with ``--dry-run``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.core.errors import ValidationError

if TYPE_CHECKING:  # the command line imports its services only when a command needs them
    from peerdesk.core import importing
    from peerdesk.core.importing.registers import RowOutcome
    from peerdesk.core.storage import Store

_MAPPING_MAX_BYTES = 64 * 1024
_STATUS_WORDS = {"skipped": "skipped", "duplicate": "likely duplicate, skipped", "ready": ""}
# Notes about a row that is imported, worth a line of their own (left-out contact details are
# only counted in the summary: there may be thousands).
_NOTEWORTHY = ("unclear", "phone_fixed")
_SHOWN = 20  # names, cells or marks listed before "and N more"
_ROW_TITLES: tuple[tuple[RowOutcome, str], ...] = (
    ("named", "By name"),
    ("new", "New, added by name"),
    ("counted", "Counted in the headcount, not named"),
    ("unmarked", "Nothing to record"),
)


def add_import_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    importing = commands.add_parser(
        "import",
        parents=[database],
        help="import people, or a group's past attendance, from a spreadsheet (CSV or .xlsx)",
    )
    what = importing.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    people = what.add_parser(
        "people",
        parents=[database],
        help="import members and facilitators; rows with problems and likely duplicates are "
        "shown and skipped",
        description="Import people from a CSV or Excel (.xlsx) file. Columns are recognised "
        "from their headings; phone numbers and emails are kept only for rows whose "
        "contact consent column says yes. Everyone ready is imported, or nobody is.",
    )
    people.add_argument("file", type=Path, metavar="FILE", help="the spreadsheet (.csv or .xlsx)")
    people.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help='which column holds what, over the guess: e.g. {"preferred_name": "Known as", '
        '"phone": "Mobile", "email": null}',
    )
    people.add_argument(
        "--include-duplicates",
        action="store_true",
        help="also import rows that look like someone already in peerdesk or earlier in the file",
    )
    _add_sheet_and_dry_run(people)
    _add_attendance_parser(what, database)


def _add_sheet_and_dry_run(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--sheet", metavar="NAME", help="the worksheet to read (default: the first with names)"
    )
    command.add_argument(
        "--dry-run", action="store_true", help="show what would be imported and save nothing"
    )


def _add_attendance_parser(
    what: argparse._SubParsersAction[argparse.ArgumentParser], database: argparse.ArgumentParser
) -> None:
    attendance = what.add_parser(
        "attendance",
        parents=[database],
        help="import a group's past registers: a row per person, a column per session date",
        description="Import a group's past attendance from a register typed into a spreadsheet: "
        "names in the first column (or one headed Name or Known as), a column per session "
        "headed by its date (day first, as 24/11/2026 or 24 Nov), and in each cell a mark: "
        "a tick, x, y or P for present, A or apols for apologies, blank, 0 or - for absent. "
        "Names are kept only for people whose consent to keep their name and attendance is "
        "recorded; everyone else who came is counted in the session's anonymous headcount. "
        "Nothing already recorded is changed. Everything is imported, or nothing is.",
    )
    attendance.add_argument("file", type=Path, metavar="FILE", help="the register (.csv or .xlsx)")
    attendance.add_argument("--group", metavar="NAME", required=True, help="the group it is for")
    attendance.add_argument(
        "--add-sessions",
        action="store_true",
        help="add a date with no session as an extra session (default: skip it)",
    )
    attendance.add_argument(
        "--names-consented",
        action="store_true",
        help="the people named who are new to peerdesk agreed (on a paper form) to have their "
        "name and attendance kept: add them by name and record that consent",
    )
    attendance.add_argument(
        "--year",
        type=_year,
        metavar="YYYY",
        help="the year of dates written without one, such as 24 Nov (default: from a title "
        "with a year in it, else the year that fits the group's sessions)",
    )
    _add_sheet_and_dry_run(attendance)


def _year(value: str) -> int:
    if not (value.isdigit() and 2000 <= int(value) <= 2099):
        raise argparse.ArgumentTypeError(f"“{value}” is not a year such as 2026")
    return int(value)


def run_import(
    database: Path | None,
    args: argparse.Namespace,
    *,
    opener: Callable[[bool], Store] | None = None,
) -> int:
    """Run ``peerdesk import people`` or ``peerdesk import attendance``. ``opener(writer)`` opens
    the database; by default a plain one opens as it is and a protected one with the passphrase
    from ``--passphrase-file`` or the environment (the main command line passes its own, which
    can also ask)."""
    from peerdesk.core import importing

    open_with = opener or (lambda writer: _open(database, args, writer))
    if getattr(args, "import_what", "people") == "attendance":
        return _import_attendance(args, open_with)

    table = importing.read_table(args.file, sheet=args.sheet)
    mapping = importing.guess_mapping(table.headers)
    if args.mapping is not None:
        mapping = importing.parse_mapping(_mapping_text(args.mapping), table.headers, mapping)
    _print_read(table, "headings", table.header_line)
    print("Columns:")
    for index, header in enumerate(table.headers):
        field = mapping.field_of(index)
        if field is not None:
            print(f"  “{header}” → {importing.FIELD_LABELS[field]}")
    importing.require_names(table, mapping)  # before the database is opened
    with open_with(not args.dry_run) as store:
        preview = importing.preview_people(store, table, mapping)
        _print_preview(preview)
        if args.dry_run:
            lines = importing.preview_lines(preview, include_duplicates=args.include_duplicates)
        else:
            summary = importing.import_people(
                store, preview, today=dt.date.today(), include_duplicates=args.include_duplicates
            )
            lines = summary.lines()
    print()
    for line in lines:
        print(line)
    if args.dry_run:
        print("Nothing was saved (--dry-run).")
    elif preview.with_status("duplicate") and not args.include_duplicates:
        print("To import the likely duplicates as well, add --include-duplicates.")
    return 0


def _import_attendance(args: argparse.Namespace, open_with: Callable[[bool], Store]) -> int:
    from peerdesk.core import importing
    from peerdesk.core.groups import find_group
    from peerdesk.core.rota_explain import plural

    table = importing.read_table(args.file, sheet=args.sheet)
    sheet = importing.read_register(table)  # a file that is not a register stops here
    _print_read(table, "dates", sheet.heading_line)
    print(f"Names from {sheet.names_from}; {plural(len(sheet.dates), 'date column')}.")
    options = importing.RegisterOptions(
        add_missing_sessions=args.add_sessions, names_consented=args.names_consented, year=args.year
    )
    today = _today()
    with open_with(not args.dry_run) as store:
        group = find_group(store, args.group, today=today)
        preview = importing.preview_attendance(store, sheet, group.id, today=today, options=options)
        _print_attendance(preview)
        if args.dry_run:
            lines = preview.lines()
        else:
            lines = importing.import_attendance(store, preview).lines()
    print()
    for line in lines:
        print(line)
    tally = preview.tally
    if tally.counted_new and not args.names_consented:
        print(
            "If the people new to peerdesk agreed on paper to have their name and attendance "
            "kept, add --names-consented to add them by name."
        )
    if tally.no_session:
        print("To add the dates with no session as extra sessions, add --add-sessions.")
    if args.dry_run:
        print("Nothing was saved (--dry-run).")
    return 0


def _today() -> dt.date:
    return dt.date.today()


def _print_read(table: importing.Table, what: str, line: int) -> None:
    """How the file was read: "Read FILE (how): headings on row 3, 9 rows below them."."""
    from peerdesk.core.rota_explain import plural

    rows = plural(sum(1 for row in table.rows if row.line > line), "row")
    print(
        f"Read {table.source_name} ({table.how_read()}): {what} on row {line}, {rows} below them."
    )
    if len(table.sheets) > 1:
        others = ", ".join(f"“{s}”" for s in table.sheets if s != table.sheet)
        print(f"It has other sheets too ({others}); choose one with --sheet.")


def _print_attendance(preview: importing.AttendancePreview) -> None:
    from peerdesk.core.importing.registers import day_text

    for note in preview.notes:
        print(note)
    for left in preview.left_out:
        print(f"  {left}")
    print()
    print("Sessions:")
    for date in preview.dates:
        print(f"  {date.column:<3} {day_text(date.date):<12} {_date_outcome(date)}")
    print()
    print("People:")
    for outcome, title in _ROW_TITLES:
        rows = preview.with_outcome(outcome)
        if rows:
            print(f"  {title} ({len(rows)}): {_some([row.name for row in rows])}")
    for row in preview.with_outcome("ambiguous", "repeated", "no_name", "too_long"):
        print(f"  row {row.line}{f' ({row.name})' if row.name else ''}: {row.note}")
    if preview.unclear:
        print()
        print(f"Cells not understood, left out: {_some([str(c) for c in preview.unclear])}")
    if preview.conflicts:
        print()
        print("Marks that differ from peerdesk, left as they were:")
        for conflict in preview.conflicts[:_SHOWN]:
            print(f"  {conflict}")
        if len(preview.conflicts) > _SHOWN:
            print(f"  and {len(preview.conflicts) - _SHOWN} more")


def _date_outcome(date: importing.SessionDate) -> str:
    if date.outcome == "no_session":
        return "no session: skipped"
    if date.outcome == "cancelled":
        return f"cancelled ({date.cancel_reason}): skipped"
    if date.outcome == "empty":
        return "nothing marked"
    counts = date.counts
    found = f"{counts.present} present, {counts.apologies} apologies"
    found += f", {counts.anonymous} anonymous" if counts.anonymous else ""
    what = []
    if counts.add_present or counts.add_apologies:
        what.append(f"{counts.add_present + counts.add_apologies} to record by name")
    if counts.already or counts.conflicts:
        what.append(f"{counts.already + counts.conflicts} already in peerdesk")
    headcount = {
        "set": "headcount {new}",
        "same": "headcount {new} (already in peerdesk)",
        "kept": "headcount {new} in the file, {old} in peerdesk: kept",
        "too_big": "headcount {new}: too many to be right, not set",
        "none": "",
    }[date.headcount_change].format(new=date.headcount, old=date.existing_headcount)
    what += [headcount] if headcount else []
    extra = "extra session to add: " if date.outcome == "extra" and date.changes else ""
    return f"{extra}{found}" + (f"; {', '.join(what)}" if what else "")


def _some(items: list[str]) -> str:
    shown = ", ".join(items[:_SHOWN])
    return shown + (f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else "")


def _open(database: Path | None, args: argparse.Namespace, writer: bool) -> Store:
    from peerdesk.core.protection import open_database, passphrase_from

    given = passphrase_from(getattr(args, "passphrase_file", None))
    ask = None if given is None else lambda: given
    return open_database(database, writer=writer, ask=ask)


def _mapping_text(path: Path) -> str:
    try:
        with path.expanduser().open("rb") as stream:
            data = stream.read(_MAPPING_MAX_BYTES + 1)
    except OSError as error:
        raise ValidationError(
            f"The mapping file {path} could not be read: {error.strerror}."
        ) from None
    if len(data) > _MAPPING_MAX_BYTES:
        raise ValidationError(f"The mapping file {path} is too big to be a column mapping.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"The mapping file {path} is not UTF-8 text.") from None


def _print_preview(preview: importing.Preview) -> None:
    for column in preview.ignored:
        print(f"  “{column.header}” not imported: {column.reason}")
    noted = [
        row
        for row in preview.rows
        if row.status != "ready" or any(p.kind in _NOTEWORTHY for p in row.problems)
    ]
    if noted:
        print()
        print("Rows to look at:")
    for row in noted:
        status = _STATUS_WORDS[row.status]
        shown = [p.message for p in row.problems if p.kind != "contact_dropped"]
        who = f" ({row.person.preferred_name})" if row.person.preferred_name else ""
        print(f"  row {row.line}{who}{', ' + status if status else ''}: {' '.join(shown)}")
