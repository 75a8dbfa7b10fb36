"""Properties of the import (hypothesis): whatever a file holds, reading it either gives a table
or a clear ``ValidationError``; and an import adds every row the preview marked ready, or, when
it is stopped part-way, nobody at all."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from peerdesk.core import consent
from peerdesk.core.errors import ValidationError
from peerdesk.core.importing import import_people, people_import, preview_people, read_table
from peerdesk.core.importing.readers import OLE_MAGIC, ZIP_MAGIC
from peerdesk.core.models import Person
from peerdesk.core.storage import Store, open_store

TODAY = dt.date(2026, 11, 23)
SUFFIXES = (".csv", ".txt", ".xlsx", ".xls", ".ods", "")
STARTS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", ZIP_MAGIC, OLE_MAGIC, b"sep=;\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-properties")


@pytest.fixture(scope="module")
def shared_store(folder: Path) -> Iterator[Store]:
    # One database for all examples: opening one runs the migrations, too slow per example.
    store = open_store(folder / "peerdesk.sqlite3")
    yield store
    store.close()


def _read_or_refuse(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ValidationError as error:
        assert str(error).strip()
        return
    assert all(len(row.cells) <= len(table.headers) for row in table.rows)
    assert [row.line for row in table.rows] == sorted({row.line for row in table.rows})


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=st.sampled_from(STARTS), body=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES)
)
def test_any_bytes_are_read_or_refused_clearly(
    folder: Path, start: bytes, body: bytes, suffix: str
) -> None:
    _read_or_refuse(folder / f"anything{suffix}", start + body)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=600),
    encoding=st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252")),
)
def test_any_text_is_read_or_refused_clearly(folder: Path, text: str, encoding: str) -> None:
    _read_or_refuse(folder / "text.csv", text.encode(encoding, errors="replace"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    members=st.dictionaries(
        st.sampled_from(
            ("xl/workbook.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml",
             "xl/_rels/workbook.xml.rels", "_rels/.rels", "mimetype", "xl/sharedStrings.xml")
        ),
        st.binary(max_size=300) | st.sampled_from((b"<?xml version='1.0'?><a/>", b"")),
    )
)  # fmt: skip
def test_any_workbook_shaped_zip_is_read_or_refused_clearly(
    folder: Path, members: dict[str, bytes]
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    _read_or_refuse(folder / "book.xlsx", out.getvalue())


class Stop(Exception):
    """Not one of the program's own errors: the rollback must not depend on that."""


NAMES = st.sampled_from(("Asha", "Ben", "Cal", "Dee", "Zoë", "", "  ", "José", "x" * 90))
PHONES = st.sampled_from(("", "07700 900123", "+44 7700 900456", "call me", "7700900789"))
EMAILS = st.sampled_from(("", "a@example.org", "not an email", "b@example.org"))
CONSENTS = st.sampled_from(("", "yes", "no", "✓", "maybe", "TRUE"))
ROWS = st.lists(st.tuples(NAMES, NAMES, PHONES, EMAILS, CONSENTS), min_size=1, max_size=12)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=ROWS, stop_after=st.none() | st.integers(1, 12), include=st.booleans())
def test_an_import_adds_every_ready_row_or_nobody(
    shared_store: Store,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    rows: list[tuple[str, str, str, str, str]],
    stop_after: int | None,
    include: bool,
) -> None:
    path = folder / "people.csv"
    lines = ["Known as,Surname,Phone,Email,OK to contact"]
    lines += [",".join(f'"{cell}"' for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = preview_people(shared_store, read_table(path))
    wanted = preview.to_import(include)
    before = _people(shared_store)

    def progress(done: int, total: int) -> None:
        assert 0 < done <= total == len(wanted)
        if stop_after is not None and done >= stop_after:
            raise Stop  # as a cancel would

    monkeypatch.setattr(people_import, "CHUNK", 2)
    stopped = stop_after is not None and len(wanted) >= stop_after
    try:
        summary = import_people(
            shared_store, preview, today=TODAY, include_duplicates=include, progress=progress
        )
    except Stop:
        assert stopped
        assert _people(shared_store) == before
        return
    assert not stopped
    assert _people(shared_store) == before + len(wanted) == before + summary.imported
    for summary_line in summary.lines():
        assert summary_line.endswith(".")
    # Whatever was imported, no contact detail is held without the consent that covers it.
    attention = consent.needing_attention(shared_store, today=TODAY)
    assert all(not person.contact_without_consent for person in attention)


def _people(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0
