"""The facilitators' cover sheet: who, where, when, how to get in, the running order, what to
bring and who to call; and, when something could not be included, what is missing."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

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
    clock,
    duration,
    facts,
    heading_block,
    long_date,
    running_order,
    sheet_start,
    text,
    write_lines,
)
from peerdesk.printing.theme import Theme


def build_cover(data: PackData, theme: Theme) -> list[Flowable]:
    meeting = data.meeting
    styles = theme.styles
    story: list[Flowable] = [
        sheet_start(
            section_title("cover"),
            note=translate("cover", "For the facilitators: not a handout."),
        ),
        *heading_block(data.group_name, translate("cover", "Facilitator cover sheet"), theme),
    ]
    if data.problems:
        story += [_missing(data.problems, theme), Spacer(1, theme.base_size * 0.8)]
    notes = (
        [meeting.status_text]
        if meeting.is_cancelled or meeting.is_one_off or meeting.is_moved
        else []
    )
    if meeting.note.strip() and not any(meeting.note in note for note in notes):
        notes.append(meeting.note.strip())
    if notes:
        story.append(Paragraph(f"<b>{text(' · '.join(notes))}</b>", styles.body))
    hours = translate("cover", "{start} to {end} ({length})").format(
        start=clock(meeting.start_time),
        end=clock(meeting.end_time),
        length=duration(meeting.duration_minutes),
    )
    when = f"{long_date(meeting.date)}<br/>{escape(hours)}"
    rows: list[tuple[str, list[Flowable] | str]] = [
        (translate("cover", "When"), [Paragraph(when, styles.label)])
    ]
    rows += _venue(data, theme)
    rows.append((translate("cover", "Facilitators"), _facilitators(data, theme)))
    rows.append((translate("cover", "Who to call"), _contacts(data, theme)))
    bring = data.what_to_bring.strip() or translate("cover", "Nothing listed.")
    rows.append((translate("cover", "What to bring"), bring))
    story.append(facts(rows, theme))
    if data.plan:
        story.append(_running_order(data, theme))
    return story


def _missing(problems: tuple[str, ...], theme: Theme) -> Flowable:
    styles = theme.styles
    items = [Paragraph(translate("cover", "What is missing from this pack"), styles.label_bold)]
    items += [Paragraph(f"•&nbsp;&nbsp;{text(problem)}", styles.note) for problem in problems]
    return boxed(items, theme, shaded=True)


def _venue(data: PackData, theme: Theme) -> list[tuple[str, list[Flowable] | str]]:
    venue, styles = data.venue, theme.styles
    if venue is None:
        name = data.meeting.venue_name.strip()
        label = translate("cover", "Where")
        return [(label, name or translate("cover", "No venue has been set for this session yet."))]
    where: list[Flowable] = [Paragraph(f"<b>{escape(venue.name)}</b>", styles.label)]
    if venue.address.strip():
        where.append(Paragraph(text(venue.address), styles.label))
    access: list[Flowable] = [Paragraph(escape(venue.access_summary), styles.label)]
    if venue.access_notes.strip():
        access.append(Paragraph(text(venue.access_notes), styles.note))
    rows: list[tuple[str, list[Flowable] | str]] = [
        (translate("cover", "Where"), where),
        (translate("cover", "Access"), access),
    ]
    if venue.transport.strip():
        rows.append((translate("cover", "Getting there"), venue.transport.strip()))
    return rows


def _facilitators(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    if data.facilitators:
        return [Paragraph(escape(", ".join(data.facilitators)), styles.label)]
    return [
        Paragraph(
            translate(
                "cover",
                "Nobody is on the rota for this session yet. Please write the names of whoever "
                "facilitates, so the organiser can keep the rota fair.",
            ),
            styles.note,
        ),
        write_lines(2, theme, width=theme.frame_width * 0.6),
    ]


def _contacts(data: PackData, theme: Theme) -> list[Flowable]:
    styles = theme.styles
    if data.contacts.strip():
        return [Paragraph(text(data.contacts), styles.label)]
    return [
        Paragraph(
            translate(
                "cover",
                "No contacts have been written down for this group yet. Add them on the Packs "
                "page (“Who to call…”), or write them here:",
            ),
            styles.note,
        ),
        write_lines(1, theme, width=theme.frame_width * 0.6),
    ]


def _running_order(data: PackData, theme: Theme) -> Flowable:
    """The plan at a glance: start times and titles, in two columns when there are many."""
    styles = theme.styles
    start = dt.datetime.combine(data.meeting.date, data.meeting.start_time)
    times = running_order(start, [item.minutes for item in data.plan])
    entries = [
        f"<b>{clock(time)}</b>&nbsp;&nbsp;{escape(item.title)}"
        for time, item in zip(times, data.plan, strict=True)
    ]
    columns = 1 if theme.large_print or len(entries) <= 4 else 2
    per_column = -(-len(entries) // columns)
    cells = [
        [
            Paragraph(entries[column * per_column + row], styles.label)
            if column * per_column + row < len(entries)
            else ""
            for column in range(columns)
        ]
        for row in range(per_column)
    ]
    table = Table(cells, colWidths=[theme.frame_width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), theme.base_size * 0.15),
                ("BOTTOMPADDING", (0, 0), (-1, -1), theme.base_size * 0.15),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph(translate("cover", "Running order"), styles.heading),
            table,
            Paragraph(
                translate("cover", "The full plan, with notes, is on the session plan sheet."),
                styles.small,
            ),
        ]
    )
