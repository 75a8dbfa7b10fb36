"""The availability form, to hand round at a meeting: a page per facilitator listing the session
dates of their groups with three boxes to tick on each, and a blank page for someone new.

Each person's dates stay on one side of paper where they can: the rows are set tighter, then in
two columns, and only then go on to a second page, which repeats the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    LayoutError,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.availability import AvailabilityDate, AvailabilityForm, AvailabilityPage
from peerdesk.core.pack_data import Paper
from peerdesk.core.text import listed, translate
from peerdesk.printing.blocks import (
    clock,
    heading_block,
    height_of,
    sheet_start,
    text,
    write_lines,
)
from peerdesk.printing.render import render_sheets, write_to
from peerdesk.printing.sheets.consent_form import TickBox
from peerdesk.printing.theme import INK, MUTED, RULE, SHADE, Theme


def _title() -> str:
    return translate("availability", "When can you facilitate?")


def _choices() -> tuple[str, str, str]:
    """The three answers, as the columns of tick boxes are headed."""
    return (
        translate("availability", "Can do"),
        translate("availability", "Maybe"),
        translate("availability", "Can't"),
    )


def build_availability_pdf(
    form: AvailabilityForm, *, paper: Paper = "A4", large_print: bool = False
) -> bytes:
    """One sheet per page of the form (a person, or the blank page), each numbered on its own."""
    theme = Theme.for_print(paper, large_print=large_print)
    sheets = [_Sheet(form, page, theme).story() for page in form.pages]
    rendered = render_sheets(sheets, theme, title=_title(), subject=_span(form))
    return rendered.data


def write_availability_pdf(
    path: Path, form: AvailabilityForm, *, paper: Paper = "A4", large_print: bool = False
) -> Path:
    """Write the form to ``path`` (the whole file or nothing); raises ``StorageError``."""
    write_to(path, build_availability_pdf(form, paper=paper, large_print=large_print))
    return path


def _span(form: AvailabilityForm) -> str:
    first, last = form.date_from, form.date_to
    return translate("availability", "Sessions from {first} to {last}").format(
        first=f"{first.day} {first:%B %Y}", last=f"{last.day} {last:%B %Y}"
    )


def _one_page(story: list[Flowable], theme: Theme) -> bool:
    """Whether a sheet fits one side of paper, found by laying it out (exact, where adding up
    heights would have to guess how reportlab keeps a question together)."""
    try:
        return render_sheets([story], theme, title=_title()).sheet_pages == (1,)
    except LayoutError:  # two columns of dates taller than a page cannot be split
        return False


@dataclass(frozen=True)
class _Fit:
    """How tightly the dates are set: their type size, tick boxes, row padding, columns."""

    size: float
    box: float
    pad: float
    columns: int


def _fits(theme: Theme) -> list[_Fit]:
    """From the roomiest to the tightest. Large print keeps its size and one column."""
    base, box = theme.base_size, theme.box_size
    roomy = _Fit(base, box * 0.75, base * 0.3, 1)
    closer = _Fit(base, box * 0.68, base * 0.22, 1)
    tight = _Fit(base * 0.9, box * 0.62, base * 0.2, 1)
    if theme.large_print:
        return [roomy, closer, tight]
    return [roomy, closer, tight, _Fit(base * 0.9, box * 0.62, base * 0.2, 2)]


class _Sheet:
    """One person's page (or pages)."""

    def __init__(self, form: AvailabilityForm, page: AvailabilityPage, theme: Theme) -> None:
        self.form, self.page, self.theme = form, page, theme
        self.several = len({d.group_name for d in page.dates}) > 1

    # -- around the dates ----------------------------------------------------------------------
    def _top(self, continued: bool) -> list[Flowable]:
        theme, page = self.theme, self.page
        if continued:
            return [
                *heading_block(translate("availability", "More dates"), "", theme),
                self._answer(translate("availability", "Name"), page.name),
                Spacer(1, theme.base_size),
            ]
        groups = listed(page.group_names)
        can, maybe, cannot = _choices()
        intro = translate(
            "availability",
            "Please tick <b>{can}</b>, <b>{maybe}</b> or <b>{cannot}</b> for each date. "
            "Every date you can do is a real help. Thank you!",
        ).format(can=can, maybe=maybe, cannot=cannot)
        hint = ""
        if page.sessions_per_month is not None:
            offer = page.sessions_per_month
            if offer:
                hint = translate("availability", "At the moment: {count} a month")
            else:
                hint = translate("availability", "At the moment: none")
            hint = hint.format(count=offer)
        offered = translate("availability", "How many sessions a month can you offer?")
        return [
            *heading_block(_title(), f"{_span(self.form)}\n{groups}", theme),
            self._answer(translate("availability", "Name"), page.name),
            Spacer(1, theme.base_size * 0.5),
            Paragraph(intro, theme.styles.body),
            self._answer(offered, "", short=True, hint=hint),
            Spacer(1, theme.base_size * 0.6),
        ]

    def _bottom(self) -> list[Flowable]:
        """Two boxes of lines side by side: dates away, and anything else."""
        theme = self.theme
        styles = theme.styles
        gap = theme.base_size * 1.5
        half = (theme.frame_width - gap) / 2
        lines = 2 if theme.large_print else 3
        away = [
            Paragraph(translate("availability", "Dates I'm away"), styles.heading),
            Paragraph(translate("availability", "Holidays, appointments and so on."), styles.note),
            write_lines(lines, theme, width=half),
        ]
        other = [
            Paragraph(translate("availability", "Anything we should know?"), styles.heading),
            Paragraph(translate("availability", "Or a note for the organiser."), styles.note),
            write_lines(lines, theme, width=half),
        ]
        both = Table([[away, "", other]], colWidths=[half, gap, half], hAlign="LEFT")
        both.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [Spacer(1, theme.base_size * 0.6), both]

    def _answer(self, label: str, value: str, *, short: bool = False, hint: str = "") -> Table:
        """A label in bold and a line to write on (with ``value`` already on it, if given)."""
        theme = self.theme
        size = theme.base_size
        label_width = stringWidth(label, theme.fonts.bold, size) + size * 0.6
        line = size * 5 if short else theme.frame_width - label_width
        hint_width = theme.frame_width - label_width - line
        value_style = ParagraphStyle(
            "answer", parent=theme.styles.label_bold, fontSize=size * 1.3, leading=size * 1.5
        )
        cells: list[Flowable] = [
            Paragraph(text(label), theme.styles.label_bold),
            Paragraph(text(value), value_style),
        ]
        widths = [label_width, line]
        rows = [cells]
        small = theme.styles.small
        style = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (-1, 0), size * 0.4),
            ("TOPPADDING", (0, 0), (-1, 0), size * 0.9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.25),
            ("LINEBELOW", (1, 0), (1, 0), 0.9, INK),
        ]
        if hint and stringWidth(hint, small.fontName, small.fontSize) + size < hint_width:
            cells.append(Paragraph(text(hint), small))
            widths.append(hint_width)
        elif hint:  # no room beside the line: under it
            rows.append([Paragraph(text(hint), small), ""])
            style.append(("SPAN", (0, 1), (-1, 1)))
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    # -- the dates -----------------------------------------------------------------------------
    def _rows(
        self, dates: Sequence[AvailabilityDate], fit: _Fit, *, under: bool
    ) -> list[list[object]]:
        """Table rows: a shaded row for each month, then a row per date. Side by side (two
        columns) a row has only the date and time, and ``under`` them the group."""
        theme = self.theme
        style = ParagraphStyle(
            "date", parent=theme.styles.label, fontSize=fit.size, leading=fit.size * 1.2
        )
        bold = ParagraphStyle("date-bold", parent=style, fontName=theme.fonts.bold)
        small = ParagraphStyle(
            "date-small", parent=style, fontSize=fit.size * 0.85, leading=fit.size, textColor=MUTED
        )
        rows: list[list[object]] = []
        month = None
        for d in dates:
            if d.day.replace(day=1) != month:
                month = d.day.replace(day=1)
                rows.append([Paragraph(f"{month:%B %Y}", bold)])
            boxes = [TickBox(fit.box) for _ in range(3)]
            day = f"{d.day:%a} {d.day.day} {d.day:%b}"
            if fit.columns == 2:
                when: list[Flowable] = [
                    Paragraph(f"<b>{day}</b>&nbsp;&nbsp;{clock(d.start)}", style)
                ]
                if under:
                    when.append(Paragraph(text(d.group_name), small))
                rows.append([when, *boxes])
                continue
            # The group, and under it the place; large print puts the time under the date,
            # to leave the group's name room for one line.
            what = [Paragraph(text(d.group_name), style)] if self.several else []
            what.append(Paragraph(text(d.venue_name), small if self.several else style))
            if theme.large_print:
                when = [Paragraph(day, bold), Paragraph(clock(d.start), style)]
                rows.append([when, what, *boxes])
            else:
                rows.append([Paragraph(day, bold), Paragraph(clock(d.start), style), what, *boxes])
        return rows

    def _table(
        self, dates: Sequence[AvailabilityDate], fit: _Fit, width: float, *, under: bool = False
    ) -> Table:
        theme = self.theme
        head = ParagraphStyle(
            "head", parent=theme.styles.label_bold, fontSize=fit.size * 0.9, leading=fit.size
        )
        choices = _choices()
        box_width = fit.size * 0.6 + max(
            fit.box + fit.size, *(stringWidth(c, head.fontName, head.fontSize) for c in choices)
        )
        date = translate("availability", "Date")
        if fit.columns == 2:
            header = [date]
            widths = [width - 3 * box_width]
        else:
            date_width = stringWidth("Wed 30 Sep", theme.fonts.bold, fit.size) + fit.size * 0.8
            time_width = stringWidth("00:00", theme.fonts.regular, fit.size) + fit.size * 0.8
            if self.several:
                what = translate("availability", "Group and place")
            else:
                what = translate("availability", "Where")
            if theme.large_print:
                header, widths = [date, what], [date_width]
            else:
                time = translate("availability", "Time")
                header, widths = [date, time, what], [date_width, time_width]
            widths.append(width - sum(widths) - 3 * box_width)
        header += list(choices)
        widths += [box_width] * 3
        rows = [[Paragraph(h, head) for h in header], *self._rows(dates, fit, under=under)]
        rows = [r + [""] * (len(header) - len(r)) for r in rows]
        table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (-3, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), fit.size * 0.3),
            ("RIGHTPADDING", (0, 0), (-1, -1), fit.size * 0.3),
            ("TOPPADDING", (0, 0), (-1, -1), fit.pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), fit.pad),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ]
        for number, row in enumerate(rows):
            if number and row[1] == "":  # a month
                style += [
                    ("SPAN", (0, number), (-1, number)),
                    ("BACKGROUND", (0, number), (-1, number), SHADE),
                ]
        table.setStyle(TableStyle(style))
        return table

    def _dates(self, fit: _Fit) -> Flowable:
        dates = self.page.dates
        width = self.theme.frame_width  # as wide as the lines to write on below
        if fit.columns == 1:
            return self._table(dates, fit, width)
        gap = self.theme.base_size
        half = (width - gap) / 2
        groups = [g for g in self.page.group_names if any(d.group_name == g for d in dates)]
        cells: list[list[Flowable]]
        if len(groups) == 2:
            # Two groups: one column each, under its name.
            cells = [
                [
                    Paragraph(text(g), self.theme.styles.label_bold),
                    self._table([d for d in dates if d.group_name == g], fit, half),
                ]
                for g in groups
            ]
        else:
            middle = (len(dates) + 1) // 2
            under = len(groups) > 2
            cells = [
                [self._table(dates[:middle], fit, half, under=under)],
                [self._table(dates[middle:], fit, half, under=under)],
            ]
        both = Table([[cells[0], "", cells[1]]], colWidths=[half, gap, half], hAlign="LEFT")
        both.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return both

    # -- the page ------------------------------------------------------------------------------
    def _start(self) -> Flowable:
        return sheet_start(
            translate("availability", "Availability form · {name}").format(name=self.page.name)
            if self.page.name
            else translate("availability", "Availability form · for someone new"),
            note=translate("availability", "Please hand this back to the organiser. Thank you!"),
        )

    def _whole(self, fit: _Fit) -> list[Flowable]:
        return [self._start(), *self._top(False), self._dates(fit), *self._bottom()]

    def story(self) -> list[Flowable]:
        """The sheet on one page if any way of setting the dates fits; else over several."""
        fits = _fits(self.theme)
        for fit in fits:
            if _one_page(self._whole(fit), self.theme):
                return self._whole(fit)  # made afresh: a laid-out flowable keeps its state
        return self._pages(fits[-1] if self.theme.large_print else fits[2])

    def _pages(self, fit: _Fit) -> list[Flowable]:
        """The dates over as many pages as they need, each under the name again; the questions
        at the end."""
        theme = self.theme
        width = theme.frame_width
        pages: list[list[AvailabilityDate]] = [[]]
        for d in self.page.dates:
            if pages[-1]:
                trial = [*self._top(len(pages) > 1), self._table([*pages[-1], d], fit, width)]
                if height_of(trial, theme) > theme.frame_height:
                    pages.append([])
            pages[-1].append(d)
        last = [self._start(), *self._top(len(pages) > 1), self._table(pages[-1], fit, width)]
        if not _one_page([*last, *self._bottom()], theme):
            # The questions do not fit under the last dates: a few dates go over with them.
            keep = max(1, len(pages[-1]) - 2)
            pages[-1], moved = pages[-1][:keep], pages[-1][keep:]
            pages.append(moved)
        story: list[Flowable] = [self._start()]
        for number, part in enumerate(pages):
            if number:
                story.append(PageBreak())
            story += self._top(number > 0)
            if part:
                story.append(self._table(part, fit, width))
        return [*story, *self._bottom()]
