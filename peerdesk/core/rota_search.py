"""Fill a rota: greedy passes in three orders, each followed by local improvement.

Every move keeps the hard rules (checked by :class:`RotaState`); a move is kept only if it fills
more places, or fills as many and lowers sum(load^2 / offer), which for a fixed number of filled
places orders rotas exactly as the fairness score does (see :mod:`peerdesk.core.rota`).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from peerdesk.core.rota_state import RotaState
from peerdesk.core.rota_window import Budget, window_pass

EPSILON = 1e-9
MAX_ROUNDS = 10_000


def together(state: RotaState, s: int, p: int) -> int:
    """How many sessions of this rota ``p`` already shares with the people on ``s``."""
    mine = state.slots_of[p]
    return sum(len(mine & state.slots_of[q]) for q in state.members[s])


def fill_slot(state: RotaState, s: int) -> int:
    """Add the best allowed people to ``s`` until it is full or nobody fits; how many added."""
    pb = state.problem
    added = 0
    while state.missing(s) > 0:
        candidates = [p for p in pb.eligible[s] if state.can_add(p, s)]
        if pb.wants_experienced_first(s) and not any(pb.experienced[q] for q in state.members[s]):
            candidates = [p for p in candidates if pb.experienced[p]]
        if not candidates:
            break
        best = min(candidates, key=lambda p: (state.add_cost(p), together(state, s, p), p))
        state.add(best, s)
        added += 1
    return added


ORDERS = ("tightest", "earliest", "latest")
"""The orders the greedy pass is started in; the best rota after local improvement wins."""


def greedy(state: RotaState, order: str = "tightest") -> None:
    """Fill the sessions one by one: by default the one with the fewest spare people first."""
    pb = state.problem
    waiting = [s for s in range(len(pb.slots)) if state.missing(s) > 0]

    def spare(s: int) -> tuple[int, int]:
        free = sum(1 for p in pb.eligible[s] if state.can_add(p, s))
        return (free - state.missing(s), s)

    if order != "tightest":
        waiting.sort(reverse=order == "latest")
    while waiting:
        s = min(waiting, key=spare) if order == "tightest" else waiting[0]
        fill_slot(state, s)
        waiting.remove(s)


def _fill_by_moving(state: RotaState, s: int) -> bool:
    """Fill a place on ``s`` by moving someone there from one or two other sessions (the ones
    that stop them coming: their month is full, or they would be on too many in a row) and
    refilling those."""
    pb = state.problem
    experienced_only = pb.wants_experienced_first(s) and not any(
        pb.experienced[q] for q in state.members[s]
    )
    for k in (1, 2):
        for b in pb.eligible[s]:
            if b in state.members[s] or (experienced_only and not pb.experienced[b]):
                continue
            for moved in combinations(state.free_slots_of(b), k):
                touched = (s, *moved)
                before = sum(state.missing(x) for x in touched)
                mark = state.mark()
                for s2 in moved:
                    state.remove(b, s2)
                if state.can_add(b, s):
                    state.add(b, s)
                    for x in touched:
                        fill_slot(state, x)
                    if sum(state.missing(x) for x in touched) < before and all(
                        state.slot_valid(x) for x in touched
                    ):
                        return True
                state.undo_to(mark)
    return False


def fill_gaps(state: RotaState) -> bool:
    changed = False
    for s in range(len(state.members)):
        if state.missing(s) == 0:
            continue
        if fill_slot(state, s):
            changed = True
        while state.missing(s) > 0 and _fill_by_moving(state, s):
            changed = True
    return changed


def replace_pass(state: RotaState) -> bool:
    """Swap one person on a session for someone fairer to ask."""
    pb = state.problem
    changed = False
    for s in range(len(state.members)):
        for a in list(state.members[s]):
            if a in state.locked[s] or a not in state.members[s]:
                continue
            options = sorted(
                (state.add_cost(b) + state.remove_cost(a), b)
                for b in pb.eligible[s]
                if b not in state.members[s]
            )
            for delta, b in options:
                if delta >= -EPSILON:
                    break
                mark = state.mark()
                state.remove(a, s)
                if state.can_add(b, s):
                    state.add(b, s)
                    if state.slot_valid(s):
                        changed = True
                        break
                state.undo_to(mark)
    return changed


def chain_pass(state: RotaState) -> bool:
    """a leaves s1, b moves from s2 to s1, c takes b's place on s2: fairer for a and c."""
    pb = state.problem
    changed = False
    people = range(len(pb.people))
    for s1 in range(len(state.members)):
        for a in list(state.members[s1]):
            if a in state.locked[s1] or a not in state.members[s1]:
                continue
            gains = sorted(
                (state.add_cost(c) + state.remove_cost(a), c)
                for c in people
                if c != a and state.add_cost(c) + state.remove_cost(a) < -EPSILON
            )
            if gains and _chain_from(state, s1, a, [c for _, c in gains]):
                changed = True
    return changed


def _chain_from(state: RotaState, s1: int, a: int, gains: list[int]) -> bool:
    pb = state.problem
    for b in pb.eligible[s1]:
        if b == a or b in state.members[s1]:
            continue
        for s2 in state.free_slots_of(b):
            if s2 == s1:
                continue
            options = [
                c
                for c in gains
                if c != b and c in pb.eligible_set[s2] and c not in state.members[s2]
            ]
            if not options:
                continue
            mark = state.mark()
            state.remove(a, s1)
            state.remove(b, s2)
            if state.can_add(b, s1):
                state.add(b, s1)
                for c in options:
                    if not state.can_add(c, s2):
                        continue
                    inner = state.mark()
                    state.add(c, s2)
                    if state.slot_valid(s1) and state.slot_valid(s2):
                        return True
                    state.undo_to(inner)
            state.undo_to(mark)
    return False


WINDOW_BUDGET = 40_000
"""Search nodes for re-solving small windows of sessions exactly (see rota_window), shared
between the starts. Counted in nodes, not seconds, so the rota never depends on the machine."""


def improve(state: RotaState, budget: Budget | None = None) -> None:
    budget = Budget(WINDOW_BUDGET) if budget is None else budget
    for _ in range(MAX_ROUNDS):
        state.log.clear()
        if fill_gaps(state) or replace_pass(state) or chain_pass(state):
            continue
        if window_pass(state, budget):
            continue
        return


def solve(start: Callable[[], RotaState]) -> RotaState:
    """Greedy in each order, then local moves and window search (a third of the budget each);
    the best rota wins. ``start`` gives a fresh rota with the locked choices already placed."""
    best: RotaState | None = None
    for order in ORDERS:
        state = start()
        greedy(state, order)
        improve(state, Budget(WINDOW_BUDGET // len(ORDERS)))
        if best is None or (state.unfilled(), state.squares()) < (
            best.unfilled(),
            best.squares() - EPSILON,
        ):
            best = state
    assert best is not None
    return best
