"""What goes in one day's cell of the printed rota: type sizes at a scale, the day's top line,
lines to write a name on, and a dashed rule between two sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from peerdesk.core.text import translate
from peerdesk.printing.theme import INK, MUTED, RULE, Theme


def places_to_fill(number: int) -> str:
    """ "one place to fill", "two places to fill", … "12 places to fill" (a sentence each)."""
    if 1 <= number <= 5:
        return (
            translate("rota", "one place to fill"),
            translate("rota", "two places to fill"),
            translate("rota", "three places to fill"),
            translate("rota", "four places to fill"),
            translate("rota", "five places to fill"),
        )[number - 1]
    return translate("rota", "{count} places to fill").format(count=number)


@dataclass(frozen=True)
class CellType:
    """Type sizes in the day cells, at one scale."""

    day: ParagraphStyle
    quiet_day: ParagraphStyle  # a day in the month but outside the rota's dates
    time: ParagraphStyle
    group: ParagraphStyle
    aside: ParagraphStyle
    name: ParagraphStyle
    write_in: float  # the height of a line to write a name on
    gap: float  # between two sessions on the same day


def cell_type(theme: Theme, scale: float) -> CellType:
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
    return CellType(
        day=style("day", base * 1.05, bold=True),
        quiet_day=style("quiet_day", base * 1.05, colour=MUTED),
        time=style("time", base * scale, bold=True),
        group=style("group", base * 0.85 * scale),
        aside=style("aside", max(theme.small_size, base * 0.8 * scale), colour=MUTED),
        name=style("name", name, bold=True),
        write_in=name * 1.4,
        gap=base * 0.7 * scale,
    )


def fitted(style: ParagraphStyle, words: str, width: float) -> ParagraphStyle:
    """``style``, smaller where one long word would not fit the width (down to 55%)."""
    wide = stringWidth(words, style.fontName, style.fontSize)
    if wide <= width:
        return style
    size = max(style.fontSize * 0.55, style.fontSize * width / wide)
    return ParagraphStyle(style.name + "-fitted", parent=style, fontSize=size, leading=size * 1.18)


class WriteIn(Flowable):  # type: ignore[misc]
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


class Divider(WriteIn):
    """A light dashed rule between two sessions on the same day."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(2, 2)
        self.canv.line(0, self.height / 2, self.width, self.height / 2)
        self.canv.restoreState()


class DayTop(Flowable):  # type: ignore[misc]
    """The top line of a day: the first session's time on the left, the date on the right (or
    the time on a line of its own where both do not fit)."""

    def __init__(self, day: str, day_style: ParagraphStyle, time: str, kind: CellType) -> None:
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


def stacked_height(flowables: Sequence[Flowable], width: float) -> float:
    return float(sum(f.wrap(width, 10_000)[1] for f in flowables))
