"""The funder report as a PDF, read back: the figures, the charts, hidden numbers kept hidden,
nobody named, large print and Letter paper."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import os
import re
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, Rect, String  # type: ignore[import-untyped]
from reportlab.graphics.widgetbase import Widget  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether  # type: ignore[import-untyped]

from peerdesk.core import attendance, groups, people, schedule
from peerdesk.core.errors import StorageError
from peerdesk.core.funder_report import FunderReport, funder_report
from peerdesk.core.storage import Store
from peerdesk.printing.funder_report import (
    build_funder_report,
    build_funder_report_pdf,
    write_funder_report_pdf,
)
from peerdesk.printing.theme import Theme

YEAR = (dt.date(2025, 12, 1), dt.date(2026, 11, 22))


def _text(pdf: bytes) -> str:
    """All the text, with line breaks and runs of spaces made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)).strip()


def _has_word(text: str, word: str) -> bool:
    """``word`` standing on its own (not inside a longer word or number), case as given."""
    return re.search(rf"(?<![\w,.]){re.escape(word)}(?![\w,]|\.\d)", text) is not None


def _font_sizes(pdf: bytes) -> list[float]:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * tm[0])

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def _year_report(store: Store, today: dt.date) -> FunderReport:
    every = [g.id for g in groups.list_groups(store, today=today, include_archived=True)]
    return funder_report(store, every, *YEAR, today=today)


def _tiny_report(store: Store, today: dt.date, *, threshold: int = 5) -> FunderReport:
    """Three named people at four sessions and a headcount of two: 12 named attendances, which
    would give the small headcount away, so they are "not shown"."""
    saved = groups.create_group(
        store,
        groups.GroupInput(
            name="Small Group",
            rrule="FREQ=WEEKLY;BYDAY=MO",
            start_date=today - dt.timedelta(days=70),
            start_time=dt.time(18),
        ),
        today=today - dt.timedelta(days=70),
    )
    group_id = saved.group.id
    ids = [
        people.create_person(store, people.PersonInput(preferred_name=name)).id
        for name in ("Ann", "Ben", "Cat")
    ]
    past = [
        m
        for m in schedule.list_meetings(store, group_id=group_id)
        if m.date <= today and not m.is_cancelled
    ]
    for meeting in past[:4]:
        for person_id in ids:
            attendance.mark(store, meeting.id, person_id, "present")
    attendance.set_headcount(store, past[0].id, 2)
    return funder_report(
        store, [group_id], today - dt.timedelta(days=70), today, today=today, threshold=threshold
    )


def _drawings(story: list[Flowable]) -> Iterator[Drawing]:
    for flowable in story:
        if isinstance(flowable, Drawing):
            yield flowable
        elif isinstance(flowable, KeepTogether):
            yield from _drawings(flowable._content)


def _shapes(node: object) -> Iterator[object]:
    """Every shape a drawing puts on paper, the charts' own widgets drawn out."""
    if isinstance(node, Widget):
        node = node.draw()
    if isinstance(node, Group):
        for child in node.contents:
            yield from _shapes(child)
    else:
        yield node


def _bars(drawing: Drawing) -> list[float]:
    """The heights of the filled bars, left to right."""
    bars = [
        s
        for s in _shapes(drawing)
        if isinstance(s, Rect) and s.fillColor is not None and s.height > 0.01
    ]
    return [bar.height for bar in sorted(bars, key=lambda bar: bar.x)]


def _words_in(drawing: Drawing) -> list[str]:
    return [s.text for s in _shapes(drawing) if isinstance(s, String)]


def test_the_demo_report_shows_its_figures_charts_and_groups(
    demo_store: Store, today: dt.date
) -> None:
    report = _year_report(demo_store, today)
    pdf = build_funder_report_pdf(report, printed=today)
    text = _text(pdf)
    assert text.startswith("Activity report")
    assert report.title in text
    assert "1 December 2025 to 22 November 2026" in text
    assert "Printed 23 November 2026" in text
    headline = [
        f"{report.sessions_held:,}",
        f"{report.sessions_cancelled:,}",
        report.average_per_session,
        f"{report.facilitator_hours:,.1f}".removesuffix(".0"),
        report.total_attendances.text,
        report.named_attendances.text,
        report.anonymous_attendances.text,
        report.unique_people.text,
        report.new_people.text,
        report.returning_people.text,
    ]
    for figure in headline:
        assert _has_word(text, figure), figure
    for label in ("Sessions held", "Total attendances", "Different people", "Facilitator hours"):
        assert label in text
    # The charts: every month of the period under the bars, the year at its first month.
    assert "Attendances each month" in text and "Sessions held each month" in text
    assert "Dec 2025" in text and "Jan 2026" in text
    for month in ("Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"):
        assert _has_word(text, month), month
    # A line per group, with its figures.
    for line in report.groups:
        assert line.group_name in text
        row = f"{line.group_name} {line.sessions_held} {line.sessions_cancelled}"
        assert row in text, row
    assert "About these figures" in text
    assert "Different people counts named people only" in text


def test_the_charts_draw_each_month_to_scale(demo_store: Store, today: dt.date) -> None:
    report = _year_report(demo_store, today)
    story = build_funder_report(report, Theme.for_print("A4"), printed=today)
    attendances, sessions = list(_drawings(story))
    values = [m.attendances.cell.value for m in report.months]
    assert not any(m.attendances.cell.hidden for m in report.months)
    heights = _bars(attendances)
    assert len(heights) == len(values) == 12
    # Heights are in proportion to the figures, which stand above the bars.
    ratios = [h / v for h, v in zip(heights, values, strict=True)]
    assert max(ratios) - min(ratios) < 1e-6
    assert {f"{v:,}" for v in values} <= set(_words_in(attendances))
    assert len(_bars(sessions)) == 12
    assert "Attendances" in _words_in(attendances)  # the axis says what it counts


