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

from peerdesk.core.funder_report import Figure, FunderReport, GroupLine
from peerdesk.core.text import translate
from peerdesk.printing.blocks import boxed, heading_block, sheet_start, text
from peerdesk.printing.render import render_sheets, write_to
from peerdesk.printing.theme import INK, MUTED, RULE, SHADE, Paper, Theme


def _title() -> str:
    return translate("funder_report", "Activity report")


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
    period = _period(report)
    subject = translate("funder_report", "{title}, {period}").format(
        title=report.title, period=period
    )
    rendered = render_sheets([story], theme, title=_title(), subject=subject)
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
    printed_on = translate("funder_report", "Printed {date}").format(date=_day(printed))
    story: list[Flowable] = [
        sheet_start(
            translate("funder_report", "Activity report · {period}").format(period=_period(report)),
            note=translate("funder_report", "Figures only: nobody is named in this report."),
            note_right=printed_on,
        ),
        *heading_block(_title(), report.title, theme),
        Paragraph(f"<b>{text(_period(report))}</b>", styles.label),
        Paragraph(text(printed_on), styles.small),
    ]
    story += _headline(report, theme)
    if report.hidden_any:
        story.append(
            Paragraph(
                translate(
                    "funder_report",
                    "Some small numbers are hidden so that nobody can be identified: "
                    "“About these figures” at the end explains why.",
                ),
                styles.note,
            )
        )
    story += _months(report, theme)
    if len(report.groups) > 1:  # one group's line would only repeat the figures above
        story += _groups(report.groups, theme)
    story += _about(report, theme)
    return story


def _day(day: dt.date) -> str:
    """ "1 April 2026"."""
    return f"{day.day} {day:%B %Y}"


def _width(theme: Theme) -> float:
    """The width inside the frame's own padding: tables and charts end at the right margin."""
    return float(theme.frame_width - 12)


def _period(report: FunderReport) -> str:
    return translate("funder_report", "{first} to {last}").format(
        first=_day(report.date_from), last=_day(report.date_to)
    )


def _hours(hours: float) -> str:
    """ "380", "12.5": volunteer hours, no needless ".0"."""
    return f"{hours:,.0f}" if hours == int(hours) else f"{hours:,.1f}"


def _words(value: str) -> str:
    """A figure as markup: "fewer than 5" never breaks between "than" and its number."""
    return text(value).replace("than ", "than&nbsp;")


def _is_number(value: str) -> bool:
    return value[:1].isdigit()


# Headline tiles


@dataclass(frozen=True)
class _Tile:
    value: str
    label: str
    hint: str = ""


def _tile(figure: Figure, label: str, hint: str) -> _Tile:
    return _Tile(figure.text, label, hint)  # the text: a hidden figure's value never leaves here


def _headline(report: FunderReport, theme: Theme) -> list[Flowable]:
    bands = [
        (
            translate("funder_report", "Sessions"),
            [
                _Tile(f"{report.sessions_held:,}", translate("funder_report", "Sessions held")),
                _Tile(
                    f"{report.sessions_cancelled:,}",
                    translate("funder_report", "Sessions cancelled"),
                ),
                _Tile(
                    report.average_per_session,
                    translate("funder_report", "Average per session"),
                    translate("funder_report", "attendances"),
                ),
                _Tile(
                    _hours(report.facilitator_hours),
                    translate("funder_report", "Facilitator hours"),
                    translate("funder_report", "volunteer time"),
                ),
            ],
        ),
        (
            translate("funder_report", "Attendances"),
            [
                _tile(
                    report.total_attendances,
                    translate("funder_report", "Total attendances"),
                    translate("funder_report", "named and anonymous"),
                ),
                _tile(
                    report.named_attendances,
                    translate("funder_report", "Named"),
                    translate("funder_report", "on the register"),
                ),
                _tile(
                    report.anonymous_attendances,
                    translate("funder_report", "Anonymous"),
                    translate("funder_report", "headcount, no names"),
                ),
            ],
        ),
        (
            translate("funder_report", "People"),
            [
                _tile(
                    report.unique_people,
                    translate("funder_report", "Different people"),
                    translate("funder_report", "named people"),
                ),
                _tile(
                    report.new_people,
                    translate("funder_report", "New people"),
                    translate("funder_report", "first came in the period"),
                ),
                _tile(
                    report.returning_people,
                    translate("funder_report", "Returning people"),
                    translate("funder_report", "had come before"),
                ),
            ],
        ),
    ]
    band = ParagraphStyle(
        "band", parent=theme.styles.label_bold, spaceBefore=theme.base_size * 0.35, spaceAfter=2
    )
    return [
        KeepTogether([Paragraph(title, band), _tile_grid(tiles, theme)]) for title, tiles in bands
    ]


