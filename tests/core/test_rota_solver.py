"""The rota solver, case by case: hard rules, locks, reasons for gaps, fairness figures.

(Named test_rota_solver.py because tests/benchmarks/test_rota.py takes the basename test_rota
and neither folder is a package; the random-instance properties are in test_rota_properties.py.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from rota_people import person

from peerdesk.core.errors import ValidationError
from peerdesk.core.rota import (
    GroupRules,
    PastAssignment,
    RotaFacilitator,
    RotaLock,
    RotaRequest,
    RotaResult,
    RotaSlot,
    fairness_score,
    rule_breaks,
    solve_rota,
)

MONDAY = dt.date(2027, 3, 1)
TUESDAYS = [MONDAY + dt.timedelta(days=1 + 7 * k) for k in range(9)]  # 2 March ... 27 April


def weekly(n: int, group: int = 1, first_id: int = 100) -> tuple[RotaSlot, ...]:
    return tuple(RotaSlot(first_id + k, group, TUESDAYS[k]) for k in range(n))


def request(
    slots: Sequence[RotaSlot],
    people: Sequence[RotaFacilitator],
    *,
    rules: Sequence[GroupRules] = (),
    history: Sequence[PastAssignment] = (),
    locks: Sequence[RotaLock] = (),
    date_to: dt.date = dt.date(2027, 4, 30),
) -> RotaRequest:
    return RotaRequest(
        date_from=MONDAY,
        date_to=date_to,
        slots=tuple(slots),
        facilitators=tuple(people),
        rules=tuple(rules),
        history=tuple(history),
        locks=tuple(locks),
    )


def on(result: RotaResult, meeting_id: int) -> list[str]:
    return sorted(a.name for a in result.on(meeting_id))


# --- unit cases -------------------------------------------------------------------------------


def test_a_learner_is_always_beside_an_experienced_facilitator() -> None:
    people = [
        person(1, "Priya", per_month=5),
        person(2, "Sam", experienced=False),
        person(3, "Jo", experienced=False),
    ]
    result = solve_rota(request(weekly(4), people, rules=[GroupRules(1, max_in_a_row=4)]))
    assert result.gaps == ()
    for slot in weekly(4):
        assert "Priya" in on(result, slot.meeting_id)
    learner = next(a for a in result.assignments if a.name == "Sam")
    assert learner.reason.startswith("Sam: learning, alongside Priya")


def test_learners_are_not_put_on_alone_when_no_experienced_facilitator_is_free() -> None:
    people = [
        person(1, "Priya", away=[(TUESDAYS[1], TUESDAYS[1])]),
        person(2, "Sam", experienced=False),
        person(3, "Jo", experienced=False),
    ]
    result = solve_rota(request(weekly(2), people))
    assert on(result, 101) == []
    (gap,) = result.gaps
    assert gap.meeting_id == 101 and gap.missing == 2
    assert "no experienced facilitator is free" in gap.reason
    assert "Priya is away" in gap.reason
    assert "Sam is learning and needs an experienced facilitator alongside" in gap.reason


def test_away_dates_and_usual_days_are_respected_and_explained() -> None:
    people = [
        person(1, "Priya", per_month=9, away=[(TUESDAYS[2], TUESDAYS[3])]),
        person(2, "Sam", per_month=9),
        person(3, "Alex", weekdays=[3]),  # Thursdays only
    ]
    result = solve_rota(request(weekly(5), people, rules=[GroupRules(1, max_in_a_row=9)]))
    for k in (2, 3):
        assert "Priya" not in on(result, 100 + k)
    assert all(a.name != "Alex" for a in result.assignments)
    gap = next(g for g in result.gaps if g.meeting_id == 102)
    assert gap.missing == 1
    assert "1 of 2 places not filled on Tuesday 16 March: only Sam is free." in gap.reason
    assert "Priya is away" in gap.reason
    assert "Alex does not usually do Tuesdays" in gap.reason


def test_nobody_is_asked_for_more_than_they_offered_a_month() -> None:
    people = [person(1, "Priya", per_month=1), person(2, "Sam", per_month=2)]
    march = weekly(5)  # the five Tuesdays of March 2027
    result = solve_rota(request(march, people, rules=[GroupRules(1, per_session=1)]))
    assert sorted(a.name for a in result.assignments) == ["Priya", "Sam", "Sam"]
    assert sum(g.missing for g in result.gaps) == 2
    assert any("already has the 2 sessions a month they offered in March" in g.reason
               for g in result.gaps)  # fmt: skip
    # A session already done in the same month, before the range, counts towards the offer.
    mid_march = RotaRequest(
        date_from=dt.date(2027, 3, 8),
        date_to=dt.date(2027, 3, 31),
        slots=march[1:],
        facilitators=tuple(people),
        rules=(GroupRules(1, per_session=1),),
        history=(PastAssignment(91, 2, dt.date(2027, 3, 1), 1),),
    )
    result = solve_rota(mid_march)
    assert all(a.name != "Priya" for a in result.assignments)
    assert "Priya already has the 1 session a month they offered in March" in result.gaps[0].reason


def test_no_more_than_the_limit_of_sessions_in_a_row() -> None:
    people = [person(1, "Priya", per_month=9), person(2, "Sam", per_month=9)]
    rules = [GroupRules(1, per_session=1, max_in_a_row=1)]
    history = [PastAssignment(90, 1, TUESDAYS[0] - dt.timedelta(days=7), 1)]
    result = solve_rota(request(weekly(6), people, rules=rules, history=history))
    names = [on(result, 100 + k) for k in range(6)]
    assert names == [["Sam"], ["Priya"], ["Sam"], ["Priya"], ["Sam"], ["Priya"]]


def test_a_run_that_cannot_be_broken_leaves_an_explained_gap() -> None:
    people = [person(1, "Priya", per_month=9)]
    rules = [GroupRules(1, per_session=1, max_in_a_row=2)]
    result = solve_rota(request(weekly(3), people, rules=rules))
    assert [on(result, 100 + k) for k in range(3)].count(["Priya"]) == 2
    (gap,) = result.gaps
    assert "Priya would be on 3 sessions in a row" in gap.reason


def test_locks_are_kept_even_when_they_break_a_rule_and_are_warned_about() -> None:
    people = [
        person(1, "Priya", away=[(TUESDAYS[0], TUESDAYS[0])]),
        person(2, "Sam"),
        person(3, "Jo"),
    ]
    locks = [RotaLock(100, 1), RotaLock(101, 3)]
    result = solve_rota(request(weekly(3), people, locks=locks))
    priya = next(a for a in result.on(100) if a.name == "Priya")
    assert priya.locked and priya.reason == "Priya: chosen by hand (locked)"
    assert any(a.name == "Jo" and a.locked for a in result.on(101))
    assert any("Priya is on Tuesday 2 March but is away" in w for w in result.warnings)
    breaks = rule_breaks(request(weekly(3), people), result.placed())
    assert [b.facilitator_ids for b in breaks] == [(1,)]


def test_locks_for_unknown_sessions_or_people_are_left_out_with_a_warning() -> None:
    people = [person(1, "Priya"), person(2, "Sam")]
    locks = [RotaLock(999, 1), RotaLock(100, 77)]
    result = solve_rota(request(weekly(1), people, locks=locks))
    assert on(result, 100) == ["Priya", "Sam"]
    assert len(result.warnings) == 2


def test_contradictory_rules_give_a_clear_gap_not_a_crash() -> None:
    people = [person(1, "Priya", per_month=9), person(2, "Sam", per_month=9)]
    rules = [GroupRules(1, per_session=3, max_in_a_row=9)]
    result = solve_rota(request(weekly(2), people, rules=rules))
    assert on(result, 100) == ["Priya", "Sam"]
    assert len(result.gaps) == 2
    assert all(g.missing == 1 for g in result.gaps)
    assert (
        "the group asks for 3 facilitators per session but only 2 people facilitate it"
        in result.gaps[0].reason
    )


def test_nobody_available() -> None:
    april = [(dt.date(2027, 3, 1), dt.date(2027, 4, 30))]
    people = [person(1, "Priya", away=april), person(2, "Sam", away=april)]
    result = solve_rota(request(weekly(2), people))
    assert result.assignments == ()
    assert [g.missing for g in result.gaps] == [2, 2]
    assert "nobody is free" in result.gaps[0].reason
    assert [u.why for u in result.gaps[0].unavailable] == ["is away", "is away"]


def test_a_group_with_no_facilitators() -> None:
    result = solve_rota(request(weekly(1, group=5), [person(1, "Priya")]))
    assert "nobody facilitates this group yet" in result.gaps[0].reason


def test_a_range_with_no_sessions() -> None:
    result = solve_rota(request([], [person(1, "Priya")]))
    assert result.assignments == () and result.gaps == ()
    assert result.warnings == (
        "There are no sessions between Monday 1 March and Friday 30 April, so there is "
        "nothing to fill.",
    )
    assert result.fairness.unfilled_places == 0


def test_malformed_input_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="ends before it starts"):
        solve_rota(request([], [], date_to=MONDAY - dt.timedelta(days=1)))
    with pytest.raises(ValidationError, match="listed twice"):
        solve_rota(request(weekly(1), [person(1, "Priya"), person(1, "Priya")]))
    with pytest.raises(ValidationError, match="outside the rota range"):
        solve_rota(request(weekly(9), [], date_to=dt.date(2027, 3, 31)))


def test_load_follows_the_offer_and_the_history() -> None:
    people = [
        person(1, "Ann", per_month=1),
        person(2, "Bob", per_month=3),
        person(3, "Cat", per_month=3),
        person(4, "Dan", per_month=3),
    ]
    history = [
        PastAssignment(50 + k, 1, dt.date(2026, 6, 1) + dt.timedelta(days=7 * k), 4)
        for k in range(10)
    ]  # Dan did ten sessions last year
    rules = [GroupRules(1, per_session=2, max_in_a_row=9)]
    result = solve_rota(request(weekly(8), people, rules=rules, history=history))
    given = {p.name: p.given_in_range for p in result.fairness.people}
    assert result.gaps == ()
    assert given["Ann"] <= 2
    assert given["Dan"] < given["Bob"] and given["Dan"] < given["Cat"]
    assert given["Bob"] + given["Cat"] + given["Dan"] + given["Ann"] == 16
    dan = next(p for p in result.fairness.people if p.name == "Dan")
    assert dan.given_with_history == 10 + given["Dan"]
    assert dan.offered_in_range == 6.0 and dan.offered_with_history == 42.0


def test_reasons_pairs_and_score() -> None:
    people = [person(1, "Priya", per_month=2), person(2, "Sam", experienced=False)]
    # Last year Priya facilitated another group once (so no run with this group's sessions).
    req = request(weekly(2), people, history=[PastAssignment(90, 2, dt.date(2026, 12, 1), 1)])
    result = solve_rota(req)
    priya = next(a for a in result.on(100) if a.name == "Priya")
    assert priya.reason == (
        "Priya: experienced; offered 2 a month and has 1 other session in March; "
        "did 1 session in the 12 months before"
    )
    (pair,) = result.fairness.pairs
    assert (pair.first_name, pair.second_name, pair.in_range, pair.with_history) == (
        "Priya", "Sam", 2, 2,
    )  # fmt: skip
    assert result.fairness.score == pytest.approx(fairness_score(req, result.placed()))
    assert fairness_score(req, {}) > 4 * 999_999  # four empty places dominate


def test_a_newcomer_starts_on_their_date_and_is_expected_to_carry_only_the_months_since() -> None:
    from dataclasses import replace

    ann = person(1, "Ann", per_month=4)
    new = replace(person(2, "Ned", per_month=4), since=TUESDAYS[4])
    history = [
        PastAssignment(50 + k, 1, dt.date(2026, 3, 3) + dt.timedelta(days=7 * k), 1)
        for k in range(40)
    ]  # Ann has carried the group for most of the year
    rules = [GroupRules(1, per_session=1, max_in_a_row=9)]
    result = solve_rota(request(weekly(8), [ann, new], rules=rules, history=history))
    ned = [a for a in result.assignments if a.name == "Ned"]
    assert ned and all(a.day >= TUESDAYS[4] for a in ned)
    figures = {p.name: p for p in result.fairness.people}
    assert figures["Ann"].offered_with_history == 4 * 14.0
    # From 30 March to 30 April: a month and two days.
    assert figures["Ned"].offered_with_history == pytest.approx(4 * (1 + 2 / 31), abs=0.05)
    assert rule_breaks(request(weekly(8), [ann, new], rules=rules), {100: (2,)})[0].message == (
        "Ned is on Tuesday 2 March but only facilitates from 30 March 2027."
    )
