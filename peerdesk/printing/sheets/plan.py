"""The session plan: the running order with a start time for each part, and room for notes."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.pack_data import PackData, section_title
from peerdesk.core.text import translate
from peerdesk.printing.blocks import (
    FillLines,
    clock,
    duration,
    heading_block,
    long_date,
    running_order,
    sheet_start,
    text,
)
from peerdesk.printing.theme import RULE, Theme


def build_plan(data: PackData, theme: Theme) -> list[Flowable]:
    meeting = data.meeting
    styles = theme.styles
    when = translate("plan", "{date}, {start} to {end}").format(
        date=long_date(meeting.date), start=clock(meeting.start_time), end=clock(meeting.end_time)
    )
    story: list[Flowable] = [
        sheet_start(section_title("plan"), note=translate("plan", "For the facilitators.")),
        *heading_block(translate("plan", "Session plan"), f"{data.group_name} · {when}", theme),
    ]
    if not data.plan:
        story.append(
            Paragraph(
                translate(
                    "plan",
                    "This group has no running order written down yet. You could use the lines "
                    "below to plan the session together before people arrive.",
                ),
                styles.body,
            )
        )
    else:
        story.append(_timetable(data, theme))
        planned = sum(item.minutes for item in data.plan)
        if planned != meeting.duration_minutes:
            story.append(
                Paragraph(
                    translate(
                        "plan",
                        "The plan adds up to {planned} and the session is booked for {booked}, "
                        "so stretch or shorten the parts as the group needs.",
                    ).format(planned=duration(planned), booked=duration(meeting.duration_minutes)),
                    styles.note,
                )
            )
        story.append(
            Paragraph(
                translate(
                    "plan",
                    "A guide, not a rule: follow the group's lead, and take a break whenever it "
                    "would help.",
                ),
                styles.note,
            )
        )
    story += [
        Spacer(1, theme.base_size * 0.6),
        FillLines(theme, title=translate("plan", "Notes"), fewest=3, most=10),
    ]
    return story


def _timetable(data: PackData, theme: Theme) -> Flowable:
    styles = theme.styles
    start = dt.datetime.combine(data.meeting.date, data.meeting.start_time)
    times = running_order(start, [item.minutes for item in data.plan])
    rows = []
    for time, item in zip(times, data.plan, strict=True):
        what = (
            f"<b>{escape(item.title)}</b> <font color='#4d4d4d'>({duration(item.minutes)})</font>"
        )
        cell: list[Flowable] = [Paragraph(what, styles.label)]
        if item.note:
            cell.append(Paragraph(text(item.note), styles.note))
        rows.append([Paragraph(f"<b>{clock(time)}</b>", styles.label), cell])
    end = start + dt.timedelta(minutes=sum(item.minutes for item in data.plan))
    rows.append(
        [
            Paragraph(f"<b>{clock(end.time())}</b>", styles.label),
            Paragraph(translate("plan", "End"), styles.label),
        ]
    )
    time_width = theme.base_size * 4.2
    table = Table(
        rows, colWidths=[time_width, theme.frame_width - time_width], hAlign="LEFT", repeatRows=0
    )
    pad = theme.base_size * 0.4
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table
