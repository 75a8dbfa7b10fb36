"""The group's own agreement, one paragraph per point, as a calm numbered list."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from peerdesk.core.pack_data import PackData, section_title
from peerdesk.core.text import translate
from peerdesk.printing.blocks import heading_block, sheet_start, text
from peerdesk.printing.theme import Theme


def build_agreement(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    story: list[Flowable] = [
        sheet_start(section_title("agreement"), note=translate("agreement", "Yours to keep.")),
        *heading_block(translate("agreement", "Our group agreement"), data.group_name, theme),
    ]
    points = _points(data.agreement)
    if not points:
        story.append(
            Paragraph(
                translate(
                    "agreement",
                    "This group has not written its agreement yet. It is something we can write "
                    "together, in our own words, at a session soon.",
                ),
                styles.intro,
            )
        )
        return story
    story.append(
        Paragraph(
            translate(
                "agreement",
                "What we have agreed together, so that everyone can feel safe and welcome here.",
            ),
            styles.intro,
        )
    )
    number_width = theme.base_size * 2.4
    rows = [
        [Paragraph(f"<b>{number}</b>", styles.label), Paragraph(text(point), styles.label)]
        for number, point in enumerate(points, start=1)
    ]
    table = Table(rows, colWidths=[number_width, theme.frame_width - number_width], hAlign="LEFT")
    gap = theme.base_size * (0.45 if theme.large_print else 0.6)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), gap),
                ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
            ]
        )
    )
    story.append(table)
    return story


def _points(agreement: str) -> list[str]:
    """One point per paragraph; or, where nothing is separated by a blank line, one per line.
    Numbers or bullets someone typed themselves are dropped: the list numbers the points."""
    agreement = agreement.replace("\r\n", "\n").strip()
    parts = agreement.split("\n\n") if "\n\n" in agreement else agreement.split("\n")
    points = (_NUMBERED.sub("", part.strip()) for part in parts)
    return [point for point in points if point]


_NUMBERED = re.compile(r"^(\d{1,2}[.)]|[-•*])\s+")
