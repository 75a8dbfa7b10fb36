"""Properties of the rota solver on random instances (hypothesis): no hard rule is ever broken
except by a locked choice, locks are kept, every empty place has a reason, and the same input
(in any order) gives the same output."""

from __future__ import annotations

import datetime as dt
import random
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rota_people import person

from peerdesk.core.rota import (
    GroupRules,
    PastAssignment,
    RotaLock,
    RotaRequest,
    RotaResult,
    RotaSlot,
    fairness_score,
    rule_breaks,
    solve_rota,
)

T = TypeVar("T")


START = dt.date(2027, 1, 4)


@st.composite
def instances(draw: st.DrawFn) -> RotaRequest:
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    groups = list(range(1, draw(st.integers(1, 3)) + 1))
    n_slots = draw(st.integers(0, 10))
    days = sorted(rng.sample(range(70), n_slots))
    slots = [RotaSlot(100 + k, rng.choice(groups), START + dt.timedelta(days=d))
             for k, d in enumerate(days)]  # fmt: skip
    names = ["Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Ann"]  # two people called Ann
    people = []
    for i in range(draw(st.integers(0, 7))):
        away = []
        for _ in range(rng.randint(0, 2)):
            first = START + dt.timedelta(days=rng.randint(-5, 70))
            away.append((first, first + dt.timedelta(days=rng.randint(0, 20))))
        people.append(
            person(
                i + 1,
                names[i],
                experienced=rng.random() < 0.5,
                per_month=rng.randint(0, 4),
                groups=[g for g in groups if rng.random() < 0.6],
                away=away,
                weekdays=[d for d in range(7) if rng.random() < 0.75],
            )
        )
    rules = [
        GroupRules(
            g,
            per_session=rng.randint(1, 3),
            need_experienced=rng.random() < 0.6,
            learner_needs_experienced=rng.random() < 0.7,
            max_in_a_row=rng.randint(1, 3),
            respect_offer=rng.random() < 0.85,
        )
        for g in groups
        if rng.random() < 0.8  # some groups take the defaults
    ]
    history = [
        PastAssignment(
            900 + k, rng.choice(groups), START - dt.timedelta(days=rng.randint(1, 420)),
            rng.randint(1, max(1, len(people) + 1)),
        )
        for k in range(rng.randint(0, 12))
    ]  # fmt: skip
    locks = [
        RotaLock(rng.choice(slots).meeting_id if slots and rng.random() < 0.9 else 999,
                 rng.randint(1, len(people) + 1))
        for _ in range(rng.randint(0, 3))
    ]  # fmt: skip
    return RotaRequest(
        date_from=START,
        date_to=START + dt.timedelta(days=75),
        slots=tuple(slots),
        facilitators=tuple(people),
        rules=tuple(rules),
        history=tuple(history),
        locks=tuple(locks),
    )


def broken_rules(req: RotaRequest, result: RotaResult) -> list[tuple[str, set[tuple[int, int]]]]:
    """Every hard rule the result breaks, with the (meeting, facilitator) places involved.

    Written independently of the solver, straight from the rules as the product states them.
    """
    rules = {r.group_id: r for r in req.rules}

    def rule(g: int) -> GroupRules:
        return rules.get(g, GroupRules(g))

    people = {f.id: f for f in req.facilitators}
    slots = {s.meeting_id: s for s in req.slots}
    placed = {m: [a.facilitator_id for a in result.on(m)] for m in slots}
    out: list[tuple[str, set[tuple[int, int]]]] = []
    for m, ids in placed.items():
        slot = slots[m]
        if len(set(ids)) != len(ids):
            out.append(("twice", {(m, f) for f in ids}))
        for f in ids:
            p = people[f]
            if (
                slot.group_id not in p.group_ids
                or slot.day.weekday() not in p.weekdays
                or any(a.start <= slot.day <= a.end for a in p.away)
            ):
                out.append(("availability", {(m, f)}))
        r = rule(slot.group_id)
        experienced = [people[f].experienced for f in ids]
        if ids and r.need_experienced and not any(experienced):
            out.append(("experienced", {(m, f) for f in ids}))
        if r.learner_needs_experienced and not all(experienced) and not any(experienced):
            out.append(("learner alone", {(m, f) for f in ids}))
    past = [h for h in req.history if h.day < req.date_from]
    for f, p in people.items():
        months: dict[tuple[int, int], list[int]] = {}
        for m, ids in placed.items():
            if f in ids and rule(slots[m].group_id).respect_offer:
                months.setdefault((slots[m].day.year, slots[m].day.month), []).append(m)
        for (year, month), ms in months.items():
            before = sum(
                1 for h in past
                if h.facilitator_id == f and (h.day.year, h.day.month) == (year, month)
                and rule(h.group_id).respect_offer
            )  # fmt: skip
            if len(ms) + before > p.per_month:
                out.append(("offer", {(m, f) for m in ms}))
        for g in {s.group_id for s in req.slots}:
            # (day, meeting, placed here?, new in this rota?) for the group's sessions in order
            sequence = sorted(
                {(h.day, h.meeting_id, False, False) for h in past if h.group_id == g}
                | {(s.day, s.meeting_id, False, True) for s in req.slots if s.group_id == g}
            )
            did = {h.meeting_id for h in past if h.facilitator_id == f and h.group_id == g}
            run: list[tuple[int, bool]] = []
            for _, m, _, new in [*sequence, (dt.date.max, -1, False, False)]:
                if (f in placed[m]) if new else (m in did):
                    run.append((m, new))
                    continue
                if len(run) > rule(g).max_in_a_row and any(n for _, n in run):
                    out.append(("in a row", {(m2, f) for m2, n in run if n}))
                run = []
    return out


