"""The funder report as a PDF: what the groups did in a period, with charts, naming nobody.

For a funder or a treasurer reading quickly: the groups and the period, the headline figures as
tiles, attendances and sessions month by month as bar charts, a line per group, and a plain note
on how the figures are counted and why some are hidden. A hidden figure is only ever printed as
its words ("fewer than 5", "not shown"): in a chart it has no bar, never its real height. Only
groups are named, never a person.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, Group, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from peerdesk.core.funder_report import FunderReport, GroupLine
from peerdesk.printing import funder_words as words
from peerdesk.printing.blocks import boxed, heading_block, sheet_start, text
from peerdesk.printing.render import render_sheets, write_to
from peerdesk.printing.theme import INK, MUTED, RULE, SHADE, Paper, Theme

_BAR = colors.HexColor("#595959")  # attendances: dark enough to photocopy
_LIGHT_BAR = colors.HexColor("#a6a6a6")  # sessions: lighter, so the two charts differ at a glance


def build_funder_report_pdf(
    report: FunderReport,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
    printed: dt.date | None = None,
) -> bytes:
    """The report as a PDF; ``printed`` (default today) is the date it says it was printed."""
    theme = Theme.for_print(paper, large_print=large_print)
    story = build_funder_report(report, theme, printed=printed or dt.date.today())
    rendered = render_sheets([story], theme, title=words.title(), subject=words.subject(report))
    return rendered.data


def write_funder_report_pdf(
    path: Path, report: FunderReport, *, paper: Paper = "A4", large_print: bool = False
) -> Path:
    """Write the report, printed today, to ``path``: the whole file or nothing, readable by its
    owner only. Raises ``StorageError`` when it cannot be written."""
    write_to(path, build_funder_report_pdf(report, paper=paper, large_print=large_print))
    return path


def build_funder_report(report: FunderReport, theme: Theme, *, printed: dt.date) -> list[Flowable]:
    """The report's flowables: title, headline figures, charts, groups, how figures are counted."""
    styles = theme.styles
    printed_on = words.printed_on(printed)
    story: list[Flowable] = [
        sheet_start(words.running_head(report), note=words.nobody_named(), note_right=printed_on),
        *heading_block(words.title(), report.title, theme),
        Paragraph(f"<b>{text(words.period(report))}</b>", styles.label),
        Paragraph(text(printed_on), styles.small),
    ]
    story += _headline(report, theme)
    if report.hidden_any:
        story.append(Paragraph(text(words.hidden_note()), styles.note))
    story += _months(report, theme)
    if len(report.groups) > 1:  # one group's line would only repeat the figures above
        story += _groups(report.groups, theme)
    story += _about(report, theme)
    return story


def _width(theme: Theme) -> float:
    """The width inside the frame's own padding: tables and charts end at the right margin."""
    return float(theme.frame_width - 12)


def _figure(value: str) -> str:
    """A figure as markup: "fewer than 5" never breaks between "than" and its number."""
    return text(value).replace("than ", "than&nbsp;")


def _is_number(value: str) -> bool:
    return value[:1].isdigit()


# Headline tiles


def _headline(report: FunderReport, theme: Theme) -> list[Flowable]:
    bands = words.headline(report)
    band = ParagraphStyle(
        "band", parent=theme.styles.label_bold, spaceBefore=theme.base_size * 0.35, spaceAfter=2
    )
    return [
        KeepTogether([Paragraph(title, band), _tile_grid(tiles, theme)]) for title, tiles in bands
    ]


def _tile_grid(tiles: Sequence[words.Tile], theme: Theme) -> Flowable:
    columns = 2 if theme.large_print else 4
    size = theme.base_size
    number = ParagraphStyle(
        "tile_number",
        parent=theme.styles.label_bold,
        fontSize=size * 1.7,
        leading=size * 2.0,
    )
    word = ParagraphStyle("tile_word", parent=number, fontSize=size * 1.1, leading=size * 2.0)
    label = ParagraphStyle("tile_label", parent=theme.styles.label_bold, leading=size * 1.25)
    cells: list[list[object]] = []
    for start in range(0, len(tiles), columns):
        row: list[object] = []
        for tile in tiles[start : start + columns]:
            content = [
                Paragraph(_figure(tile.value), number if _is_number(tile.value) else word),
                Paragraph(text(tile.label), label),
            ]
            if tile.hint:
                content.append(Paragraph(text(tile.hint), theme.styles.small))
            row.append(content)
        cells.append(row + [""] * (columns - len(row)))
    table = Table(cells, colWidths=[_width(theme) / columns] * columns, hAlign="LEFT")
    gap = size * 0.5
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), size * 0.7),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.5),
        ("INNERGRID", (0, 0), (-1, -1), gap, colors.white),  # white gaps between the tiles
    ]
    for index in range(len(tiles)):
        column, row_number = index % columns, index // columns
        style.append(("BACKGROUND", (column, row_number), (column, row_number), SHADE))
    table.setStyle(TableStyle(style))
    return table


