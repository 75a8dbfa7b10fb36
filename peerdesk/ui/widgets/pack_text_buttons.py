"""The buttons that open the words a pack prints: the group agreement, the session plan (both
the group's own) and the support lines (shared by all groups). ``saved`` says what was saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from peerdesk.core.schedule import MeetingRow
from peerdesk.core.storage import Store
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.pack_texts import AgreementDialog, CoverDetailsDialog, PlanDialog
from peerdesk.ui.dialogs.support_lines import SupportLinesDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.buttons import make_button


class PackTextButtons(QWidget):
    saved = Signal(str)

    def __init__(self, store: Store, dialogs: DialogSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialogs = dialogs
        self.meeting: MeetingRow | None = None  # whose group's words are edited
        self.agreement_button = make_button("packAgreementButton", _tr("Group &agreement…"))
        self.plan_button = make_button("packPlanButton", _tr("Session p&lan…"))
        self.lines_button = make_button("packSupportLinesButton", _tr("Support li&nes…"))
        self.cover_button = make_button("packCoverButton", _tr("&Who to call…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.cover_button,
            self.agreement_button,
            self.plan_button,
            self.lines_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        self.agreement_button.clicked.connect(self.edit_agreement)
        self.plan_button.clicked.connect(self.edit_plan)
        self.lines_button.clicked.connect(self.edit_support_lines)
        self.cover_button.clicked.connect(self.edit_cover)

    def set_meeting(self, meeting: MeetingRow | None) -> None:
        self.meeting = meeting
        self.agreement_button.setEnabled(meeting is not None)
        self.plan_button.setEnabled(meeting is not None)
        self.cover_button.setEnabled(meeting is not None)

    def edit_cover(self) -> None:
        if self.meeting is not None:
            group_id, name = self.meeting.group_id, self.meeting.group_name
            dialog = CoverDetailsDialog(self.store, group_id, name, self)
            self.dialogs.open(dialog, lambda _d: self.saved.emit(_tr("Cover sheet saved.")))

    def edit_agreement(self) -> None:
        if self.meeting is not None:
            group_id, name = self.meeting.group_id, self.meeting.group_name
            dialog = AgreementDialog(self.store, group_id, name, self)
            self.dialogs.open(dialog, lambda _d: self.saved.emit(_tr("Group agreement saved.")))

    def edit_plan(self) -> None:
        if self.meeting is not None:
            group_id, name = self.meeting.group_id, self.meeting.group_name
            dialog = PlanDialog(self.store, group_id, name, self)
            self.dialogs.open(dialog, lambda _d: self.saved.emit(_tr("Session plan saved.")))

    def edit_support_lines(self) -> None:
        dialog = SupportLinesDialog(self.store, self)
        self.dialogs.open(dialog, lambda _d: self.saved.emit(_tr("Support lines saved.")))
