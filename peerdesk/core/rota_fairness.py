"""The fairness score and the fairness figures the group looks at together.

The score is defined (and explained) in :mod:`peerdesk.core.rota`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations

from peerdesk.core.rota_state import Problem, RotaState, months_in
from peerdesk.core.rota_types import (
    FacilitatorFigures,
    FairnessFigures,
    PairFigures,
    RotaRequest,
)

UNFILLED_PLACE_PENALTY = 1_000_000.0
"""Added to the score for each empty place: far more than any spread of load can cost."""


def deviation(loads: Sequence[int], weights: Sequence[float]) -> float:
    """sum over people of weight * (load / weight - mean)^2, mean = total load / total weight.

    Zero when everyone's load is exactly in proportion to what they offered.
    """
    total_weight = sum(weights)
    if not loads or total_weight == 0:
        return 0.0
    mean = sum(loads) / total_weight
    return sum(w * (x / w - mean) ** 2 for x, w in zip(loads, weights, strict=True))


def state_score(state: RotaState) -> float:
    return UNFILLED_PLACE_PENALTY * state.unfilled() + deviation(state.load, state.problem.weight)


def fairness_score(request: RotaRequest, placed: Mapping[int, Sequence[int]]) -> float:
    """The fairness score of any rota for ``request``: meeting id -> facilitator ids.

    Sessions and people the request does not know are left out. No rule is checked here.
    """
    problem = Problem(request)
    loads = [a + b for a, b in zip(problem.history_load, problem.elsewhere_load, strict=True)]
    unfilled = 0
    for s, slot in enumerate(problem.slots):
        known = problem.person_index
        on = {known[f] for f in placed.get(slot.meeting_id, ()) if f in known}
        unfilled += max(0, problem.need[s] - len(on))
        for p in on:
            loads[p] += 1
    return UNFILLED_PLACE_PENALTY * unfilled + deviation(loads, problem.weight)


def figures(state: RotaState) -> FairnessFigures:
    pb = state.problem
    request = pb.request
    months = months_in(request.date_from, request.date_to)
    people = tuple(
        FacilitatorFigures(
            facilitator_id=f.id,
            name=f.name,
            offered_in_range=round(f.per_month * months, 1),
            given_in_range=state.load[p] - pb.history_load[p],
            offered_with_history=round(f.per_month * pb.active_months[p], 1),
            given_with_history=state.load[p],
        )
        for p, f in enumerate(pb.people)
    )

    in_range: dict[tuple[int, int], int] = {}
    for members in state.members:
        for pair in combinations(sorted(members), 2):
            in_range[pair] = in_range.get(pair, 0) + 1
    past: dict[int, set[int]] = {}
    for h in request.history:
        p = pb.person_index.get(h.facilitator_id)
        if p is not None and pb.window_start <= h.day < request.date_from:
            past.setdefault(h.meeting_id, set()).add(p)
    with_history = dict(in_range)
    for members_past in past.values():
        for pair in combinations(sorted(members_past), 2):
            with_history[pair] = with_history.get(pair, 0) + 1
    pairs = tuple(
        PairFigures(
            first_id=pb.people[a].id,
            first_name=pb.people[a].name,
            second_id=pb.people[b].id,
            second_name=pb.people[b].name,
            in_range=in_range.get((a, b), 0),
            with_history=count,
        )
        for (a, b), count in sorted(with_history.items())
    )
    return FairnessFigures(
        people=people, pairs=pairs, score=state_score(state), unfilled_places=state.unfilled()
    )
