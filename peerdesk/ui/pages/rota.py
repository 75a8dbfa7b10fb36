"""Rota: who facilitates each session, filled fairly, explained, and changed by hand.

Choose a group (or all) and the dates: the saved rota shows, a row a session, with what each
still needs. "Fill the rota" works out a proposal in the background and shows it, marked as not
saved, until "Save this rota" or "Discard": nothing is saved without being asked. On the saved
rota the facilitator chosen below the table can be locked, swapped, joined by someone or taken
off (with Undo). Fairness shows the figures the group can look at together; Changes, what was
changed by hand. The rota's printed sheet, availability forms and calendar files are a click away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from peerdesk.core import groups, rota_edits, rota_service, rota_view
from peerdesk.core.availability import next_quarter
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.rota_service import RotaProposal
from peerdesk.core.rota_view import RotaSession, RotaView
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import short_date
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.rota_swap import RotaSwapDialog
from peerdesk.ui.models.rota import (
    DATE,
    FACILITATORS,
    GROUP,
    STATUS,
    TIME,
    VENUE,
    RotaSessionModel,
    people_on,
    summary_text,
)
from peerdesk.ui.operations import Progress
from peerdesk.ui.pages.page import Page
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.register_keys import undo_keys
from peerdesk.ui.widgets.rota_busy import RotaBusy
from peerdesk.ui.widgets.rota_changes import RotaChanges
from peerdesk.ui.widgets.rota_controls import RotaControls
from peerdesk.ui.widgets.rota_details import PROBLEM_STYLE, RotaDetails
from peerdesk.ui.widgets.rota_fairness import RotaFairness
from peerdesk.ui.widgets.rota_print import RotaFiles
from peerdesk.ui.widgets.rota_proposal import ProposalBanner
from peerdesk.ui.widgets.rota_take_off import TakeOffCommand, UndoBar
from peerdesk.ui.widgets.tables import make_table, select_row, selected_row

SESSIONS_TAB, FAIRNESS_TAB, CHANGES_TAB = range(3)
PADDING = 12  # pixels beside a column sized to its widest text


@dataclass(frozen=True)
class Filled:
    """What filling works out in the background: the proposal, shown as a rota, and who is on
    each session in the saved rota now (to say what saving would change)."""

    proposal: RotaProposal
    view: RotaView
    before: dict[int, frozenset[int]]


def _label(name: str, style: Kind | None = None) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        apply_style(label, style)  # a look from peerdesk.ui.theme: it follows dark mode
    return label


class RotaPage(Page):
    message = Signal(str)
    shown = Signal()  # a rota, saved or proposed, is on screen (for tests)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("rotaPage")
        self.setAccessibleName(self.tr("Rota"))
        self.view: RotaView | None = None
        self.proposal: RotaProposal | None = None
        self.dialogs = DialogSlot()
        self.undo_stack = QUndoStack(self)
        self.busy = RotaBusy(self)
        self.files = RotaFiles(self, self.busy, context.store)

        self.controls = RotaControls(context.today())
        self.banner = ProposalBanner()
        self.summary_label = _label("rotaSummary", "bold")
        self.warnings_label = _label("rotaWarnings", PROBLEM_STYLE)
        self.warnings_label.hide()
        self.error_label = make_error_label("rotaErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem with the rota"))
        self.undo_bar = UndoBar()

        self.model = RotaSessionModel(self)
        self.table = make_table("rotaTable", self.tr("Rota"), self.model, stretch=FACILITATORS)
        self.details = RotaDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("rotaSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.fairness = RotaFairness()
        self.changes = RotaChanges()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rotaTabs")
        self.tabs.setAccessibleName(self.tr("Rota, fairness and changes"))
        self.tabs.addTab(splitter, self.tr("&Sessions"))
        self.tabs.addTab(self.fairness, self.tr("Fair&ness"))
        self.tabs.addTab(self.changes, self.tr("C&hanges"))

        layout = QVBoxLayout(self)
        above = (self.controls, self.banner, self.summary_label, self.warnings_label,
                 self.error_label, self.undo_bar)  # fmt: skip
        for widget in (*above, self.tabs):
            layout.addWidget(widget, 1 if widget is self.tabs else 0)
        order = (
            *self.controls.order, self.banner.save_button, self.banner.discard_button,
            self.undo_bar.button, self.tabs, self.table, self.details.people,
            *self.details.buttons,
        )  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        controls, details = self.controls, self.details
        controls.changed.connect(self._choice_changed)
        for button, slot in (
            (controls.fill_button, self.fill),
            (controls.facilitators_button, self.open_facilitators),
            (controls.rules_button, self.open_rules),
            (controls.print_button, self.print_rota),
            (controls.calendar_button, self.calendar_files),
            (controls.availability_button, self.availability_forms),
            (self.banner.save_button, self.save_proposal),
            (self.banner.discard_button, self.discard),
            (details.lock_button, self.toggle_lock),
            (details.swap_button, lambda: self.open_swap(adding=False)),
            (details.add_button, lambda: self.open_swap(adding=True)),
            (details.take_off_button, self.take_off),
            (self.undo_bar.button, self.undo_stack.undo),
        ):
            button.clicked.connect(slot)
        self.files.message.connect(self.message)
        self.files.failed.connect(self.show_error)
        self.busy.finished.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._session_chosen())
        undo, redo = undo_keys()
        self._shortcut(undo, self.undo_stack.undo)
        self._shortcut(redo, self.undo_stack.redo)
        events = self.context.events
        for signal in (events.rota_changed, events.meetings_changed, events.groups_changed):
            signal.connect(self.data_changed)

    def _shortcut(self, keys: list[QKeySequence], slot: Callable[[], object]) -> None:
        shortcut = QShortcut(self)
        shortcut.setKeys(keys)
        shortcut.activated.connect(slot)

    def session(self) -> RotaSession | None:
        """The session chosen in the table."""
        return self.model.row_at(selected_row(self.table))

    # -- the saved rota ----------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        try:
            rows = groups.list_groups(self.context.store, today=self.context.today())
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.controls.set_groups(rows)
        self._choice_changed()

    def _choice_changed(self) -> None:
        if self.proposal is None:  # a proposal stays on screen until saved or discarded
            self.show_saved()

    def show_saved(self, notes: tuple[str, ...] = ()) -> None:
        """Read the saved rota (and its changes) for the groups and dates chosen; ``notes``:
        warnings about the change just made, shown above the rota's own."""
        ids = self.controls.group_ids()
        start, end = self.controls.dates()
        if not ids:
            self._show_nothing(
                self.tr("There are no groups yet. Add a group on the Groups page first.")
            )
            return
        if end < start:
            self.show_error(self.tr("The end of the dates is before their start."))
            return
        try:
            view = rota_view.saved_rota(self.context.store, ids, start, end)
            changes = rota_edits.rota_changes(self.context.store, ids, start, end)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.error_label.hide()
        self.changes.show_changes(changes)
        self._show_view(view, notes)

    def _show_nothing(self, text: str) -> None:
        self.view = None
        self.model.set_rows([])
        self.fairness.show_figures(None)
        self.changes.show_changes([])
        self.summary_label.setText(text)
        self.details.show_session(None, editable=False)
        self._update_buttons()

    def _show_view(
        self,
        view: RotaView,
        notes: tuple[str, ...] = (),
        before: dict[int, frozenset[int]] | None = None,
    ) -> None:
        """Show a rota; ``before``: for a proposal, who is on each session in the saved rota."""
        keep = self.session()
        self.view = view
        self.model.set_sessions(list(view.sessions), before)
        for column in (DATE, TIME, GROUP, VENUE, STATUS):
            self.table.resizeColumnToContents(column)
        header = self.table.horizontalHeader()
        header.resizeSection(STATUS, header.sectionSize(STATUS) + PADDING)
        self.fairness.show_figures(view.fairness)
        self.summary_label.setText(summary_text(view, self.model.changed_count()))
        self.summary_label.setAccessibleName(self.summary_label.text())
        warnings = list(dict.fromkeys((*notes, *view.warnings)))
        self.warnings_label.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings_label.setAccessibleName(" ".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.banner.setVisible(not view.saved)
        row = self.model.row_of_meeting(keep.meeting_id) if keep is not None else -1
        select_row(self.table, max(row, 0))
        self._session_chosen()
        self._update_buttons()
        self.shown.emit()

    def _session_chosen(self) -> None:
        self.details.show_session(self.session(), editable=self.proposal is None)

    def _update_buttons(self) -> None:
        idle, proposing = not self.busy.running, self.proposal is not None
        self.controls.set_state(idle=idle, proposing=proposing, saved_view=self.view is not None)
        self.banner.save_button.setEnabled(idle and proposing)

    # -- filling -----------------------------------------------------------------------------
    def fill(self) -> None:
        """Work out a proposal in the background; it is shown, not saved."""
        ids = self.controls.group_ids()
        start, end = self.controls.dates()
        if not ids or self.busy.running:
            return
        store, today = self.context.store, self.context.today()

        def work(progress: Progress) -> Filled:
            proposal = rota_service.propose(store, ids, start, end, today=today)
            progress.check()
            saved = rota_view.saved_rota(store, ids, start, end)
            before = {s.meeting_id: people_on(s) for s in saved.sessions}
            return Filled(proposal, rota_view.proposal_view(store, proposal), before)

        def done(filled: Filled) -> None:
            self.proposal = filled.proposal
            self.error_label.hide()
            self._show_view(filled.view, before=filled.before)
            self.tabs.setCurrentIndex(SESSIONS_TAB)
            self.table.setFocus()

        def stopped() -> None:
            self.message.emit(self.tr("Filling the rota was stopped; nothing was changed."))

        started = self.busy.start(
            self.tr("Filling the rota"),
            self.tr("Working out a fair rota for these dates…"),
            work, done, self.show_error, stopped,
        )  # fmt: skip
        if started:
            self._update_buttons()

    def save_proposal(self) -> None:
        if self.proposal is None:
            return
        try:
            count = rota_service.apply(self.context.store, self.proposal)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.proposal = None
        self.undo_stack.clear()  # a put-back from before the new rota would be out of date
        self.undo_bar.hide()
        self._announce()
        self.show_saved()
        text = self.tr("The rota was saved: {n} places filled.").format(n=count)
        self.message.emit(text if count != 1 else self.tr("The rota was saved: 1 place filled."))

    def discard(self) -> None:
        if self.proposal is None:
            return
        self.proposal = None
        self.show_saved()
        self.message.emit(self.tr("The proposal was thrown away; the saved rota is unchanged."))

    # -- changing the saved rota by hand -----------------------------------------------------
    def toggle_lock(self) -> None:
        session, person = self.details.session, self.details.person()
        if session is None or person is None or self.proposal is not None:
            return
        try:
            rota_service.lock(self.context.store, session.meeting_id, person.person_id,
                              not person.locked)  # fmt: skip
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if person.locked:
            text = self.tr("{name} is no longer locked on {day}.")
        else:
            text = self.tr("{name} is locked on {day}: filling again keeps them there.")
        self.changed(text.format(name=person.name, day=short_date(session.day)), ())

    def open_swap(self, *, adding: bool) -> None:
        session, person = self.details.session, self.details.person()
        if session is None or self.proposal is not None or (person is None and not adding):
            return
        try:
            dialog = RotaSwapDialog(self.context, session, None if adding else person, self)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.dialogs.open(dialog, self._swapped)

    def _swapped(self, dialog: RotaSwapDialog) -> None:
        chosen, out = dialog.chosen, dialog.out
        if chosen is None:
            return
        day = short_date(dialog.session.day)
        if out is None:
            text = self.tr("{name} was added to {day}.").format(name=chosen.name, day=day)
        else:
            text = self.tr("{name} took {out}'s place on {day}.").format(
                name=chosen.name, out=out.name, day=day
            )
        self.changed(text, dialog.warnings)

    def take_off(self) -> None:
        session, person = self.details.session, self.details.person()
        if session is None or person is None or self.proposal is not None:
            return
        store = self.context.store
        try:
            removed = rota_edits.remove_from_session(store, session.meeting_id, person.person_id)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        command = TakeOffCommand(store, session, person, removed, self.changed, self.show_error)
        self.undo_stack.push(command)
        self.changed(command.taken_off_text(), ())
        self.undo_bar.offer(command.taken_off_text())

    def changed(self, text: str, warnings: tuple[str, ...]) -> None:
        """A change by hand was saved: show it with any rule it breaks, and tell the others.
        The Undo bar speaks of the last take-off only, so any change sends it away."""
        self.undo_bar.hide()
        self._announce()
        self.show_saved(warnings)
        self.message.emit(text)

    def _announce(self) -> None:
        with self.announcing():
            self.context.events.rota_changed.emit()

    # -- files -------------------------------------------------------------------------------
    def print_rota(self) -> None:
        if self.view is not None and self.proposal is None:
            self.files.print_rota(self.view)

    def calendar_files(self) -> None:
        if self.view is not None and self.proposal is None:
            self.files.calendar_files(self.view)

    def availability_forms(self) -> None:
        ids = self.controls.group_ids()
        if ids:
            self.files.availability_forms(ids, next_quarter(self.context.today()))

    # -- facilitators and rules (dialogs of their own) ---------------------------------------
    def open_facilitators(self) -> None:
        try:
            from peerdesk.ui.dialogs.facilitators import (  # type: ignore[import-not-found]
                FacilitatorsDialog,
            )
        except ImportError:
            self.show_error(self.tr("This version of peerdesk cannot edit facilitators yet."))
            return
        dialog = FacilitatorsDialog(self.context, self, group_id=self.controls.one_group())
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def open_rules(self) -> None:
        group_id = self.controls.one_group()
        if group_id is None:
            return
        try:
            from peerdesk.ui.dialogs.rota_rules import (  # type: ignore[import-not-found]
                RotaRulesDialog,
            )
        except ImportError:
            self.show_error(self.tr("This version of peerdesk cannot edit rota rules yet."))
            return
        dialog = RotaRulesDialog(self.context, group_id, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()
