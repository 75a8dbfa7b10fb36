"""The sign-in sheet. A printed list of who came is itself sensitive, so by default it has blank
rows for a first name only; preferred names are printed only when the group asks; and a
headcount-only group gets a box to count people in, with no names at all."""

from __future__ import annotations

from reportlab.lib.units import mm  # type: ignore[import-untyped]
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
    heading_block,
    height_of,
    line_height,
    long_date,
    sheet_start,
)
from peerdesk.printing.sheets.consent_form import TickBox
from peerdesk.printing.theme import INK, RULE, Theme


def build_sign_in(data: PackData, theme: Theme) -> list[Flowable]:
    meeting = data.meeting
    when = f"{data.group_name} · {long_date(meeting.date)}, {clock(meeting.start_time)}"
    if data.headcount_only:
        return _tally(when, theme)
    keep_safe = translate(
        "sign_in", "Please keep this sheet safe, and shred it once it has been typed in."
    )
    start: list[Flowable] = [
        sheet_start(section_title("sign_in"), note=keep_safe),
        *heading_block(translate("sign_in", "Sign-in sheet"), when, theme),
    ]
    if data.sign_in_names:
        start.append(
            Paragraph(
                translate(
                    "sign_in",
                    "Please tick beside your name. If you are not on the list, add your first "
                    "name (or any name you like) at the bottom.",
                ),
                theme.styles.body,
            )
        )
        table = _named_rows(data.sign_in_names, theme)
        blank_title = Paragraph(translate("sign_in", "Anyone else"), theme.styles.heading)
        used = height_of([*start, table, blank_title], theme)
        blanks = max(4, _rows_that_fit(theme.frame_height - used, theme))
        return [*start, table, KeepTogether([blank_title, _blank_rows(blanks, theme, 1)])]
    start.append(
        Paragraph(
            translate(
                "sign_in",
                "Please write your first name only, or any name you would like us to use. "
                "There is no need for a surname.",
            ),
            theme.styles.body,
        )
    )
    rows = max(
        data.participant_copies, _rows_that_fit(theme.frame_height - height_of(start, theme), theme)
    )
    return [*start, _blank_rows(rows, theme, 1)]


def _row_height(theme: Theme) -> float:
    return line_height(theme) * 1.15


def _rows_that_fit(height: float, theme: Theme) -> int:
    """Rows (under their header row) that fit in ``height``, with a little air to spare."""
    room = height - theme.leading * 1.2 - theme.base_size
    return max(0, int(room // _row_height(theme)))


def _blank_rows(count: int, theme: Theme, first: int) -> Flowable:
    number_width = theme.base_size * 2.6
    cells = [["", translate("sign_in", "First name only")]] + [
        [str(n), ""] for n in range(first, first + count)
    ]
    table = Table(
        cells,
        colWidths=[number_width, theme.frame_width - number_width],
        rowHeights=[theme.leading * 1.2] + [_row_height(theme)] * count,
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(_grid(theme))
    return table


def _named_rows(names: tuple[str, ...], theme: Theme) -> Flowable:
    box = theme.box_size * 0.8
    tick_width = theme.base_size * 3.4
    cells: list[list[Flowable | str]] = [
        [translate("sign_in", "Here"), translate("sign_in", "Name")]
    ]
    cells += [[TickBox(box), name] for name in names]
    table = Table(
        cells,
        colWidths=[tick_width, theme.frame_width - tick_width],
        rowHeights=[theme.leading * 1.2] + [_row_height(theme)] * len(names),
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(_grid(theme))
    return table


def _grid(theme: Theme) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, 0), theme.fonts.bold, theme.base_size),
            ("FONT", (0, 1), (-1, -1), theme.fonts.regular, theme.base_size * 1.1),
            ("TEXTCOLOR", (0, 1), (0, -1), RULE),
            ("TEXTCOLOR", (1, 1), (1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), theme.base_size * 0.4),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
            ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE),
        ]
    )


def _tally(when: str, theme: Theme) -> list[Flowable]:
    """For a group that only counts: marks in a box, then the total. No names anywhere."""
    styles = theme.styles
    start: list[Flowable] = [
        sheet_start(
            section_title("sign_in"),
            note=translate(
                "sign_in",
                "This group only counts people: please do not write names on this sheet.",
            ),
        ),
        *heading_block(translate("sign_in", "Count people as they arrive"), when, theme),
        Paragraph(
            translate(
                "sign_in",
                "Make one mark for each person as they come in, including anyone who arrives "
                "late. Grouping the marks in fives makes them easy to add up.",
            ),
            styles.body,
        ),
        Spacer(1, theme.base_size * 0.4),
    ]
    total = Table(
        [[translate("sign_in", "Total"), ""]],
        colWidths=[theme.base_size * 5, 40 * mm],
        rowHeights=[line_height(theme) * 1.3],
        hAlign="LEFT",
    )
    total.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, 0), theme.fonts.bold, theme.base_size * 1.2),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, 0), 1.0, INK),
            ]
        )
    )
    after = [Spacer(1, theme.base_size), total]
    label = Paragraph(translate("sign_in", "Tally"), styles.label_bold)
    room = theme.frame_height - height_of([*start, *after], theme) - height_of([label], theme)
    area = Spacer(1, max(60 * mm, min(room - theme.base_size * 3, 150 * mm)))
    return [*start, boxed([label, area], theme), *after]