def test_a_tiny_group_shows_words_where_numbers_would_give_people_away(
    store: Store, today: dt.date
) -> None:
    report = _tiny_report(store, today)
    assert report.named_attendances.cell.value == 12 and report.named_attendances.cell.hidden
    text = _text(build_funder_report_pdf(report, printed=today))
    assert "fewer than 5" in text and "not shown" in text
    # Named attendances are 12: printed nowhere (no axis, date or figure happens to be 12).
    assert not _has_word(text, "12")
    assert "Some numbers in this report are hidden" in text
    assert "Numbers from 1 to 4 are shown as “fewer than 5”" in text
    assert "Nobody can be identified from this report." in text
    assert "Small Group" in text


def test_a_hidden_month_has_no_bar_and_says_why(store: Store, today: dt.date) -> None:
    report = _tiny_report(store, today)
    september, october, november = report.months
    assert september.attendances.text == "not shown" and september.attendances.cell.value == 11
    assert october.attendances.text == "fewer than 5" and october.attendances.cell.value == 3
    assert november.attendances.cell.value == 0
    story = build_funder_report(report, Theme.for_print("A4"), printed=today)
    attendances = next(_drawings(story))
    assert _bars(attendances) == []  # two hidden months and an empty one: nothing has a height
    words = _words_in(attendances)
    assert "not shown" in words
    assert "fewer than 5" in words or {"fewer", "than 5"} <= set(words)
    assert "11" not in words and "3" not in words
    assert {"Sep", "2026", "Oct", "Nov"} <= set(words)


def test_with_nothing_hidden_the_rule_is_still_explained(store: Store, today: dt.date) -> None:
    report = _tiny_report(store, today, threshold=2)
    assert not report.hidden_any
    text = _text(build_funder_report_pdf(report, printed=today))
    assert "The number 1 is shown as “fewer than 2”" in text
    assert "No number in this report needed hiding." in text
    assert "Some numbers in this report are hidden" not in text
    assert _has_word(text, "12")  # shown now that nothing it could reveal is small


def test_nobody_is_named_anywhere_in_the_report(demo_store: Store, today: dt.date) -> None:
    report = _year_report(demo_store, today)
    pdf = build_funder_report_pdf(report, printed=today)
    reader = PdfReader(io.BytesIO(pdf))
    text = _text(pdf) + " " + " ".join(str(v) for v in (reader.metadata or {}).values())
    # Words the report prints for its own reasons, should a name ever be one of them.
    own = {*calendar.month_name, *calendar.month_abbr, *" ".join(report.group_names).split()}
    everyone = people.list_people(demo_store, include_archived=True)
    assert len(everyone) > 20
    words = {
        word.strip(".")
        for person in everyone
        for word in f"{person.preferred_name} {person.full_name or ''}".split()
    }
    names = sorted(w for w in words if len(w) > 1 and w not in own)
    assert "Priya" in names
    assert [name for name in names if _has_word(text, name)] == []


def test_large_print_is_larger_and_letter_is_letter_sized(
    demo_store: Store, today: dt.date
) -> None:
    report = _year_report(demo_store, today)
    normal = build_funder_report_pdf(report, printed=today)
    large = build_funder_report_pdf(report, large_print=True, printed=today)
    letter = build_funder_report_pdf(report, paper="Letter", printed=today)
    assert statistics.median(_font_sizes(large)) > statistics.median(_font_sizes(normal)) * 1.25
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(normal)).pages)
    for page in PdfReader(io.BytesIO(letter)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    a4 = PdfReader(io.BytesIO(normal)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    for pdf in (large, letter):
        assert report.total_attendances.text in _text(pdf)


def test_a_period_with_no_sessions_says_so(store: Store, today: dt.date) -> None:
    report = _tiny_report(store, today)
    (group,) = groups.list_groups(store, today=today)
    later = funder_report(
        store,
        [group.id],
        today + dt.timedelta(days=400),
        today + dt.timedelta(days=430),
        today=today,
    )
    assert later.sessions_held == 0 and report.sessions_held > 0
    story = build_funder_report(later, Theme.for_print("A4"), printed=today)
    assert list(_drawings(story)) == []
    text = _text(build_funder_report_pdf(later, printed=today))
    assert "No sessions were held in this period, so there is nothing to chart." in text
    assert "no sessions held" in text


def test_a_higher_threshold_is_in_the_wording(store: Store, today: dt.date) -> None:
    text = _text(build_funder_report_pdf(_tiny_report(store, today, threshold=10)))
    assert "Numbers from 1 to 9 are shown as “fewer than 10”" in text
    assert "fewer than 10" in text and "fewer than 5" not in text


def test_writing_saves_a_whole_owner_only_file(
    store: Store, today: dt.date, tmp_path: Path
) -> None:
    report = _tiny_report(store, today)
    target = tmp_path / "report.pdf"
    assert write_funder_report_pdf(target, report, paper="Letter") == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert f"Printed {dt.date.today().day} {dt.date.today():%B %Y}" in _text(data)
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    with pytest.raises(StorageError, match="does not exist"):
        write_funder_report_pdf(tmp_path / "missing" / "report.pdf", report)
