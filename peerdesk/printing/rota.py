"""The facilitator rota as a calendar to pin on a noticeboard.

Landscape, a page per month (more only when a month is very full): weeks down, weekdays across,
each day listing its sessions with the facilitators' names in large type, and a line to write a
name on where a place is still empty. It hangs where anyone can read it, so it prints the least:
preferred names only, no contact details, none of the rota's internal problems.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.pack_data import Paper
from peerdesk.core.rota_view import RotaSession, RotaView
from peerdesk.printing.blocks import clock, heading_block, height_of, sheet_start, text
from peerdesk.printing.render import render_sheets, write_to
from peerdesk.printing.theme import INK, MUTED, RULE, SHADE, Theme

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Names are printed larger where a month has room, and everything shrinks step by step for a full
# month before it goes over onto a second page. Large print stops sooner, and its names are never
# smaller than normal print would make them for the same month.
_SCALES = (1.6, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7)
_LARGE_SCALES = (1.6, 1.4, 1.2, 1.1, 1.0, 0.9)
_COUNT_WORDS = ("no", "one", "two", "three", "four", "five")


class _Landscape(Theme):
    """The same theme with the paper turned on its side."""

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = super().page_size
        return max(width, height), min(width, height)


def _landscape_theme(paper: Paper = "A4", *, large_print: bool = False) -> Theme:
    """The usual theme for the paper and print size, turned to landscape."""
    theme = Theme.for_print(paper, large_print=large_print)
    settings = {f.name: getattr(theme, f.name) for f in fields(theme)}
    # Narrower margins than a form, and a footer of one line: the height of a landscape page is
    # what the weeks share.
    settings["margin"] = min(theme.margin, 14 * mm)
    settings["footer_height"] = theme.footer_size * 2.1
    return _Landscape(**settings)


def build_rota_pdf(
    view: RotaView,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
    printed: dt.date | None = None,
) -> bytes:
    """The rota as a PDF: one landscape calendar page per month that has sessions."""
    theme = _landscape_theme(paper, large_print=large_print)
    printed = printed or dt.date.today()
    story: list[Flowable] = [
        sheet_start(f"Facilitator rota · printed {printed.day} {printed:%B %Y}")
    ]
    months = _months(view)
    if not months:
        story += heading_block("Facilitator rota", view.title, theme)
        story += [Paragraph(text(w), theme.styles.body) for w in view.warnings]
    for number, month in enumerate(months):
        if number:
            story.append(PageBreak())
        smallest = 0.0
        if large_print:
            smallest = _Month(view, month, _landscape_theme(paper)).layout()[1]
        story += _Month(view, month, theme).story(smallest)
    rendered = render_sheets([story], theme, title="Facilitator rota", subject=view.title)
    return rendered.data


def write_rota_pdf(
    path: Path,
    view: RotaView,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
    printed: dt.date | None = None,
) -> Path:
    """Write the rota to ``path`` (the whole file or nothing); raises ``StorageError``."""
    write_to(path, build_rota_pdf(view, paper=paper, large_print=large_print, printed=printed))
    return path


def _months(view: RotaView) -> list[dt.date]:
    """The first day of each month that has a session, in order."""
    return sorted({s.day.replace(day=1) for s in view.sessions})


def _usual_venues(sessions: Sequence[RotaSession]) -> dict[int, str]:
    """Each group's most usual venue: only a session held elsewhere names its venue."""
    counts: dict[int, Counter[str]] = {}
    for s in sessions:
        counts.setdefault(s.group_id, Counter())[s.venue_name] += 1
    return {group: c.most_common(1)[0][0] for group, c in counts.items()}


def _count(number: int) -> str:
    return _COUNT_WORDS[number] if number < len(_COUNT_WORDS) else str(number)


