"""Lay sheets out on pages and write the PDF: page footers, metadata and a safe write.

A sheet starts with a ``SheetStart`` carrying its footer. Pages are numbered within each sheet
("page 1 of 2"), so a pack holding several sheets still numbers each one from 1.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, SimpleDocTemplate  # type: ignore[import-untyped]

from peerdesk import __version__
from peerdesk.core.errors import StorageError
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


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each footer can say how many pages its sheet has."""

    def __init__(self, *args: Any, theme: Theme, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._theme = theme
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

    def save(self) -> None:
        totals: dict[int, int] = {}
        for sheet, _ in self._footers:
            totals[sheet] = totals.get(sheet, 0) + 1
        seen: dict[int, int] = {}
        for state, (sheet, footer) in zip(self._pages, self._footers, strict=True):
            self.__dict__.update(state)
            seen[sheet] = seen.get(sheet, 0) + 1
            if footer is not None:
                self._draw_footer(footer, seen[sheet], totals[sheet])
            super().showPage()
        super().save()

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
        self.drawString(left, first, footer.label)
        self.drawRightString(right, first, f"page {page} of {pages}")
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
    document.build(
        build(theme),
        canvasmaker=lambda *args, **kwargs: _FooterCanvas(*args, theme=theme, **kwargs),
    )
    data = buffer.getvalue()
    if isinstance(target, (str, os.PathLike)):
        write_atomically(Path(target), data)
    else:
        target.write(data)
    return int(document.page)


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF never replaces a good one."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"Cannot save {path}: the folder {folder} does not exist.")
    if path.is_dir():
        raise StorageError(f"Cannot save {path}: that is a folder, not a file name.")
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        reason = error.strerror or str(error)
        raise StorageError(f"Cannot save {path}: {reason.lower()}.") from None
