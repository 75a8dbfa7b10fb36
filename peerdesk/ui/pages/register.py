"""The register: who came to one session, typed in fast from the paper sheet by keyboard alone.

Type a few letters, Enter: the first match (or the one selected) is marked present, the search
clears and the cursor stays put for the next name. Down moves into the list, where Space toggles
present, A apologies and F facilitator; Escape or any other letter goes back to the search. When
no one matches, Enter offers to add the name as a newcomer and Enter again adds them.
Ctrl+Enter adds a newcomer even when someone matches (a second Sam). Every change is its own
transaction and its own undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import attendance
from peerdesk.core.attendance import Mark, Register, RegisterEntry, Status
from peerdesk.core.errors import PeerdeskError
from peerdesk.ui.context import AppContext
from peerdesk.ui.models.register import (
    ConsentNotes,
    RegisterTableModel,
    hint_text,
    no_consent_notes,
    totals_text,
)
from peerdesk.ui.pages.page import Page
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.undo import HeadcountCommand, MarkCommand, WalkInCommand
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.headcount import HeadcountBox
from peerdesk.ui.widgets.register_keys import RegisterKeys, make_register_table, undo_keys
from peerdesk.ui.widgets.session_picker import SessionPicker

BANNER_STYLE: Kind = "banner"  # a look from peerdesk.ui.theme: it follows dark mode


def _label(name: str, style: Kind | None = None, *, hidden: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        apply_style(label, style)
    label.setHidden(hidden)
    return label


class RegisterPage(Page):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        consent_notes: ConsentNotes = no_consent_notes,
    ) -> None:
        """``consent_notes``: the consent seam (see ``peerdesk.ui.models.register``)."""
        super().__init__(context, parent)
        self.register: Register | None = None
        self._anonymous = 0
        self._offer = ""  # the name Enter will add as a newcomer, once offered
        self.setObjectName("registerPage")
        self.setAccessibleName(self.tr("Register"))
        self.undo_stack = QUndoStack(self)

        self.picker = SessionPicker(context)
        self.banner = _label("registerBanner", BANNER_STYLE, hidden=True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setAccessibleName(self.tr("Find a name to mark present"))
        self.search.setPlaceholderText(self.tr("Type a few letters of a name, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.hint_label = _label("registerHint")

        self.model = RegisterTableModel(self, consent_notes=consent_notes)
        self.table = make_register_table(self.model, self.fontMetrics().lineSpacing() + 10)
        self.table.doubleClicked.connect(lambda index: self._toggle_row(index.row()))
        self.walk_in_button = make_button("registerWalkInButton", self.tr("Add as a newcomer"))
        self.walk_in_button.hide()
        self.add_anyway_button = make_button("registerAddAnywayButton", self.tr("Add anyway"))
        self.add_anyway_button.setAutoDefault(True)
        self.add_anyway_button.hide()

        self.error_label = make_error_label("registerError")
        self.headcount = HeadcountBox()
        self.totals_label = _label("registerTotals", "bold")
        self.undo_button = make_button("registerUndoButton", self.tr("&Undo"))
        self.redo_button = make_button("registerRedoButton", self.tr("&Redo"))

        self.names_box = QWidget()
        self.names_box.setObjectName("registerNames")
        names = QVBoxLayout(self.names_box)
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.search)
        names.addWidget(self.hint_label)
        offers = QHBoxLayout()
        offers.addWidget(self.walk_in_button)
        offers.addWidget(self.add_anyway_button)
        offers.addStretch(1)
        names.addLayout(offers)
        names.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.banner)
        layout.addWidget(self.names_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.headcount)
        layout.addStretch(0)  # takes the room only when the names are hidden (headcount only)
        layout.addLayout(bottom)

        self.keys = RegisterKeys(self)
        self.search.installEventFilter(self.keys)
        self.table.installEventFilter(self.keys)
        self.headcount.spin.installEventFilter(self.keys)
        undo_keys_, redo_keys = undo_keys()
        self.undo_shortcut = self._shortcut(undo_keys_, self.undo_stack.undo)
        self.redo_shortcut = self._shortcut(redo_keys, self.undo_stack.redo)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        # Straight to the buttons: these connections end with whichever is deleted first.
        for button, can, text in (
            (self.undo_button, self.undo_stack.canUndoChanged, self.undo_stack.undoTextChanged),
            (self.redo_button, self.undo_stack.canRedoChanged, self.undo_stack.redoTextChanged),
        ):
            button.setEnabled(False)
            can.connect(button.setEnabled)
            text.connect(button.setToolTip)
        self.search.textChanged.connect(self._search_changed)
        self.walk_in_button.clicked.connect(lambda: self.add_walk_in(allow_same_name=False))
        self.add_anyway_button.clicked.connect(lambda: self.add_walk_in(allow_same_name=True))
        self.headcount.committed.connect(self.save_headcount)
        self.picker.meeting_chosen.connect(self._meeting_chosen)
        context.events.people_changed.connect(self.data_changed)
        context.events.meetings_changed.connect(self.data_changed)
        context.events.groups_changed.connect(self.data_changed)
        context.events.consent_changed.connect(self.data_changed)
        self.reload()

    def _shortcut(self, keys: list[QKeySequence], slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(self)
        shortcut.setKeys(keys)
        shortcut.activated.connect(slot)
        return shortcut

    # -- opening -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the groups and the register shown again (or the default session)."""
        self._stale = False
        try:
            self.picker.reload_groups()
            current = self.register.meeting.id if self.register else None
            chosen = current if current is not None else self.picker.choose_default()
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if chosen is None:
            self._show_nothing()
        elif chosen == current:
            self._load(chosen, keep_undo=True)
        else:
            self.open_meeting(chosen)

    def open_meeting(self, meeting_id: int) -> None:
        """Show the register of ``meeting_id`` (the home page's "Take the register")."""
        self._load(meeting_id, keep_undo=False)

    def _load(self, meeting_id: int, *, keep_undo: bool) -> None:
        try:
            register = attendance.load_register(self.context.store, meeting_id)
            self.picker.select(register.meeting)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if not keep_undo:
            self.undo_stack.clear()
        self.register = register
        self._anonymous = register.anonymous_count
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_register(register)
        self.headcount.set_count(register.anonymous_count)
        self.error_label.hide()
        self._reset_offers()
        meeting = register.meeting
        if meeting.is_cancelled:
            text = self.tr("This session was cancelled ({reason}), so nobody can be marked for it.")
            self.banner.setText(text.format(reason=meeting.cancel_reason or self.tr("no reason")))
        elif register.headcount_only:
            self.banner.setText(
                self.tr("{group} only counts who came: no names are asked for or kept.").format(
                    group=meeting.group_name
                )
            )
        self.banner.setVisible(meeting.is_cancelled or register.headcount_only)
        self.names_box.setVisible(not register.headcount_only)
        self.names_box.setEnabled(not meeting.is_cancelled)
        self.headcount.setEnabled(not meeting.is_cancelled)
        self._update_hint()
        self._update_totals()
        if self.isVisible() and not meeting.is_cancelled:
            target = self.headcount.spin if register.headcount_only else self.search
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_nothing(self) -> None:
        self.register = None
        self.undo_stack.clear()
        self.model.clear()
        self.names_box.setEnabled(False)
        self.headcount.setEnabled(False)
        self.banner.setText(self.tr("This group has no sessions yet."))
        self.banner.show()
        self.totals_label.clear()

    def _meeting_chosen(self, meeting_id: int) -> None:
        if meeting_id < 0:
            self._show_nothing()
        else:
            self.open_meeting(meeting_id)

    # -- searching ---------------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)
        if self._offer and text.strip() != self._offer:
            self._reset_offers()
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint_label.setText(hint_text(self.model, self.search.text().strip()))

    def focus_search(self, text: str = "") -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        if text:
            self.search.insert(text)

    def enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_row() < 0:
            self.select_row(0)

    def selected_row(self) -> int:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return -1
        return index.row()

    def select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    # -- marking -----------------------------------------------------------------------------
    def enter_pressed(self) -> None:
        """Enter in the search: mark the selected (or first) match, or offer a newcomer."""
        query = self.search.text().strip()
        if not query:
            return
        row = self.selected_row()
        entry = self.model.entry_at(row if row >= 0 else 0)
        if entry is not None:
            if self.set_status(entry, "present"):
                self.search.clear()
            return
        if self._offer == query:
            self.add_walk_in(allow_same_name=False)
            return
        self._offer = query
        self.walk_in_button.setText(
            self.tr("Add “{name}” as a newcomer (Enter)").format(name=query)
        )
        self.walk_in_button.setAccessibleName(self.walk_in_button.text())
        self.walk_in_button.show()

    def set_status(
        self, entry: RegisterEntry, status: Status, facilitator: bool | None = None
    ) -> bool:
        """Mark one person (one transaction, one undo step); False if the core refused."""
        if self.register is None:
            return False
        person = entry.person_id
        was = (self.model.status_of(person), self.model.is_facilitator(person))
        role = was[1] if facilitator is None else facilitator
        if (status, role if status != "absent" else False) == was:
            return True
        try:
            done = attendance.mark(self.context.store, self.register.meeting.id, person, status,
                                   facilitator=facilitator)  # fmt: skip
        except PeerdeskError as error:
            self.show_error(str(error))
            return False
        self.mark_applied(done)
        self.undo_stack.push(MarkCommand(self.context.store, self, done, entry.preferred_name))
        return True

    def _toggle_row(self, row: int) -> None:
        entry = self.model.entry_at(row)
        if entry is not None:
            present = self.model.status_of(entry.person_id) == "present"
            self.set_status(entry, "absent" if present else "present")

    def add_walk_in(self, *, allow_same_name: bool) -> None:
        name = self.search.text().strip()
        if self.register is None or not name:
            return
        store, meeting_id = self.context.store, self.register.meeting.id
        try:
            entry = attendance.add_walk_in(store, meeting_id, name, allow_same_name=allow_same_name)
        except PeerdeskError as error:
            self.show_error(str(error))
            if not allow_same_name and self._same_name_listed(name):
                self.add_anyway_button.setText(
                    self.tr("Add another “{name}” anyway").format(name=name)
                )
                self.add_anyway_button.setAccessibleName(self.add_anyway_button.text())
                self.add_anyway_button.show()
                self.add_anyway_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.model.add_walk_in(entry)
        self.undo_stack.push(
            WalkInCommand(store, self, meeting_id, entry.person_id, entry.preferred_name)
        )
        self.search.clear()
        self._reset_offers()
        self.error_label.hide()
        self._update_totals()
        self.focus_search()
        with self.announcing():  # our own walk-in: the model already shows it
            self.context.events.people_changed.emit()

    def _same_name_listed(self, name: str) -> bool:
        return self.model.has_name(name)

    def _reset_offers(self) -> None:
        self._offer = ""
        self.walk_in_button.hide()
        self.add_anyway_button.hide()

    def save_headcount(self, count: int) -> None:
        if self.register is None:
            return
        meeting_id = self.register.meeting.id
        try:
            previous = attendance.set_headcount(self.context.store, meeting_id, count)
        except PeerdeskError as error:
            self.headcount.show_error(str(error))
            return
        self.headcount.saved(count)
        self._anonymous = count
        self._update_totals()
        self.context.events.attendance_changed.emit()
        self.undo_stack.push(
            HeadcountCommand(self.context.store, self, meeting_id, count, previous)
        )

    # -- what the undo commands call ---------------------------------------------------------
    def mark_applied(self, mark: Mark) -> None:
        if self.register is None or mark.meeting_id != self.register.meeting.id:
            return
        self.error_label.hide()
        self.model.set_mark(mark.person_id, mark.status, mark.is_facilitator)
        self._update_totals()
        self.context.events.attendance_changed.emit()

    def headcount_applied(self, meeting_id: int, count: int) -> None:
        if self.register is None or meeting_id != self.register.meeting.id:
            return
        self._anonymous = count
        self.headcount.set_count(count)
        self._update_totals()
        self.context.events.attendance_changed.emit()

    def undo_failed(self, message: str) -> None:
        self.show_error(message)

    # -- totals and buttons ------------------------------------------------------------------
    def _update_totals(self) -> None:
        if self.register is None:
            self.totals_label.clear()
            return
        named, apologies = self.model.counts()
        text = totals_text(named, self._anonymous, apologies, self.register.headcount_only)
        self.totals_label.setText(text)
        self.totals_label.setAccessibleName(text)
