"""The recovery sheet: the recovery key on paper, for the group's data lead to keep safe.

It names no member, only the group, the database file and the date. The key is printed large,
in groups, in a monospaced face where 5 and S, 2 and Z are easy to tell apart.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerdesk.core.text import translate
from peerdesk.printing.blocks import boxed, facts, heading_block, long_date, prose, sheet_start
from peerdesk.printing.render import render_pdf
from peerdesk.printing.theme import INK, Paper, Theme, mono_bold_font


def _explained() -> str:
    """What the key is for and how to keep it, as prose ("## " starts a heading)."""
    return "\n\n".join(
        (
            "## " + translate("recovery_sheet", "What this is for"),
            translate(
                "recovery_sheet",
                "peerdesk keeps the group's records (who comes, consent, the rota) in one file, "
                "locked with a passphrase. If the passphrase is forgotten, or the organiser who "
                "knew it moves on, this key opens the file instead. Without the passphrase and "
                "without this key, nobody can open the records: not us, not the person who set it "
                "up, not a computer shop.",
            ),
            "## " + translate("recovery_sheet", "How to use it"),
            translate(
                "recovery_sheet",
                "Open peerdesk, choose \u201cUse the recovery key\u201d when it asks for the "
                "passphrase, type the key (capitals, spaces and dashes do not matter) and choose a "
                "new passphrase.",
            ),
            "## " + translate("recovery_sheet", "Keeping it safe"),
            translate(
                "recovery_sheet",
                "Anyone holding this sheet and the file can read the records, which are about "
                "people's mental health. Keep it out of the group's usual folder: in a locked "
                "drawer, or with the person the group named as its data lead. Do not photograph it "
                "or email it. When the group hands over to a new organiser, peerdesk makes a new "
                "key and this sheet stops working: shred it then.",
            ),
        )
    )


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str
    database: Path
    made_on: dt.date
    group_name: str = ""
    """Optional: the group the records belong to, to tell sheets apart."""


def _key_table(recovery_key: str, theme: Theme) -> Flowable:
    groups = recovery_key.split("-")
    per_row = 4 if theme.large_print else 5
    rows = [groups[i : i + per_row] for i in range(0, len(groups), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    size = theme.base_size * 1.9
    table = Table(rows, colWidths=[theme.frame_width / per_row] * per_row, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), mono_bold_font(), size),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.35),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35),
            ]
        )
    )
    return table


def build_recovery_sheet(sheet: RecoverySheet, theme: Theme) -> list[Flowable]:
    story: list[Flowable] = [
        sheet_start(
            translate("recovery_sheet", "Recovery sheet"),
            note=translate("recovery_sheet", "Keep this sheet safe"),
        )
    ]
    story += heading_block(
        translate("recovery_sheet", "peerdesk recovery key"),
        translate("recovery_sheet", "Opens the group's records if the passphrase is lost"),
        theme,
    )
    details = [
        (translate("recovery_sheet", "Made on"), long_date(sheet.made_on)),
        (translate("recovery_sheet", "Database file"), sheet.database.name),
    ]
    if sheet.group_name:
        details.insert(0, (translate("recovery_sheet", "Group"), sheet.group_name))
    story.append(facts(details, theme))
    story.append(Spacer(1, theme.base_size))
    story.append(
        boxed(
            [
                Paragraph(translate("recovery_sheet", "Recovery key"), theme.styles.heading),
                _key_table(sheet.recovery_key, theme),
            ],
            theme,
            shaded=True,
        )
    )
    story.append(Spacer(1, theme.base_size * 0.5))
    story += prose(_explained(), theme)
    story.append(Spacer(1, theme.base_size))
    kept = [
        (translate("recovery_sheet", "Kept by"), ""),
        (translate("recovery_sheet", "Where"), ""),
    ]
    story.append(facts(kept, theme))
    return story


def write_recovery_sheet(
    sheet: RecoverySheet,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
) -> int:
    """Write the sheet as a PDF (owner-only, atomically); returns the number of pages."""
    return render_pdf(
        lambda theme: build_recovery_sheet(sheet, theme),
        Theme.for_print(paper, large_print=large_print),
        target,
        title=translate("recovery_sheet", "peerdesk recovery sheet"),
    )
