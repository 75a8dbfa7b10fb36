"""The support lines printed on every pack's signposting sheet (shared by all groups).

Each row: the service, how to reach it, its hours, what it is for, where it was checked and when
(written as 2026-11-23). A problem is shown in the dialog, which keeps everything typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from peerdesk.core import packs
from peerdesk.core.errors import ValidationError
from peerdesk.core.pack_data import SupportLine
from peerdesk.core.packs import SupportLineRow
from peerdesk.core.storage import Store
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.widgets.row_table import RowTable

NAME, CONTACT, HOURS, WHAT_FOR, SOURCE, CHECKED_ON = range(6)


class SupportLinesDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("supportLinesDialog", parent)
        self.store = store
        self.saved = False
        self.set_title(self.tr("Support lines"))
        self.setMinimumSize(900, 460)
        intro = QLabel(
            self.tr(
                "The services listed on the support lines sheet of every pack. Please check "
                "numbers and hours now and then, and note where and when you checked them "
                "(dates written like 2026-11-23)."
            )
        )
        intro.setWordWrap(True)
        self.rows = RowTable(
            "supportLines",
            self.tr("Support lines"),
            [
                self.tr("Name"),
                self.tr("Contact"),
                self.tr("Hours"),
                self.tr("What for"),
                self.tr("Source"),
                self.tr("Checked on"),
            ],
            stretch=WHAT_FOR,
        )
        for column, width in ((NAME, 160), (CONTACT, 130), (HOURS, 110), (SOURCE, 120)):
            self.rows.table.setColumnWidth(column, width)
        self.rows.set_rows(
            [
                [
                    row.line.name,
                    row.line.contact,
                    row.line.hours,
                    row.line.description,
                    row.line.source,
                    row.checked_on.isoformat() if row.checked_on else "",
                ]
                for row in packs.support_lines(store)
            ]
        )
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, self.rows, 1)

    def lines(self) -> list[SupportLineRow]:
        found = []
        for number, values in enumerate(self.rows.rows(), start=1):
            name, contact, hours, what_for, source, checked = values
            checked_on: dt.date | None = None
            if checked:
                try:
                    checked_on = dt.date.fromisoformat(checked)
                except ValueError:
                    raise ValidationError(
                        self.tr(
                            "Row {row}: “{text}” is not a date; write it like 2026-11-23."
                        ).format(row=number, text=checked)
                    ) from None
            found.append(
                SupportLineRow(SupportLine(name, contact, hours, what_for, source), checked_on)
            )
        return found

    def submit(self) -> None:
        packs.save_support_lines(self.store, self.lines())
        self.saved = True
