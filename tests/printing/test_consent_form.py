"""The printed consent form, read back from real PDFs."""

from __future__ import annotations

import datetime as dt
import io
import re
import statistics
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, KeepTogether, Table  # type: ignore[import-untyped]

from peerdesk.cli import main
from peerdesk.core import consent, people
from peerdesk.core.errors import NotFoundError, StorageError, ValidationError
from peerdesk.core.people import find_person
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.consent import consent_form_data, write_consent_form
from peerdesk.printing.render import render_pdf
from peerdesk.printing.sheets.consent_form import (
    ConsentFormData,
    TickBox,
    build_consent_form,
)
from peerdesk.printing.theme import HELVETICA, Theme, find_fonts

GROUP = "Hearing Voices Group"


def _flat(text: str) -> str:
    """Text as read back, with line breaks and runs of spaces made single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def _text(pdf: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return _flat(" ".join(page.extract_text() for page in reader.pages))


def _pdf(data: ConsentFormData, **options: object) -> bytes:
    buffer = io.BytesIO()
    write_consent_form(data, buffer, **options)  # type: ignore[arg-type]
    return buffer.getvalue()


def _median_font_size(pdf: bytes) -> float:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * tm[0])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return statistics.median(sizes)


@pytest.fixture
def blank(demo_store: Store, today: dt.date) -> ConsentFormData:
    return consent_form_data(demo_store, group=GROUP.lower(), today=today)


def test_blank_form_has_the_wording_every_purpose_and_the_footer(
    blank: ConsentFormData,
) -> None:
    pdf = _pdf(blank)
    reader = PdfReader(io.BytesIO(pdf))
    text = _text(pdf)
    assert len(reader.pages) <= 2
    assert blank.version.title in text
    assert GROUP in text
    for purpose in blank.version.purposes:
        assert _flat(purpose.label) in text
    assert "Changing your mind" in text
    assert "you do not have to explain" in text
    assert "we delete your number that day" in text
    assert "Please tick what you agree to" in text
    assert "Your chosen name" in text and "Signature" in text and "Date" in text
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        footer = _flat(page.extract_text())
        assert "version 1" in footer
        assert f"page {number} of {pages}" in footer
        assert "Paper form reference" in footer
    assert reader.metadata is not None
    assert reader.metadata.title == blank.version.title
    assert reader.metadata.author == "peerdesk"


def test_large_print_is_larger_and_still_short(blank: ConsentFormData) -> None:
    normal, large = _pdf(blank), _pdf(blank, large_print=True)
    assert _median_font_size(large) >= _median_font_size(normal) * 1.3
    assert len(PdfReader(io.BytesIO(large)).pages) <= 4
    assert _flat("you do not have to explain") in _text(large)


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_paper_size(blank: ConsentFormData, paper: str, size: tuple[int, int]) -> None:
    for large_print in (False, True):
        reader = PdfReader(io.BytesIO(_pdf(blank, paper=paper, large_print=large_print)))
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_the_standard_fonts_work_too(blank: ConsentFormData) -> None:
    """Where DejaVu Sans is missing, Helvetica prints curly quotes and dashes just as well."""
    buffer = io.BytesIO()
    render_pdf(
        lambda theme: build_consent_form(blank, theme),
        Theme.normal(fonts=HELVETICA),
        buffer,
        title="test",
    )
    text = _text(buffer.getvalue())
    assert "group's own computer" in text and "Changing your mind" in text


# -- the pre-filled copy -----------------------------------------------------------------------
@pytest.fixture
def jo(demo_store: Store, today: dt.date) -> int:
    """Someone with one answer of each kind: yes, no, taken back, out of date and never asked."""
    person = people.create_person(demo_store, people.PersonInput("Jo", full_name="Jo Marsh"))
    version = consent.ensure_default_form(demo_store)
    old = dt.date(2025, 7, 10)  # more than the twelve months a grant lasts
    consent.record(
        demo_store,
        consent.Answer(person.id, {"photographs": True}, decided_on=old),
        version.id,
        today=today,
    )
    consent.record(
        demo_store,
        consent.Answer(
            person.id,
            {
                "take_part": True,
                "keep_records": True,
                "contact_phone": True,
                "contact_email": False,
            },
            decided_on=today,
        ),
        version.id,
        today=today,
    )
    consent.withdraw(demo_store, person.id, ["contact_phone"], on=today, today=today)
    return person.id


EXPECTED = {
    "take_part": "Agreed on 23 November 2026",
    "keep_records": "Agreed on 23 November 2026",
    "contact_phone": "Took this back on 23 November 2026",
    "contact_text": "Not asked yet",
    "contact_email": "Said no on 23 November 2026",
    "photographs": "Out of date agreed on 10 July 2025",
    "anonymised_figures": "Not asked yet",
}


def test_prefilled_copy_shows_the_name_and_an_honest_answer_per_purpose(
    demo_store: Store, today: dt.date, jo: int
) -> None:
    data = consent_form_data(demo_store, group=GROUP, person="jo", today=today)
    assert data.person is not None and data.person.preferred_name == "Jo"
    pdf = _pdf(data)
    text = _text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2
    assert "Hello, Jo." in text
    assert re.search(r"Your chosen name\s+Jo\b", text)
    labels = {p.key: _flat(p.label) for p in data.version.purposes}
    for key, status in EXPECTED.items():
        after = text.split(labels[key], 1)[1].lstrip()
        assert after.startswith(status), (key, after[:60])
    # Only what still stands is ticked.
    ticked = [box.ticked for box in _tick_boxes(build_consent_form(data, Theme.normal()))]
    assert ticked == [EXPECTED[p.key].startswith("Agreed") for p in data.version.purposes]
    assert not any(
        box.ticked
        for box in _tick_boxes(
            build_consent_form(
                consent_form_data(demo_store, group=GROUP, today=today), Theme.normal()
            )
        )
    )


def test_prefilled_large_print_says_the_same(demo_store: Store, today: dt.date, jo: int) -> None:
    data = consent_form_data(demo_store, group=GROUP, person="Jo Marsh", today=today)
    pdf = _pdf(data, large_print=True)
    text = _text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 4
    assert "Our records: Took this back on 23 November 2026" in text
    assert "Our records: Out of date: agreed on 10 July 2025" in text


def _tick_boxes(story: list[Flowable]) -> Iterator[TickBox]:
    for flowable in story:
        if isinstance(flowable, TickBox):
            yield flowable
        elif isinstance(flowable, KeepTogether):
            yield from _tick_boxes(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    yield from _tick_boxes(list(cell) if isinstance(cell, list | tuple) else [cell])


def test_finding_a_person_by_name(demo_store: Store, today: dt.date) -> None:
    assert find_person(demo_store, "  ADA ").preferred_name == "Ada"
    people.create_person(demo_store, people.PersonInput("Wren", full_name="Wren Kaur"))
    people.create_person(demo_store, people.PersonInput("wren", full_name="Wren Kowalski"))
    with pytest.raises(ValidationError, match=r"2 people are called “Wren”.*full name"):
        find_person(demo_store, "Wren")
    assert find_person(demo_store, "wren kowalski").full_name == "Wren Kowalski"
    with pytest.raises(NotFoundError, match="nobody called “Zed”"):
        find_person(demo_store, "Zed")


# -- writing files ---------------------------------------------------------------------------
def test_written_atomically_and_unwritable_paths_are_explained(
    blank: ConsentFormData, tmp_path: Path
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    target = folder / "form.pdf"
    target.write_bytes(b"old")
    pages = write_consent_form(blank, target)
    assert pages == len(PdfReader(target).pages)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["form.pdf"]  # no temporary file left
    with pytest.raises(StorageError, match="does not exist"):
        write_consent_form(blank, folder / "missing" / "form.pdf")
    with pytest.raises(StorageError, match="is a folder"):
        write_consent_form(blank, folder)


# -- the command line --------------------------------------------------------------------------
@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--database", db]) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize("order", ["before", "after"])
def test_cli_writes_a_blank_form(
    demo_db: str, tmp_path: Path, order: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "blank.pdf"
    command = ["consent-form", "--group", "hearing voices group", "-o", str(out)]
    args = (
        ["--database", demo_db, *command]
        if order == "before"
        else [*command, "--database", demo_db]
    )
    assert main(args) == 0
    assert "blank" in capsys.readouterr().out
    text = _text(out)
    assert GROUP in text and "Changing your mind" in text


def test_cli_prefilled_large_letter(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ada.pdf"
    args = [
        "consent-form",
        "--database",
        demo_db,
        "--group",
        GROUP,
        "--person",
        "ada",
        "--large-print",
        "--paper",
        "Letter",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    assert "pre-filled for Ada" in capsys.readouterr().out
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Hello, Ada." in _text(out)


def test_cli_says_when_a_name_is_shared(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(Path(demo_db)) as store:
        people.create_person(store, people.PersonInput("Wren", full_name="Wren K."))
        people.create_person(store, people.PersonInput("Wren", full_name="Wren Lee"))
    out = tmp_path / "sam.pdf"
    base = ["consent-form", "--database", demo_db, "--group", GROUP, "-o", str(out)]
    assert main([*base, "--person", "Wren"]) == 1
    err = capsys.readouterr().err
    assert "2 people are called “Wren”" in err and "full name" in err
    assert not out.exists()
    assert main([*base, "--person", "Wren K."]) == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--group", "No Such Group"], "There is no group called “No Such Group”"),
        (["--group", GROUP, "--person", "Nobody"], "nobody called “Nobody”"),
    ],
)
def test_cli_errors_are_one_readable_line(
    demo_db: str,
    tmp_path: Path,
    extra: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["consent-form", "--database", demo_db, *extra, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("peerdesk: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_cli_unwritable_path_in_a_real_process(demo_db: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "peerdesk",
            "consent-form",
            "--database",
            demo_db,
            "--group",
            GROUP,
            "-o",
            str(tmp_path / "no" / "such" / "folder.pdf"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Cannot save" in done.stderr and "does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_wording_headings_and_line_breaks(blank: ConsentFormData) -> None:
    version = replace(
        blank.version,
        wording="Intro line one\nline two\n\n## A heading\nIts text & more\n\n## Last",
    )
    text = _text(_pdf(replace(blank, version=version)))
    assert "Intro line one line two A heading Its text & more Last" in text


def test_fonts_fall_back_to_helvetica(tmp_path: Path) -> None:
    assert find_fonts((tmp_path,)) == HELVETICA
