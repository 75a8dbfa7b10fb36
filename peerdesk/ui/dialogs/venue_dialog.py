"""Add or edit a venue: its name, address and the access details people ask about."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from peerdesk.core import venues
from peerdesk.core.storage import Store
from peerdesk.core.venues import VenueInput, VenueRow
from peerdesk.ui.dialogs.form_dialog import FormDialog


class VenueDialog(FormDialog):
    """After it is accepted, ``saved`` holds the venue as stored."""

    def __init__(
        self, store: Store, venue: VenueRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("venueDialog", parent)
        self.set_title(
            self.tr("Add a venue")
            if venue is None
            else self.tr("Edit {name}").format(name=venue.name)
        )
        self._store = store
        self._venue = venue
        self.saved: VenueRow | None = None

        self.name = self.line_edit(
            "venueNameEdit", self.tr("Venue name"), self.tr("For example St Mark's Hall")
        )
        self.address = self.text_edit("venueAddressEdit", self.tr("Address"))
        self.step_free = self._check("stepFreeCheck", self.tr("&Step-free access"))
        self.hearing_loop = self._check("hearingLoopCheck", self.tr("&Hearing loop"))
        self.accessible_toilet = self._check("accessibleToiletCheck", self.tr("Accessible &toilet"))
        self.transport = self.line_edit(
            "venueTransportEdit",
            self.tr("Getting there"),
            self.tr("Nearest bus stop or station, parking"),
        )
        self.access_notes = self.text_edit(
            "venueAccessNotesEdit",
            self.tr("Other access notes"),
            self.tr("For example: ramp at the side door; ring the bell for the lift"),
        )
        checks = QWidget()
        column = QVBoxLayout(checks)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (self.step_free, self.hearing_loop, self.accessible_toilet):
            column.addWidget(box)

        self.add_row(self.tr("&Name (needed):"), self.name)
        self.add_row(self.tr("A&ddress:"), self.address)
        self.form.addRow(self.tr("Access:"), checks)
        self.add_row(self.tr("&Getting there:"), self.transport)
        self.add_row(self.tr("&Other access notes:"), self.access_notes)

        if venue is not None:
            self.name.setText(venue.name)
            self.address.setPlainText(venue.address)
            self.step_free.setChecked(venue.step_free)
            self.hearing_loop.setChecked(venue.hearing_loop)
            self.accessible_toilet.setChecked(venue.accessible_toilet)
            self.transport.setText(venue.transport)
            self.access_notes.setPlainText(venue.access_notes)
        self.name.setFocus()

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text.replace("&", ""))
        return box

    def entered(self) -> VenueInput:
        return VenueInput(
            name=self.name.text(),
            address=self.address.toPlainText(),
            step_free=self.step_free.isChecked(),
            hearing_loop=self.hearing_loop.isChecked(),
            accessible_toilet=self.accessible_toilet.isChecked(),
            transport=self.transport.text(),
            access_notes=self.access_notes.toPlainText(),
        )

    def submit(self) -> None:
        if self._venue is None:
            self.saved = venues.create_venue(self._store, self.entered())
        else:
            self.saved = venues.update_venue(self._store, self._venue.id, self.entered())
