"""The rota's storage: profiles, rules, proposing, applying and locking on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from peerdesk.cli import main
from peerdesk.core import groups, people, rota_service, schedule
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import RotaAssignment
from peerdesk.core.rota import AwayRange, GroupRules
from peerdesk.core.rota_service import FacilitatorInput
from peerdesk.core.storage import Store

WEEKLY_TUESDAY = "FREQ=WEEKLY;BYDAY=TU"


def _saved(store: Store) -> list[tuple[int, int, bool, str]]:
    with store.reading() as session:
        rows = session.execute(
            select(
                RotaAssignment.meeting_id,
                RotaAssignment.person_id,
                RotaAssignment.locked,
                RotaAssignment.reason,
            ).order_by(RotaAssignment.meeting_id, RotaAssignment.person_id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _group(store: Store, today: dt.date, name: str = "Tuesday Group") -> int:
    saved = groups.create_group(
        store,
        groups.GroupInput(
            name=name, rrule=WEEKLY_TUESDAY, start_date=today, start_time=dt.time(18, 30)
        ),
        today=today,
    )
    return saved.group.id


def _person(store: Store, name: str) -> int:
    return people.create_person(store, people.PersonInput(preferred_name=name)).id


@pytest.fixture
def small(store: Store, today: dt.date) -> tuple[Store, int, dict[str, int]]:
    """One weekly group with four facilitators: two experienced, two learning."""
    group_id = _group(store, today)
    ids = {}
    for name, experienced, offer in (
        ("Ann", True, 3),
        ("Ben", True, 2),
        ("Cat", False, 2),
        ("Dan", False, 1),
    ):
        ids[name] = _person(store, name)
        rota_service.set_facilitator(
            store,
            FacilitatorInput(
                ids[name], frozenset({group_id}), experienced=experienced, sessions_per_month=offer
            ),
        )
    return store, group_id, ids


def test_a_profile_is_saved_and_read_back(store: Store, today: dt.date) -> None:
    group_id = _group(store, today)
    person = _person(store, "Ann")
    away = (AwayRange(dt.date(2026, 12, 20), dt.date(2027, 1, 3)),)
    saved = rota_service.set_facilitator(
        store,
        FacilitatorInput(
            person,
            frozenset({group_id}),
            experienced=True,
            sessions_per_month=3,
            weekdays=frozenset({1, 4}),
            away=away,
            note="  Has the key.  ",
        ),
    )
    assert saved.name == "Ann" and saved.group_ids == {group_id}
    assert (saved.experienced, saved.sessions_per_month, saved.weekdays) == (True, 3, {1, 4})
    assert saved.away == away and saved.note == "Has the key."
    assert rota_service.parse_weekdays("0,1,4") == {0, 1, 4}
    assert rota_service.weekdays_text({4, 0, 1}) == "0,1,4"
    assert [f.name for f in rota_service.list_facilitators(store, group_id=group_id)] == ["Ann"]
    assert rota_service.list_facilitators(store, group_id=group_id + 1) == []
    rota_service.remove_facilitator(store, person)
    with pytest.raises(NotFoundError):
        rota_service.get_facilitator(store, person)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sessions_per_month": 40}, "between 0 and 31"),
        ({"weekdays": frozenset({7})}, "numbered 0"),
        ({"away": (AwayRange(dt.date(2027, 1, 5), dt.date(2027, 1, 1)),)}, "end is before"),
        ({"note": "x" * 501}, "at most 500"),
    ],
)
def test_a_bad_profile_is_explained_and_not_saved(
    store: Store, today: dt.date, change: dict[str, object], message: str
) -> None:
    group_id = _group(store, today)
    person = _person(store, "Ann")
    data = FacilitatorInput(person, frozenset({group_id}))
    with pytest.raises(ValidationError, match=message):
        rota_service.set_facilitator(store, FacilitatorInput(**{**data.__dict__, **change}))
    assert rota_service.list_facilitators(store) == []


def test_rules_have_defaults_and_are_checked(store: Store, today: dt.date) -> None:
    group_id = _group(store, today)
    assert rota_service.get_rules(store, group_id) == GroupRules(group_id, "Tuesday Group")
    saved = rota_service.save_rules(store, GroupRules(group_id, per_session=3, max_in_a_row=4))
    assert (saved.per_session, saved.max_in_a_row, saved.name) == (3, 4, "Tuesday Group")
    with pytest.raises(ValidationError, match="between 1 and 6"):
        rota_service.save_rules(store, GroupRules(group_id, per_session=7))
    assert rota_service.get_rules(store, group_id).per_session == 3


def test_propose_saves_nothing_and_apply_saves_the_rota(
    small: tuple[Store, int, dict[str, int]], today: dt.date
) -> None:
    store, group_id, ids = small
    end = today + dt.timedelta(days=60)
    proposal = rota_service.propose(store, [group_id], today, end, today=today)
    assert _saved(store) == []
    result = proposal.result
    assert len(proposal.meeting_ids) == 9
    assert result.assignments and all(a.reason for a in result.assignments)
    assert all(g.reason for g in result.gaps)
    assert rota_service.apply(store, proposal) == len(result.assignments)
    saved = _saved(store)
    assert len(saved) == len(result.assignments) and not any(locked for *_, locked, _ in saved)
    first = proposal.meeting_ids[0]
    expected = tuple(sorted(a.name for a in result.on(first)))
    assert rota_service.facilitators_for(store, first) == expected
    assert set(ids) >= set(expected)


def test_apply_keeps_locked_choices_and_replaces_the_rest(
    small: tuple[Store, int, dict[str, int]], today: dt.date
) -> None:
    store, group_id, ids = small
    end = today + dt.timedelta(days=60)
    rota_service.apply(store, rota_service.propose(store, [group_id], today, end, today=today))
    first = rota_service.propose(store, [group_id], today, end, today=today).meeting_ids[0]
    on_first = set(rota_service.facilitators_for(store, first))
    outsider = next(n for n in ("Dan", "Cat", "Ben", "Ann") if n not in on_first)
    rota_service.lock(store, first, ids[outsider], True)
    again = rota_service.propose(store, [group_id], today, end, today=today)
    assert (first, ids[outsider]) in {
        (a.meeting_id, a.facilitator_id) for a in again.result.assignments if a.locked
    }
    rota_service.apply(store, again)
    saved = _saved(store)
    assert (first, ids[outsider], True, "Chosen by hand.") in saved
    assert len(saved) == len(again.result.assignments)
    assert outsider in rota_service.facilitators_for(store, first)
    rota_service.lock(store, first, ids[outsider], False)
    assert (first, ids[outsider], False, "Chosen by hand.") in _saved(store)


def test_bad_input_is_explained_and_changes_nothing(
    small: tuple[Store, int, dict[str, int]], today: dt.date
) -> None:
    store, group_id, ids = small
    end = today + dt.timedelta(days=60)
    rota_service.apply(store, rota_service.propose(store, [group_id], today, end, today=today))
    before = _saved(store)
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        rota_service.propose(store, [group_id], end, today, today=today)
    with pytest.raises(ValidationError, match="no sessions"):
        rota_service.propose(
            store,
            [group_id],
            today - dt.timedelta(days=60),
            today - dt.timedelta(days=1),
            today=today,
        )
    lonely = _group(store, today, "Nobody's Group")
    with pytest.raises(ValidationError, match="Nobody facilitates Nobody's Group"):
        rota_service.propose(store, [lonely], today, end, today=today)
    with pytest.raises(NotFoundError):
        rota_service.propose(store, [lonely + 100], today, end, today=today)
    # Everyone away: a proposal full of gaps, which apply refuses without touching the rota.
    for name, person in ids.items():
        profile = rota_service.get_facilitator(store, person)
        rota_service.set_facilitator(
            store,
            FacilitatorInput(
                person,
                profile.group_ids,
                profile.experienced,
                profile.sessions_per_month,
                away=(AwayRange(today, end),),
                note=name,
            ),
        )
    empty = rota_service.propose(store, [group_id], today, end, today=today)
    assert not empty.result.assignments and all("away" in g.reason for g in empty.result.gaps)
    with pytest.raises(ValidationError, match="nothing was changed"):
        rota_service.apply(store, empty)
    assert _saved(store) == before


def test_the_demo_has_facilitators_and_a_filled_rota(demo_store: Store, today: dt.date) -> None:
    facilitators = rota_service.list_facilitators(demo_store)
    assert len(facilitators) == 11
    assert {f.experienced for f in facilitators} == {True, False}
    assert any(f.away for f in facilitators)
    saved = _saved(demo_store)
    assert len(saved) > 40 and sum(locked for *_, locked, _ in saved) == 1
    next_drop_in = next(
        m
        for m in schedule.list_meetings(demo_store, date_from=today)
        if m.group_name == "Tuesday Evening Drop-in"
    )
    assert len(rota_service.facilitators_for(demo_store, next_drop_in.id)) == 2


def test_the_rota_command_shows_and_applies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["demo", "--database", db]) == 0
    # `peerdesk demo` uses the real today, so the range is taken from it too.
    start = dt.date.today() + dt.timedelta(days=100)
    end = start + dt.timedelta(days=60)
    args = ["--group", "Women's Circle", "--from", start.isoformat(), "--to", end.isoformat()]
    capsys.readouterr()
    assert main(["--database", db, "rota", *args]) == 0
    shown = capsys.readouterr().out
    assert "Fairness (sessions offered vs given)" in shown and "Nothing was saved" in shown
    assert "Women's Circle:" in shown
    assert main(["rota", *args, "--apply", "--database", db]) == 0
    assert "Saved: " in capsys.readouterr().out
    backwards = ["--from", end.isoformat(), "--to", start.isoformat()]
    assert main(["rota", "--database", db, *args[:2], *backwards]) == 1
    assert "before it starts" in capsys.readouterr().err
