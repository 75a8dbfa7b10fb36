"""The import summaries and the words the window shows from the core reach a translator whole.

A stand-in translator wraps every sentence it is given in ⟦brackets⟧. A summary line made of
whole sentences comes back wrapped, with nothing but the filled-in fields outside the
brackets; a line glued from English pieces would leave English words outside them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import fields
from typing import get_args

import pytest

from peerdesk.core import consent, text
from peerdesk.core.importing import FIELDS, MarkCounts, RegisterTally, Tally, field_label
from peerdesk.core.importing.people_import import outcome_lines as people_lines
from peerdesk.core.importing.register_dates import day_text
from peerdesk.core.importing.register_summary import outcome_lines as register_lines
from peerdesk.core.pack_data import SECTIONS, section_title

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
SOURCE, GROUP = "42.csv", "Group 7"
DAYS = tuple(dt.date(2026, 11, day) for day in range(2, 9))


@pytest.fixture
def bracketed() -> Iterator[None]:
    text.install_translator(lambda _context, sentence: OPEN + sentence + CLOSE)
    yield
    text.install_translator(None)


def _outside_brackets(line: str) -> str:
    """What is left of ``line`` once every translated sentence (nested too) is taken out."""
    while True:
        shorter = _INNERMOST.sub("", line)
        if shorter == line:
            return line
        line = shorter


def _english_left(line: str) -> str:
    left = _outside_brackets(line)
    for data in (SOURCE, GROUP, *(day_text(day) for day in DAYS)):
        left = left.replace(data, "")
    return re.sub(r"[^A-Za-z]", "", left)


def _every_register_tally() -> list[RegisterTally]:
    """Tallies that reach every line of the summary, with one and with many of each count."""
    tallies = []
    for count in (1, 2):
        days = DAYS[: count + 3 * (count - 1)]  # one day, or five ("… and 1 more")
        marks = MarkCounts(**{each.name: count for each in fields(MarkCounts)})
        for headcount_only in (False, True):
            tallies.append(
                RegisterTally(
                    marks=marks,
                    sessions=count,
                    headcounts=count,
                    counted=count,
                    extra_sessions=days,
                    no_session=days,
                    cancelled=days,
                    new_people=count,
                    headcounts_same=count,
                    headcounts_kept=count,
                    headcounts_too_big=days,
                    unclear=count,
                    skipped_rows=count,
                    headcount_only=headcount_only,
                    counted_new=count,
                    counted_known=count,
                )
            )
        nothing = MarkCounts(**{each.name: 0 for each in fields(MarkCounts)})
        tallies.append(RegisterTally(marks=nothing, sessions=count, headcounts=count))
        tallies.append(RegisterTally(marks=nothing, counted_known=count, headcounts_same=count))
        tallies.append(RegisterTally(marks=nothing, counted_new=count))
    return tallies


@pytest.mark.parametrize("would", [False, True])
def test_every_line_of_a_register_summary_is_a_whole_sentence(bracketed: None, would: bool) -> None:
    lines = [
        line
        for tally in _every_register_tally()
        for line in register_lines(tally, SOURCE, GROUP, would=would)
    ]
    assert len(lines) > 40
    for line in lines:
        assert line.startswith(OPEN) and line.endswith(CLOSE), line
        assert not _english_left(line), line


@pytest.mark.parametrize("would", [False, True])
def test_every_line_of_a_people_summary_is_a_whole_sentence(bracketed: None, would: bool) -> None:
    lines = []
    for count in (0, 1, 2):
        for problems, duplicates in ((count, 0), (0, count), (count, count)):
            tally = Tally(count, count, count, count, count, count)
            lines += people_lines(count, SOURCE, problems, duplicates, tally, would=would)
        lines += people_lines(
            count, SOURCE, 0, 0, Tally(people_without_contact=1, phones_dropped=1)
        )
    assert len(lines) > 20
    for line in lines:
        assert line.startswith(OPEN) and line.endswith(CLOSE), line
        assert not _english_left(line), line


def test_words_the_window_shows_from_the_core_are_translated(bracketed: None) -> None:
    shown = [consent.method_name(method) for method in consent.METHODS]
    shown += [section_title(section) for section in SECTIONS]
    shown += [field_label(field) for field in FIELDS]
    assert len(shown) == len(get_args(consent.Method)) + len(SECTIONS) + len(FIELDS)
    for words in shown:
        assert words.startswith(OPEN) and words.endswith(CLOSE), words


def test_the_english_words_stay_as_they_were() -> None:
    assert [consent.method_name(m) for m in consent.METHODS] == [
        "signed paper form",
        "said so in person",
        "in writing",
    ]
    assert consent.method_name("carrier pigeon") == "carrier pigeon"
    assert section_title("sign_in") == "Sign-in sheet"
    assert field_label("contact_consent") == "contact consent (yes/no)"
