"""The facilitators' debrief, filled in together after everyone has gone. Practical only: how the
session ran, what to follow up, and how the facilitators are. Nothing about anyone's health."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.pack_data import PackData, section_title
from peerdesk.core.text import translate
from peerdesk.printing.blocks import (
    boxed,
    heading_block,
    line_height,
    question,
    sheet_start,
)
from peerdesk.printing.sheets.consent_form import TickBox
from peerdesk.printing.theme import INK, Theme


def build_debrief(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    lines = 2 if theme.large_print else 4
    return [
        sheet_start(
            section_title("debrief"),
            note=translate(
                "debrief", "For the facilitators. Pass it to the organiser, then shred it."
            ),
        ),
        *heading_block(translate("debrief", "Facilitator debrief"), "", theme),
        boxed(
            [
                Paragraph(
                    translate(
                        "debrief",
                        "For the facilitators, after everyone has gone. Keep it practical: "
                        "<b>please do not write anything about anyone's health, or about what "
                        "anyone shared in the group.</b>",
                    ),
                    styles.body,
                )
            ],
            theme,
            shaded=True,
        ),
        _numbers(data, theme),
        Spacer(1, theme.base_size * 0.4),
        question(translate("debrief", "How did the session go? What worked well?"), lines, theme),
        question(translate("debrief", "What would we do differently next time?"), lines, theme),
        question(
            translate("debrief", "Anything practical to follow up?"),
            lines,
            theme,
            hint=translate(
                "debrief",
                "For example the venue, supplies, the rota, or a message for the organiser.",
            ),
        ),
        _looking_after_ourselves(theme),
    ]


def _numbers(data: PackData, theme: Theme) -> Flowable:
    """How many came (and how many were new), to type in with the register."""
    labels = [translate("debrief", "People who came"), translate("debrief", "New to the group")]
    if data.headcount_only:
        labels = [translate("debrief", "People counted")]
    size = theme.base_size
    cells: list[str] = []
    widths: list[float] = []
    lines = []
    for label in labels:
        if cells:  # a gap before the next label
            cells.append("")
            widths.append(size * 1.5)
        cells += [label, ""]
        widths += [stringWidth(label, theme.fonts.bold, size) + size * 0.6, size * 4.5]
        lines.append(len(cells) - 1)
    table = Table([cells], colWidths=widths, rowHeights=[line_height(theme) * 1.2], hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), theme.fonts.bold, size),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3),
    ]
    for column in lines:
        style.append(("LINEBELOW", (column, 0), (column, 0), 1.0, INK))
    table.setStyle(TableStyle(style))
    return table


def _looking_after_ourselves(theme: Theme) -> Flowable:
    styles = theme.styles
    box = theme.box_size * 0.8
    choices = Table(
        [
            [
                TickBox(box),
                Paragraph(translate("debrief", "Yes, please"), styles.label),
                TickBox(box),
                Paragraph(translate("debrief", "Not this time"), styles.label),
            ]
        ],
        colWidths=[box + theme.base_size * 0.5, theme.base_size * 7] * 2,
        hAlign="LEFT",
    )
    choices.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(translate("debrief", "Looking after ourselves"), styles.heading),
            Paragraph(
                translate(
                    "debrief",
                    "Facilitating can be tiring. Before you go, check in with each other. Would "
                    "you like a chat with the organiser or another facilitator about how it went?",
                ),
                styles.body,
            ),
            choices,
        ]
    )
