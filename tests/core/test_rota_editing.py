"""Reading, editing and exporting a saved rota on the small demo database (real SQLite)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from peerdesk.core import groups, rota_edits, rota_service, rota_view, trainings
from peerdesk.core.availability import availability_form, next_quarter
from peerdesk.core.errors import NotFoundError, StorageError, ValidationError
from peerdesk.core.models import Meeting, RotaAssignment
from peerdesk.core.rota_calendar import write_calendars
from peerdesk.core.rota_service import FacilitatorInput, Training
from peerdesk.core.storage import Store

DROP_IN = "Tuesday Evening Drop-in"


def _group_id(store: Store, today: dt.date, name: str = DROP_IN) -> int:
    return groups.find_group(store, name, today=today).id


def _quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    return today, today + dt.timedelta(days=90)


def _all_groups(store: Store, today: dt.date) -> list[int]:
    return [g.id for g in groups.list_groups(store, today=today)]


def test_the_saved_rota_lists_every_session_with_its_facilitators(
    demo_store: Store, today: dt.date
) -> None:
    ids = _all_groups(demo_store, today)
    view = rota_view.saved_rota(demo_store, ids, *_quarter(today))
    assert view.saved and view.sessions
    assert [s.day for s in view.sessions] == sorted(s.day for s in view.sessions)
    start, end = _quarter(today)
    with demo_store.reading() as session:
        saved = list(
            session.scalars(
                select(RotaAssignment.meeting_id)
                .join(Meeting, Meeting.id == RotaAssignment.meeting_id)
                .where(Meeting.date >= start, Meeting.date <= end)
            )
        )
    assert sum(len(s.facilitators) for s in view.sessions) == len(saved)
    assert {s.meeting_id for s in view.sessions if s.facilitators} == set(saved)
    first = view.sessions[0]
    assert first.venue_name and first.end > first.start and first.needed == 2
    # Every empty place says why; the demo's one locked choice is marked.
    assert all(s.problems for s in view.sessions if s.missing)
    assert sum(f.locked for s in view.sessions for f in s.facilitators) == 1
    assert view.fairness is not None
    assert {p.name for p in view.fairness.people} >= set(view.facilitator_names())


def test_a_proposal_looks_like_a_saved_rota_but_is_marked_unsaved(
    demo_store: Store, today: dt.date
) -> None:
    group_id = _group_id(demo_store, today)
    proposal = rota_service.propose(demo_store, [group_id], *_quarter(today), today=today)
    view = rota_view.proposal_view(demo_store, proposal)
    assert not view.saved and view.title == DROP_IN
    assert [s.meeting_id for s in view.sessions] == list(proposal.meeting_ids)
    placed = {(a.meeting_id, a.facilitator_id) for a in proposal.result.assignments}
    shown = {(s.meeting_id, f.person_id) for s in view.sessions for f in s.facilitators}
    assert shown == placed


def test_filling_one_group_counts_sessions_already_given_in_another(
    store: Store, today: dt.date
) -> None:
    """Someone offering one a month and already on another group's session that month is not
    asked again (the fault that the ``elsewhere`` assignments fix)."""
    from peerdesk.core import people

    rrule = "FREQ=WEEKLY;BYDAY=TU"
    made = [
        groups.create_group(
            store,
            groups.GroupInput(name=n, rrule=rrule, start_date=today, start_time=dt.time(18)),
            today=today,
        ).group.id
        for n in ("Tuesday A", "Tuesday B")
    ]
    one = people.create_person(store, people.PersonInput(preferred_name="Una")).id
    rota_service.set_facilitator(
        store, FacilitatorInput(one, frozenset(made), experienced=True, sessions_per_month=1)
    )
    for group_id in made:
        rota_service.save_rules(store, rota_service.GroupRules(group_id, per_session=1))
    december = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    first = rota_service.propose(store, [made[0]], *december, today=today)
    assert len(first.result.assignments) == 1
    rota_service.apply(store, first)
    second = rota_service.propose(store, [made[1]], *december, today=today)
    assert second.result.assignments == ()
    assert second.result.gaps
    for gap in second.result.gaps:
        assert "Una already has the 1 session a month they offered" in gap.reason


def test_replacements_are_ranked_allowed_first_and_a_swap_is_kept_in_the_history(
    demo_store: Store, today: dt.date
) -> None:
    group_id = _group_id(demo_store, today)
    view = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    # The first session whose first facilitator someone could replace within every rule.
    candidates = (
        (s, rota_edits.replacements(demo_store, s.meeting_id, s.facilitators[0].person_id))
        for s in view.sessions
        if s.facilitators and not s.facilitators[0].locked
    )
    session, ranked = next((s, r) for s, r in candidates if r and r[0].allowed)
    leaving = session.facilitators[0]
    allowed = [c.allowed for c in ranked]
    assert allowed == sorted(allowed, reverse=True)
    scores = [c.score_after for c in ranked if c.allowed]
    assert scores == sorted(scores)
    assert all(c.person_id not in {f.person_id for f in session.facilitators} for c in ranked)

    warnings = rota_edits.swap(
        demo_store, session.meeting_id, leaving.person_id, ranked[0].person_id
    )
    assert warnings == ()
    after = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    changed = next(s for s in after.sessions if s.meeting_id == session.meeting_id)
    newcomer = next(f for f in changed.facilitators if f.person_id == ranked[0].person_id)
    assert newcomer.locked and leaving.name in newcomer.reason
    (change,) = rota_edits.rota_changes(demo_store, [group_id], *_quarter(today))
    assert change.kind == "swap"
    assert change.text.startswith(f"{ranked[0].name} took {leaving.name}'s place")

    # Filling again keeps the swap, because a hand choice is locked.
    proposal = rota_service.propose(demo_store, [group_id], *_quarter(today), today=today)
    rota_service.apply(demo_store, proposal)
    again = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    kept = next(s for s in again.sessions if s.meeting_id == session.meeting_id)
    assert ranked[0].person_id in {f.person_id for f in kept.facilitators}


def test_a_hand_edit_that_breaks_a_rule_is_made_with_a_warning(
    demo_store: Store, today: dt.date
) -> None:
    group_id = _group_id(demo_store, today)
    view = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    session = view.sessions[0]
    full = rota_edits.additions(demo_store, session.meeting_id)
    assert full and not any(c.allowed for c in full)
    assert all("more than the 2 the group asks for" in c.why for c in full)

    leaving = session.facilitators[-1]
    rota_edits.remove_from_session(demo_store, session.meeting_id, leaving.person_id)
    ranked = rota_edits.additions(demo_store, session.meeting_id)
    assert ranked[0].allowed
    # Facilitators of other groups are offered last, with the rule they would break.
    helper = ranked[-1]
    assert not helper.allowed and "does not facilitate this group" in helper.why
    warnings = rota_edits.add_to_session(demo_store, session.meeting_id, helper.person_id)
    assert warnings and helper.name in warnings[0]
    again = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    shown = next(s for s in again.sessions if s.meeting_id == session.meeting_id)
    assert any(helper.name in problem for problem in shown.problems)

    kinds = [c.kind for c in rota_edits.rota_changes(demo_store, [group_id], *_quarter(today))]
    assert kinds == ["add", "remove"]
    with pytest.raises(NotFoundError, match="not on that session"):
        rota_edits.remove_from_session(demo_store, session.meeting_id, leaving.person_id)
    with pytest.raises(ValidationError, match="already on"):
        rota_edits.add_to_session(demo_store, session.meeting_id, helper.person_id)
    with pytest.raises(ValidationError, match="someone else"):
        rota_edits.swap(demo_store, session.meeting_id, helper.person_id, helper.person_id)


def test_trainings_are_kept_on_profiles_and_the_list_is_editable(
    demo_store: Store, today: dt.date
) -> None:
    kinds = {k.name: k for k in trainings.list_kinds(demo_store)}
    assert {"Safeguarding", "First aid", "Peer support training"} <= set(kinds)
    profile = rota_service.list_facilitators(demo_store)[0]
    done = dt.date(2026, 3, 14)
    data = profile.as_input()
    rota_service.set_facilitator(
        demo_store,
        FacilitatorInput(
            **{**data.__dict__, "trainings": (Training(kinds["Safeguarding"].id, done),)}
        ),
    )
    (kept,) = rota_service.get_facilitator(demo_store, profile.person_id).trainings
    assert (kept.kind, kept.completed_on) == ("Safeguarding", done)

    added = trainings.add_kind(demo_store, "  Mental health first aid ")
    assert added.name == "Mental health first aid"
    with pytest.raises(ValidationError, match="already on the list"):
        trainings.add_kind(demo_store, "first AID")
    trainings.rename_kind(demo_store, added.id, "MHFA refresher")
    trainings.remove_kind(demo_store, added.id)
    with pytest.raises(ValidationError, match=r"recorded for \d+ facilitators; remove it"):
        trainings.remove_kind(demo_store, kinds["Safeguarding"].id)
    assert "MHFA refresher" not in {k.name for k in trainings.list_kinds(demo_store)}


def test_calendar_files_parse_and_hold_each_persons_sessions(
    demo_store: Store, today: dt.date, tmp_path: Path
) -> None:
    view = rota_view.saved_rota(demo_store, _all_groups(demo_store, today), *_quarter(today))
    written = write_calendars(tmp_path, view)
    assert {p.name for p in written} == {f"{n} rota.ics" for n in view.facilitator_names()}
    for path in written:
        assert path.stat().st_mode & 0o077 == 0
        calendar = Calendar.from_ical(path.read_bytes())
        events = list(calendar.walk("VEVENT"))
        name = path.name.removesuffix(" rota.ics")
        theirs = [s for s in view.sessions if name in s.names()]
        assert len(events) == len(theirs)
        for event, session in zip(
            sorted(events, key=lambda e: e.decoded("dtstart")), theirs, strict=True
        ):
            assert event.decoded("dtstart") == dt.datetime.combine(session.day, session.start)
            assert str(event["summary"]) == f"Facilitating: {session.group_name}"
            assert session.venue_name in str(event["location"])
            for other in session.names():
                if other != name:
                    assert other in str(event["description"])
    with pytest.raises(StorageError, match="does not exist"):
        write_calendars(tmp_path / "missing", view)


def test_availability_forms_list_each_facilitators_own_dates(
    demo_store: Store, today: dt.date
) -> None:
    start, end = next_quarter(today)
    assert (start, end) == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    ids = _all_groups(demo_store, today)
    form = availability_form(demo_store, ids, start, end)
    named = [p for p in form.pages if p.person_id is not None]
    assert len(named) == len(rota_service.list_facilitators(demo_store))
    assert form.pages[-1].person_id is None and form.pages[-1].name == ""
    for page in named:
        assert page.dates and all(start <= d.day <= end for d in page.dates)
        assert {d.group_name for d in page.dates} <= set(page.group_names)
    with pytest.raises(ValidationError, match="before it starts"):
        availability_form(demo_store, ids, end, start)
    with pytest.raises(ValidationError, match="no sessions"):
        availability_form(demo_store, ids, dt.date(2020, 1, 1), dt.date(2020, 1, 2))


def test_taking_someone_off_can_be_undone_exactly(demo_store: Store, today: dt.date) -> None:
    group_id = _group_id(demo_store, today)
    view = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    session = next(s for s in view.sessions if any(f.locked for f in s.facilitators))
    locked = next(f for f in session.facilitators if f.locked)
    removed = rota_edits.remove_from_session(demo_store, session.meeting_id, locked.person_id)
    assert [c.kind for c in rota_edits.rota_changes(demo_store, [group_id], *_quarter(today))] == [
        "remove"
    ]
    assert rota_edits.put_back(demo_store, removed) == ()
    again = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    back = next(s for s in again.sessions if s.meeting_id == session.meeting_id)
    assert locked in back.facilitators  # same lock, same reason
    assert rota_edits.rota_changes(demo_store, [group_id], *_quarter(today)) == []
    with pytest.raises(ValidationError, match="already back"):
        rota_edits.put_back(demo_store, removed)


def test_reasons_follow_the_rota_after_a_swap(demo_store: Store, today: dt.date) -> None:
    group_id = _group_id(demo_store, today)
    view = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    pairs = (
        (s, c)
        for s in view.sessions
        if len(s.facilitators) == 2 and not any(f.locked for f in s.facilitators)
        for c in rota_edits.replacements(demo_store, s.meeting_id, s.facilitators[0].person_id)
        if c.allowed
    )
    session, choice = next(pairs)
    leaving, staying = session.facilitators
    rota_edits.swap(demo_store, session.meeting_id, leaving.person_id, choice.person_id)
    after = rota_view.saved_rota(demo_store, [group_id], *_quarter(today))
    changed = next(s for s in after.sessions if s.meeting_id == session.meeting_id)
    kept = next(f for f in changed.facilitators if f.person_id == staying.person_id)
    assert leaving.name not in kept.reason
    assert kept.reason.startswith(f"{staying.name}: ")
