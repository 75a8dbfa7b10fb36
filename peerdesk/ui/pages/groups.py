"""Groups: the list of groups with their schedules, and the selected group's sessions.

New (Ctrl+N), Edit (Enter or double-click), Archive and Restore act on groups; the sessions
panel below acts on single sessions of the selected group.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.groups import GroupRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.group_dialog import GroupDialog, kept_sessions_box, saved_message
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.register_import import RegisterImportWizard
from peerdesk.ui.models.groups import NAME, NEXT, SCHEDULE, TIME, VENUE, GroupTableModel
from peerdesk.ui.pages.page import Page
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.sessions_panel import SessionsPanel
from peerdesk.ui.widgets.tables import ENTER_KEYS, make_table, select_row, selected_row


class GroupsPage(Page):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialogs = DialogSlot()
        self._reloading = False
        self.setObjectName("groupsPage")
        self.setAccessibleName(self.tr("Groups"))

        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setObjectName("groupsShowArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived groups"))
        self.count_label = QLabel()
        self.count_label.setObjectName("groupsCount")

        self.model = GroupTableModel(self)
        self.table = make_table(
            "groupsTable",
            self.tr("Groups"),
            self.model,
            stretch=SCHEDULE,
            widths={NAME: 240, TIME: 120, VENUE: 200, NEXT: 150},
        )
        self.table.installEventFilter(self)
        self.new_button = make_button("newGroupButton", self.tr("&New group…"))
        self.new_button.setToolTip(self.tr("Add a group (Ctrl+N)"))
        self.edit_button = make_button("editGroupButton", self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected group (Enter)"))
        self.archive_button = make_button("archiveGroupButton", self.tr("Arc&hive…"))
        self.import_registers_button = make_button(
            "importRegistersButton", self.tr("&Import past registers…")
        )
        self.import_registers_button.setToolTip(
            self.tr("Record past attendance from the group's paper registers, typed into a file")
        )
        self.error_label = make_error_label("groupsErrorLabel")
        self.sessions = SessionsPanel(context)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_registers_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.error_label)
        upper_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("groupsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.sessions)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.show_archived, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.import_registers_button)
        QWidget.setTabOrder(self.import_registers_button, self.sessions.table)

        # Window-wide, but only while this page is showing (a hidden page's shortcuts sleep).
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self.new_group)

        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(lambda _index: self.edit_group())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.import_registers_button.clicked.connect(self.import_registers)
        self.sessions.message.connect(self.message)
        events = context.events
        for signal in (events.groups_changed, events.meetings_changed, events.venues_changed):
            signal.connect(self.data_changed)
        self.reload()
        if self.model.rowCount():
            select_row(self.table, 0)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_group()
        try:
            rows = groups.list_groups(
                self.context.store,
                today=self.context.today(),
                include_archived=self.show_archived.isChecked(),
            )
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._stale = False
        self._reloading = True
        try:
            self.model.set_rows(rows)
            if keep is not None:
                self.select_group(keep.id)
        finally:
            self._reloading = False
        self._selection_changed()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        if total == 0:
            text = self.tr("No groups yet. “New group” adds the first.")
        elif total == 1:
            text = self.tr("1 group")
        else:
            text = self.tr("{n} groups").format(n=total)
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            self.edit_group()
            return True
        return super().eventFilter(watched, event)

    # -- selection ---------------------------------------------------------------------------
    def selected_group(self) -> GroupRow | None:
        return self.model.row_at(selected_row(self.table))

    def select_group(self, group_id: int) -> bool:
        number = self.model.row_of(group_id)
        select_row(self.table, number)
        return number >= 0

    def _selection_changed(self) -> None:
        if self._reloading:
            return
        group = self.selected_group()
        self.edit_button.setEnabled(group is not None)
        self.archive_button.setEnabled(group is not None)
        self.set_archive_button(self.archive_button, group is not None and group.archived)
        self.sessions.show_group(group)

    # -- changing ----------------------------------------------------------------------------
    def new_group(self) -> None:
        self.dialogs.open(GroupDialog(self.context, None, self), self._saved)

    def edit_group(self) -> None:
        group = self.selected_group()
        if group is not None:
            self.dialogs.open(GroupDialog(self.context, group, self), self._saved)

    def _saved(self, dialog: GroupDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._announce()
        self.select_group(saved.group.id)
        self.table.setFocus()
        self.message.emit(saved_message(saved))
        kept_sessions_box(saved, self)

    def import_registers(self) -> None:
        """The register import wizard, for the selected group at first; the pages refresh
        when it announces what it recorded."""
        group = self.selected_group()
        wizard = RegisterImportWizard(self.context, group.id if group else None, self)
        self.dialogs.open(wizard, lambda _wizard: None)

    def toggle_archived(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        if not group.archived and not confirm(
            self,
            self.tr("Archive {name}?").format(name=group.name),
            self.tr(
                "Archive {name}? It will no longer be listed and its sessions leave the "
                "home page. Nothing is deleted: tick “Show archived” to find it and "
                "restore it at any time."
            ).format(name=group.name),
        ):
            return
        try:
            row = groups.set_group_archived(
                self.context.store, group.id, not group.archived, today=self.context.today()
            )
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._announce()
        self.select_group(row.id)
        if row.archived:
            self.message.emit(self.tr("{name} archived.").format(name=row.name))
        else:
            self.message.emit(self.tr("{name} restored.").format(name=row.name))

    def _announce(self) -> None:
        """Show our own change, then tell the other pages."""
        self.error_label.hide()
        self.reload()
        with self.announcing():
            self.context.events.groups_changed.emit()
            self.context.events.meetings_changed.emit()
