"""Small building blocks the printed sheets share: text, dates, lines to write on, boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.text import translate
from peerdesk.printing.render import Footer, SheetStart
from peerdesk.printing.theme import INK, RULE, SHADE, Theme


def text(value: str) -> str:
    """Plain text for a Paragraph (which reads a little markup); line breaks are kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


def long_date(day: dt.date) -> str:
    """ "Tuesday 24 November 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def clock(time: dt.time) -> str:
    """ "18:30"."""
    return f"{time:%H:%M}"


def duration(minutes: int) -> str:
    """ "10 min", "1 hour", "1 hour 30 min" (one hour and more hours as sentences of their own)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("blocks", "{minutes} min").format(minutes=rest)
    if rest:
        if hours == 1:
            words = translate("blocks", "1 hour {minutes} min")
        else:
            words = translate("blocks", "{hours} hours {minutes} min")
    elif hours == 1:
        words = translate("blocks", "1 hour")
    else:
        words = translate("blocks", "{hours} hours")
    return words.format(hours=hours, minutes=rest)


def sheet_start(label: str, note: str = "", note_right: str = "") -> SheetStart:
    """The invisible start of a sheet, with what its footer says."""
    return SheetStart(Footer(label=label, note=note, note_right=note_right))


def heading_block(title: str, subtitle: str, theme: Theme) -> list[Flowable]:
    """The sheet's title, and under it (in grey) what it is for."""
    story: list[Flowable] = [Paragraph(text(title), theme.styles.title)]
    if subtitle:
        story.append(Paragraph(text(subtitle), theme.styles.subtitle))
    else:
        story.append(Spacer(1, theme.base_size * 0.6))
    return story


def prose(value: str, theme: Theme) -> list[Flowable]:
    """Paragraphs split by blank lines (a single line break is kept); a line starting "## " is a
    heading, kept on the same page as the paragraph after it."""
    styles = theme.styles
    story: list[Flowable] = []
    heading: Paragraph | None = None
    lines: list[str] = []

    def paragraph_done() -> None:
        nonlocal heading
        if not lines:
            return
        paragraph = Paragraph("<br/>".join(escape(line) for line in lines), styles.body)
        story.append(KeepTogether([heading, paragraph]) if heading else paragraph)
        heading = None
        lines.clear()

    for block in value.replace("\r\n", "\n").split("\n\n"):
        for line in (raw.strip() for raw in block.split("\n")):
            if line.startswith("## "):
                paragraph_done()
                if heading is not None:  # two headings in a row
                    story.append(heading)
                heading = Paragraph(escape(line[3:].strip()), styles.heading)
            elif line:
                lines.append(line)
        paragraph_done()
    if heading is not None:
        story.append(heading)
    return story


def line_height(theme: Theme) -> float:
    """Room for one line of handwriting: generous, as people write larger than they print."""
    return float((11 if theme.large_print else 9) * mm)


def write_lines(count: int, theme: Theme, *, width: float | None = None) -> Flowable:
    """``count`` ruled lines to write on."""
    table = Table(
        [[""] for _ in range(count)],
        colWidths=[width or theme.frame_width],
        rowHeights=[line_height(theme)] * count,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
    return table


def question(prompt: str, lines: int, theme: Theme, *, hint: str = "") -> Flowable:
    """A question in bold with lines to write the answer on, kept together on one page."""
    story: list[Flowable] = [Paragraph(text(prompt), theme.styles.heading)]
    if hint:
        story.append(Paragraph(text(hint), theme.styles.note))
    story.append(write_lines(lines, theme))
    return KeepTogether(story)


def boxed(content: Sequence[Flowable], theme: Theme, *, shaded: bool = False) -> Flowable:
    """A quiet outlined box around a few flowables (a note, a warning, a tally area)."""
    pad = theme.base_size * 0.7
    table = Table([[list(content)]], colWidths=[theme.frame_width], hAlign="LEFT")
    style = [
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if shaded:
        style.append(("BACKGROUND", (0, 0), (-1, -1), SHADE))
    table.setStyle(TableStyle(style))
    return table


def facts(rows: Sequence[tuple[str, list[Flowable] | str]], theme: Theme) -> Flowable:
    """Label and value pairs in two columns ("When", "Where" ...), with a light rule between."""
    label_width = theme.frame_width * (0.27 if theme.large_print else 0.22)
    cells = [
        [
            Paragraph(text(label), theme.styles.label_bold),
            Paragraph(text(value), theme.styles.label) if isinstance(value, str) else value,
        ]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width, theme.frame_width - label_width], hAlign="LEFT")
    pad = theme.base_size * 0.35
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), theme.base_size * 0.6),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table


class FillLines(Flowable):  # type: ignore[misc]
    """Room to write: a heading and ruled lines filling what is left of the page (up to
    ``most``). Where not even ``fewest`` lines fit, it leaves itself out rather than push the
    sheet onto a page of its own."""

    def __init__(self, theme: Theme, *, title: str = "", fewest: int = 2, most: int = 12) -> None:
        super().__init__()
        self.theme = theme
        self.title = title
        self.line = line_height(theme)
        self.fewest, self.most = fewest, most
        self.count = 0
        self.head = theme.base_size * 2.4 if title else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        fits = int((available_height - self.head) // self.line)
        self.count = min(self.most, fits) if fits >= self.fewest else 0
        self.width = self.theme.frame_width  # as wide as the tables on the same sheet
        if not self.count:
            return self.width, 0
        return self.width, self.head + self.count * self.line

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if not self.count:
            return
        canvas, theme = self.canv, self.theme
        canvas.saveState()
        if self.title:
            canvas.setFillColor(INK)
            canvas.setFont(theme.fonts.bold, theme.base_size * 1.2)
            canvas.drawString(0, self.count * self.line + theme.base_size * 0.9, self.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for number in range(self.count):
            canvas.line(0, number * self.line, self.width, number * self.line)
        canvas.restoreState()


def height_of(story: Sequence[Flowable], theme: Theme) -> float:
    """How tall these flowables are when laid out across the frame."""
    total = 0.0
    width = theme.frame_width - 12  # inside the frame's own padding, as laid out
    for flowable in story:
        _, height = flowable.wrap(width, theme.frame_height)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def running_order(start: dt.datetime, minutes: Sequence[int]) -> list[dt.time]:
    """The start time of each item of a plan that begins at ``start``."""
    times = []
    for length in minutes:
        times.append(start.time())
        start += dt.timedelta(minutes=length)
    return times
