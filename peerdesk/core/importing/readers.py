"""Reading the group's spreadsheet into a plain table of text.

Files are recognised by what they hold, not by their name: a CSV saved by Excel or LibreOffice
(UTF-8 with or without a byte-order mark, Windows-1252, UTF-16 "Unicode text", commas,
semicolons or tabs), or an Excel workbook (.xlsx). Anything else, a file that is too big, empty
or damaged, is refused with ``UnreadableFileError`` saying what to do; nothing is ever written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerdesk.core.errors import ValidationError
from peerdesk.core.importing.columns import guess_field
from peerdesk.core.text import translate

Progress = Callable[[int, int], None]
"""Told (done, total) as work goes on; may raise (for example to cancel)."""

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
# The heading may sit below a title line or two; it is looked for in this many non-blank rows.
HEADER_SEARCH_ROWS = 10

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
OtherKind = Literal["pdf", "database", "picture", "rtf", "word", "zip"]
_OTHER_KINDS: tuple[tuple[bytes, OtherKind], ...] = (
    (b"%PDF", "pdf"),
    (b"SQLite format 3\x00", "database"),
    (b"\x89PNG", "picture"),
    (b"\xff\xd8\xff", "picture"),
    (b"GIF8", "picture"),
    (b"{\\rtf", "rtf"),
)
_DELIMITERS = (",", ";", "\t", "|")
# Control characters: some in text mean binary data; in a cell they are dropped.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def save_as() -> str:
    """The advice that ends several refusals."""
    return translate(
        "importing", "Save it from your spreadsheet program as Excel (.xlsx) or CSV and try again."
    )


def not_a_spreadsheet(name: str, kind: OtherKind) -> str:
    """The refusal of a file that is something else: "report.pdf is a PDF document, …"."""
    sentences: dict[OtherKind, str] = {
        "pdf": translate("importing", "{name} is a PDF document, not a spreadsheet. {save_as}"),
        "database": translate(
            "importing", "{name} is a database file, not a spreadsheet. {save_as}"
        ),
        "picture": translate("importing", "{name} is a picture, not a spreadsheet. {save_as}"),
        "rtf": translate(
            "importing", "{name} is a Word (RTF) document, not a spreadsheet. {save_as}"
        ),
        "word": translate("importing", "{name} is a Word document, not a spreadsheet. {save_as}"),
        "zip": translate("importing", "{name} is a zip archive, not a spreadsheet. {save_as}"),
    }
    return sentences[kind].format(name=name, save_as=save_as())


def _encoding_name(encoding: str) -> str:
    if encoding == "utf-8-sig":
        return translate("importing", "UTF-8 with a byte-order mark")
    if encoding.startswith("utf-16"):
        return translate("importing", "UTF-16 (Unicode text)")
    return {"utf-8": "UTF-8", "cp1252": "Windows-1252"}.get(encoding, encoding)


class UnreadableFileError(ValidationError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass(frozen=True)
class TableRow:
    line: int
    """The row number the spreadsheet program shows (the heading is usually row 1)."""
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    source_name: str
    kind: Literal["csv", "xlsx"]
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_line: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    """Every worksheet in a workbook, so the user can choose another."""

    def cell(self, row: TableRow, index: int) -> str:
        return row.cells[index] if index < len(row.cells) else ""

    def how_read(self) -> str:
        """How the file was understood, in a few words ("CSV, Windows-1252, semicolons")."""
        if self.kind == "xlsx":
            return translate("importing", "Excel workbook, sheet “{sheet}”").format(
                sheet=self.sheet
            )
        if self.delimiter == ";":
            text = translate("importing", "CSV, {encoding}, columns separated by semicolons")
        elif self.delimiter == "\t":
            text = translate("importing", "CSV, {encoding}, columns separated by tabs")
        elif self.delimiter == "|":
            text = translate("importing", "CSV, {encoding}, columns separated by vertical bars")
        else:
            text = translate("importing", "CSV, {encoding}, columns separated by commas")
        return text.format(encoding=_encoding_name(self.encoding or ""))


def read_table(
    path: Path | str, *, sheet: str | None = None, progress: Progress | None = None
) -> Table:
    """Read a CSV or .xlsx file as text cells. Raises ``UnreadableFileError`` with a reason."""
    path = Path(path).expanduser()
    data = _read_bytes(path)
    name = path.name
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        from peerdesk.core.importing.excel import read_workbook

        return read_workbook(name, data, sheet=sheet, progress=progress)
    if data.startswith(OLE_MAGIC):
        raise UnreadableFileError(_ole_message(name, data))
    for magic, kind in _OTHER_KINDS:
        if data.startswith(magic):
            raise UnreadableFileError(not_a_spreadsheet(name, kind))
    text, encoding = _decode(name, data)
    return _read_csv(name, text, encoding)


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnreadableFileError(
                translate(
                    "importing", "{path} is a folder; choose the spreadsheet file inside it."
                ).format(path=path)
            )
        # Checked before reading, so that a huge file is refused at once.
        if size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                translate(
                    "importing",
                    "{name} is {size:.0f} MB; peerdesk imports files of up to "
                    "{max_file_bytes} MB. A list of people is far smaller: is this the right "
                    "file?",
                ).format(
                    name=name,
                    size=size / 1024 / 1024,
                    max_file_bytes=MAX_FILE_BYTES // 1024 // 1024,
                )
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFileError(
            translate("importing", "There is no file at {path}.").format(path=path)
        ) from None
    except PermissionError:
        raise UnreadableFileError(
            translate("importing", "peerdesk is not allowed to read {path}.").format(path=path)
        ) from None
    except OSError as error:
        raise UnreadableFileError(
            translate("importing", "{path} could not be read: {strerror}.").format(
                path=path, strerror=error.strerror
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise UnreadableFileError(
            translate("importing", "{name} is larger than {max_file_bytes} MB.").format(
                name=name, max_file_bytes=MAX_FILE_BYTES // 1024 // 1024
            )
        )
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableFileError(
            translate("importing", "{name} is empty: there is nothing to import.").format(name=name)
        )
    return data


def _ole_message(name: str, data: bytes) -> str:
    # An encrypted .xlsx is an OLE compound file holding an "EncryptionInfo" stream; an old
    # .xls workbook is an OLE file too, without one.
    encrypted = "EncryptionInfo".encode("utf-16-le") in data
    if encrypted or name.lower().endswith((".xlsx", ".xlsm")):
        return translate(
            "importing",
            "{name} is password-protected, so peerdesk cannot read it. Open it in your "
            "spreadsheet program, save a copy without a password, and import that copy.",
        ).format(name=name)
    return translate(
        "importing",
        "{name} is in the old Excel 97–2003 format (.xls), which peerdesk cannot read. {save_as}",
    ).format(name=name, save_as=save_as())


def _decode(name: str, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in."""
    candidates: tuple[str, ...]
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    elif b"\x00" in data:
        # UTF-16 without a byte-order mark puts a zero beside every ASCII letter.
        odd, even = data[1::2].count(0), data[0::2].count(0)
        half = len(data) // 4
        candidates = ("utf-16-le",) if odd > half else ("utf-16-be",) if even > half else ()
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text.lstrip("\ufeff"), encoding
    raise UnreadableFileError(
        translate(
            "importing",
            "{name} does not look like a spreadsheet (it holds binary data, not text). {save_as}",
        ).format(name=name, save_as=save_as())
    )


