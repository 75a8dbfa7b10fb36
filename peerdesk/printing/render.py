"""Lay sheets out on pages and write the PDF: page footers, metadata and a safe write.

A sheet starts with a ``SheetStart`` carrying its footer. Pages are numbered within each sheet
("page 1 of 2"), so a pack holding several sheets still numbers each one from 1, and every copy of
a sheet is the same. A pack also gives a running header (the group and the session's date) for the
top of every page.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    PageBreak,
    SimpleDocTemplate,
)

from peerdesk import __version__
from peerdesk.core.files import write_atomically
from peerdesk.core.text import translate
from peerdesk.printing.theme import MUTED, RULE, Theme

FlowablesBuilder = Callable[[Theme], list[Flowable]]


@dataclass(frozen=True)
class Footer:
    """What each page of a sheet says at the bottom. ``page X of Y`` is added on the right."""

    label: str  # e.g. the form's title and version
    note: str = ""  # a small second line, e.g. where to file the sheet
    note_right: str = ""  # on the right of the second line (or below it when there is no room)


class SheetStart(Flowable):  # type: ignore[misc]
    """Invisible marker at the top of a sheet: from here on, pages carry this sheet's footer."""

    def __init__(self, footer: Footer) -> None:
        super().__init__()
        self.footer = footer
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, _FooterCanvas):
            canvas.start_sheet(self.footer)


@dataclass(frozen=True)
class Header:
    """A small line at the top of every page of a pack, e.g. the group (left) and date (right)."""

    left: str
    right: str = ""


@dataclass(frozen=True)
class Rendered:
    """A laid-out PDF and how many pages each sheet took, in the order the sheets were given."""

    data: bytes
    sheet_pages: tuple[int, ...]

    @property
    def pages(self) -> int:
        return sum(self.sheet_pages)


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each footer can say how many pages its sheet has."""

    def __init__(
        self, *args: Any, theme: Theme, header: Header | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._theme = theme
        self._header = header
        self._pages: list[dict[str, Any]] = []
        self._footers: list[tuple[int, Footer | None]] = []  # (sheet number, footer) per page
        self._sheet = 0
        self._footer: Footer | None = None

    def start_sheet(self, footer: Footer) -> None:
        self._sheet += 1
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._footers.append((self._sheet, self._footer))
        self._startPage()  # type: ignore[attr-defined]  # what Canvas.showPage does

    def sheet_pages(self) -> tuple[int, ...]:
        """Pages per sheet, for sheets 1, 2, ... (pages before the first sheet are not counted)."""
        counts = [0] * self._sheet
        for sheet, _ in self._footers:
            if sheet:
                counts[sheet - 1] += 1
        return tuple(counts)

    def save(self) -> None:
        totals: dict[int, int] = {}
        for sheet, _ in self._footers:
            totals[sheet] = totals.get(sheet, 0) + 1
        seen: dict[int, int] = {}
        for state, (sheet, footer) in zip(self._pages, self._footers, strict=True):
            self.__dict__.update(state)
            seen[sheet] = seen.get(sheet, 0) + 1
            if self._header is not None:
                self._draw_header(self._header)
            if footer is not None:
                self._draw_footer(footer, seen[sheet], totals[sheet])
            super().showPage()
        super().save()

    def _draw_header(self, header: Header) -> None:
        """In the top margin, small and grey: which session this page belongs to."""
        theme = self._theme
        width, height = theme.page_size
        size = theme.footer_size
        baseline = height - theme.margin * 0.5 - size * 0.35
        self.saveState()
        self.setFillColor(MUTED)
        self.setFont(theme.fonts.regular, size)
        room = width - 2 * theme.margin
        if header.right:
            self.drawRightString(width - theme.margin, baseline, header.right)
            room -= stringWidth(header.right + "    ", theme.fonts.regular, size)
        self.drawString(theme.margin, baseline, _fit(header.left, room, theme.fonts.regular, size))
        self.restoreState()

    def _draw_footer(self, footer: Footer, page: int, pages: int) -> None:
        theme = self._theme
        width = theme.page_size[0]
        left, right = theme.margin, width - theme.margin
        size = theme.footer_size
        top = theme.margin * 0.55 + theme.footer_height
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, top, right, top)
        self.setFillColor(MUTED)
        self.setFont(theme.fonts.regular, size)
        first = top - size * 1.45
        numbers = translate("render", "page {page} of {pages}").format(page=page, pages=pages)
        room = right - left - stringWidth(numbers + "    ", theme.fonts.regular, size)
        self.drawString(left, first, _fit(footer.label, room, theme.fonts.regular, size))
        self.drawRightString(right, first, numbers)
        second = first - size * 1.5
        if footer.note:
            self.drawString(left, second, footer.note)
        if footer.note_right:
            needed = stringWidth(footer.note + "    ", theme.fonts.regular, size)
            fits = (
                not footer.note
                or needed + stringWidth(footer.note_right, theme.fonts.regular, size)
                <= right - left
            )
            self.drawRightString(right, second if fits else second - size * 1.5, footer.note_right)
        self.restoreState()


def _fit(text: str, width: float, font: str, size: float) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_pdf(
    build: FlowablesBuilder,
    theme: Theme,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    title: str,
    subject: str = "",
) -> int:
    """Lay out ``build(theme)`` and write the PDF to a path (atomically) or a binary stream.

    Returns the number of pages. A path that cannot be written raises ``StorageError``.
    """
    data, pages, _ = _layout(build(theme), theme, title=title, subject=subject)
    write_to(target, data)
    return pages


def render_sheets(
    sheets: Sequence[list[Flowable]],
    theme: Theme,
    *,
    title: str,
    subject: str = "",
    header: Header | None = None,
) -> Rendered:
    """Lay out several sheets in one PDF, each starting on a new page. Each sheet's story must
    begin with a ``SheetStart``; the result says how many pages each sheet took."""
    story: list[Flowable] = []
    for number, sheet in enumerate(sheets):
        if not sheet or not isinstance(sheet[0], SheetStart):
            raise ValueError(f"Sheet {number + 1} does not begin with a SheetStart.")
        if story:
            story.append(PageBreak())
        story.extend(sheet)
    data, _, canvas = _layout(story, theme, title=title, subject=subject, header=header)
    return Rendered(data, canvas.sheet_pages())


def _layout(
    story: list[Flowable],
    theme: Theme,
    *,
    title: str,
    subject: str,
    header: Header | None = None,
) -> tuple[bytes, int, _FooterCanvas]:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=theme.page_size,
        leftMargin=theme.margin,
        rightMargin=theme.margin,
        topMargin=theme.margin,
        bottomMargin=theme.bottom_margin,
        title=title,
        author="peerdesk",
        subject=subject,
        creator=f"peerdesk {__version__}",
    )
    canvases: list[_FooterCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _FooterCanvas:
        canvas = _FooterCanvas(*args, theme=theme, header=header, **kwargs)
        canvases.append(canvas)
        return canvas

    document.build(story, canvasmaker=make_canvas)
    return buffer.getvalue(), int(document.page), canvases[-1]


def write_to(target: str | os.PathLike[str] | BinaryIO, data: bytes) -> None:
    """To a path (atomically, see ``write_atomically``) or to an open binary stream."""
    if isinstance(target, (str, os.PathLike)):
        # A pack names people: owner-only like every file that may hold personal data.
        write_atomically(Path(target), data)
    else:
        target.write(data)