# Month-by-month charts


@dataclass(frozen=True)
class _Bar:
    month: dt.date
    value: int | None  # None: no bar, and ``words`` instead
    words: str = ""


def _months(report: FunderReport, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    if not report.months:
        return [
            Paragraph(text(words.months_heading()), styles.heading),
            Paragraph(text(words.nothing_to_chart()), styles.body),
        ]
    by_month = {line.month: line for line in report.months}
    attendances: list[_Bar] = []
    sessions: list[_Bar] = []
    months = _all_months(report.date_from, report.date_to)
    for month in months:
        line = by_month.get(month)
        if line is None:
            attendances.append(_Bar(month, None, words.no_sessions()))
            sessions.append(_Bar(month, 0))
            continue
        cell = line.attendances.cell
        attendances.append(_Bar(month, None if cell.hidden else cell.value, line.attendances.text))
        sessions.append(_Bar(month, line.sessions_held))
    hidden = any(line.attendances.cell.hidden for line in report.months)
    caption = words.attendances_caption(hidden=hidden)
    height = theme.base_size * (19 if theme.large_print else 16)
    return [
        KeepTogether(
            [
                Paragraph(text(words.attendances_heading()), styles.heading),
                Paragraph(text(caption), styles.small),
                Spacer(1, theme.base_size * 0.4),
                _bar_chart(
                    attendances,
                    words.attendances_axis(),
                    theme,
                    height=height,
                    fill=_BAR,
                ),
            ]
        ),
        KeepTogether(
            [
                Paragraph(text(words.sessions_heading()), styles.heading),
                Spacer(1, theme.base_size * 0.4),
                _bar_chart(
                    sessions,
                    words.sessions_axis(),
                    theme,
                    height=height * 0.7,
                    fill=_LIGHT_BAR,
                ),
            ]
        ),
    ]


def _all_months(date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    """The first day of every month the period touches."""
    months, month = [], date_from.replace(day=1)
    while month <= date_to:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _month_labels(months: Sequence[dt.date], room: float, font: str, size: float) -> list[str]:
    """ "Mar" under each bar, the year under the first month of each year; where the bars are too
    narrow for that, only every third month (Jan, Apr, Jul, Oct) or only each January."""
    wanted = stringWidth("May ", font, size)
    every = next((n for n in (1, 3) if room * n >= wanted), 12)
    labels, years = [], set()
    for month in months:
        if (month.month - 1) % every:
            labels.append("")
            continue
        labels.append(f"{month:%b}" if month.year in years else f"{month:%b}\n{month:%Y}")
        years.add(month.year)
    return labels


def _scale(highest: int) -> tuple[int, int]:
    """An axis top and step from 0: round numbers, at most five steps."""
    if highest <= 0:
        return 10, 2
    magnitude = 10 ** max(0, int(math.log10(highest)) - 1)
    for step in (m * magnitude for m in (1, 2, 5, 10, 20, 50, 100)):
        if highest <= step * 5:
            return step * math.ceil(highest / step), step
    raise AssertionError("unreachable: the steps above reach past any highest value")


def _bar_chart(
    bars: Sequence[_Bar], axis_title: str, theme: Theme, *, height: float, fill: colors.Color
) -> Drawing:
    """A bar per month with its number on top; a bar with no value is left out and its words
    (e.g. "fewer than 5") stand in the gap instead, so a hidden figure never has a height."""
    font, bold, size = theme.fonts.regular, theme.fonts.bold, theme.small_size
    width = _width(theme)
    shown = [bar.value for bar in bars if bar.value is not None]
    top, step = _scale(max(shown, default=0))
    tick_width = stringWidth(f"{top:,}", font, size)
    chart = VerticalBarChart()
    chart.x = size * 1.6 + tick_width + 6
    chart.y = 2 * size * 1.2 + 6  # room for a month and a year
    chart.width = width - chart.x - 2
    chart.height = height - chart.y - size * 1.6
    chart.data = [[bar.value for bar in bars]]
    chart.barWidth, chart.groupSpacing = 2, 1  # bars two thirds of each month's width
    chart.bars[0].fillColor = fill
    chart.bars[0].strokeColor = None
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName, axis.labels.fontSize = font, size
    axis.labelTextFormat = lambda value: f"{int(value):,}"
    axis.strokeColor = RULE
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = True, RULE, 0.3
    categories = chart.categoryAxis
    slot = chart.width / len(bars)
    categories.categoryNames = _month_labels([bar.month for bar in bars], slot, font, size)
    categories.labels.fontName, categories.labels.fontSize = font, size
    categories.labels.boxAnchor, categories.labels.dy = "n", -3
    categories.labels.leading = size * 1.2
    categories.strokeColor, categories.visibleTicks = INK, False
    if max((stringWidth(f"{v:,}", bold, size) for v in shown), default=0) < slot:
        chart.barLabelFormat = lambda value: f"{value:,}"
        chart.barLabels.fontName, chart.barLabels.fontSize = bold, size
        chart.barLabels.boxAnchor, chart.barLabels.nudge = "s", 2
    drawing = Drawing(width, height)
    drawing.add(chart)
    title = String(0, 0, axis_title, fontName=font, fontSize=size, fillColor=MUTED)
    title.textAnchor = "middle"
    drawing.add(Group(title, transform=(0, 1, -1, 0, size, chart.y + chart.height / 2)))
    for number, bar in enumerate(bars):
        if bar.value is None:
            middle = chart.x + (number + 0.5) * slot
            for shape in _gap_words(bar.words, middle, chart.y, slot, font, size):
                drawing.add(shape)
    return drawing


def _gap_words(
    words: str, middle: float, bottom: float, room: float, font: str, size: float
) -> list[Group | String]:
    """``words`` standing in a month's gap: stacked a word or two a line where they fit across
    the gap, else turned on their side."""
    lines: list[str] = []
    for word in words.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(joined, font, size) <= room * 0.95:
            lines[-1] = joined
        else:
            lines.append(word)
    if max(stringWidth(line, font, size) for line in lines) > room * 0.95:
        side = String(0, -size * 0.35, words, fontName=font, fontSize=size, fillColor=MUTED)
        return [Group(side, transform=(0, 1, -1, 0, middle, bottom + 3))]
    shapes: list[Group | String] = []
    for number, line in enumerate(reversed(lines)):
        y = bottom + 4 + number * size * 1.15
        shapes.append(
            String(
                middle, y, line, fontName=font, fontSize=size, fillColor=MUTED, textAnchor="middle"
            )
        )
    return shapes


# Groups and the note


def _groups(lines: Sequence[GroupLine], theme: Theme) -> list[Flowable]:
    note = words.groups_note()
    return [
        KeepTogether(
            [
                Paragraph(text(words.groups_heading()), theme.styles.heading),
                _group_table(lines, theme),
                Paragraph(text(note), theme.styles.small),
            ]
        )
    ]


def _group_table(lines: Sequence[GroupLine], theme: Theme) -> Flowable:
    """A line per group, its name first and each figure's column as narrow as its widest heading
    or figure. In large print the name has a line of its own above its figures, so that the
    figures have the whole width."""
    styles, fonts, stacked = theme.styles, theme.fonts, theme.large_print
    head = ParagraphStyle("head", parent=styles.small, fontName=fonts.bold, textColor=INK)
    head_right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    number = ParagraphStyle("number", parent=styles.label, alignment=TA_RIGHT)
    figure_words = ParagraphStyle("words", parent=head_right, fontName=fonts.regular)
    heads = [label for label, _ in words.group_figures(lines[0])]
    rows: list[list[Paragraph | str]] = [
        ([] if stacked else [Paragraph(text(words.group_column()), head)])
        + [Paragraph(text(label), head_right) for label in heads]
    ]
    widths = [
        max(stringWidth(word, fonts.bold, head.fontSize) for word in label.split())
        for label in heads
    ]
    pad = theme.base_size * 0.35
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),  # the first column flush with the heading
        ("LEFTPADDING", (1, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),  # under the headings
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),  # between the groups
    ]
    for line in lines:
        name = Paragraph(text(line.group_name), styles.label_bold if stacked else styles.label)
        if stacked:
            rows.append([name] + [""] * (len(heads) - 1))
            style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0, colors.white))
        figures: list[Paragraph | str] = [] if stacked else [name]
        for column, (_, value) in enumerate(words.group_figures(line)):
            fit = number if _is_number(value) else figure_words
            figures.append(Paragraph(_figure(value), fit))
            widths[column] = max(widths[column], stringWidth(value, fit.fontName, fit.fontSize))
        rows.append(figures)
    if stacked:
        column_widths = [_width(theme) / len(heads)] * len(heads)
    else:
        columns = [width + 12 for width in widths]  # the padding either side, and a little air
        column_widths = [_width(theme) - sum(columns), *columns]
    table = Table(rows, colWidths=column_widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _about(report: FunderReport, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    rule = [
        Paragraph(text(words.rule_heading(report)), styles.label_bold),
        Paragraph(text(words.small_number_rule(report)), styles.note),
    ]
    story: list[Flowable] = [Paragraph(text(words.about_heading()), styles.heading)]
    spaced = ParagraphStyle("spaced", parent=styles.note, spaceAfter=theme.base_size * 0.45)
    story += [Paragraph(text(line), spaced) for line in words.counting_notes()]
    story += [Spacer(1, theme.base_size * 0.5), boxed(rule, theme, shaded=report.hidden_any)]
    return [KeepTogether(story)]