def shuffled(req: RotaRequest, seed: int) -> RotaRequest:
    rng = random.Random(seed)

    def mix(items: tuple[T, ...]) -> tuple[T, ...]:
        out = list(items)
        rng.shuffle(out)
        return tuple(out)

    return RotaRequest(
        req.date_from, req.date_to, mix(req.slots), mix(req.facilitators), mix(req.rules),
        mix(req.history), mix(req.locks),
    )  # fmt: skip


PROPERTIES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(instances())
def test_no_hard_rule_is_ever_broken_except_by_a_lock(req: RotaRequest) -> None:
    result = solve_rota(req)
    locked = {(a.meeting_id, a.facilitator_id) for a in result.assignments if a.locked}
    breaks = broken_rules(req, result)
    for what, places in breaks:
        assert places <= locked, f"{what} broken by the solver at {places - locked}"
    if breaks:
        assert any(w.startswith("Kept as locked") for w in result.warnings)
    placed = {(a.meeting_id, a.facilitator_id) for a in result.assignments}
    for b in rule_breaks(req, result.placed()):
        involved = {(m, f) for m in b.meeting_ids for f in b.facilitator_ids} & placed
        assert involved <= locked, b.message


@PROPERTIES
@given(instances())
def test_locks_are_kept(req: RotaRequest) -> None:
    result = solve_rota(req)
    slots = {s.meeting_id for s in req.slots}
    people = {f.id for f in req.facilitators}
    kept = {(a.meeting_id, a.facilitator_id) for a in result.assignments if a.locked}
    wanted = {(lk.meeting_id, lk.facilitator_id) for lk in req.locks
              if lk.meeting_id in slots and lk.facilitator_id in people}  # fmt: skip
    assert kept == wanted


@PROPERTIES
@given(instances())
def test_every_empty_place_has_a_reason(req: RotaRequest) -> None:
    result = solve_rota(req)
    rules = {r.group_id: r for r in req.rules}
    gaps = {g.meeting_id: g for g in result.gaps}
    for slot in req.slots:
        need = rules.get(slot.group_id, GroupRules(slot.group_id)).per_session
        missing = max(0, need - len(result.on(slot.meeting_id)))
        if missing:
            gap = gaps.pop(slot.meeting_id)
            assert gap.missing == missing
            assert gap.reason.startswith(f"{missing} of {need} place")
            assert len(gap.reason) > 40
        else:
            assert slot.meeting_id not in gaps
    assert gaps == {}
    assert result.fairness.unfilled_places == sum(g.missing for g in result.gaps)


@PROPERTIES
@given(instances(), st.integers(0, 1000))
def test_same_input_same_output_whatever_the_order(req: RotaRequest, seed: int) -> None:
    first = solve_rota(req)
    assert solve_rota(req) == first
    assert solve_rota(shuffled(req, seed)) == first
    assert first.fairness.score == pytest.approx(fairness_score(req, first.placed()))
