"""The printed sheets' own words reach a translator whole; the group's own texts do not.

A stand-in translator wraps every sentence it is given in ⟦brackets⟧. Each kind of printed
document is built from the demo and read back from its PDF: the program's headings, labels and
notes come back inside brackets and nowhere bare, while what comes from the records and from
``resources/`` (names, the consent wording, handouts, the session plan) stays as it was.
"""

from __future__ import annotations

import ast
import calendar
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.core import access, groups, packs, people, schedule, text
from peerdesk.core.availability import availability_form, next_quarter
from peerdesk.core.funder_report import funder_report
from peerdesk.core.pack_data import PackData
from peerdesk.core.rota_view import saved_rota
from peerdesk.core.storage import Store
from peerdesk.printing.access_report import access_report_pdf
from peerdesk.printing.availability import build_availability_pdf
from peerdesk.printing.consent import consent_form_data, write_consent_form
from peerdesk.printing.funder_report import build_funder_report_pdf
from peerdesk.printing.pack import build_pack_bytes
from peerdesk.printing.recovery_sheet import RecoverySheet, write_recovery_sheet
from peerdesk.printing.rota import build_rota_pdf
from peerdesk.printing.theme import Theme

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
PRINTING = Path(__file__).resolve().parents[2] / "peerdesk" / "printing"
CONVERTED = [
    *(PRINTING / name for name in ("blocks.py", "render.py", "pack.py", "consent.py")),
    *(PRINTING / "sheets").glob("*.py"),
    *(PRINTING / name for name in ("rota.py", "rota_month.py", "rota_cells.py")),
    *(PRINTING / name for name in ("availability.py", "funder_report.py", "recovery_sheet.py")),
    *(PRINTING / name for name in ("access_report.py", "access_words.py", "funder_words.py")),
]

# Words each document prints of its own, as the program writes them (markup taken out).
PACK_WORDS = [
    "Facilitator cover sheet",
    "For the facilitators: not a handout.",
    "When",
    "Facilitators",
    "Who to call",
    "What to bring",
    "Running order",
    "Session plan",
    "Notes",
    "End",
    "Our group agreement",
    "Sign-in sheet",
    "First name only",
    "Please keep this sheet safe, and shred it once it has been typed in.",
    "Please tick what you agree to",
    "Your chosen name",
    "Signature",
    "Handout: yours to keep.",
    "Support lines",
    "Who",
    "How to contact",
    "What for",
    "How was today?",
    "Circle one face.",
    "Not great",
    "Really good",
    "Did you feel welcome and listened to?",
    "Not really",
    "Facilitator debrief",
    "People who came",
    "New to the group",
    "Looking after ourselves",
    "Not this time",
    "page 1 of 1",
    "2 hours",
]
NAMED_SIGN_IN_WORDS = ["Here", "Name", "Anyone else"]
TALLY_WORDS = ["Count people as they arrive", "Tally", "Total", "People counted"]
CONSENT_WORDS = [
    "A tick shows something you agreed to that still stands;",
    "Your chosen name",
    "Signature",
    "Date",
    "For the group: keep this form in the consent folder.",
    "Paper form reference: ____________",
]
ROTA_WORDS = ["Can you fill a gap?", "Where:", "Facilitator rota · printed 23 November 2026"]
AVAILABILITY_WORDS = [
    "When can you facilitate?",
    "Name",
    "How many sessions a month can you offer?",
    "Dates I'm away",
    "Anything we should know?",
    "Date",
    "Time",
    "Can do",
    "Maybe",
    "Can't",
    "Availability form · for someone new",
    "Please hand this back to the organiser. Thank you!",
]
RECOVERY_WORDS = [
    "Recovery sheet",
    "Keep this sheet safe",
    "peerdesk recovery key",
    "Database file",
    "Recovery key",
    "What this is for",
    "How to use it",
    "Keeping it safe",
    "Kept by",
]
FUNDER_WORDS = [
    "Activity report",
    "Figures only: nobody is named in this report.",
    "Printed 23 November 2026",
    "Sessions held",
    "Facilitator hours",
    "volunteer time",
    "Total attendances",
    "Different people",
    "Attendances each month",
    "Sessions held each month",
    "Each group",
    "Group",
    "About these figures",
]
ACCESS_WORDS = [
    "Right of access report",
    "Private: about one person. Please keep it somewhere safe.",
    "Everything the group’s records in peerdesk hold about Sam",
    "You asked to see the information our group keeps about you.",
    "Requested on",
    "Preferred name",
    "Not kept",
    "Record number",
    "Your consent today",
    "What you have told us you are happy with",
    "Every consent answer we have recorded",
    "Written down",
    "Sessions",
    "You came to",
    "Came as a facilitator (",
    "As a facilitator",
    "Up to",
    "On the rota",
    "About your information",
    "What we keep, and why",
    "We keep as little as we can",
    "Old backup copies",
    "So that nothing is lost if the computer fails",
    "If you are not happy",
    "The consent wording you answered",
    "The questions on this form",
]


@pytest.fixture
def bracketed() -> Iterator[None]:
    text.install_translator(lambda _context, sentence: OPEN + sentence + CLOSE)
    yield
    text.install_translator(None)


