"""The printed session pack, read back from real PDFs. Pack data is made by hand: no database."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import statistics
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from peerdesk.core.consent import Purpose, VersionRow
from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.pack_data import SECTIONS, Handout, PackData, PlanItem, SupportLine
from peerdesk.core.packs import builtin_handouts
from peerdesk.core.schedule import MeetingRow
from peerdesk.core.venues import VenueRow
from peerdesk.printing.pack import PackResult, build_pack, build_pack_bytes
from peerdesk.printing.theme import Theme, find_fonts, font_folders
from peerdesk.resources import resource_path, resources_root

GROUP = "Thursday Peer Circle"
DATE = "Thursday 3 December 2026"
FOOTERS = {  # what each section's footer says, to find its pages
    "cover": "Facilitator cover sheet",
    "plan": "Session plan",
    "agreement": "Group agreement",
    "sign_in": "Sign-in sheet",
    "consent_forms": "Your information and this group · version 1",
    "handouts": "Handout: yours to keep.",
    "signposting": "Support lines",
    "feedback": "Feedback form",
    "debrief": "Facilitator debrief",
}


def _consent_version() -> VersionRow:
    form = json.loads(resource_path("templates", "consent-form.json").read_text("utf-8"))
    return VersionRow(
        id=1,
        form_id=1,
        form_name=form["form_name"],
        number=1,
        title=form["title"],
        wording=form["wording"],
        review_months=12,
        purposes=tuple(Purpose(p["key"], p["label"]) for p in form["purposes"]),
        in_use=True,
    )


def _support_lines() -> tuple[SupportLine, ...]:
    lines = json.loads(resource_path("templates", "signposting.json").read_text("utf-8"))
    return tuple(
        SupportLine(
            line["name"], line["contact"], line["hours"], line["description"], line["source"]
        )
        for line in lines["lines"]
    )


def sample(**changes: object) -> PackData:
    meeting = MeetingRow(
        id=7,
        group_id=3,
        group_name=GROUP,
        date=dt.date(2026, 12, 3),
        start_time=dt.time(18, 30),
        duration_minutes=120,
        venue_id=2,
        venue_name="Riverside Community Centre",
        status="scheduled",
        cancel_reason="",
        note="",
        is_one_off=False,
        is_moved=False,
    )
    venue = VenueRow(
        id=2,
        name="Riverside Community Centre",
        address="2 Mill Street, Eastbridge EB1 2AB",
        step_free=True,
        hearing_loop=False,
        accessible_toilet=True,
        transport="Bus 7 stops outside.",
        access_notes="Ramp at the side door; ring the bell.",
        archived=False,
    )
    plan = json.loads(resource_path("templates", "session-plan.json").read_text("utf-8"))
    data = PackData(
        meeting=meeting,
        group_name=GROUP,
        venue=venue,
        headcount_only=False,
        facilitators=("Morgan", "Priya"),
        contacts="Priya (organiser) 07700 900111",
        what_to_bring=plan["what_to_bring"],
        plan=tuple(PlanItem(**item) for item in plan["items"]),
        agreement=resource_path("templates", "group-agreement.txt").read_text("utf-8"),
        sign_in_names=(),
        consent=_consent_version(),
        consent_copies=2,
        handouts=(next(iter(builtin_handouts().values())),),
        support_lines=_support_lines(),
        support_checked_on=dt.date(2026, 11, 23),
        support_note="Check the numbers before relying on them.",
        sections=SECTIONS,
        facilitator_copies=2,
        participant_copies=3,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pages(pdf: bytes) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _build(data: PackData, theme: Theme | None = None) -> tuple[list[str], PackResult, bytes]:
    pdf, result = build_pack_bytes(data, theme or Theme.normal())
    pages = _pages(pdf)
    assert len(pages) == result.pages
    return pages, result, pdf


def _one_page_pdf(words: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, words)
    canvas.save()
    return buffer.getvalue()


def _section_pages(pages: list[str], result: PackResult) -> dict[str, list[str]]:
    starts = [part.first_page for part in result.sections] + [len(pages) + 1]
    return {
        part.section: pages[start - 1 : end - 1]
        for part, start, end in zip(result.sections, starts, starts[1:], strict=False)
    }


# -- order, copies, footers ----------------------------------------------------------------------
def test_every_section_in_order_with_its_copies() -> None:
    data = sample()
    pages, result, _ = _build(data)
    assert [part.section for part in result.sections] == list(SECTIONS)
    copies = {part.section: part.copies for part in result.sections}
    assert copies == {
        "cover": 2,
        "plan": 2,
        "agreement": 3,
        "sign_in": 1,
        "consent_forms": 2,
        "handouts": 3,
        "signposting": 3,
        "feedback": 3,
        "debrief": 2,
    }
    assert result.sections[0].first_page == 1
    assert result.problems == ()
    by_section = _section_pages(pages, result)
    for section, its_pages in by_section.items():
        # Every page of a section carries its footer, and each copy starts at "page 1 of".
        assert all(FOOTERS[section] in page for page in its_pages), section
        assert sum("page 1 of" in page for page in its_pages) == copies[section], section
        assert len(its_pages) % copies[section] == 0
    # Two facilitators: the cover twice, on its own page each time.
    cover = by_section["cover"]
    assert len(cover) == 2 and cover[0] == cover[1]
    assert "Morgan, Priya" in cover[0]
    # Section titles appear in the order the sections were asked for.
    titles = [
        "Facilitator cover sheet",
        "Session plan",
        "Our group agreement",
        "Sign-in sheet",
        "Your information and this group",
        data.handouts[0].title,
        "Support lines",
        "How was today?",
        "Facilitator debrief",
    ]
    text = " ".join(pages)
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)


def test_every_page_says_which_session_and_which_page() -> None:
    pages, _, _ = _build(sample())
    for page in pages:
        assert GROUP in page and DATE in page
        assert re.search(r"page \d+ of \d+", page)


def test_a_switched_off_section_is_left_out_and_order_is_kept() -> None:
    sections = ("sign_in", "cover", "agreement")
    pages, result, _ = _build(sample(sections=sections))
    assert tuple(part.section for part in result.sections) == sections
    text = " ".join(pages)
    assert "How was today?" not in text and "Feedback form" not in text
    assert "Session plan" not in text
    assert pages[0].count("Sign-in sheet") >= 1
    assert result.pages == 1 + 2 + 3


def test_sections_with_no_copies_are_left_out() -> None:
    _, result, _ = _build(sample(consent_copies=0, handouts=()))
    assert "consent_forms" not in [p.section for p in result.sections]
    assert "handouts" not in [p.section for p in result.sections]
    with pytest.raises(ValidationError, match="nothing to print"):
        build_pack_bytes(sample(sections=("handouts",), handouts=()), Theme.normal())


def test_the_cover_has_what_facilitators_need() -> None:
    pages, _, _ = _build(sample(facilitator_copies=1))
    cover = pages[0]
    for words in (
        "18:30 to 20:30",
        "Riverside Community Centre",
        "2 Mill Street",
        "Step-free · Accessible toilet",
        "Ramp at the side door",
        "Bus 7 stops outside",
        "Morgan, Priya",
        "Priya (organiser) 07700 900111",
        "spare pens",
        "Running order",
        "18:30 Arrive and welcome",
        "20:25 Close",
    ):
        assert words in cover, words
    assert "What is missing" not in cover


def test_nobody_on_the_rota_leaves_room_to_write_names() -> None:
    pages, _, _ = _build(sample(facilitators=(), facilitator_copies=1))
    assert "Nobody is on the rota for this session yet" in pages[0]


def test_plan_times_run_from_the_start_of_the_session() -> None:
    pages, result, _ = _build(sample(facilitator_copies=1))
    plan = _section_pages(pages, result)["plan"][0]
    for line in (
        "18:30 Arrive and welcome (10 min)",
        "18:40 Group agreement (5 min)",
        "18:45 Check-in round (20 min)",
        "20:25 Close (5 min)",
        "20:30 End",
    ):
        assert line in plan, line
    assert "Read the agreement aloud" in plan
    short = sample(facilitator_copies=1, plan=(PlanItem(15, "Welcome"), PlanItem(60, "Talk")))
    pages, result, _ = _build(short)
    plan = _section_pages(pages, result)["plan"][0]
    assert "18:45 Talk (1 hour)" in plan and "19:45 End" in plan
    assert "adds up to 1 hour 15 min" in plan and "booked for 2 hours" in plan


def test_agreement_is_a_numbered_list_or_a_kind_placeholder() -> None:
    pages, result, _ = _build(sample(participant_copies=1))
    agreement = _section_pages(pages, result)["agreement"][0]
    assert "1 We keep what is said here in the room." in agreement
    assert "9 If someone is worried" in agreement
    pages, result, _ = _build(sample(participant_copies=1, agreement="  \n\n "))
    agreement = _section_pages(pages, result)["agreement"][0]
    assert "has not written its agreement yet" in agreement


# -- the sign-in sheet ---------------------------------------------------------------------------
def test_sign_in_sheet_has_blank_rows_and_never_names_unless_asked() -> None:
    pages, result, _ = _build(sample())
    sheet = _section_pages(pages, result)["sign_in"]
    assert len(sheet) == 1
    assert "First name only" in sheet[0]
    assert "shred it once it has been typed in" in sheet[0]
    assert "Morgan" not in sheet[0] and "Priya" not in sheet[0]  # facilitators' names stay off
    named = sample(sign_in_names=("Ada", "Bea", "Cal"))
    pages, result, _ = _build(named)
    sheet = _section_pages(pages, result)["sign_in"]
    assert "Here Name" in sheet[0]
    assert all(name in sheet[0] for name in ("Ada", "Bea", "Cal"))
    assert "Anyone else First name only" in sheet[0]


def test_headcount_only_groups_get_a_tally_box_and_no_name_rows() -> None:
    data = sample(headcount_only=True, sign_in_names=("Ada", "Bea"))
    pages, result, _ = _build(data)
    sheet = _section_pages(pages, result)["sign_in"]
    assert len(sheet) == 1
    assert "Count people as they arrive" in sheet[0]
    assert "Tally" in sheet[0] and "Total" in sheet[0]
    assert "First name" not in sheet[0] and "Ada" not in sheet[0]
    assert "please do not write names" in sheet[0]


# -- problems and imported handouts --------------------------------------------------------------
def test_a_broken_imported_pdf_is_skipped_and_said() -> None:
    good = Handout("Our leaflet", pdf=_one_page_pdf("Leaflet about the garden"))
    broken = Handout("Broken leaflet", pdf=b"%PDF-1.4 this is not really a pdf")
    locked_writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_one_page_pdf("Secret"))))
    locked_writer.encrypt("password")
    buffer = io.BytesIO()
    locked_writer.write(buffer)
    locked = Handout("Locked leaflet", pdf=buffer.getvalue())
    builtin = next(iter(builtin_handouts().values()))
    data = sample(handouts=(broken, good, locked, builtin), participant_copies=2)
    pages, result, _ = _build(data)
    assert len(result.problems) == 2
    assert "“Broken leaflet” could not be read as a PDF" in result.problems[0]
    assert "“Locked leaflet” is password-protected" in result.problems[1]
    # The cover (both copies) says what is missing.
    cover = _section_pages(pages, result)["cover"]
    for page in cover:
        assert "What is missing from this pack" in page
        assert "Broken leaflet" in page and "Locked leaflet" in page
    handouts = _section_pages(pages, result)["handouts"]
    assert [page for page in handouts if "Leaflet about the garden" in page] == [
        "Leaflet about the garden"
    ] * 2  # merged as it is, once per participant
    assert sum(builtin.title in page for page in handouts) >= 2
    assert "Secret" not in " ".join(pages)
    text = " ".join(pages)
    assert text.index("Leaflet about the garden") < text.index(builtin.title)


def test_known_problems_go_on_a_first_page_when_there_is_no_cover() -> None:
    data = sample(sections=("agreement", "feedback"), problems=("No venue is set.",))
    pages, result, _ = _build(data)
    assert "What is missing from this pack" in pages[0] and "No venue is set." in pages[0]
    assert result.sections[0].section == "agreement" and result.sections[0].first_page == 2
    assert all("What is missing" not in page for page in pages[1:])
    assert result.problems == ("No venue is set.",)


def test_no_consent_form_set_up_is_a_problem_not_a_failure() -> None:
    pages, result, _ = _build(sample(consent=None))
    assert "consent_forms" not in [p.section for p in result.sections]
    assert any("no consent form" in problem for problem in result.problems)
    assert "What is missing from this pack" in pages[0]


# -- paper, print size, fonts --------------------------------------------------------------------
@pytest.mark.parametrize("large_print", [False, True])
def test_letter_paper(large_print: bool) -> None:
    reader = PdfReader(
        io.BytesIO(
            build_pack_bytes(sample(), Theme.for_print("Letter", large_print=large_print))[0]
        )
    )
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def _font_sizes(pdf: bytes) -> Counter[float]:
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes[round(size * tm[0], 1)] += len(text.strip())

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_large_print_is_really_larger() -> None:
    data = sample()
    normal, normal_result = build_pack_bytes(data, Theme.normal())
    large, large_result = build_pack_bytes(data, Theme.large())
    normal_sizes, large_sizes = _font_sizes(normal), _font_sizes(large)
    assert statistics.median(large_sizes.elements()) >= 16
    assert statistics.median(large_sizes.elements()) >= 1.3 * statistics.median(
        normal_sizes.elements()
    )
    assert large_result.pages > normal_result.pages
    assert large_sizes.most_common(1)[0][0] >= 16  # the body text


def test_fonts_come_from_our_own_resources_and_are_embedded() -> None:
    assert font_folders() == (resources_root() / "fonts",)
    assert find_fonts().regular == "DejaVuSans"
    assert (resources_root() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    page = PdfReader(io.BytesIO(build_pack_bytes(sample(), Theme.normal())[0])).pages[0]
    fonts = page["/Resources"]["/Font"]  # type: ignore[index]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert any("DejaVuSans" in name for name in names)


# -- the handouts that ship with peerdesk --------------------------------------------------------
def test_builtin_handouts_print_with_their_headings() -> None:
    handouts = list(builtin_handouts().values())
    assert [h.title for h in handouts] == [
        "Looking after yourself after a session",
        "How this group uses your information",
        "What peer support is (and isn't)",
    ]
    data = sample(handouts=tuple(handouts), participant_copies=1)
    pages, result, _ = _build(data)
    text = " ".join(_section_pages(pages, result)["handouts"])
    assert "##" not in text
    assert "What peer support isn't" in text
    assert "twelve months after your last visit" in text


def test_signposting_says_where_each_line_came_from_and_when_checked() -> None:
    pages, result, _ = _build(sample(participant_copies=1))
    text = " ".join(_section_pages(pages, result)["signposting"])
    assert "Samaritans" in text and "116 123" in text
    assert "Source: samaritans.org" in text
    assert "Last checked on Monday 23 November 2026" in text
    assert "Check the numbers before relying on them." in text


def test_feedback_is_anonymous_and_debrief_is_practical() -> None:
    pages, result, _ = _build(sample(participant_copies=1, facilitator_copies=1))
    sections = _section_pages(pages, result)
    assert "Please do not write your name on this form" in sections["feedback"][0]
    assert "Really good" in sections["feedback"][0]
    debrief = " ".join(sections["debrief"])
    assert "please do not write anything about anyone's health" in debrief
    assert "Looking after ourselves" in debrief


# -- writing the file ----------------------------------------------------------------------------
def test_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old")
    result = build_pack(sample(), Theme.normal(), target)
    assert len(PdfReader(target).pages) == result.pages
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Session pack: {GROUP}, {DATE}"
    with pytest.raises(StorageError, match="does not exist"):
        build_pack(sample(), Theme.normal(), tmp_path / "missing" / "pack.pdf")


def test_an_agreement_typed_one_point_a_line_with_its_own_numbers() -> None:
    typed = "1. Be kind\n2) Phones off\n- Take turns\n"
    pages, result, _ = _build(sample(participant_copies=1, agreement=typed))
    agreement = _section_pages(pages, result)["agreement"][0]
    assert "1 Be kind 2 Phones off 3 Take turns" in agreement


def test_long_names_are_shortened_in_the_header_and_footer_not_overprinted() -> None:
    long_title = "A handout with a very long title indeed " * 4
    name = "The Thursday Evening Peer Support Group for Carers, Friends and Family " * 2
    data = sample(
        sections=("handouts",),
        participant_copies=1,
        group_name=name,
        handouts=(Handout(long_title, text="Hello."),),
    )
    pages, _, _ = _build(data)
    assert "…" in pages[0] and "page 1 of 1" in pages[0] and DATE in pages[0]
