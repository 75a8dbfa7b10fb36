"""The consent form, blank for a newcomer or pre-filled with one person's current answers.

Laid out for someone nervous, filling it in at a table: the wording in short sections, then one
row per purpose with a large box to tick, then their chosen name, signature and date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak  # type: ignore[import-untyped]

from peerdesk.core.consent import PurposeState, VersionRow
from peerdesk.core.text import translate
from peerdesk.printing.blocks import prose
from peerdesk.printing.render import Footer, SheetStart
from peerdesk.printing.theme import INK, RULE, Theme


@dataclass(frozen=True)
class FilledIn:
    """For a pre-filled copy: whose answers, and where they stood on the day it was printed."""

    preferred_name: str
    answers: tuple[PurposeState, ...]
    as_of: dt.date


@dataclass(frozen=True)
class ConsentFormData:
    version: VersionRow
    group_name: str = ""
    person: FilledIn | None = None


def build_consent_form(data: ConsentFormData, theme: Theme) -> list[Flowable]:
    version = data.version
    styles = theme.styles
    story: list[Flowable] = [
        SheetStart(
            Footer(
                label=translate("consent_form", "{title} · version {number}").format(
                    title=version.title, number=version.number
                ),
                note=translate(
                    "consent_form", "For the group: keep this form in the consent folder."
                ),
                note_right=translate("consent_form", "Paper form reference: ____________"),
            )
        ),
        Paragraph(_text(version.title), styles.title),
    ]
    if data.group_name:
        story.append(Paragraph(_text(data.group_name), styles.subtitle))
    else:
        story.append(Spacer(1, theme.base_size * 0.6))
    story.append(Paragraph(_intro(data), styles.intro))
    story.extend(prose(version.wording, theme))
    story.extend(_answers(data, theme))
    return story


def _intro(data: ConsentFormData) -> str:
    if data.person is None:
        return translate(
            "consent_form",
            "Thank you for coming. Please read this at your own pace, and ask one of the "
            "facilitators about anything that is not clear. There are no right or wrong answers: "
            "saying no to any box is completely fine, and you can still take part.",
        )
    return translate(
        "consent_form",
        "Hello, {name}. This copy shows what you have told us so far (our records on "
        "{date}). Please check each answer and change any that are no longer right. There are "
        "no right or wrong answers.",
    ).format(name=_text(data.person.preferred_name), date=_date(data.person.as_of))


# -- the answers ---------------------------------------------------------------------------------
def _answers(data: ConsentFormData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    states = {a.key: a for a in data.person.answers} if data.person else {}
    rows = [
        _tick_row(purpose.label, states.get(purpose.key), data.person is not None, theme)
        for purpose in data.version.purposes
    ]
    if data.person is None:
        how = translate(
            "consent_form",
            "Tick each box you agree to. An empty box means no, and that is fine. "
            "Only the first box is needed to take part.",
        )
    else:
        how = translate(
            "consent_form",
            "A tick shows something you agreed to that still stands; beside each box is what "
            "our records say. To change an answer, tick the box or cross out the tick. Where "
            "an answer is out of date, tick again if you still agree.",
        )
    heading = Paragraph(translate("consent_form", "Please tick what you agree to"), styles.heading)
    name = data.person.preferred_name if data.person else ""
    sign_here = [
        Paragraph(
            translate(
                "consent_form",
                "Your chosen name can be a first name or a nickname. Then please sign, date "
                "and hand this to a facilitator.",
            ),
            styles.body,
        ),
        _write_on_lines(
            [
                (translate("consent_form", "Your chosen name"), name, False),
                (translate("consent_form", "Signature"), "", True),
                (translate("consent_form", "Date"), "", False),
            ],
            theme,
        ),
    ]
    start = [heading, Paragraph(how, styles.body), rows[0]]
    gap = Spacer(1, theme.base_size * 1.2)
    # The whole section on one page when it fits, so nobody turns over halfway through; if it
    # cannot fit, the heading still stays with the first row and each row stays whole.
    height = sum(_height(f, theme) for f in [*start, *rows[1:], gap, *sign_here])
    # The last row goes over with the signature lines, so these never stand alone on a page.
    ending = [rows[-1], gap, *sign_here] if len(rows) > 1 else [gap, *sign_here]
    section: list[Flowable] = [KeepTogether(start), *rows[1:-1], KeepTogether(ending)]
    first = sum(_height(f, theme) for f in start)
    return [
        _SectionBreak(height + theme.base_size, first + theme.base_size, theme.frame_height),
        Spacer(1, theme.base_size * 0.4),
        *section,
    ]


class _SectionBreak(CondPageBreak):  # type: ignore[misc]
    """Start a section on a fresh page when it would fit there whole and little room is left
    here; when plenty of room is left, or it could never fit one page, start here as long as
    its beginning fits (rather than leave a page half empty)."""

    def __init__(self, whole: float, beginning: float, frame_height: float) -> None:
        super().__init__(whole)
        self.beginning = beginning
        self.frame_height = frame_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        whole_fits_a_page = self.height <= self.frame_height
        if available_height >= self.height:
            needed = 0.0
        elif whole_fits_a_page and available_height < self.frame_height * 0.45:
            needed = self.height
        else:
            needed = self.beginning
        if available_height < needed:
            frame = self._doctemplateAttr("frame")  # type: ignore[attr-defined]
            if frame:
                frame.add_generated_content(FrameBreak)
        return 0, 0


def _height(flowable: Flowable, theme: Theme) -> float:
    _, height = flowable.wrap(theme.frame_width, theme.frame_height)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _tick_row(label: str, state: PurposeState | None, prefilled: bool, theme: Theme) -> Flowable:
    box = TickBox(theme.box_size, ticked=state is not None and state.state == "granted")
    text = Paragraph(_text(label), theme.styles.label)
    gap = theme.box_size * 0.6
    text_width = theme.frame_width - theme.box_size - gap
    cells: list[list[Flowable | list[Flowable]]]
    if prefilled and theme.large_print:
        # Large print has no room for a third column: what our records say goes under the text.
        records = translate("consent_form", "Our records: {status}")
        status = Paragraph(records.format(status=_status(state, one_line=True)), theme.styles.note)
        cells = [[box, [text, Spacer(1, 2), status]]]
        widths = [theme.box_size + gap, text_width]
    elif prefilled:
        status_width = theme.frame_width * 0.28
        cells = [[box, text, Paragraph(_status(state), theme.styles.note)]]
        widths = [theme.box_size + gap, text_width - status_width, status_width]
    else:
        cells = [[box, text]]
        widths = [theme.box_size + gap, text_width]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    pad = theme.base_size * (0.45 if theme.large_print else 0.6)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (2, 0), (2, 0), theme.base_size * 0.8),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                # Text starts level with the top of the box, not above it.
                ("TOPPADDING", (1, 0), (-1, 0), pad + 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def _status(state: PurposeState | None, *, one_line: bool = False) -> str:
    """What our records say, in words, honestly: nothing is ticked that is not current.
    ``{gap}`` is where the words break onto a second line (or a space, on one line)."""
    if state is None or state.state not in ("granted", "refused", "withdrawn", "lapsed"):
        return translate("consent_form", "<b>Not asked yet</b>")
    lapsed = state.state == "lapsed"
    gap = "<br/>" if not one_line else ": " if lapsed else " "
    date = _date(state.decided_on)
    if lapsed:
        if state.decided_on:
            words = translate("consent_form", "<b>Out of date</b>{gap}agreed on {date}")
        else:
            words = translate("consent_form", "<b>Out of date</b>{gap}agreed")
    elif state.decided_on is None:
        words = {
            "granted": translate("consent_form", "<b>Agreed</b>"),
            "refused": translate("consent_form", "<b>Said no</b>"),
            "withdrawn": translate("consent_form", "<b>Took this back</b>"),
        }[state.state]
    else:
        words = {
            "granted": translate("consent_form", "<b>Agreed</b>{gap}on {date}"),
            "refused": translate("consent_form", "<b>Said no</b>{gap}on {date}"),
            "withdrawn": translate("consent_form", "<b>Took this back</b>{gap}on {date}"),
        }[state.state]
    return words.format(gap=gap, date=date)


def _write_on_lines(fields: list[tuple[str, str, bool]], theme: Theme) -> Flowable:
    """Labels with a line to write on beside each (a taller one where ``fields`` says so, for a
    signature); plain strings so the words sit on the line."""
    size = theme.base_size
    widest = max(stringWidth(label, theme.fonts.bold, size) for label, _, _ in fields)
    label_width = widest + size * 1.5
    row_height = max(12 * mm, theme.leading * 1.6)
    table = Table(
        [[label, value] for label, value, _ in fields],
        colWidths=[label_width, theme.frame_width - label_width],
        # A signature needs more height than a name or a date.
        rowHeights=[row_height * (1.35 if tall else 1) for _, _, tall in fields],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), theme.fonts.bold, size),
                ("FONT", (1, 0), (1, -1), theme.fonts.regular, size * 1.1),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), size * 0.3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, INK),
            ]
        )
    )
    return table


class TickBox(Flowable):  # type: ignore[misc]
    """A square to tick by hand; ``ticked`` draws a tick for a pre-filled copy."""

    def __init__(self, size: float, *, ticked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.ticked = ticked
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.rect(0, 0, size, size, stroke=1, fill=0)
        if self.ticked:
            canvas.setLineWidth(size * 0.11)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            path = canvas.beginPath()
            path.moveTo(size * 0.2, size * 0.52)
            path.lineTo(size * 0.42, size * 0.26)
            path.lineTo(size * 0.82, size * 0.8)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _text(value: str) -> str:
    """Plain text for a Paragraph (which reads a little markup)."""
    return escape(value)


def _date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""