@dataclass(frozen=True)
class _Type:
    """Type sizes in the day cells, at one scale."""

    day: ParagraphStyle
    quiet_day: ParagraphStyle  # a day in the month but outside the rota's dates
    time: ParagraphStyle
    group: ParagraphStyle
    aside: ParagraphStyle
    name: ParagraphStyle
    write_in: float  # the height of a line to write a name on
    gap: float  # between two sessions on the same day


def _type(theme: Theme, scale: float) -> _Type:
    base, fonts = theme.base_size, theme.fonts

    def style(
        label: str, size: float, *, bold: bool = False, colour: object = INK
    ) -> ParagraphStyle:
        return ParagraphStyle(
            label,
            parent=theme.styles.label,
            fontName=fonts.bold if bold else fonts.regular,
            fontSize=size,
            leading=size * 1.18,
            textColor=colour,
        )

    name = base * 1.3 * scale
    scale = min(scale, 1.0)  # only the names grow beyond their usual size
    return _Type(
        day=style("day", base * 1.05, bold=True),
        quiet_day=style("quiet_day", base * 1.05, colour=MUTED),
        time=style("time", base * scale, bold=True),
        group=style("group", base * 0.85 * scale),
        aside=style("aside", max(theme.small_size, base * 0.8 * scale), colour=MUTED),
        name=style("name", name, bold=True),
        write_in=name * 1.4,
        gap=base * 0.7 * scale,
    )


def _fitted(style: ParagraphStyle, words: str, width: float) -> ParagraphStyle:
    """``style``, smaller where one long word would not fit the width (down to 55%)."""
    wide = stringWidth(words, style.fontName, style.fontSize)
    if wide <= width:
        return style
    size = max(style.fontSize * 0.55, style.fontSize * width / wide)
    return ParagraphStyle(style.name + "-fitted", parent=style, fontSize=size, leading=size * 1.18)


class _WriteIn(Flowable):  # type: ignore[misc]
    """A line across the cell to write a name on."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.line(0, self.height * 0.12, self.width, self.height * 0.12)
        self.canv.restoreState()


class _Divider(_WriteIn):
    """A light dashed rule between two sessions on the same day."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(2, 2)
        self.canv.line(0, self.height / 2, self.width, self.height / 2)
        self.canv.restoreState()


