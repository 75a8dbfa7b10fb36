"""Venues: where groups meet, with the access details people ask about."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import Venue, utcnow
from peerdesk.core.storage import Store
from peerdesk.core.text import translate


@dataclass(frozen=True)
class VenueInput:
    name: str
    address: str = ""
    step_free: bool = False
    hearing_loop: bool = False
    accessible_toilet: bool = False
    transport: str = ""
    access_notes: str = ""


@dataclass(frozen=True)
class VenueRow:
    id: int
    name: str
    address: str
    step_free: bool
    hearing_loop: bool
    accessible_toilet: bool
    transport: str
    access_notes: str
    archived: bool

    @property
    def access_summary(self) -> str:
        """A short line such as "Step-free · Hearing loop · Accessible toilet"."""
        features = [
            label
            for flag, label in (
                (self.step_free, translate("venues", "Step-free")),
                (self.hearing_loop, translate("venues", "Hearing loop")),
                (self.accessible_toilet, translate("venues", "Accessible toilet")),
            )
            if flag
        ]
        if features:
            return " · ".join(features)
        if self.access_notes or self.transport:
            return translate("venues", "Not step-free; see the access notes")
        return translate("venues", "No access details yet")

    def as_input(self) -> VenueInput:
        return VenueInput(
            self.name,
            self.address,
            self.step_free,
            self.hearing_loop,
            self.accessible_toilet,
            self.transport,
            self.access_notes,
        )


def _row(venue: Venue) -> VenueRow:
    return VenueRow(
        venue.id,
        venue.name,
        venue.address,
        venue.step_free,
        venue.hearing_loop,
        venue.accessible_toilet,
        venue.transport,
        venue.access_notes,
        venue.archived_at is not None,
    )


def _clean(data: VenueInput) -> VenueInput:
    return VenueInput(
        name=validation.required_text(
            data.name,
            120,
            translate("venues", "Please enter a name for the venue."),
            translate("venues", "A name for the venue can be at most {max_length} characters."),
        ),
        address=validation.optional_text(
            data.address,
            500,
            translate("venues", "The address can be at most {max_length} characters."),
        ),
        step_free=data.step_free,
        hearing_loop=data.hearing_loop,
        accessible_toilet=data.accessible_toilet,
        transport=validation.optional_text(
            data.transport,
            1000,
            translate("venues", "The transport notes can be at most {max_length} characters."),
        ),
        access_notes=validation.optional_text(
            data.access_notes,
            2000,
            translate("venues", "The access notes can be at most {max_length} characters."),
        ),
    )


def _check_name_free(session: Session, name: str, exclude_id: int | None = None) -> None:
    query = select(Venue.id).where(func.lower(Venue.name) == name.lower())
    if exclude_id is not None:
        query = query.where(Venue.id != exclude_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            translate("venues", "There is already a venue called “{name}”.").format(name=name)
        )


def create_venue(store: Store, data: VenueInput) -> VenueRow:
    clean = _clean(data)
    with store.transaction() as session:
        _check_name_free(session, clean.name)
        venue = Venue(**clean.__dict__)
        session.add(venue)
        session.flush()
        return _row(venue)


def update_venue(store: Store, venue_id: int, data: VenueInput) -> VenueRow:
    clean = _clean(data)
    with store.transaction() as session:
        venue = session.get(Venue, venue_id)
        if venue is None:
            raise NotFoundError(translate("venues", "That venue no longer exists."))
        _check_name_free(session, clean.name, exclude_id=venue_id)
        for key, value in clean.__dict__.items():
            setattr(venue, key, value)
        session.flush()
        return _row(venue)


def set_venue_archived(store: Store, venue_id: int, archived: bool) -> VenueRow:
    with store.transaction() as session:
        venue = session.get(Venue, venue_id)
        if venue is None:
            raise NotFoundError(translate("venues", "That venue no longer exists."))
        venue.archived_at = utcnow() if archived else None
        session.flush()
        return _row(venue)


def get_venue(store: Store, venue_id: int) -> VenueRow:
    with store.reading() as session:
        venue = session.get(Venue, venue_id)
        if venue is None:
            raise NotFoundError(translate("venues", "That venue no longer exists."))
        return _row(venue)


def list_venues(store: Store, *, include_archived: bool = False) -> list[VenueRow]:
    query = select(Venue).order_by(func.lower(Venue.name))
    if not include_archived:
        query = query.where(Venue.archived_at.is_(None))
    with store.reading() as session:
        return [_row(venue) for venue in session.scalars(query)]
