"""The people directory: only a preferred name is required; search by any part of a name."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.core import consent, people
from peerdesk.core.errors import ValidationError
from peerdesk.core.storage import Store


def test_a_preferred_name_is_all_that_is_needed(store: Store) -> None:
    sam = people.create_person(store, people.PersonInput("  Sam   O  "))
    assert sam.preferred_name == "Sam O"
    assert (sam.full_name, sam.phone, sam.email) == ("", "", "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (people.PersonInput(""), "Please enter a preferred name"),
        (people.PersonInput(" \t "), "Please enter a preferred name"),
        (people.PersonInput("x" * 81), "at most 80 characters"),
        (people.PersonInput("Sam", email="sam at home"), "does not look like an email"),
        (people.PersonInput("Sam", phone="call me"), "does not look like a phone number"),
    ],
)
def test_bad_input_is_refused_with_a_message(
    store: Store, data: people.PersonInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        people.create_person(store, data)
    assert people.list_people(store) == []


def test_search_matches_any_part_of_either_name(store: Store) -> None:
    for name, full in [("Sam", "Samira Okafor"), ("Priya", "Priya Patel"), ("Jo", "")]:
        people.create_person(store, people.PersonInput(name, full_name=full))
    rows = people.list_people(store)
    assert [r.preferred_name for r in people.filter_people(rows, "OKA")] == ["Sam"]
    assert [r.preferred_name for r in people.filter_people(rows, "pat pri")] == ["Priya"]
    assert [r.preferred_name for r in people.filter_people(rows, "o")] == ["Jo", "Sam"]
    assert people.filter_people(rows, "   ") == rows
    assert people.filter_people(rows, "zz") == []


def test_archive_hides_and_restore_brings_back(store: Store) -> None:
    sam = people.create_person(store, people.PersonInput("Sam"))
    people.set_person_archived(store, sam.id, True)
    assert people.list_people(store) == []
    assert people.list_people(store, include_archived=True)[0].archived
    people.set_person_archived(store, sam.id, False)
    assert [p.preferred_name for p in people.list_people(store)] == ["Sam"]


def test_editing_keeps_the_same_person(store: Store) -> None:
    sam = people.create_person(store, people.PersonInput("Sam"))
    version = consent.ensure_default_form(store)
    today = dt.date.today()
    consent.record(
        store, consent.Answer(sam.id, {"contact_phone": True}, today), version.id, today=today
    )
    updated = people.update_person(
        store, sam.id, people.PersonInput("Sam", pronouns="they/them", phone="07700 900123")
    )
    assert updated.id == sam.id
    assert people.get_person(store, sam.id).phone == "07700 900123"
