"""Venues: where groups meet and what a visitor needs to know about getting in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import venues
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.venues import VenueRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.venue_dialog import VenueDialog
from peerdesk.ui.models.venues import ACCESS, ADDRESS, NAME, VenueTableModel
from peerdesk.ui.pages.page import Page
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import ENTER_KEYS, make_table, select_row, selected_row


class VenuesPage(Page):
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialogs = DialogSlot()
        self.setObjectName("venuesPage")
        self.setAccessibleName(self.tr("Venues"))

        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setObjectName("venuesShowArchived")
        self.show_archived.setAccessibleName(self.tr("Show archived venues"))
        self.count_label = QLabel()
        self.count_label.setObjectName("venuesCount")
        self.model = VenueTableModel(self)
        self.table = make_table(
            "venuesTable",
            self.tr("Venues"),
            self.model,
            stretch=ADDRESS,
            widths={NAME: 240, ACCESS: 340},
        )
        self.table.installEventFilter(self)
        self.new_button = make_button("newVenueButton", self.tr("&New venue…"))
        self.new_button.setToolTip(self.tr("Add a venue (Ctrl+N)"))
        self.edit_button = make_button("editVenueButton", self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected venue (Enter)"))
        self.archive_button = make_button("archiveVenueButton", self.tr("Arc&hive…"))
        self.details = QLabel()
        self.details.setObjectName("venueDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = make_error_label("venuesErrorLabel")

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.show_archived, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)

        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_shortcut.activated.connect(self.new_venue)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(lambda _index: self.edit_venue())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_venue)
        self.edit_button.clicked.connect(self.edit_venue)
        self.archive_button.clicked.connect(self.toggle_archived)
        context.events.venues_changed.connect(self.data_changed)
        self.reload()
        select_row(self.table, 0)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_venue()
        try:
            rows = venues.list_venues(
                self.context.store, include_archived=self.show_archived.isChecked()
            )
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._stale = False
        self.model.set_rows(rows)
        if keep is not None:
            self.select_venue(keep.id)
        total = len(rows)
        if total == 0:
            text = self.tr("No venues yet. “New venue” adds the first.")
        else:
            text = self.tr("1 venue") if total == 1 else self.tr("{n} venues").format(n=total)
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            self.edit_venue()
            return True
        return super().eventFilter(watched, event)

    # -- selection ---------------------------------------------------------------------------
    def selected_venue(self) -> VenueRow | None:
        return self.model.row_at(selected_row(self.table))

    def select_venue(self, venue_id: int) -> bool:
        number = self.model.row_of(venue_id)
        select_row(self.table, number)
        return number >= 0

    def _selection_changed(self) -> None:
        venue = self.selected_venue()
        self.edit_button.setEnabled(venue is not None)
        self.archive_button.setEnabled(venue is not None)
        self.set_archive_button(self.archive_button, venue is not None and venue.archived)
        if venue is None:
            self.details.setText(self.tr("Choose a venue to see how to get there."))
        else:
            parts = [self.tr("Getting there: {text}").format(text=venue.transport or "—")]
            if venue.access_notes:
                parts.append(self.tr("Access notes: {text}").format(text=venue.access_notes))
            self.details.setText("\n".join(parts))

    # -- changing ----------------------------------------------------------------------------
    def new_venue(self) -> None:
        self.dialogs.open(VenueDialog(self.context.store, None, self), self._saved)

    def edit_venue(self) -> None:
        venue = self.selected_venue()
        if venue is not None:
            self.dialogs.open(VenueDialog(self.context.store, venue, self), self._saved)

    def _saved(self, dialog: VenueDialog) -> None:
        if dialog.saved is None:
            return
        self._announce()
        self.select_venue(dialog.saved.id)
        self.table.setFocus()
        self.message.emit(self.tr("{name} saved.").format(name=dialog.saved.name))

    def toggle_archived(self) -> None:
        venue = self.selected_venue()
        if venue is None:
            return
        if not venue.archived and not confirm(
            self,
            self.tr("Archive {name}?").format(name=venue.name),
            self.tr(
                "Archive {name}? It will no longer be offered when choosing a venue. "
                "Groups and sessions that meet there keep it. Nothing is deleted: tick "
                "“Show archived” to find it and restore it at any time."
            ).format(name=venue.name),
        ):
            return
        try:
            row = venues.set_venue_archived(self.context.store, venue.id, not venue.archived)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self._announce()
        self.select_venue(row.id)
        verb = self.tr("archived") if row.archived else self.tr("restored")
        self.message.emit(f"{row.name} {verb}.")

    def _announce(self) -> None:
        self.error_label.hide()
        self.reload()
        with self.announcing():
            self.context.events.venues_changed.emit()
