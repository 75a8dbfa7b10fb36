"""Assemble a session pack: the enabled sections in order, each with its number of copies.

Every sheet is laid out once (pages are numbered within each sheet, so all copies of a sheet are
the same) and its pages are then repeated for each copy with pypdf, which also merges imported
handout PDFs as they are. An imported PDF that cannot be read is left out and named among the
problems, which the cover sheet (or, without one, a first page) lists under "What is missing".
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import BinaryIO, NamedTuple

from pypdf import PdfReader, PdfWriter
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from peerdesk import __version__
from peerdesk.core.errors import ValidationError
from peerdesk.core.pack_data import (
    FACILITATOR_SECTIONS,
    PARTICIPANT_SECTIONS,
    Handout,
    PackData,
    Section,
)
from peerdesk.core.text import translate
from peerdesk.printing.blocks import boxed, clock, long_date, sheet_start, text
from peerdesk.printing.render import Header, render_sheets, write_to
from peerdesk.printing.sheets.agreement import build_agreement
from peerdesk.printing.sheets.consent_form import ConsentFormData, build_consent_form
from peerdesk.printing.sheets.cover import build_cover
from peerdesk.printing.sheets.debrief import build_debrief
from peerdesk.printing.sheets.feedback import build_feedback
from peerdesk.printing.sheets.handouts import build_handout
from peerdesk.printing.sheets.plan import build_plan
from peerdesk.printing.sheets.sign_in import build_sign_in
from peerdesk.printing.sheets.signposting import build_signposting
from peerdesk.printing.theme import Theme

SheetBuilder = Callable[[PackData, Theme], list[Flowable]]
_SHEETS: dict[Section, SheetBuilder] = {
    "cover": build_cover,
    "plan": build_plan,
    "agreement": build_agreement,
    "sign_in": build_sign_in,
    "signposting": build_signposting,
    "feedback": build_feedback,
    "debrief": build_debrief,
}


class PackSection(NamedTuple):
    """Where a section starts in the pack (pages count from 1) and how many copies it has."""

    section: Section
    first_page: int
    copies: int


@dataclass(frozen=True)
class PackResult:
    pages: int
    problems: tuple[str, ...]  # what is missing, in words: also printed in the pack itself
    sections: list[PackSection]


@dataclass
class _Part:
    """One sheet (or one imported PDF) of a section, and how many times it is printed."""

    section: Section
    copies: int
    story: list[Flowable] | None = None  # laid out by reportlab ...
    pdf: PdfReader | None = None  # ... or taken as it is
    first: int = 0  # where its one laid-out copy is in the reportlab output
    pages: int = 0


def build_pack(
    data: PackData, theme: Theme, target: str | os.PathLike[str] | BinaryIO
) -> PackResult:
    """Write the pack to a path (atomically) or a binary stream; say what is in it."""
    pdf, result = build_pack_bytes(data, theme)
    write_to(target, pdf)
    return result


def build_pack_bytes(data: PackData, theme: Theme) -> tuple[bytes, PackResult]:
    """The pack as PDF bytes (for a preview), and what is in it."""
    problems = list(data.problems)
    imported = _imported_handouts(data, problems)
    if "consent_forms" in data.sections and data.consent_copies > 0 and data.consent is None:
        _add(
            problems,
            translate("pack", "There is no consent form set up yet, so none is included."),
        )
    data = replace(data, problems=tuple(problems))  # the cover sheet lists them
    parts = _parts(data, theme, imported)
    if not parts:
        raise ValidationError(
            translate(
                "pack",
                "There is nothing to print: every part of this pack is switched off or has no "
                "copies.",
            )
        )
    if problems and "cover" not in (part.section for part in parts):
        parts.insert(0, _Part("cover", 1, story=_missing_page(problems, theme)))
    laid_out = [part for part in parts if part.story is not None]
    rendered = render_sheets(
        [part.story for part in laid_out if part.story is not None],
        theme,
        title=_title(data),
        subject=translate("pack", "Session pack"),
        header=Header(
            data.group_name,
            f"{long_date(data.meeting.date)} · {clock(data.meeting.start_time)}",
        ),
    )
    first = 0
    for part, pages in zip(laid_out, rendered.sheet_pages, strict=True):
        part.first, part.pages = first, pages
        first += pages
    return _assemble(data, parts, PdfReader(io.BytesIO(rendered.data)))


def _copies(data: PackData, section: Section) -> int:
    if section in FACILITATOR_SECTIONS:
        return data.facilitator_copies
    if section in PARTICIPANT_SECTIONS:
        return data.participant_copies
    if section == "consent_forms":
        return data.consent_copies
    return 1  # the sign-in sheet


def _parts(data: PackData, theme: Theme, imported: dict[int, PdfReader]) -> list[_Part]:
    parts: list[_Part] = []
    for section in data.sections:
        copies = _copies(data, section)
        if copies <= 0:
            continue
        if section == "handouts":
            for number, handout in enumerate(data.handouts):
                if handout.pdf is None:
                    story = build_handout(handout, theme)
                    parts.append(_Part(section, copies, story=story))
                elif number in imported:
                    reader = imported[number]
                    parts.append(_Part(section, copies, pdf=reader, pages=len(reader.pages)))
        elif section == "consent_forms":
            if data.consent is not None:
                form = ConsentFormData(version=data.consent, group_name=data.group_name)
                parts.append(_Part(section, copies, story=build_consent_form(form, theme)))
        else:
            parts.append(_Part(section, copies, story=_SHEETS[section](data, theme)))
    return parts


def _imported_handouts(data: PackData, problems: list[str]) -> dict[int, PdfReader]:
    """The imported handouts that can be read, by their place in ``data.handouts``."""
    if "handouts" not in data.sections or data.participant_copies <= 0:
        return {}
    readers = {}
    for number, handout in enumerate(data.handouts):
        if handout.pdf is None:
            continue
        reader, problem = _readable(handout)
        if reader is None:
            _add(problems, problem)
        else:
            readers[number] = reader
    return readers


def _readable(handout: Handout) -> tuple[PdfReader | None, str]:
    """The imported PDF, read and written once in full so that nothing in it can fail later."""
    title = handout.title
    try:
        reader = PdfReader(io.BytesIO(handout.pdf or b""))
        if reader.is_encrypted:
            return None, translate(
                "pack",
                "The handout “{title}” is password-protected, so it was left out. Import an "
                "unprotected copy.",
            ).format(title=title)
        if not reader.pages:
            return None, translate(
                "pack", "The handout “{title}” has no pages, so it was left out."
            ).format(title=title)
        writer = PdfWriter(clone_from=reader)
        buffer = io.BytesIO()
        writer.write(buffer)
        return PdfReader(io.BytesIO(buffer.getvalue())), ""
    except Exception:  # pypdf raises many kinds of error for a damaged file: all mean the same
        return None, translate(
            "pack", "The handout “{title}” could not be read as a PDF, so it was left out."
        ).format(title=title)


def _assemble(data: PackData, parts: list[_Part], ours: PdfReader) -> tuple[bytes, PackResult]:
    writer = PdfWriter()
    sections: list[PackSection] = []
    for part in parts:
        new_section = not sections or sections[-1].section != part.section
        if new_section and part.section in data.sections:  # not the "missing" page
            sections.append(PackSection(part.section, len(writer.pages) + 1, part.copies))
        source = part.pdf or ours
        first = part.first if part.pdf is None else 0
        pages = range(first, first + part.pages)
        for _ in range(part.copies):
            for number in pages:
                writer.add_page(source.pages[number])
    writer.add_metadata(
        {
            "/Title": _title(data),
            "/Author": "peerdesk",
            "/Subject": translate("pack", "Session pack"),
            "/Creator": f"peerdesk {__version__}",
        }
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), PackResult(len(writer.pages), data.problems, sections)


def _title(data: PackData) -> str:
    return translate("pack", "Session pack: {group}, {date}").format(
        group=data.group_name, date=long_date(data.meeting.date)
    )


def _add(problems: list[str], problem: str) -> None:
    if problem not in problems:
        problems.append(problem)


def _missing_page(problems: list[str], theme: Theme) -> list[Flowable]:
    """Without a cover sheet, the missing things get a page of their own at the front."""
    styles = theme.styles
    items = [Paragraph(translate("pack", "What is missing from this pack"), styles.heading)]
    items += [Paragraph(f"•&nbsp;&nbsp;{text(problem)}", styles.body) for problem in problems]
    return [
        sheet_start(
            translate("pack", "About this pack"),
            note=translate("pack", "For the organiser: not a handout."),
        ),
        Paragraph(translate("pack", "About this pack"), styles.title),
        boxed(items, theme, shaded=True),
    ]
