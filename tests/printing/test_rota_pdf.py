"""The printed rota, a calendar per month for a noticeboard, read back from real PDFs built from a
real database (the small demo, and a deliberately crowded one)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from sqlalchemy import select

from peerdesk.core import groups, people, rota_edits, rota_service
from peerdesk.core.demo import populate
from peerdesk.core.errors import StorageError
from peerdesk.core.models import Person
from peerdesk.core.rota_service import FacilitatorInput
from peerdesk.core.rota_view import RotaView, proposal_view, saved_rota
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.rota import build_rota_pdf, write_rota_pdf
from peerdesk.printing.theme import find_fonts

A4_LANDSCAPE = (842, 595)
LETTER_LANDSCAPE = (792, 612)
TODAY = PRINTED = dt.date(2026, 11, 23)  # as in conftest


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn on the page: where it starts, how wide and how large it is."""

    text: str
    x: float
    y: float
    size: float
    width: float


class _Collector:
    """Text runs of one page. A line that changes font part-way reports each piece at the
    line's start, so a piece reported at the same place as the one before follows on from it."""

    def __init__(self) -> None:
        self.fonts = find_fonts()
        self.runs: list[Run] = []
        self.at: tuple[float, float] | None = None

    def visit(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        words = text.strip()
        if not words or not isinstance(font, dict):
            return
        x, y = cm[4] + tm[4], cm[5] + tm[5]
        if self.at == (x, y) and self.runs:
            last = self.runs[-1]
            x = last.x + last.width + stringWidth(" ", self.fonts.regular, size)
        else:
            self.at = (x, y)
        bold = str(font.get("/BaseFont", "")).endswith("-Bold")
        wide = stringWidth(words, self.fonts.bold if bold else self.fonts.regular, size)
        self.runs.append(Run(words, x, y, size, wide))


def _runs(pdf: bytes) -> list[list[Run]]:
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        collector = _Collector()
        page.extract_text(visitor_text=collector.visit)
        pages.append(collector.runs)
    return pages


def _texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _month_of(page: str) -> str:
    found = re.search(
        r"· ((January|February|March|April|May|June|July|August|September|"
        r"October|November|December) \d{4})",
        page,
    )
    assert found, page[:120]
    return found.group(1)


def _all_groups(store: Store, today: dt.date) -> list[int]:
    return [g.id for g in groups.list_groups(store, today=today)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The small demo, made once for the tests that only read it."""
    with closing(open_store(tmp_path_factory.mktemp("rota") / "peerdesk.sqlite3")) as store:
        populate(store, size="small", seed=1, today=TODAY)
        yield store


def _three_months(store: Store) -> RotaView:
    view = saved_rota(store, _all_groups(store, TODAY), TODAY, TODAY + dt.timedelta(91))
    assert len(view.sessions) > 20 and view.facilitator_names()  # the demo fills three months
    return view


@pytest.fixture(scope="module")
def demo_view(demo: Store) -> RotaView:
    return _three_months(demo)


def _overlaps(a: Run, b: Run) -> bool:
    """Whether two pieces of text would print over each other (from baseline to cap height)."""
    return (
        a.x < b.x + b.width - 0.5
        and b.x < a.x + a.width - 0.5
        and a.y - a.size * 0.2 < b.y + b.size * 0.75 - 0.5
        and b.y - b.size * 0.2 < a.y + a.size * 0.75 - 0.5
    )


def _tidy(runs: list[Run], page_size: tuple[float, float]) -> int:
    """Nothing prints over anything else, off the page, or across a column of the calendar.
    Returns how many columns' sides were found."""
    for number, run in enumerate(runs):
        assert run.x >= 0 and run.x + run.width <= page_size[0], run
        assert 0 <= run.y <= page_size[1], run
        clash = [other for other in runs[number + 1 :] if _overlaps(run, other)]
        assert not clash, (run, clash)
    # Each day's number is printed against the right-hand side of its column; nothing in the
    # grid may run past a column's side into the next one.
    weekdays = [r for r in runs if r.text in {"Monday", "Mon", "Sunday", "Sun"}]
    legend = [r for r in runs if r.text.startswith("Where:")]
    assert len(weekdays) == 2 and legend
    top, bottom = weekdays[0].y, legend[0].y
    ends = sorted(r.x + r.width for r in runs if r.text.isdigit() and bottom < r.y < top)
    sides = [end for n, end in enumerate(ends) if not n or end - ends[n - 1] > 1]
    for run in runs:
        if bottom < run.y < top:
            crossed = [s for s in sides if run.x + 1 < s < run.x + run.width - 1]
            assert not crossed, (run, crossed)
    return len(sides)


def test_a_page_per_month_naming_everyone_on_their_sessions(demo_view: RotaView) -> None:
    pdf = build_rota_pdf(demo_view, printed=PRINTED)
    reader = PdfReader(io.BytesIO(pdf))
    assert all(
        (round(p.mediabox.width), round(p.mediabox.height)) == A4_LANDSCAPE for p in reader.pages
    )
    pages = _texts(pdf)
    by_month: dict[str, str] = {}
    for page in pages:
        by_month[_month_of(page)] = by_month.get(_month_of(page), "") + " " + page
    months = sorted({s.day.replace(day=1) for s in demo_view.sessions})
    assert list(by_month) == [f"{m:%B %Y}" for m in months]
    for s in demo_view.sessions:
        month = by_month[f"{s.day:%B %Y}"]
        assert f"{s.start:%H:%M}–{s.end:%H:%M}" in month
        for name in s.names():
            assert name in month, (s.day, name)
    assert "Facilitator rota · printed 23 November 2026" in pages[0]
    assert f"page 1 of {len(pages)}" in pages[0] and f"page {len(pages)} of" in pages[-1]
    for runs in _runs(pdf):
        assert _tidy(runs, A4_LANDSCAPE) == 7


def test_letter_paper_is_landscape_too(demo_view: RotaView) -> None:
    pdf = build_rota_pdf(demo_view, paper="Letter")
    reader = PdfReader(io.BytesIO(pdf))
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages}
    assert sizes == {LETTER_LANDSCAPE}
    for runs in _runs(pdf):
        assert _tidy(runs, LETTER_LANDSCAPE) == 7


def _places_to_fill(pages: list[str]) -> Counter[str]:
    return Counter(re.findall(r"(one|two|three|\d+) places? to fill", " ".join(pages)))


def test_an_empty_place_has_a_line_to_write_a_name_on(demo_store: Store) -> None:
    demo_view = _three_months(demo_store)
    gaps = [s for s in demo_view.sessions if s.missing]
    assert gaps  # the demo leaves a few places empty
    words = {1: "one", 2: "two", 3: "three"}
    expected = Counter(words[s.missing] for s in gaps)
    pages = _texts(build_rota_pdf(demo_view))
    assert _places_to_fill(pages) == expected
    assert "Can you fill a gap?" in " ".join(pages)
    # Someone taken off a full session leaves one more place to fill.
    full = next(s for s in demo_view.sessions if not s.missing and s.facilitators)
    rota_edits.remove_from_session(demo_store, full.meeting_id, full.facilitators[0].person_id)
    after = saved_rota(demo_store, demo_view.group_ids, demo_view.date_from, demo_view.date_to)
    assert _places_to_fill(_texts(build_rota_pdf(after))) == expected + Counter(["one"])


def _sizes(pdf: bytes, names: set[str]) -> dict[str, list[float]]:
    """The type size of each name-bearing run, by the month its page shows."""
    found: dict[str, list[float]] = {}
    for text, runs in zip(_texts(pdf), _runs(pdf), strict=True):
        month = _month_of(text)
        for run in runs:
            if set(run.text.split(" · ")) <= names:
                found.setdefault(month, []).append(run.size)
    return found


def test_large_print_is_larger_in_every_month(demo_view: RotaView) -> None:
    names = set(demo_view.facilitator_names())
    normal_pdf = build_rota_pdf(demo_view)
    large_pdf = build_rota_pdf(demo_view, large_print=True)
    normal, large = _sizes(normal_pdf, names), _sizes(large_pdf, names)
    assert normal.keys() == large.keys() and normal
    for month in normal:
        assert min(large[month]) > max(normal[month]), month
    times = [
        [
            r.size
            for page in _runs(pdf)
            for r in page
            if re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", r.text)
        ]
        for pdf in (normal_pdf, large_pdf)
    ]
    assert min(times[1]) > max(times[0])
    large_text = " ".join(_texts(large_pdf))
    assert all(name in large_text for name in names)
    for runs in _runs(large_pdf):
        _tidy(runs, A4_LANDSCAPE)


def test_only_preferred_names_are_printed(demo: Store, demo_view: RotaView) -> None:
    text = " ".join(_texts(build_rota_pdf(demo_view)))
    on_rota = {f.person_id for s in demo_view.sessions for f in s.facilitators}
    with demo.reading() as session:
        rows = session.scalars(select(Person).where(Person.id.in_(on_rota))).all()
        private = [v for p in rows for v in (p.full_name, p.phone, p.email) if v]
    assert private  # some of the demo facilitators have a surname, phone or email on file
    assert not [value for value in private if value in text]


def _crowded(store: Store, today: dt.date) -> tuple[list[int], dt.date, dt.date]:
    """Six groups meeting every Tuesday, one after another, with nine facilitators."""
    ids = []
    for hour, name in enumerate(
        (
            "Breakfast Club",
            "Morning Circle",
            "Lunch Drop-in",
            "Afternoon Walk",
            "Carers' Space",
            "Evening Listening Group",
        ),
        start=9,
    ):
        saved = groups.create_group(
            store,
            groups.GroupInput(
                name=name,
                rrule="FREQ=WEEKLY;BYDAY=TU",
                start_date=today,
                start_time=dt.time(hour, 0),
                duration_minutes=50,
            ),
            today=today,
        )
        ids.append(saved.group.id)
    for name in ("Ann", "Ben", "Cat", "Dan", "Eve", "Fin", "Gus", "Hal", "Maximiliana"):
        person = people.create_person(store, people.PersonInput(preferred_name=name)).id
        rota_service.set_facilitator(
            store,
            FacilitatorInput(person, frozenset(ids), experienced=True, sessions_per_month=31),
        )
    start = dt.date(2027, 3, 1)
    end = dt.date(2027, 3, 31)
    rota_service.apply(store, rota_service.propose(store, ids, start, end, today=today))
    return ids, start, end


@pytest.mark.parametrize("large_print", [False, True])
def test_a_crowded_month_shrinks_or_goes_on_and_nothing_overlaps(
    store: Store, today: dt.date, large_print: bool
) -> None:
    ids, start, end = _crowded(store, today)
    view = saved_rota(store, ids, start, end)
    assert max(Counter(s.day for s in view.sessions).values()) == 6
    pdf = build_rota_pdf(view, large_print=large_print)
    pages = _texts(pdf)
    text = " ".join(pages)
    for name in view.facilitator_names():
        assert name in text
    for runs in _runs(pdf):
        _tidy(runs, A4_LANDSCAPE)
    # Every session's time is there once: nothing is lost where a day goes on to the next page.
    times = Counter(re.findall(r"\d\d:\d\d–\s?\d\d:\d\d", text))
    assert sum(times.values()) == len(view.sessions)
    assert _places_to_fill(pages).total() == sum(1 for s in view.sessions if s.missing)
    # A day of six sessions leaves room for one week a page (two, a little tighter, in normal
    # print); the month goes on, under its name, on the next pages.
    assert len(pages) > 1 and all("March 2027 (continued)" in page for page in pages[1:])


def test_a_proposal_not_yet_saved_is_marked_as_a_draft(demo: Store) -> None:
    ids = _all_groups(demo, TODAY)
    start = TODAY + dt.timedelta(days=120)
    proposal = rota_service.propose(demo, ids, start, start + dt.timedelta(27), today=TODAY)
    view = proposal_view(demo, proposal)
    assert not view.saved and view.sessions
    pages = _texts(build_rota_pdf(view))
    assert all("Draft rota · " in page for page in pages)
    assert "Facilitator rota · " not in " ".join(pages).replace("Facilitator rota · printed", "")


def test_a_range_without_sessions_says_so(store: Store) -> None:
    view = saved_rota(store, [], dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    pages = _texts(build_rota_pdf(view))
    assert len(pages) == 1
    assert "There are no sessions between" in pages[0]


def test_the_file_is_written_whole_or_not_at_all(demo_view: RotaView, tmp_path: Path) -> None:
    target = tmp_path / "rota.pdf"
    assert write_rota_pdf(target, demo_view, paper="Letter", large_print=True) == target
    reader = PdfReader(target)
    assert (round(reader.pages[0].mediabox.width), round(reader.pages[0].mediabox.height)) == (
        LETTER_LANDSCAPE
    )
    missing = tmp_path / "nowhere" / "rota.pdf"
    with pytest.raises(StorageError, match="does not exist"):
        write_rota_pdf(missing, demo_view)
    assert not missing.parent.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
