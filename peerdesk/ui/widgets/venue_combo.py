"""Choose a venue, or "No venue yet". Archived venues are offered only if already chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk.core import venues
from peerdesk.core.storage import Store


class VenueCombo(QComboBox):
    def __init__(
        self, store: Store, selected: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.addItem(self.tr("No venue yet"), None)
        for venue in venues.list_venues(store, include_archived=True):
            if venue.archived and venue.id != selected:
                continue
            label = venue.name
            if venue.archived:
                label = self.tr("{name} (archived)").format(name=venue.name)
            self.addItem(label, venue.id)
        self.set_venue_id(selected)

    def set_venue_id(self, venue_id: int | None) -> None:
        found = self.findData(venue_id) if venue_id is not None else 0
        self.setCurrentIndex(max(found, 0))

    def venue_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None
