"""The words a group's pack prints: its group agreement and its session plan.

Both start from peerdesk's defaults until the group writes its own, and save into the group's
pack settings; a problem is shown in the dialog, which keeps everything typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from peerdesk.core import packs
from peerdesk.core.errors import ValidationError
from peerdesk.core.pack_data import PlanItem
from peerdesk.core.storage import Store
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.row_table import RowTable


class AgreementDialog(FormDialog):
    """The group agreement, as plain text: one paragraph or point per line."""

    def __init__(
        self, store: Store, group_id: int, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("agreementDialog", parent)
        self.store, self.group_id = store, group_id
        self.saved = False
        self.set_title(self.tr("Group agreement — {group}").format(group=group_name))
        self.setMinimumSize(560, 460)
        intro = QLabel(
            self.tr(
                "The agreement printed in the pack and read out at the start. Write it in the "
                "group's own words; leave it empty to use peerdesk's suggested wording."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("agreementText")
        self.text.setAccessibleName(self.tr("Group agreement"))
        self.text.setTabChangesFocus(True)
        current = packs.pack_settings(store, group_id).agreement
        self.text.setPlainText(current or packs.default_agreement())
        self.default_button = make_button(
            "agreementDefaultButton", self.tr("Use the &suggested wording")
        )
        self.default_button.clicked.connect(
            lambda: self.text.setPlainText(packs.default_agreement())
        )
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, self.text, 1)
        self.layout_.insertWidget(2, self.default_button)

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if text == packs.default_agreement():
            text = ""  # keeps following the suggested wording
        if len(text) > 10000:
            raise ValidationError(self.tr("The agreement is too long to print (10,000 letters)."))
        settings = packs.pack_settings(self.store, self.group_id)
        packs.save_pack_settings(self.store, self.group_id, replace(settings, agreement=text))
        self.saved = True


MINUTES, TITLE, NOTE = range(3)


class PlanDialog(FormDialog):
    """The running order: minutes, what happens, and a note for the facilitators."""

    def __init__(
        self, store: Store, group_id: int, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("planDialog", parent)
        self.store, self.group_id = store, group_id
        self.saved = False
        self.set_title(self.tr("Session plan — {group}").format(group=group_name))
        self.setMinimumSize(680, 420)
        intro = QLabel(
            self.tr(
                "The running order printed for the facilitators: how many minutes each part "
                "takes, what it is, and a note."
            )
        )
        intro.setWordWrap(True)
        self.rows = RowTable(
            "plan",
            self.tr("Parts of the session"),
            [self.tr("Minutes"), self.tr("What happens"), self.tr("Note")],
            stretch=NOTE,
        )
        self.rows.table.setColumnWidth(MINUTES, 80)
        self.rows.table.setColumnWidth(TITLE, 220)
        plan = packs.pack_settings(store, group_id).plan or packs.default_plan()
        self.rows.set_rows([[str(item.minutes), item.title, item.note] for item in plan])
        self.default_button = make_button("planDefaultButton", self.tr("Use the &suggested plan"))
        self.default_button.clicked.connect(
            lambda: self.rows.set_rows(
                [[str(item.minutes), item.title, item.note] for item in packs.default_plan()]
            )
        )
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(1, self.rows, 1)
        self.layout_.insertWidget(2, self.default_button)

    def plan(self) -> tuple[PlanItem, ...]:
        items = []
        for number, (minutes, title, note) in enumerate(self.rows.rows(), start=1):
            if not minutes.isdigit():
                raise ValidationError(
                    self.tr("Row {row}: the minutes should be a number, like 10.").format(
                        row=number
                    )
                )
            if not title:
                raise ValidationError(
                    self.tr("Row {row}: please say what happens in that part.").format(row=number)
                )
            items.append(PlanItem(int(minutes), title, note))
        return tuple(items)

    def submit(self) -> None:
        plan = self.plan()
        if plan == packs.default_plan():
            plan = ()  # keeps following the suggested plan
        settings = packs.pack_settings(self.store, self.group_id)
        packs.save_pack_settings(self.store, self.group_id, replace(settings, plan=plan))
        self.saved = True


class CoverDetailsDialog(FormDialog):
    """What the facilitator cover sheet says about who to call and what to bring."""

    def __init__(
        self, store: Store, group_id: int, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("coverDetailsDialog", parent)
        self.store, self.group_id = store, group_id
        self.saved = False
        self.set_title(self.tr("Cover sheet — {group}").format(group=group_name))
        self.setMinimumWidth(560)
        settings = packs.pack_settings(store, group_id)
        self.contacts = self.text_edit(
            "coverContactsText",
            self.tr("Who to call if something goes wrong"),
            self.tr("For example: Priya (organiser) 07700 900111; the hall's key holder …"),
        )
        self.contacts.setPlainText(settings.contacts)
        self.bring = self.text_edit("coverBringText", self.tr("What to bring"))
        self.bring.setPlainText(settings.what_to_bring or packs.default_what_to_bring())
        self.add_row(self.tr("&Who to call:"), self.contacts)
        self.add_row(self.tr("What to &bring:"), self.bring)

    def submit(self) -> None:
        bring = self.bring.toPlainText().strip()
        if bring == packs.default_what_to_bring():
            bring = ""  # keeps following the suggested list
        settings = packs.pack_settings(self.store, self.group_id)
        packs.save_pack_settings(
            self.store,
            self.group_id,
            replace(settings, contacts=self.contacts.toPlainText().strip(), what_to_bring=bring),
        )
        self.saved = True
