"""Support lines: who to contact between sessions, how, when and what for, with where each
detail came from and when the list was last checked."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.pack_data import PackData, SupportLine, section_title
from peerdesk.core.text import translate
from peerdesk.printing.blocks import heading_block, long_date, sheet_start, text
from peerdesk.printing.theme import INK, RULE, Theme


def build_signposting(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    story: list[Flowable] = [
        sheet_start(section_title("signposting"), note=translate("signposting", "Yours to keep.")),
        *heading_block(
            translate("signposting", "Support lines"),
            translate("signposting", "If you need someone to talk to between sessions"),
            theme,
        ),
    ]
    if not data.support_lines:
        story.append(
            Paragraph(
                translate(
                    "signposting",
                    "No support lines have been added for this group yet. A facilitator can tell "
                    "you about local services. In an emergency, call the emergency services.",
                ),
                styles.intro,
            )
        )
    else:
        story.append(
            Paragraph(
                translate(
                    "signposting",
                    "These services are there when you need them, whether or not there is a "
                    "session that week. You do not have to be in crisis to call.",
                ),
                styles.intro,
            )
        )
        story.append(
            _stacked(data.support_lines, theme)
            if theme.large_print
            else _table(data.support_lines, theme)
        )
    closing = [Spacer(1, theme.base_size * 0.6)]
    if data.support_note.strip():
        closing.append(Paragraph(text(data.support_note), styles.small))
    if data.support_checked_on is not None:
        checked = translate("signposting", "Last checked on {date}.")
        closing.append(
            Paragraph(escape(checked.format(date=long_date(data.support_checked_on))), styles.small)
        )
    story.append(KeepTogether(closing))
    return story


def _table(lines: tuple[SupportLine, ...], theme: Theme) -> Flowable:
    styles = theme.styles
    width = theme.frame_width
    widths = [width * 0.22, width * 0.25, width * 0.19, width * 0.34]
    header = [
        Paragraph(f"<b>{escape(title)}</b>", styles.note)
        for title in (
            translate("signposting", "Who"),
            translate("signposting", "How to contact"),
            translate("signposting", "When"),
            translate("signposting", "What for"),
        )
    ]
    rows: list[list[Flowable]] = [header]
    for line in lines:
        rows.append(
            [
                Paragraph(f"<b>{escape(line.name)}</b>", styles.label),
                Paragraph(f"<b>{text(line.contact)}</b>", styles.label),
                Paragraph(text(line.hours), styles.note),
                [
                    Paragraph(text(line.description), styles.note),
                    *_source(line, theme),
                ],
            ]
        )
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    pad = theme.base_size * 0.45
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), theme.base_size * 0.6),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table


def _stacked(lines: tuple[SupportLine, ...], theme: Theme) -> Flowable:
    """Large print has no room for four columns: one block per service instead."""
    styles = theme.styles
    rows = []
    for line in lines:
        rows.append(
            [
                [
                    Paragraph(f"<b>{escape(line.name)}: {text(line.contact)}</b>", styles.label),
                    Paragraph(text(line.hours), styles.label),
                    Paragraph(text(line.description), styles.label),
                    *_source(line, theme),
                ]
            ]
        )
    table = Table(rows, colWidths=[theme.frame_width], hAlign="LEFT")
    pad = theme.base_size * 0.45
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table


def _source(line: SupportLine, theme: Theme) -> list[Flowable]:
    if not line.source.strip():
        return []
    source = translate("signposting", "Source: {source}").format(source=line.source.strip())
    return [Paragraph(escape(source), theme.styles.small)]
