"""Exact re-solving of small windows of a rota (large-neighbourhood search).

Two sessions are *coupled* when one person's place on one can change whether they may go on the
other: the same calendar month (the monthly offer) or the same group within the limit of sessions
in a row. For each coupled pair, every free place on both is emptied and the pair is re-solved
exactly by a small branch and bound with the rest of the rota fixed; the new pair is kept only if
it fills more places or, filling as many, lowers sum(load^2 / offer). A work budget counted in
search nodes (not in seconds, so that the result never depends on the machine) bounds the effort.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from peerdesk.core.rota_state import RotaState

EPSILON = 1e-9
MAX_WINDOW = 6


class Budget:
    def __init__(self, nodes: int) -> None:
        self.left = nodes

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


def coupled_pairs(state: RotaState) -> list[tuple[int, int]]:
    pb = state.problem
    pairs: set[tuple[int, int]] = set()
    by_month: dict[int, list[int]] = {}
    by_group: dict[int, list[int]] = {}
    for s, slot in enumerate(pb.slots):
        if pb.counts_towards_offer(s):
            by_month.setdefault(pb.month[s], []).append(s)
        by_group.setdefault(slot.group_id, []).append(s)
    for slots in by_month.values():
        pairs.update(combinations(slots, 2))
    for g, slots in by_group.items():
        reach = pb.rules[g].max_in_a_row
        for i, s in enumerate(slots):
            for t in slots[i + 1 :]:
                if pb.slot_position[t] - pb.slot_position[s] > reach:
                    break
                pairs.add((s, t))
    shared = [(s, t) for s, t in sorted(pairs) if pb.eligible_set[s] & pb.eligible_set[t]]
    return shared


def _bound(state: RotaState, later: Sequence[int]) -> tuple[int, float]:
    """For the sessions ``later`` as the rota stands: places that stay empty whatever else is
    added, and the least that filling the others can add to sum(load^2 / offer) (the cheapest
    places, each person taking at most one per session they are free for). Adding people only
    tightens the rules and raises costs, so both are bounds for everything below this node."""
    pb = state.problem
    empty = places = 0
    free_for: dict[int, int] = {}
    for s in later:
        room = state.missing(s)
        if room == 0:
            continue
        free = [p for p in pb.eligible[s] if state.can_add(p, s)]
        if pb.wants_experienced_first(s) and not any(
            pb.experienced[p] for p in (*state.members[s], *free)
        ):
            empty += room
            continue
        short = max(0, room - len(free))
        empty += short
        places += room - short
        for p in free:
            free_for[p] = free_for.get(p, 0) + 1
    weight, load = pb.weight, state.load
    marginal = sorted(
        (2 * (load[p] + k) + 1) / weight[p] for p, n in free_for.items() for k in range(n)
    )
    return empty, sum(marginal[:places])


def reoptimize(state: RotaState, window: Sequence[int], budget: Budget) -> bool:
    """Re-solve the free places of ``window`` exactly; True if the rota got better."""
    pb = state.problem
    start_empty = sum(state.missing(s) for s in window)
    start_squares = state.squares()
    mark = state.mark()
    for s in window:
        for p in sorted(state.members[s]):
            if p not in state.locked[s]:
                state.remove(p, s)
    base = state.squares()
    best_empty, best_squares = start_empty, start_squares - EPSILON
    best: list[tuple[int, ...]] | None = None
    chosen: list[tuple[int, ...]] = []

    def search(i: int, empty: int, squares: float) -> None:
        nonlocal best_empty, best_squares, best
        if not budget.spend():
            return
        empty_later, cost_later = _bound(state, window[i:])
        if empty + empty_later > best_empty or (
            empty + empty_later == best_empty and squares + cost_later >= best_squares
        ):
            return
        if i == len(window):
            best_empty, best_squares, best = empty, squares, list(chosen)
            return
        s = window[i]
        room = state.missing(s)
        candidates = sorted(
            (p for p in pb.eligible[s] if state.can_add(p, s)),
            key=lambda p: (state.add_cost(p), p),
        )
        locked = list(state.members[s])
        for size in range(min(room, len(candidates)), -1, -1):
            for combo in combinations(candidates, size):
                if combo and not pb.composition_ok(s, [*locked, *combo]):
                    continue
                inner = state.mark()
                cost = 0.0
                for p in combo:
                    if not state.can_add(p, s):
                        break
                    cost += state.add_cost(p)
                    state.add(p, s)
                else:
                    chosen.append(combo)
                    search(i + 1, empty + room - size, squares + cost)
                    chosen.pop()
                state.undo_to(inner)

    search(0, 0, base)
    if best is None:
        state.undo_to(mark)
        return False
    for s, combo in zip(window, best, strict=True):
        for p in combo:
            state.add(p, s)
    return True


def windows(state: RotaState, size: int) -> list[tuple[int, ...]]:
    """Runs of ``size`` sessions next to each other by day, and within each group."""
    pb = state.problem
    runs: set[tuple[int, ...]] = set()
    order = list(range(len(pb.slots)))
    by_group: dict[int, list[int]] = {}
    for s, slot in enumerate(pb.slots):
        by_group.setdefault(slot.group_id, []).append(s)
    for seq in [order, *by_group.values()]:
        for i in range(max(0, len(seq) - size) + 1):
            runs.add(tuple(seq[i : i + size]))
    return sorted(runs)


def window_pass(state: RotaState, budget: Budget) -> bool:
    """Re-solve coupled pairs, then runs of 3, 4 ... sessions, until one size finds a better
    rota (True) or the budget runs out."""
    for size in range(2, MAX_WINDOW + 1):
        if size > len(state.members):
            break
        changed = False
        for window in coupled_pairs(state) if size == 2 else windows(state, size):
            if budget.left <= 0:
                return changed
            changed |= reoptimize(state, window, budget)
        if changed:
            return True
    return False
