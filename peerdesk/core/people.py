"""The people directory. Only a preferred name is required; everything else is optional."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from peerdesk.core import validation
from peerdesk.core.consent import check_contact_fields
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import Person, utcnow
from peerdesk.core.storage import Store
from peerdesk.core.text import translate


@dataclass(frozen=True)
class PersonInput:
    preferred_name: str
    full_name: str = ""
    pronouns: str = ""
    phone: str = ""
    email: str = ""
    access_needs: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRow:
    id: int
    preferred_name: str
    full_name: str
    pronouns: str
    phone: str
    email: str
    access_needs: str
    notes: str
    archived: bool
    # Lower-case text that search-as-you-type matches against (computed once per row).
    search_text: str = field(repr=False, compare=False)

    def as_input(self) -> PersonInput:
        return PersonInput(
            self.preferred_name,
            self.full_name,
            self.pronouns,
            self.phone,
            self.email,
            self.access_needs,
            self.notes,
        )


def _row(person: Person) -> PersonRow:
    return PersonRow(
        id=person.id,
        preferred_name=person.preferred_name,
        full_name=person.full_name,
        pronouns=person.pronouns,
        phone=person.phone,
        email=person.email,
        access_needs=person.access_needs,
        notes=person.notes,
        archived=person.archived_at is not None,
        search_text=search_text(person.preferred_name, person.full_name),
    )


def search_text(preferred_name: str, full_name: str) -> str:
    """What search-as-you-type matches: both names, case-folded once."""
    return f"{preferred_name} {full_name}".casefold()


def _clean(data: PersonInput) -> PersonInput:
    return PersonInput(
        preferred_name=validation.required_text(
            data.preferred_name,
            80,
            translate("people", "Please enter a preferred name."),
            translate("people", "A preferred name can be at most {max_length} characters."),
        ),
        full_name=validation.optional_text(
            data.full_name,
            160,
            translate("people", "The full name can be at most {max_length} characters."),
        ),
        pronouns=validation.optional_text(
            data.pronouns,
            40,
            translate("people", "The pronouns can be at most {max_length} characters."),
        ),
        phone=validation.optional_phone(data.phone),
        email=validation.optional_email(data.email),
        access_needs=validation.optional_text(
            data.access_needs,
            2000,
            translate("people", "The access needs can be at most {max_length} characters."),
        ),
        notes=validation.optional_text(
            data.notes,
            2000,
            translate("people", "The notes can be at most {max_length} characters."),
        ),
    )


def matches(row: PersonRow, query: str) -> bool:
    """Search-as-you-type: every word typed appears somewhere in the preferred or full name."""
    return all(word in row.search_text for word in query.casefold().split())


def filter_people(rows: list[PersonRow], query: str) -> list[PersonRow]:
    words = query.casefold().split()
    if not words:
        return rows
    return [row for row in rows if all(word in row.search_text for word in words)]


def create_person(store: Store, data: PersonInput, *, today: dt.date | None = None) -> PersonRow:
    """Add someone. Contact details can only follow once they have agreed to be contacted."""
    clean = _clean(data)
    with store.transaction() as session:
        check_contact_fields(session, None, clean.phone, clean.email, today or dt.date.today())
        person = Person(**clean.__dict__)
        session.add(person)
        session.flush()
        return _row(person)


def update_person(
    store: Store, person_id: int, data: PersonInput, *, today: dt.date | None = None
) -> PersonRow:
    clean = _clean(data)
    with store.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("people", "That person is no longer in the directory."))
        check_contact_fields(session, person_id, clean.phone, clean.email, today or dt.date.today())
        for key, value in clean.__dict__.items():
            setattr(person, key, value)
        session.flush()
        return _row(person)


def set_person_archived(store: Store, person_id: int, archived: bool) -> PersonRow:
    with store.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("people", "That person is no longer in the directory."))
        person.archived_at = utcnow() if archived else None
        session.flush()
        return _row(person)


def get_person(store: Store, person_id: int) -> PersonRow:
    with store.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("people", "That person is no longer in the directory."))
        return _row(person)


def list_people(store: Store, *, include_archived: bool = False) -> list[PersonRow]:
    """Everyone, sorted by preferred name (case-insensitive).

    Selects plain columns rather than whole ORM objects: several times faster for the
    thousands of rows the People page loads at once.
    """
    query = select(
        Person.id,
        Person.preferred_name,
        Person.full_name,
        Person.pronouns,
        Person.phone,
        Person.email,
        Person.access_needs,
        Person.notes,
        Person.archived_at,
    ).order_by(func.lower(Person.preferred_name), Person.id)
    if not include_archived:
        query = query.where(Person.archived_at.is_(None))
    with store.reading() as session:
        return [
            PersonRow(
                id=pid,
                preferred_name=preferred,
                full_name=full,
                pronouns=pronouns,
                phone=phone,
                email=email,
                access_needs=access,
                notes=notes,
                archived=archived_at is not None,
                search_text=search_text(preferred, full),
            )
            for pid, preferred, full, pronouns, phone, email, access, notes, archived_at in (
                session.execute(query)
            )
        ]


def find_person(store: Store, name: str) -> PersonRow:
    """One person by preferred name (or, when that is shared, full name), ignoring case."""
    wanted = name.strip().casefold()
    if not wanted:
        raise ValidationError(translate("people", "Give the person's preferred name."))
    everyone = list_people(store)
    by_preferred = [p for p in everyone if p.preferred_name.casefold() == wanted]
    if len(by_preferred) == 1:
        return by_preferred[0]
    by_full = [p for p in everyone if p.full_name and p.full_name.casefold() == wanted]
    if len(by_full) == 1:
        return by_full[0]
    if len(by_preferred) > 1:
        full_names = [p.full_name for p in by_preferred if p.full_name]
        if full_names:
            message = translate(
                "people",
                "{count} people are called “{name}”. Use their full name instead, for example "
                "“{full_name}”.",
            )
        else:
            message = translate(
                "people",
                "{count} people are called “{name}”. Add a full name to one of them in peerdesk, "
                "then use that.",
            )
        raise ValidationError(
            message.format(
                count=len(by_preferred),
                name=name.strip(),
                full_name=full_names[0] if full_names else "",
            )
        )
    raise NotFoundError(
        translate("people", "There is nobody called “{name}” in the directory.").format(
            name=name.strip()
        )
    )
