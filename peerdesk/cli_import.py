"""``peerdesk import people FILE``: the command-line face of ``peerdesk.core.importing``.

The file is read and checked before the database is opened, so a file that cannot be read
changes nothing. The preview is printed (rows skipped and why, columns left out), then everyone
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
    from peerdesk.core.storage import Store

_MAPPING_MAX_BYTES = 64 * 1024
_STATUS_WORDS = {"skipped": "skipped", "duplicate": "likely duplicate, skipped", "ready": ""}
# Notes about a row that is imported, worth a line of their own (left-out contact details are
# only counted in the summary: there may be thousands).
_NOTEWORTHY = ("unclear", "phone_fixed")


def add_import_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    importing = commands.add_parser(
        "import",
        parents=[database],
        help="import people from the group's spreadsheet (CSV or Excel .xlsx)",
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
        "--sheet", metavar="NAME", help="the worksheet to read (default: the first with names)"
    )
    people.add_argument(
        "--include-duplicates",
        action="store_true",
        help="also import rows that look like someone already in peerdesk or earlier in the file",
    )
    people.add_argument(
        "--dry-run", action="store_true", help="show what would be imported and save nothing"
    )


def run_import(
    database: Path | None,
    args: argparse.Namespace,
    *,
    opener: Callable[[bool], Store] | None = None,
) -> int:
    """Run ``peerdesk import people``. ``opener(writer)`` opens the database; by default a plain
    one opens as it is and a protected one with the passphrase from ``--passphrase-file`` or
    the environment (the main command line passes its own, which can also ask)."""
    from peerdesk.core import importing

    table = importing.read_table(args.file, sheet=args.sheet)
    mapping = importing.guess_mapping(table.headers)
    if args.mapping is not None:
        mapping = importing.parse_mapping(_mapping_text(args.mapping), table.headers, mapping)
    print(
        f"Read {table.source_name} ({table.how_read()}): headings on row {table.header_line}, "
        f"{len(table.rows)} row{'s' if len(table.rows) != 1 else ''} below them."
    )
    if len(table.sheets) > 1:
        others = ", ".join(f"“{s}”" for s in table.sheets if s != table.sheet)
        print(f"It has other sheets too ({others}); choose one with --sheet.")
    print("Columns:")
    for index, header in enumerate(table.headers):
        field = mapping.field_of(index)
        if field is not None:
            print(f"  “{header}” → {importing.FIELD_LABELS[field]}")
    importing.require_names(table, mapping)  # before the database is opened
    open_with = opener or (lambda writer: _open(database, args, writer))
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