def _tile_grid(tiles: Sequence[_Tile], theme: Theme) -> Flowable:
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
                Paragraph(_words(tile.value), number if _is_number(tile.value) else word),
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
            Paragraph(translate("funder_report", "Month by month"), styles.heading),
            Paragraph(
                translate(
                    "funder_report",
                    "No sessions were held in this period, so there is nothing to chart.",
                ),
                styles.body,
            ),
        ]
    by_month = {line.month: line for line in report.months}
    attendances: list[_Bar] = []
    sessions: list[_Bar] = []
    months = _all_months(report.date_from, report.date_to)
    for month in months:
        line = by_month.get(month)
        if line is None:
            attendances.append(_Bar(month, None, translate("funder_report", "no sessions")))
            sessions.append(_Bar(month, 0))
            continue
        cell = line.attendances.cell
        attendances.append(_Bar(month, None if cell.hidden else cell.value, line.attendances.text))
        sessions.append(_Bar(month, line.sessions_held))
    hidden = any(line.attendances.cell.hidden for line in report.months)
    if hidden:
        caption = translate(
            "funder_report",
            "Named and anonymous attendances together. A month with no bar has a number too "
            "small to show, or one that would give a small number away.",
        )
    else:
        caption = translate("funder_report", "Named and anonymous attendances together.")
    height = theme.base_size * (19 if theme.large_print else 16)
    return [
        KeepTogether(
            [
                Paragraph(translate("funder_report", "Attendances each month"), styles.heading),
                Paragraph(caption, styles.small),
                Spacer(1, theme.base_size * 0.4),
                _bar_chart(
                    attendances,
                    translate("funder_report", "Attendances"),
                    theme,
                    height=height,
                    fill=_BAR,
                ),
            ]
        ),
        KeepTogether(
            [
                Paragraph(translate("funder_report", "Sessions held each month"), styles.heading),
                Spacer(1, theme.base_size * 0.4),
                _bar_chart(
                    sessions,
                    translate("funder_report", "Sessions"),
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
    note = translate(
        "funder_report",
        "Someone who came to more than one group is counted in each of them, and “new” means "
        "new to that group, so these lines can add up to more than the figures above.",
    )
    return [
        KeepTogether(
            [
                Paragraph(translate("funder_report", "Each group"), theme.styles.heading),
                _group_table(lines, theme),
                Paragraph(note, theme.styles.small),
            ]
        )
    ]


def _group_figures(line: GroupLine) -> list[tuple[str, str]]:
    """(heading, figure) pairs; a line break in a heading is where it wraps."""
    return [
        (translate("funder_report", "Sessions\nheld"), f"{line.sessions_held:,}"),
        (translate("funder_report", "Sessions\ncancelled"), f"{line.sessions_cancelled:,}"),
        (translate("funder_report", "Attendances"), line.attendances.text),
        (translate("funder_report", "Different\npeople"), line.unique_people.text),
        (translate("funder_report", "New\npeople"), line.new_people.text),
    ]


def _group_table(lines: Sequence[GroupLine], theme: Theme) -> Flowable:
    """A line per group, its name first and each figure's column as narrow as its widest heading
    or figure. In large print the name has a line of its own above its figures, so that the
    figures have the whole width."""
    styles, fonts, stacked = theme.styles, theme.fonts, theme.large_print
    head = ParagraphStyle("head", parent=styles.small, fontName=fonts.bold, textColor=INK)
    head_right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    number = ParagraphStyle("number", parent=styles.label, alignment=TA_RIGHT)
    words = ParagraphStyle("words", parent=head_right, fontName=fonts.regular)
    heads = [label for label, _ in _group_figures(lines[0])]
    rows: list[list[Paragraph | str]] = [
        ([] if stacked else [Paragraph(translate("funder_report", "Group"), head)])
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
        for column, (_, value) in enumerate(_group_figures(line)):
            fit = number if _is_number(value) else words
            figures.append(Paragraph(_words(value), fit))
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
    counting = [
        translate(
            "funder_report",
            "Sessions held are the sessions that went ahead in the period (up to the day the "
            "figures were taken); cancelled sessions are counted separately.",
        ),
        translate(
            "funder_report",
            "An attendance is one person at one session, so someone who came ten times counts "
            "ten times. Named attendances are people on the register; anonymous attendances are "
            "the headcount of people who came without giving a name.",
        ),
        translate(
            "funder_report",
            "Different people counts named people only, each once however often they came: "
            "people who give no name cannot be told apart. New people came to one of these "
            "groups for the first time in the period; returning people had come before.",
        ),
        translate(
            "funder_report",
            "The average is total attendances divided by sessions held. Facilitator hours are "
            "the length of each session held times the volunteer facilitators on its rota.",
        ),
    ]
    if report.hidden_any:
        heading = translate("funder_report", "Some numbers in this report are hidden")
    else:
        heading = translate("funder_report", "Small numbers")
    rule = [Paragraph(text(heading), styles.label_bold), Paragraph(_rule(report), styles.note)]
    story: list[Flowable] = [
        Paragraph(translate("funder_report", "About these figures"), styles.heading)
    ]
    spaced = ParagraphStyle("spaced", parent=styles.note, spaceAfter=theme.base_size * 0.45)
    story += [Paragraph(text(line), spaced) for line in counting]
    story += [Spacer(1, theme.base_size * 0.5), boxed(rule, theme, shaded=report.hidden_any)]
    return [KeepTogether(story)]


def _rule(report: FunderReport) -> str:
    """The small-number rule in words, for this report's threshold."""
    threshold = report.threshold
    if threshold <= 1:
        return text(
            translate(
                "funder_report",
                "Every number is shown: the small-number rule was turned off for this report.",
            )
        )
    if threshold == 2:
        rule = translate(
            "funder_report",
            "The number 1 is shown as “fewer than {threshold}”, and where a hidden number could "
            "be worked out from the others, one more is “not shown”; in the charts, such a month "
            "has no bar. Nobody can be identified from this report.",
        )
    else:
        rule = translate(
            "funder_report",
            "Numbers from 1 to {highest} are shown as “fewer than {threshold}”, and where a "
            "hidden number could be worked out from the others, one more is “not shown”; in the "
            "charts, such a month has no bar. Nobody can be identified from this report.",
        )
    rule = rule.format(highest=threshold - 1, threshold=threshold)
    if not report.hidden_any:
        rule += " " + translate("funder_report", "No number in this report needed hiding.")
    return text(rule)
