"""A built-in handout: its title, then its text (paragraphs, with "## " lines as headings).

Imported handouts are PDFs of their own: the pack assembler adds their pages as they are."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from peerdesk.core.pack_data import Handout
from peerdesk.core.text import translate
from peerdesk.printing.blocks import prose, sheet_start, text
from peerdesk.printing.theme import Theme


def build_handout(data: Handout, theme: Theme) -> list[Flowable]:
    return [
        sheet_start(data.title, note=translate("handouts", "Handout: yours to keep.")),
        Paragraph(text(data.title), theme.styles.title),
        Spacer(1, theme.base_size * 0.6),
        *prose(data.text, theme),
    ]
