"""Consent: per purpose, versioned, append-only, and withdrawal honoured at once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, text

from peerdesk.core import attendance, consent, erasure, groups, people, schedule
from peerdesk.core.consent import Answer, Purpose
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.recurrence import Recurrence
from peerdesk.core.storage import Store


@pytest.fixture
def version(store: Store) -> consent.VersionRow:
    return consent.ensure_default_form(store)


@pytest.fixture
def sam(store: Store) -> int:
    return people.create_person(store, people.PersonInput("Sam")).id


def _state(store: Store, person: int, today: dt.date) -> dict[str, str]:
    return {p.key: p.state for p in consent.current_state(store, person, today=today)}


def test_the_default_form_has_separate_purposes_and_plain_wording(
    version: consent.VersionRow,
) -> None:
    assert [p.key for p in version.purposes] == [
        "take_part",
        "keep_records",
        "contact_phone",
        "contact_text",
        "contact_email",
        "photographs",
        "anonymised_figures",
    ]
    assert version.number == 1 and version.review_months == 12 and not version.in_use
    # Explicit consent names the nature of the data, and says how to withdraw.
    assert "mental distress" in version.wording
    assert "Changing your mind" in version.wording


def test_grant_and_refuse_per_purpose(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    assert set(_state(store, sam, today).values()) == {"none"}
    consent.record(
        store,
        Answer(
            sam,
            {"take_part": True, "keep_records": True, "photographs": False},
            dt.date(2026, 11, 17),
            "paper",
            "Priya",
            "folder 2, form 14",
        ),
        version.id,
        today=today,
    )
    state = _state(store, sam, today)
    assert (state["keep_records"], state["photographs"], state["contact_phone"]) == (
        "granted",
        "refused",
        "none",
    )
    (event, *_rest) = [e for e in consent.history(store, sam) if e.purpose_key == "keep_records"]
    assert (event.method, event.recorded_by, event.paper_ref) == (
        "paper",
        "Priya",
        "folder 2, form 14",
    )
    assert consent.get_version(store, version.id).in_use


def test_a_grant_lapses_on_the_right_day(
    store: Store, version: consent.VersionRow, sam: int
) -> None:
    given = dt.date(2025, 11, 23)
    consent.record(
        store, Answer(sam, {"keep_records": True}, given), version.id, today=dt.date(2025, 11, 23)
    )
    on_the_eve = consent.current_state(store, sam, today=dt.date(2026, 11, 22))
    keep = next(p for p in on_the_eve if p.key == "keep_records")
    assert keep.state == "granted" and keep.lapses_on == dt.date(2026, 11, 23)
    assert _state(store, sam, dt.date(2026, 11, 23))["keep_records"] == "lapsed"
    assert consent.register_flags(store, [sam], today=dt.date(2026, 11, 23)) == {sam: "lapsed"}
    # The 29th of February lapses on the 28th in a year without one.
    assert consent.lapse_date(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)


def test_withdrawing_phone_contact_deletes_the_number_at_once(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    consent.record(
        store,
        Answer(sam, {"keep_records": True, "contact_phone": True}, today),
        version.id,
        today=today,
    )
    people.update_person(store, sam, people.PersonInput("Sam", phone="07700 900123"), today=today)
    done = consent.withdraw(store, sam, ["contact_phone"], on=today, today=today)
    assert done.cleared_fields == ("phone",) and not done.offer_erasure
    assert people.get_person(store, sam).phone == ""
    decisions = [(e.purpose_key, e.decision) for e in consent.history(store, sam)]
    assert decisions[0] == ("contact_phone", "withdrawn")
    assert ("contact_phone", "granted") in decisions
    with pytest.raises(ValidationError, match="agreed to be contacted"):
        people.update_person(
            store, sam, people.PersonInput("Sam", phone="07700 900123"), today=today
        )


def test_a_number_stays_while_texts_are_still_allowed(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    consent.record(
        store,
        Answer(sam, {"contact_phone": True, "contact_text": True}, today),
        version.id,
        today=today,
    )
    people.update_person(store, sam, people.PersonInput("Sam", phone="07700 900123"), today=today)
    assert (
        consent.withdraw(store, sam, ["contact_phone"], on=today, today=today).cleared_fields == ()
    )
    assert people.get_person(store, sam).phone == "07700 900123"


def test_contact_details_need_consent_from_the_start(store: Store, today: dt.date) -> None:
    with pytest.raises(ValidationError, match="agreed to be contacted"):
        people.create_person(
            store, people.PersonInput("Nell", email="nell@example.org"), today=today
        )
    assert people.list_people(store) == []


def test_withdrawing_everything_offers_erasure(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    consent.record(
        store,
        Answer(sam, {"take_part": True, "keep_records": True}, today),
        version.id,
        today=today,
    )
    done = consent.withdraw(store, sam, None, on=today, today=today)
    assert set(done.withdrawn) == {"take_part", "keep_records"} and done.offer_erasure


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"swimming": True}, "no purpose called “swimming”"),
        ({}, "Nothing was ticked"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(
    store: Store,
    version: consent.VersionRow,
    sam: int,
    today: dt.date,
    answer: dict[str, bool],
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message):
        consent.record(
            store,
            Answer(sam, {"keep_records": True, **answer} if answer else {}, today),
            version.id,
            today=today,
        )
    assert consent.history(store, sam) == []


def test_a_future_date_is_refused(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    with pytest.raises(ValidationError, match="in the future"):
        consent.record(
            store,
            Answer(sam, {"keep_records": True}, today + dt.timedelta(1)),
            version.id,
            today=today,
        )
    with pytest.raises(ValidationError, match="not in the future"):
        consent.withdraw(store, sam, ["keep_records"], on=today + dt.timedelta(1), today=today)


def test_withdrawing_what_was_never_granted_is_refused(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    with pytest.raises(ValidationError, match="no consent to withdraw"):
        consent.withdraw(store, sam, None, on=today, today=today)
    consent.record(
        store,
        Answer(sam, {"keep_records": True, "photographs": False}, today),
        version.id,
        today=today,
    )
    with pytest.raises(ValidationError, match="never gave consent"):
        consent.withdraw(store, sam, ["photographs"], on=today, today=today)
    assert len(consent.history(store, sam)) == 2


def test_the_fast_path_is_all_or_nothing(
    store: Store, version: consent.VersionRow, today: dt.date
) -> None:
    ids = [people.create_person(store, people.PersonInput(n)).id for n in ("Ada", "Bea", "Cal")]
    answers = [Answer(i, {"keep_records": True}, today) for i in ids]
    broken = [*answers[:2], Answer(ids[2], {"keep_records": True}, today + dt.timedelta(3))]
    with pytest.raises(ValidationError, match="Cal is in the future"):
        consent.record_many(store, broken, version.id, today=today)
    assert all(consent.history(store, i) == [] for i in ids)
    assert consent.record_many(store, answers, version.id, today=today) == 3


def test_agreed_wording_never_changes_but_can_be_superseded(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    edited = consent.edit_version(
        store, version.id, title="Your information", wording="Plain.", review_months=6
    )
    assert edited.wording == "Plain." and edited.review_months == 6
    consent.record(store, Answer(sam, {"keep_records": True}, today), version.id, today=today)
    with pytest.raises(ValidationError, match="can never change"):
        consent.edit_version(store, version.id, title="x", wording="Changed.", review_months=12)
    second = consent.new_version(
        store,
        version.form_id,
        title="Your information (2027)",
        wording="Clearer words.",
        purposes=[Purpose("keep_records", "You may keep my name.")],
    )
    assert second.number == 2
    assert consent.current_version(store).id == second.id
    assert consent.get_version(store, version.id).wording == "Plain."
    with pytest.raises(ValidationError, match="no purpose called “photographs”"):
        consent.record(store, Answer(sam, {"photographs": True}, today), second.id, today=today)


def test_the_database_itself_refuses_to_rewrite_history(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    consent.record(store, Answer(sam, {"keep_records": True}, today), version.id, today=today)
    with store.engine.connect() as connection:
        for statement in (
            "UPDATE consent_events SET decision = 'refused'",
            "DELETE FROM consent_events",
            "UPDATE consent_versions SET wording = 'Something else'",
            "DELETE FROM consent_purposes",
        ):
            with pytest.raises(exc.IntegrityError):
                connection.execute(text(statement))
            connection.rollback()
    assert [e.decision for e in consent.history(store, sam)] == ["granted"]


def test_erasure_removes_the_person_and_keeps_the_figures(
    store: Store, version: consent.VersionRow, sam: int, today: dt.date
) -> None:
    group_id = groups.create_group(
        store,
        groups.GroupInput(
            "Drop-in", Recurrence("weekly", 1).to_rrule(), dt.date(2026, 11, 3), dt.time(18, 30)
        ),
        today=today,
    ).group.id
    held = schedule.list_meetings(store, group_id=group_id, date_to=today)
    for meeting in held:
        attendance.mark(store, meeting.id, sam, "present")
    attendance.set_headcount(store, held[0].id, 2)
    consent.record(store, Answer(sam, {"keep_records": True}, today), version.id, today=today)
    before = [attendance.load_register(store, m.id).total_present for m in held]

    assert erasure.erase_person(store, sam).sessions_counted == len(held)
    with pytest.raises(NotFoundError):
        people.get_person(store, sam)
    assert consent.history(store, sam) == []
    after = [attendance.load_register(store, m.id) for m in held]
    assert [r.total_present for r in after] == before
    assert [r.named_present for r in after] == [0] * len(held)


def test_needing_attention_lists_missing_lapsed_and_uncovered_contacts(
    demo_store: Store, today: dt.date
) -> None:
    listed = consent.needing_attention(demo_store, today=today)
    assert {s.state for s in listed} <= {"none", "lapsed", "granted", "refused", "withdrawn"}
    assert any(s.state == "none" for s in listed) and any(s.state == "lapsed" for s in listed)
    # Contact details outlive a consent only when it has lapsed: the list asks for renewal.
    uncovered = [s for s in listed if s.contact_without_consent]
    assert uncovered and all(s.state == "lapsed" for s in uncovered)