def _flat(pdf: bytes) -> str:
    """The PDF's words on one line: a sentence wrapped over lines reads as it was written."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages)).strip()


def _outside_brackets(line: str) -> str:
    """What is left of ``line`` once every translated sentence (nested too) is taken out."""
    while True:
        shorter = _INNERMOST.sub(" ", line)
        if shorter == line:
            return line
        line = shorter


def _plain(sentence: str) -> str:
    """A sentence as it reads on paper: markup out, the no-break space a space."""
    return re.sub(r"<[^>]+>", "", sentence).replace("&nbsp;", " ").replace("\u00a0", " ")


def _sentences() -> set[str]:
    """Every literal sentence the converted modules give ``translate``, with no field in it."""
    found = set()
    for path in CONVERTED:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
                and "{" not in node.args[1].value
            ):
                found.add(" ".join(_plain(node.args[1].value).split()))
    return found


def _meeting_id(store: Store, today: dt.date) -> int:
    meetings = schedule.list_meetings(store, date_from=today, date_to=today + dt.timedelta(14))
    return meetings[0].id


def _pack_data(store: Store, today: dt.date) -> PackData:
    data = packs.pack_data(store, _meeting_id(store, today), today=today)
    # One copy of each sheet is enough to read its words.
    return replace(data, facilitator_copies=1, participant_copies=1, consent_copies=1)


def _someone(store: Store) -> str:
    """A preferred name nobody else has, for a pre-filled consent form."""
    names = Counter(row.preferred_name for row in people.list_people(store))
    return next(name for name, count in sorted(names.items()) if count == 1)


def _pack(data: PackData) -> bytes:
    return build_pack_bytes(data, Theme.normal())[0]


Document = tuple[bytes, list[str], object]


def _documents(store: Store, today: dt.date) -> dict[str, Document]:
    """Each kind of printed document, with words it should print of its own, and what it was
    made from (whose words are the records', not the program's)."""
    data = _pack_data(store, today)
    every = [g.id for g in groups.list_groups(store, today=today)]
    consent = consent_form_data(store, person=_someone(store), today=today)
    consent_pdf = io.BytesIO()
    write_consent_form(consent, consent_pdf)
    view = saved_rota(store, every, today, today + dt.timedelta(91))
    report = funder_report(store, every, today - dt.timedelta(365), today, today=today)
    named = replace(data, sections=("sign_in",), sign_in_names=("Alex",))
    counted = replace(data, sections=("sign_in", "debrief"), headcount_only=True)
    form = availability_form(store, every, *next_quarter(today))
    sheet = RecoverySheet("ABCD-EFGH-JKLM-NPQR", Path("/data/peerdesk.sqlite3"), today, "Drop-in")
    recovery_pdf = io.BytesIO()
    write_recovery_sheet(sheet, recovery_pdf)
    # Sam facilitates, so every section of the access report is printed.
    about_sam = access.access_report(store, access.find_subject(store, "Sam").id, today=today)
    makers: dict[str, tuple[Callable[[], bytes], list[str], object]] = {
        "pack": (lambda: _pack(data), PACK_WORDS, data),
        "named sign-in": (lambda: _pack(named), NAMED_SIGN_IN_WORDS, named),
        "headcount": (lambda: _pack(counted), TALLY_WORDS, counted),
        "consent form": (consent_pdf.getvalue, CONSENT_WORDS, consent),
        "rota": (lambda: build_rota_pdf(view, printed=today), ROTA_WORDS, view),
        "availability": (lambda: build_availability_pdf(form), AVAILABILITY_WORDS, form),
        "funder report": (
            lambda: build_funder_report_pdf(report, printed=today),
            FUNDER_WORDS,
            report,
        ),
        "recovery sheet": (recovery_pdf.getvalue, RECOVERY_WORDS, sheet),
        "access report": (lambda: access_report_pdf(about_sam)[0], ACCESS_WORDS, about_sam),
    }
    return {kind: (make(), words, source) for kind, (make, words, source) in makers.items()}


def _english_left(bare: str, source: object) -> set[str]:
    """Words printed outside any translated sentence that are not the records' own (what the
    document was made from) nor part of a date."""
    records = repr(source).replace("\\n", " ")  # a line break in the records' text
    records += " ".join([*calendar.month_name, *calendar.day_name])
    known = set(re.findall(r"[A-Za-z]+", records))
    known |= {name[:3] for name in known}  # "Tue 1 Dec", "Nov"
    cut_off = re.sub(f"{OPEN}\\w*", "", bare)  # a weekday's name shortened to its first letters
    return set(re.findall(r"[A-Za-z]+", cut_off)) - known


def test_the_printed_words_come_through_the_translator(
    demo_store: Store, today: dt.date, bracketed: None
) -> None:
    sentences = _sentences()
    assert len(sentences) > 150
    # Long enough not to be part of a group's own text by chance ("Notes", "Group" could be).
    whole = sorted(sentence for sentence in sentences if len(sentence.split()) >= 3)
    for kind, (pdf, words, source) in _documents(demo_store, today).items():
        printed = _flat(pdf)
        bare = _outside_brackets(printed)
        assert not _english_left(bare, source), (kind, _english_left(bare, source))
        for word in words:
            assert OPEN + word in printed, (kind, word)
            # A single word ("Facilitators") may also be in a group's own text, as it is in the
            # demo's agreement; a phrase may not.
            if " " in word.strip():
                assert not re.search(rf"(?<![\w']){re.escape(word)}", bare), (kind, word)
        left = [sentence for sentence in whole if sentence in bare]
        assert not left, (kind, left)


def test_the_groups_own_texts_are_not_translated(
    demo_store: Store, today: dt.date, bracketed: None
) -> None:
    data = _pack_data(demo_store, today)
    printed = _outside_brackets(_flat(_pack(data)))
    assert data.group_name in printed
    assert data.plan and all(item.title in printed for item in data.plan)
    assert data.consent is not None and data.consent.title in printed
    assert all(handout.title in printed for handout in data.handouts)


def test_the_english_words_stay_as_they_were(demo_store: Store, today: dt.date) -> None:
    for kind, (pdf, words, _) in _documents(demo_store, today).items():
        printed = _flat(pdf)
        assert OPEN not in printed and CLOSE not in printed, kind
        for word in words:
            assert word in printed, (kind, word)