def _looks_binary(text: str) -> bool:
    return "\x00" in text or len(_BINARY.findall(text)) > max(2, len(text) // 200)


def _read_csv(name: str, text: str, encoding: str) -> Table:
    lines = text.splitlines(keepends=True)
    delimiter = None
    # Excel writes "sep=;" as the first line when asked to say which separator it used.
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = "".join(lines[1:])
    delimiter = delimiter or _sniff_delimiter(lines[: HEADER_SEARCH_ROWS * 5])
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UnreadableFileError(
            translate("importing", "{name} could not be read as CSV: {error}.").format(
                name=name, error=error
            )
        ) from None
    records = [[_unquote_formula(cell) for cell in record] for record in records]
    return build_table(
        records, source_name=name, kind="csv", encoding=encoding, delimiter=delimiter
    )


def _unquote_formula(cell: str) -> str:
    """peerdesk's exports put an apostrophe before a cell that could be taken for a formula
    ("'+44 7700 900123"); reading such a file back takes it off again."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA_STARTS else cell


def _sniff_delimiter(sample: Sequence[str]) -> str:
    """The separator that splits the first lines into the most columns, most consistently."""
    lines = [line for line in sample if line.strip()]
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        usual = max(set(counts), key=counts.count)
        if usual < 2:
            continue
        score = (counts.count(usual) / len(counts), usual)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def clean_cell(value: str) -> str:
    """Trim, and drop control characters other than line breaks and tabs."""
    return _CONTROL.sub("", value).strip()


def build_table(
    records: Iterable[Sequence[str]],
    *,
    source_name: str,
    kind: Literal["csv", "xlsx"],
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    sheets: tuple[str, ...] = (),
) -> Table:
    """Find the heading row (blank and title rows above it are passed over) and keep the
    non-blank rows below it, each with the row number the spreadsheet program shows."""
    rows: list[TableRow] = []
    for line, record in enumerate(records, start=1):
        cells = [clean_cell(str(value)) for value in record[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append(TableRow(line, tuple(cells)))
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:  # stop reading: it is too many anyway
                break
    if not rows:
        raise UnreadableFileError(
            translate("importing", "{source_name} has no rows with anything in them.").format(
                source_name=source_name
            )
        )
    header_at = header_position(rows)
    if len(rows) - header_at - 1 > MAX_ROWS:
        raise UnreadableFileError(
            translate(
                "importing",
                "{source_name} has more than {max_rows:,} rows; peerdesk imports up to "
                "{max_rows:,} people at a time. Split it into smaller files.",
            ).format(source_name=source_name, max_rows=MAX_ROWS)
        )
    header = rows[header_at]
    width = max(len(row.cells) for row in rows[header_at:])
    headers = tuple(" ".join(cell.split()) for cell in header.cells) + ("",) * (
        width - len(header.cells)
    )
    return Table(
        source_name=source_name,
        kind=kind,
        headers=headers,
        rows=tuple(rows[header_at + 1 :]),
        header_line=header.line,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        sheets=sheets,
    )


def known_fields(cells: Iterable[str]) -> int:
    """How many different importable fields a row of headings names."""
    return len({guess_field(" ".join(cell.split())) for cell in cells} - {None})


def header_position(rows: Sequence[TableRow]) -> int:
    """Among the first non-blank rows, the earliest that names the most known fields."""
    best, best_count = 0, 0
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = known_fields(row.cells)
        if count > best_count:
            best, best_count = position, count
    return best
