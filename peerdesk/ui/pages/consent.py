"""Consent: who needs asking, where one person stands, their history, and recording it.

Left, the people needing attention (no consent yet, lapsed, contact details held without
consent), or anyone found by typing a name. Right, the chosen person: each purpose of the current
form (with a Withdraw… button on each grant) and their append-only history, newest first.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import consent, erasure, people
from peerdesk.core.consent import ConsentSummary, PurposeState, VersionRow, Withdrawal
from peerdesk.core.errors import NotFoundError, PeerdeskError
from peerdesk.core.people import PersonRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.consent_batch import BatchConsentDialog
from peerdesk.ui.dialogs.consent_dialog import RecordConsentDialog
from peerdesk.ui.dialogs.consent_version import VersionDialog, WordingDialog
from peerdesk.ui.dialogs.consent_withdraw import WithdrawDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.models.consent import ConsentHistoryModel, field_text, short_label, summary_reasons
from peerdesk.ui.pages.page import Page
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.consent_state import ConsentStatePanel
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import ENTER_KEYS, make_table

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_STYLE: Kind = "note"  # a look from peerdesk.ui.theme: it follows dark mode


class ConsentPage(Page):
    message = Signal(str)  # for the status bar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("consentPage")
        self.setAccessibleName(self.tr("Consent"))
        self.dialogs = DialogSlot()
        self.version: VersionRow | None = None
        self.person: PersonRow | None = None
        self.states: list[PurposeState] = []
        self._attention: list[ConsentSummary] = []
        self._everyone: list[PersonRow] = []

        self.search = QLineEdit()
        self.search.setObjectName("consentSearch")
        self.search.setAccessibleName(self.tr("Find anyone by name"))
        self.search.setPlaceholderText(self.tr("Find anyone by name"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.list_label = QLabel()
        self.list_label.setObjectName("consentListLabel")
        self.list_label.setWordWrap(True)
        self.people_list = QListWidget()
        self.people_list.setObjectName("consentPeopleList")
        self.people_list.setAccessibleName(self.tr("People"))
        self.people_list.setMinimumWidth(300)
        self.people_list.setWordWrap(True)
        self.people_list.setSpacing(2)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.heading = QLabel()
        self.heading.setObjectName("consentHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.form_label = QLabel()
        self.form_label.setObjectName("consentFormLabel")
        self.form_label.setWordWrap(True)
        self.wording_button = make_button("consentWordingButton", self.tr("Read the &wording…"))
        self.new_version_button = make_button(
            "consentNewVersionButton", self.tr("&New version of the wording…")
        )
        self.state_panel = ConsentStatePanel()
        self.history_label = QLabel(self.tr("History (newest first; nothing is ever changed)"))
        self.history_label.setObjectName("consentHistoryLabel")
        self.history_model = ConsentHistoryModel(self)
        self.history = make_table(
            "consentHistoryTable", self.tr("Consent history"), self.history_model, stretch=0
        )
        self.history.horizontalHeader().setStretchLastSection(False)
        self.note_label = QLabel()
        self.note_label.setObjectName("consentNoteLabel")
        self.note_label.setWordWrap(True)
        apply_style(self.note_label, NOTE_STYLE)
        self.note_label.hide()
        self.error_label = make_error_label("consentErrorLabel")

        self.record_button = make_button("consentRecordButton", self.tr("&Record consent…"))
        self.batch_button = make_button("consentBatchButton", self.tr("&Tick in several forms…"))
        self.batch_button.setToolTip(self.tr("After a session: several paper forms at once"))
        self.withdraw_button = make_button(
            "consentWithdrawAllButton", self.tr("Withdraw &everything…")
        )

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list_label)
        left.addWidget(self.people_list, 1)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label, 1)
        form_row.addWidget(self.wording_button)
        form_row.addWidget(self.new_version_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.state_panel)
        right.addWidget(self.history_label)
        right.addWidget(self.history, 1)
        right.addWidget(self.note_label)
        right.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.batch_button)
        right.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(form_row)
        layout.addLayout(middle, 1)

        for first, second in (
            (self.search, self.people_list),
            (self.people_list, self.record_button),
            (self.record_button, self.withdraw_button),
            (self.withdraw_button, self.batch_button),
            (self.batch_button, self.history),
            (self.history, self.wording_button),
            (self.wording_button, self.new_version_button),
        ):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(lambda _text: self._fill_list())
        self.people_list.currentItemChanged.connect(self._list_moved)
        self.state_panel.withdraw_requested.connect(lambda key: self.withdraw([key]))
        self.record_button.clicked.connect(self.record)
        self.batch_button.clicked.connect(self.record_several)
        self.withdraw_button.clicked.connect(lambda: self.withdraw(None))
        self.wording_button.clicked.connect(self.show_wording)
        self.new_version_button.clicked.connect(self.new_version)
        context.events.people_changed.connect(self.data_changed)
        context.events.consent_changed.connect(self.data_changed)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        today = self.context.today()
        try:
            self.version = consent.ensure_default_form(self.context.store)
            self._attention = consent.needing_attention(self.context.store, today=today)
            self._everyone = people.list_people(self.context.store)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._stale = False
        version = self.version
        self.form_label.setText(
            self.tr("Current form: “{title}”, version {n}, asked again every {m} months").format(
                title=version.title, n=version.number, m=version.review_months
            )
        )
        self._fill_list()
        self.show_person(self.person.id if self.person else None)

    def _fill_list(self) -> None:
        query = self.search.text().strip()
        self.people_list.blockSignals(True)
        self.people_list.clear()
        if query:
            found = people.filter_people(self._everyone, query)
            rows = [(p.id, p.preferred_name + (f" ({p.full_name})" if p.full_name else ""))
                    for p in found]  # fmt: skip
            if found:
                text = self.tr("{n} found for “{q}”").format(n=len(found), q=query)
            else:
                text = self.tr("No one matches “{q}”").format(q=query)
        else:
            rows = [
                (s.person_id, f"{s.preferred_name}\n    {summary_reasons(s)}")
                for s in self._attention
            ]
            text = (
                self.tr("Needs attention: {n} people").format(n=len(rows))
                if rows
                else self.tr("No one needs attention: everyone's consent is up to date.")
            )
        for person_id, words in rows:
            item = QListWidgetItem(words)
            item.setData(PERSON_ROLE, person_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, words.replace("\n    ", ": "))
            self.people_list.addItem(item)
            if self.person is not None and person_id == self.person.id:
                self.people_list.setCurrentItem(item)
        self.people_list.blockSignals(False)
        self.list_label.setText(text)
        self.list_label.setAccessibleName(text)

    def _list_moved(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_person(int(item.data(PERSON_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (*ENTER_KEYS, Qt.Key.Key_Down)
        ):
            if self.people_list.count():
                self.people_list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.people_list.setCurrentRow(max(self.people_list.currentRow(), 0))
                self._list_moved(self.people_list.currentItem(), None)
            return True
        return super().eventFilter(watched, event)

    # -- one person --------------------------------------------------------------------------
    def show_person(self, person_id: int | None) -> None:
        """Show where ``person_id`` stands (None: nobody chosen). The main window calls this."""
        self.error_label.hide()
        person, states, history = None, [], []
        if person_id is not None:
            try:
                person = people.get_person(self.context.store, person_id)
                states = consent.current_state(
                    self.context.store, person_id, today=self.context.today()
                )
                history = consent.history(self.context.store, person_id)
            except NotFoundError:
                person = None
            except PeerdeskError as error:
                self.show_error(str(error))
                return
        if self.person is None or person is None or person.id != self.person.id:
            self.note_label.hide()
        self.person, self.states = person, states
        if person is None:
            self.heading.setText(self.tr("Choose someone on the left"))
        else:
            self.heading.setText(person.preferred_name)
            current = self.people_list.currentItem()
            if current is None or current.data(PERSON_ROLE) != person.id:
                self._select_in_list(person.id)
        self.state_panel.setVisible(person is not None)
        self.state_panel.show_states(states)
        chain = [self.people_list, *self.state_panel.buttons.values(), self.record_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.state_panel.setTitle(
            self.tr("Where {name} stands now").format(name=person.preferred_name) if person else ""
        )
        self.history_model.set_rows(history)
        self.history.resizeColumnsToContents()
        for button in (self.record_button, self.withdraw_button):
            button.setEnabled(person is not None)
        self.withdraw_button.setEnabled(any(s.is_current for s in states))

    def _select_in_list(self, person_id: int) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item is not None and item.data(PERSON_ROLE) == person_id:
                self.people_list.blockSignals(True)
                self.people_list.setCurrentRow(row)
                self.people_list.blockSignals(False)
                return
        self.people_list.clearSelection()

    def say(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setAccessibleName(text)
        self.note_label.show()
        self.message.emit(text)

    def _changed(self, *, people_too: bool = True) -> None:
        """Tell the other pages, then show the new state here."""
        with self.announcing():
            self.context.events.consent_changed.emit()
            if people_too:
                self.context.events.people_changed.emit()
        self.reload()

    # -- recording ---------------------------------------------------------------------------
    def record(self) -> None:
        if self.person is None or self.version is None:
            return
        dialog = RecordConsentDialog(self.context, self.person, self.version, self)
        self.dialogs.open(dialog, self._recorded)

    def _recorded(self, dialog: RecordConsentDialog) -> None:
        name = dialog.person.preferred_name
        if dialog.erased:
            self.person = None
            self._changed()
            self.say(self.tr("Recorded, then erased {name}: the sessions they came to now count "
                             "them anonymously.").format(name=name))  # fmt: skip
        else:
            self._changed()
            self.say(self.tr("Consent recorded for {name}.").format(name=name))

    def record_several(self) -> None:
        if self.version is None:
            return
        dialog = BatchConsentDialog(self.context, self.version, self._everyone, self)
        self.dialogs.open(dialog, self._recorded_several)

    def _recorded_several(self, dialog: BatchConsentDialog) -> None:
        self._changed()
        self.say(self.tr("Consent recorded from {n} forms.").format(n=dialog.recorded))

    # -- withdrawing -------------------------------------------------------------------------
    def withdraw(self, purposes: list[str] | None) -> None:
        """Click 1 (Withdraw…): a small dialog says what will happen; click 2 does it."""
        person = self.person
        if person is None:
            return
        held = {"phone": person.phone, "email": person.email}
        dialog = WithdrawDialog(
            self.context, person.id, person.preferred_name, self.states, purposes, held, self
        )
        self.dialogs.open(dialog, self._withdrawn)

    def _withdrawn(self, dialog: WithdrawDialog) -> None:
        done = dialog.withdrawal
        person = self.person
        if done is None or person is None:
            return
        self._changed()
        self.say(self._withdrawal_text(done))
        if done.offer_erasure:
            self.offer_erasure(person)

    def _withdrawal_text(self, done: Withdrawal) -> str:
        labels = {s.key: short_label(s.key, s.label) for s in self.states}
        text = self.tr("Withdrawn: {what}.").format(
            what=", ".join(labels.get(key, key) for key in done.withdrawn)
        )
        for name in done.cleared_fields:
            text += " " + self.tr("Their {field} has been deleted.").format(field=field_text(name))
        return text

    def offer_erasure(self, person: PersonRow) -> None:
        name = person.preferred_name
        if not confirm(
            self,
            self.tr("Erase {name} now?").format(name=name),
            self.tr(
                "{name} no longer agrees to us keeping their name and attendance. Erase them "
                "now? Their name, details and consent history are deleted; the sessions they "
                "came to keep them as an anonymous count. This cannot be undone."
            ).format(name=name),
        ):
            return
        try:
            erased = erasure.erase_person(self.context.store, person.id)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.person = None
        self._changed()
        self.say(
            self.tr("{name} has been erased; {n} sessions now count them anonymously.").format(
                name=name, n=erased.sessions_counted
            )
        )

    # -- the form's wording ------------------------------------------------------------------
    def show_wording(self) -> None:
        if self.version is not None:
            self.dialogs.open(WordingDialog(self.version, self), lambda _d: None)

    def new_version(self) -> None:
        if self.version is not None:
            dialog = VersionDialog(self.context.store, self.version, self)
            self.dialogs.open(dialog, self._version_saved)

    def _version_saved(self, dialog: VersionDialog) -> None:
        if dialog.saved is not None:
            self._changed(people_too=False)
            self.say(self.tr("Version {n} of the wording is now used for everyone asked.").format(
                n=dialog.saved.number))  # fmt: skip