class _DayTop(Flowable):  # type: ignore[misc]
    """The top line of a day: the first session's time on the left, the date on the right (or
    the time on a line of its own where both do not fit)."""

    def __init__(self, day: str, day_style: ParagraphStyle, time: str, kind: _Type) -> None:
        super().__init__()
        self.day, self.day_style, self.time = day, day_style, time
        self.time_style = kind.time
        self.time_size = kind.time.fontSize
        self.lines = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        day_width = stringWidth(self.day, self.day_style.fontName, self.day_style.fontSize)
        font, size = self.time_style.fontName, self.time_style.fontSize
        time_width = stringWidth(self.time, font, size)
        gap = size * 0.6
        self.lines = 1 if time_width + day_width + gap <= available_width else 2
        room = available_width if self.lines == 2 else available_width - day_width - gap
        self.time_size = size * min(1.0, room / time_width) if time_width else size
        lines = self.day_style.leading + (self.time_style.leading if self.lines == 2 else 0)
        self.height = max(self.day_style.leading, lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        top = self.height - self.day_style.leading
        descent = self.day_style.leading - self.day_style.fontSize
        canvas.setFillColor(self.day_style.textColor)
        canvas.setFont(self.day_style.fontName, self.day_style.fontSize)
        canvas.drawRightString(self.width, top + descent, self.day)
        if self.time:
            baseline = top + descent if self.lines == 1 else descent
            canvas.setFillColor(self.time_style.textColor)
            canvas.setFont(self.time_style.fontName, self.time_size)
            canvas.drawString(0, baseline, self.time)
        canvas.restoreState()


def _tall(flowables: Sequence[Flowable], width: float) -> float:
    return float(sum(f.wrap(width, 10_000)[1] for f in flowables))


@dataclass
class _Band:
    """One table row: a week, or part of one when its days hold more than a page."""

    cells: list[list[Flowable]]
    shaded: list[bool]
    height: float
    week_starts: bool


def _pages(bands: list[_Band], room: float) -> list[list[_Band]]:
    """Bands on as few pages as they need, shared out evenly when they need more than one."""

    def pack(limit: float) -> list[list[_Band]]:
        pages: list[list[_Band]] = [[]]
        for band in bands:
            if pages[-1] and sum(b.height for b in pages[-1]) + band.height > limit:
                pages.append([])
            pages[-1].append(band)
        return pages

    fewest = len(pack(room))
    low, high = max(b.height for b in bands), room
    for _ in range(24 if low < high else 0):
        middle = (low + high) / 2
        low, high = (low, middle) if len(pack(middle)) <= fewest else (middle, high)
    return pack(high)


class _Month:
    """One month's calendar: the heading, the weeks as table rows, where the groups meet."""

    def __init__(self, view: RotaView, month: dt.date, theme: Theme) -> None:
        self.view, self.month, self.theme = view, month, theme
        self.sessions = [s for s in view.sessions if s.day.replace(day=1) == month]
        self.several = len({s.group_id for s in view.sessions}) > 1
        self.venues = _usual_venues(view.sessions)
        self.pad = theme.base_size * 0.4
        self.header = theme.base_size * 1.9
        # Weekdays with no session this month get narrower columns, so that the busy ones have
        # room for a group's name on one line.
        total = theme.frame_width - 12  # the frame keeps 6 points each side
        busy = {s.day.weekday() for s in self.sessions}
        wide = min(total / 7 * 2, (total - total / 7 * 0.55 * (7 - len(busy))) / len(busy))
        quiet = (total - wide * len(busy)) / (7 - len(busy)) if len(busy) < 7 else wide
        self.widths = [wide if day in busy else quiet for day in range(7)]

    # -- what is on the page besides the grid ----------------------------------------------
    def _title(self, continued: bool) -> str:
        month = f"{self.month:%B %Y}" + (" (continued)" if continued else "")
        alone = f"{self.view.title} · {month}" + ("" if self.view.saved else " · draft")
        size, font = self.theme.styles.title.fontSize, self.theme.fonts.bold
        if not self.several and stringWidth(alone, font, size) <= self.theme.frame_width - 12:
            return alone
        return f"{'Facilitator' if self.view.saved else 'Draft'} rota · {month}"

    def _below(self) -> Flowable:
        """Where the groups meet, and (when a place is empty) how to help."""
        groups = {s.group_id: s.group_name for s in self.sessions}
        usual = [(name, self.venues[g]) for g, name in sorted(groups.items(), key=lambda i: i[1])]
        unset = [text(g) for g, v in usual if not v]
        if len(usual) == 1 and self._title(False).startswith(f"{self.view.title} · "):
            parts = [text(usual[0][1])] if usual[0][1] else []
        else:
            parts = ["; ".join(f"{text(g)} at {text(v)}" for g, v in usual if v)]
            if parts[0] and unset:
                parts.append(f"no venue set yet for {', '.join(unset)}")
        where = "; ".join(p for p in parts if p) or "no venue has been set yet"
        if any(s.venue_name != self.venues[s.group_id] for s in self.sessions):
            where += ", unless the day says otherwise"
        words = f"<b>Where:</b> {where}."
        if any(s.missing for s in self.sessions):
            words += (
                " <b>Can you fill a gap?</b> Write your first name on the line and let the "
                "organiser know. Thank you!"
            )
        return Paragraph(words, self.theme.styles.note)

    # -- the grid ------------------------------------------------------------------------------
    def _weeks(self) -> list[list[dt.date]]:
        """Mondays to Sundays touching both the month and the rota's dates."""
        first = max(self.month, self.view.date_from)
        next_month = (self.month + dt.timedelta(days=32)).replace(day=1)
        last = min(next_month - dt.timedelta(days=1), self.view.date_to)
        start = first - dt.timedelta(days=first.weekday())
        weeks = []
        while start <= last:
            weeks.append([start + dt.timedelta(days=n) for n in range(7)])
            start += dt.timedelta(days=7)
        return weeks

    def _session(self, s: RotaSession, kind: _Type, width: float) -> list[Flowable]:
        """A session under its time: the group, a venue other than the usual, who is on."""
        block: list[Flowable] = []
        if self.several:
            block.append(Paragraph(text(s.group_name), kind.group))
        if s.venue_name and s.venue_name != self.venues[s.group_id]:
            block.append(Paragraph("at " + text(s.venue_name), kind.aside))
        block.append(Spacer(1, kind.gap * 0.3))
        names = " · ".join(s.names())
        if stringWidth(names, kind.name.fontName, kind.name.fontSize) <= width:
            block.append(Paragraph(text(names), kind.name))
        else:
            block += [Paragraph(text(n), _fitted(kind.name, n, width)) for n in s.names()]
        if s.missing:
            block += [_WriteIn(width, kind.write_in) for _ in range(s.missing)]
            words = f"{_count(s.missing)} place{'s' if s.missing > 1 else ''} to fill"
            block.append(Paragraph(words, kind.aside))
        return block

    def _day(
        self, day: dt.date, sessions: list[RotaSession], kind: _Type, width: float, room: float
    ) -> list[list[Flowable]]:
        """A day's cell, in parts no taller than ``room`` (one part unless it is very full)."""
        in_range = self.view.date_from <= day <= self.view.date_to
        style = kind.day if in_range else kind.quiet_day
        if not sessions:
            return [[_DayTop(str(day.day), style, "", kind)]]
        parts: list[list[Flowable]] = []
        used = 0.0
        for s in sessions:
            times = f"{clock(s.start)}–{clock(s.end)}"
            if stringWidth(times, kind.time.fontName, kind.time.fontSize) > width:
                times = f"{clock(s.start)}–<br/>{clock(s.end)}"
            follows = [Paragraph(times, kind.time), *self._session(s, kind, width)]
            if parts:
                block = [_Divider(width, kind.gap), *follows]
            else:
                top = _DayTop(str(day.day), style, times.replace("<br/>", ""), kind)
                block = [top, *self._session(s, kind, width)]
            tall = _tall(block, width)
            if not parts or used + tall > room:
                if parts:  # the rest of a very full day goes on in the next row
                    block = [Paragraph(f"{day.day} {day:%B}, continued", kind.aside), *follows]
                    tall = _tall(block, width)
                parts.append([])
                used = 0.0
            parts[-1] += block
            used += tall
        return parts

    def _bands(self, kind: _Type, room: float) -> list[_Band]:
        by_day: dict[dt.date, list[RotaSession]] = {}
        for s in self.sessions:
            by_day.setdefault(s.day, []).append(s)
        bands: list[_Band] = []
        edge = 2 * self.pad
        for week in self._weeks():
            inside = [d.month == self.month.month for d in week]
            days = [
                self._day(day, by_day.get(day, []), kind, width - edge, room - edge)
                if here
                else [[]]
                for day, here, width in zip(week, inside, self.widths, strict=True)
            ]
            for part in range(max(len(d) for d in days)):
                cells = [d[part] if part < len(d) else [] for d in days]
                height = max(_tall(c, w - edge) for c, w in zip(cells, self.widths, strict=True))
                bands.append(
                    _Band(
                        cells,
                        [
                            not (here and self.view.date_from <= d <= self.view.date_to)
                            for d, here in zip(week, inside, strict=True)
                        ],
                        max(height + edge, kind.day.leading * 3),
                        part == 0,
                    )
                )
        return bands

    def _room(self) -> tuple[list[list[Flowable]], list[Flowable], float]:
        """The headings (first and continued pages), what goes below the grid, and the height
        left for the weeks."""
        theme = self.theme
        below = [Spacer(1, theme.base_size * 0.5), self._below()]
        tops = [heading_block(self._title(c), "", theme) for c in (False, True)]
        # A little to spare, so that rounding never pushes the grid onto a page of its own.
        used = max(height_of([*top, *below], theme) for top in tops)
        return tops, below, theme.frame_height - used - self.header - 4

    def layout(self, smallest_name: float = 0.0) -> tuple[list[list[_Band]], float]:
        """The weeks on as few pages as they need, in the largest type that fits there (names
        no smaller than ``smallest_name`` unless even the largest type is); and the names' size."""
        room = self._room()[2]
        options: list[tuple[list[list[_Band]], float]] = []
        for scale in _LARGE_SCALES if self.theme.large_print else _SCALES:
            kind = _type(self.theme, scale)
            if options and kind.name.fontSize < smallest_name:
                break
            options.append((_pages(self._bands(kind, room), room), kind.name.fontSize))
        fewest = min(len(pages) for pages, _ in options)
        return next(option for option in options if len(option[0]) == fewest)

    def story(self, smallest_name: float = 0.0) -> list[Flowable]:
        tops, below, room = self._room()
        pages = self.layout(smallest_name)[0]
        story: list[Flowable] = []
        for number, page in enumerate(pages):
            if number:
                story.append(PageBreak())
            # Rows fill the page; but a month of two or three weeks keeps rows of a usual size.
            most = room / (len(page) if len(pages) > 1 else max(4, len(page)))
            story += [*tops[number > 0], self._grid(page, room, most), *below]
        return story

    def _grid(self, bands: list[_Band], room: float, most: float) -> Table:
        theme = self.theme
        heights = _even([b.height for b in bands], room, most=most)
        head = ParagraphStyle(
            "weekday",
            parent=theme.styles.label_bold,
            alignment=TA_CENTER,
            fontSize=theme.base_size,
            leading=theme.base_size * 1.2,
        )
        # The quiet days' names are shortened alike when one of them would not fit.
        narrow = min(self.widths) - 2 * self.pad
        short = any(
            stringWidth(day, head.fontName, head.fontSize) > narrow
            for day, width in zip(WEEKDAYS, self.widths, strict=True)
            if width - 2 * self.pad == narrow
        )
        names = [
            Paragraph(day[:3] if short and width == min(self.widths) else day, head)
            for day, width in zip(WEEKDAYS, self.widths, strict=True)
        ]
        rows: list[list[Flowable | list[Flowable]]] = [names]
        rows += [list(b.cells) for b in bands]
        table = Table(
            rows, colWidths=self.widths, rowHeights=[self.header, *heights], hAlign="LEFT"
        )
        style = [
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
            ("TOPPADDING", (0, 0), (-1, -1), self.pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad),
            ("BOX", (0, 0), (-1, -1), 1.2, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ("LINEAFTER", (0, 0), (-2, -1), 0.6, RULE),
        ]
        for row, band in enumerate(bands, start=1):
            if band.week_starts and row > 1:
                style.append(("LINEABOVE", (0, row), (-1, row), 0.6, RULE))
            for column, shaded in enumerate(band.shaded):
                if shaded:
                    style.append(("BACKGROUND", (column, row), (column, row), SHADE))
        table.setStyle(TableStyle(style))
        return table


def _even(natural: list[float], room: float, *, most: float) -> list[float]:
    """Row heights filling ``room``: as even as the rows allow, none shorter than its content
    and none taller than ``most`` (unless its content is)."""
    fixed: set[int] = set()
    while True:
        free = [n for n in range(len(natural)) if n not in fixed]
        if not free:
            return natural
        share = min(most, (room - sum(natural[n] for n in fixed)) / len(free))
        taller = {n for n in free if natural[n] > share}
        if not taller:
            return [natural[n] if n in fixed else share for n in range(len(natural))]
        fixed |= taller
