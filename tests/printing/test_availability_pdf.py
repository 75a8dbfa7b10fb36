"""The printed availability form, read back from real PDFs built from a real database: a sheet per
facilitator with their dates and three boxes to tick on each, and a blank sheet for someone new."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core import groups, people, rota_service
from peerdesk.core.availability import (
    AvailabilityForm,
    AvailabilityPage,
    availability_form,
    next_quarter,
)
from peerdesk.core.demo import populate
from peerdesk.core.rota_service import FacilitatorInput
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.availability import build_availability_pdf, write_availability_pdf

TODAY = dt.date(2026, 11, 23)  # as in conftest
A4, LETTER = (595, 842), (612, 792)
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE = re.compile(rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{{1,2}} (?:{MONTHS})\b")
BLANK = "for someone new"


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> AvailabilityForm:
    """The next quarter's form for all the demo's groups, made once: the tests only read it."""
    with closing(open_store(tmp_path_factory.mktemp("form") / "peerdesk.sqlite3")) as demo:
        populate(demo, size="small", seed=1, today=TODAY)
        ids = [g.id for g in groups.list_groups(demo, today=TODAY)]
        made = availability_form(demo, ids, *next_quarter(TODAY))
    assert len(made.pages) == 12  # the demo's eleven facilitators and the blank page
    return made


def _dates(page: AvailabilityPage) -> Counter[str]:
    return Counter(f"{d.day:%a} {d.day.day} {d.day:%b}" for d in page.dates)


class Sheet:
    """One sheet of the PDF: its pages' text and how many tick boxes they draw."""

    def __init__(self, who: str) -> None:
        self.who = who
        self.pages: list[str] = []
        self.boxes = 0

    @property
    def text(self) -> str:
        return " ".join(self.pages)


def _sheets(pdf: bytes) -> list[Sheet]:
    """The sheets in order, told apart by the name in each page's footer."""
    sheets: list[Sheet] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = " ".join(page.extract_text().replace("\xa0", " ").split())
        who = re.search(r"Availability form · (.+?) page (\d+) of", text)
        assert who, text[-200:]
        if who.group(2) == "1":
            sheets.append(Sheet(who.group(1)))
        sheets[-1].pages.append(text)
        # A tick box is an outlined square; the table's shading is filled, never outlined.
        sheets[-1].boxes += page.get_contents().get_data().count(b" re S")
    return sheets


def _check(form: AvailabilityForm, pdf: bytes) -> list[Sheet]:
    """Every page of the form is there, in order, with its name, its groups, each of its dates
    once with three boxes, and what the person offers now."""
    sheets = _sheets(pdf)
    assert [s.who for s in sheets] == [p.name or BLANK for p in form.pages]
    for page, sheet in zip(form.pages, sheets, strict=True):
        assert Counter(DATE.findall(sheet.text)) == _dates(page), page.name
        assert sheet.boxes == 3 * len(page.dates)
        for group in page.group_names:
            assert group in sheet.pages[0]
        for number, text in enumerate(sheet.pages):
            # The name at the top of every page (on a line of its own for the blank sheet).
            assert (
                re.search(rf"\bName {re.escape(page.name)}", text) if page.name else "Name" in text
            )
            assert ("More dates" in text) == (number > 0)
            assert ("Dates I'm away" in text) == (number == len(sheet.pages) - 1)
        assert "How many sessions a month can you offer?" in sheet.pages[0]
        offer = page.sessions_per_month
        hint = re.search(r"At the moment: (none|\d+ a month)", sheet.text)
        if offer is None:
            assert hint is None
        else:
            assert hint and hint.group(1) == (f"{offer} a month" if offer else "none")
    return sheets


def _sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def test_a_sheet_per_facilitator_with_their_own_dates(form: AvailabilityForm) -> None:
    pdf = build_availability_pdf(form)
    assert set(_sizes(pdf)) == {A4}
    sheets = _check(form, pdf)
    # In normal print every facilitator of the demo fits one side of paper.
    assert all(len(s.pages) == 1 for s in sheets if s.who != BLANK)


def test_the_blank_sheet_asks_about_every_session(form: AvailabilityForm) -> None:
    blank = form.pages[-1]
    assert blank.person_id is None and blank.name == ""
    sheet = _sheets(build_availability_pdf(form))[-1]
    assert sheet.who == BLANK
    assert sum(_dates(blank).values()) == len({d.meeting_id for p in form.pages for d in p.dates})
    names = {p.name for p in form.pages if p.name}
    assert not [name for name in names if re.search(rf"\b{name}\b", sheet.text)]
    assert "Name Please tick" in sheet.pages[0]  # nothing written on the name's line


def test_letter_paper(form: AvailabilityForm) -> None:
    pdf = build_availability_pdf(form, paper="Letter")
    assert set(_sizes(pdf)) == {LETTER}
    _check(form, pdf)


def _date_sizes(pdf: bytes) -> list[float]:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if DATE.fullmatch(text.strip()):
            sizes.append(size)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_large_print_is_larger_and_repeats_the_name_on_each_page(form: AvailabilityForm) -> None:
    normal = build_availability_pdf(form)
    large = build_availability_pdf(form, large_print=True)
    assert min(_date_sizes(large)) > max(_date_sizes(normal))
    assert len(_sizes(large)) > len(_sizes(normal))
    sheets = _check(form, large)
    assert any(len(s.pages) > 1 for s in sheets)


def test_many_dates_go_on_over_pages_with_the_name_on_each(store: Store) -> None:
    """Someone in seven groups, one for each day of the week: some ninety dates a quarter."""
    ids = []
    for number, day in enumerate(("MO", "TU", "WE", "TH", "FR", "SA", "SU")):
        saved = groups.create_group(
            store,
            groups.GroupInput(
                name=f"Group {number + 1}",
                rrule=f"FREQ=WEEKLY;BYDAY={day}",
                start_date=TODAY,
                start_time=dt.time(18, 0),
            ),
            today=TODAY,
        )
        ids.append(saved.group.id)
    person = people.create_person(store, people.PersonInput(preferred_name="Jo")).id
    rota_service.set_facilitator(store, FacilitatorInput(person, frozenset(ids)))
    made = availability_form(store, ids, *next_quarter(TODAY), blank_page=False)
    assert [len(p.dates) for p in made.pages] == [90]
    for large_print in (False, True):
        sheets = _check(made, build_availability_pdf(made, large_print=large_print))
        assert len(sheets[0].pages) >= (3 if large_print else 2)


def test_the_file_is_written(form: AvailabilityForm, tmp_path: Path) -> None:
    target = tmp_path / "availability.pdf"
    assert write_availability_pdf(target, form, paper="Letter") == target
    assert [s.who for s in _sheets(target.read_bytes())][-1] == BLANK
