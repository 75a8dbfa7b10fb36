"""The facilitator rota as a calendar to pin on a noticeboard.

Landscape, a page per month (more only when a month is very full): weeks down, weekdays across,
each day listing its sessions with the facilitators' names in large type, and a line to write a
name on where a place is still empty. It hangs where anyone can read it, so it prints the least:
preferred names only, no contact details, none of the rota's internal problems.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, PageBreak, Paragraph  # type: ignore[import-untyped]

from peerdesk.core.pack_data import Paper
from peerdesk.core.rota_view import RotaView
from peerdesk.core.text import translate
from peerdesk.printing.blocks import heading_block, sheet_start, text
from peerdesk.printing.render import render_sheets, write_to
from peerdesk.printing.rota_month import MonthPage
from peerdesk.printing.theme import Theme


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
        sheet_start(
            translate("rota", "Facilitator rota · printed {date}").format(
                date=f"{printed.day} {printed:%B %Y}"
            )
        )
    ]
    months = _months(view)
    if not months:
        story += heading_block(translate("rota", "Facilitator rota"), view.title, theme)
        story += [Paragraph(text(w), theme.styles.body) for w in view.warnings]
    for number, month in enumerate(months):
        if number:
            story.append(PageBreak())
        smallest = 0.0
        if large_print:
            smallest = MonthPage(view, month, _landscape_theme(paper)).layout()[1]
        story += MonthPage(view, month, theme).story(smallest)
    title = translate("rota", "Facilitator rota")
    rendered = render_sheets([story], theme, title=title, subject=view.title)
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
