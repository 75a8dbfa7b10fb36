"""One month of the printed rota: its heading, the weeks as table rows (split over pages only
when the month is very full), and where the groups meet."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.day_names import short_weekday_by_number, weekday_by_number
from peerdesk.core.rota_view import RotaSession, RotaView
from peerdesk.core.text import translate
from peerdesk.printing.blocks import clock, heading_block, height_of, text
from peerdesk.printing.rota_cells import (
    CellType,
    DayTop,
    Divider,
    WriteIn,
    cell_type,
    fitted,
    places_to_fill,
    stacked_height,
)
from peerdesk.printing.theme import INK, RULE, SHADE, Theme

# Names are printed larger where a month has room, and everything shrinks step by step for a full
# month before it goes over onto a second page. Large print stops sooner, and its names are never
# smaller than normal print would make them for the same month.
_SCALES = (1.6, 1.4, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7)
_LARGE_SCALES = (1.6, 1.4, 1.2, 1.1, 1.0, 0.9)


def _where(places: str, unset: str, *, elsewhere: bool) -> str:
    """Where the groups usually meet, as one sentence: the places (``unset`` names the groups
    without one), and whether some days say otherwise."""
    if not places:
        if elsewhere:
            return translate(
                "rota", "<b>Where:</b> no venue has been set yet, unless the day says otherwise."
            )
        return translate("rota", "<b>Where:</b> no venue has been set yet.")
    if unset:
        if elsewhere:
            words = translate(
                "rota",
                "<b>Where:</b> {places}; no venue set yet for {groups}, unless the day says "
                "otherwise.",
            )
        else:
            words = translate("rota", "<b>Where:</b> {places}; no venue set yet for {groups}.")
        return words.format(places=places, groups=unset)
    if elsewhere:
        words = translate("rota", "<b>Where:</b> {places}, unless the day says otherwise.")
    else:
        words = translate("rota", "<b>Where:</b> {places}.")
    return words.format(places=places)


def _usual_venues(sessions: Sequence[RotaSession]) -> dict[int, str]:
    """Each group's most usual venue: only a session held elsewhere names its venue."""
    counts: dict[int, Counter[str]] = {}
    for s in sessions:
        counts.setdefault(s.group_id, Counter())[s.venue_name] += 1
    return {group: c.most_common(1)[0][0] for group, c in counts.items()}


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


class MonthPage:
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
        month = f"{self.month:%B %Y}"
        if continued:
            month = translate("rota", "{month} (continued)").format(month=month)
        alone = self._alone(month)
        if self._named_alone(alone):
            return alone
        if self.view.saved:
            return translate("rota", "Facilitator rota · {month}").format(month=month)
        return translate("rota", "Draft rota · {month}").format(month=month)

    def _alone(self, month: str) -> str:
        """The title naming the one group, when it has the page to itself."""
        if self.view.saved:
            return f"{self.view.title} · {month}"
        return translate("rota", "{group} · {month} · draft").format(
            group=self.view.title, month=month
        )

    def _named_alone(self, alone: str) -> bool:
        size, font = self.theme.styles.title.fontSize, self.theme.fonts.bold
        return not self.several and stringWidth(alone, font, size) <= self.theme.frame_width - 12

    def _below(self) -> Flowable:
        """Where the groups meet, and (when a place is empty) how to help."""
        groups = {s.group_id: s.group_name for s in self.sessions}
        usual = [(name, self.venues[g]) for g, name in sorted(groups.items(), key=lambda i: i[1])]
        unset = [text(g) for g, v in usual if not v]
        if len(usual) == 1 and self._named_alone(self._alone(f"{self.month:%B %Y}")):
            places = text(usual[0][1])
        else:
            at = translate("rota", "{group} at {venue}")
            places = "; ".join(at.format(group=text(g), venue=text(v)) for g, v in usual if v)
        elsewhere = any(s.venue_name != self.venues[s.group_id] for s in self.sessions)
        words = _where(places, ", ".join(unset), elsewhere=elsewhere)
        if any(s.missing for s in self.sessions):
            words += " " + translate(
                "rota",
                "<b>Can you fill a gap?</b> Write your first name on the line and let the "
                "organiser know. Thank you!",
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

    def _session(self, s: RotaSession, kind: CellType, width: float) -> list[Flowable]:
        """A session under its time: the group, a venue other than the usual, who is on."""
        block: list[Flowable] = []
        if self.several:
            block.append(Paragraph(text(s.group_name), kind.group))
        if s.venue_name and s.venue_name != self.venues[s.group_id]:
            at = translate("rota", "at {venue}").format(venue=text(s.venue_name))
            block.append(Paragraph(at, kind.aside))
        block.append(Spacer(1, kind.gap * 0.3))
        names = " · ".join(s.names())
        if stringWidth(names, kind.name.fontName, kind.name.fontSize) <= width:
            block.append(Paragraph(text(names), kind.name))
        else:
            block += [Paragraph(text(n), fitted(kind.name, n, width)) for n in s.names()]
        if s.missing:
            block += [WriteIn(width, kind.write_in) for _ in range(s.missing)]
            block.append(Paragraph(places_to_fill(s.missing), kind.aside))
        return block

    def _day(
        self, day: dt.date, sessions: list[RotaSession], kind: CellType, width: float, room: float
    ) -> list[list[Flowable]]:
        """A day's cell, in parts no taller than ``room`` (one part unless it is very full)."""
        in_range = self.view.date_from <= day <= self.view.date_to
        style = kind.day if in_range else kind.quiet_day
        if not sessions:
            return [[DayTop(str(day.day), style, "", kind)]]
        parts: list[list[Flowable]] = []
        used = 0.0
        for s in sessions:
            times = f"{clock(s.start)}–{clock(s.end)}"
            if stringWidth(times, kind.time.fontName, kind.time.fontSize) > width:
                times = f"{clock(s.start)}–<br/>{clock(s.end)}"
            follows = [Paragraph(times, kind.time), *self._session(s, kind, width)]
            if parts:
                block = [Divider(width, kind.gap), *follows]
            else:
                top = DayTop(str(day.day), style, times.replace("<br/>", ""), kind)
                block = [top, *self._session(s, kind, width)]
            tall = stacked_height(block, width)
            if not parts or used + tall > room:
                if parts:  # the rest of a very full day goes on in the next row
                    on = translate("rota", "{date}, continued").format(date=f"{day.day} {day:%B}")
                    block = [Paragraph(on, kind.aside), *follows]
                    tall = stacked_height(block, width)
                parts.append([])
                used = 0.0
            parts[-1] += block
            used += tall
        return parts

    def _bands(self, kind: CellType, room: float) -> list[_Band]:
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
                height = max(
                    stacked_height(c, w - edge) for c, w in zip(cells, self.widths, strict=True)
                )
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
            kind = cell_type(self.theme, scale)
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
        weekdays = [weekday_by_number(number) for number in range(7)]
        narrow = min(self.widths) - 2 * self.pad
        short = any(
            stringWidth(day, head.fontName, head.fontSize) > narrow
            for day, width in zip(weekdays, self.widths, strict=True)
            if width - 2 * self.pad == narrow
        )
        names = [
            Paragraph(
                short_weekday_by_number(number) if short and width == min(self.widths) else day,
                head,
            )
            for number, (day, width) in enumerate(zip(weekdays, self.widths, strict=True))
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
