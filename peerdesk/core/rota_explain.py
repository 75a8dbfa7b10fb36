"""Plain words for the rota: why each person is on a session, why a place is empty, which
rules a hand-made choice breaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peerdesk.core.rota_state import Problem, RotaState
from peerdesk.core.rota_types import Gap, RuleBreak, Unavailable


def day_words(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def names(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def why_not(state: RotaState, p: int, s: int) -> str | None:
    """Why ``p`` cannot be added to ``s`` as the rota stands (None if they can)."""
    pb = state.problem
    person, slot = pb.people[p], pb.slots[s]
    fixed = Problem.static_reason(person, slot)
    if fixed is not None:
        return fixed
    if not state.month_ok(p, s):
        if person.per_month == 0:
            return "offered no sessions a month"
        return (
            f"already has the {plural(person.per_month, 'session')} a month they offered"
            f" in {slot.day:%B}"
        )
    if not state.run_ok(p, s):
        return f"would be on {state.run_if_added(p, s)} sessions in a row"
    return None


def assignment_reason(state: RotaState, p: int, s: int) -> str:
    pb = state.problem
    person, slot = pb.people[p], pb.slots[s]
    if p in state.locked[s]:
        return f"{person.name}: chosen by hand (locked)"
    parts: list[str] = []
    if person.experienced:
        parts.append("experienced")
    else:
        partners = [pb.people[q].name for q in sorted(state.members[s]) if pb.experienced[q]]
        parts.append(f"learning, alongside {names(partners)}" if partners else "learning")
    if pb.counts_towards_offer(s):
        others = state.month_count(p, s) - 1
        parts.append(
            f"offered {person.per_month} a month and has {plural(others, 'other session')}"
            f" in {slot.day:%B}"
        )
    past = pb.history_load[p]
    parts.append(f"did {plural(past, 'session')} in the 12 months before")
    return f"{person.name}: " + "; ".join(parts)


def explain_gap(state: RotaState, s: int) -> Gap:
    pb = state.problem
    slot = pb.slots[s]
    rules = pb.rules[slot.group_id]
    need, missing = pb.need[s], state.missing(s)
    members = state.members[s]
    group = [p for p, f in enumerate(pb.people) if slot.group_id in f.group_ids]
    unavailable: list[Unavailable] = []
    free: list[int] = []
    for p in group:
        if p in members:
            continue
        why = why_not(state, p, s)
        if why is None:
            free.append(p)
            why = (
                "is learning and needs an experienced facilitator alongside"
                if not pb.experienced[p]
                else "is free but could not be placed without breaking another rule"
            )
        unavailable.append(Unavailable(pb.people[p].id, pb.people[p].name, why))

    experienced_missing = pb.wants_experienced_first(s) and not any(
        pb.experienced[q] for q in members
    )
    available = [pb.people[p].name for p in sorted([*members, *free])]
    if not group:
        main = "nobody facilitates this group yet"
    elif need > len(group):
        main = f"the group asks for {plural(need, 'facilitator')} per session but only " + (
            f"{len(group)} person facilitates it"
            if len(group) == 1
            else f"{len(group)} people facilitate it"
        )
    elif not available:
        main = "nobody is free"
    elif experienced_missing:
        main = "no experienced facilitator is free"
    else:
        main = f"only {names(available)} {'is' if len(available) == 1 else 'are'} free"
    where = f" ({rules.name})" if rules.name else ""
    head = (
        f"{missing} of {plural(need, 'place')} not filled on {day_words(slot.day)}{where}: {main}."
    )
    details = "; ".join(f"{u.name} {u.why}" for u in unavailable)
    reason = f"{head} {details}." if details else head
    return Gap(slot.meeting_id, slot.group_id, slot.day, missing, reason, tuple(unavailable))


def find_breaks(problem: Problem, members: Sequence[Sequence[int]]) -> list[RuleBreak]:
    """Every hard rule broken by a rota given as person indices per slot."""
    pb = problem
    breaks: list[RuleBreak] = []

    def person(p: int) -> tuple[int, str]:
        return pb.people[p].id, pb.people[p].name

    for s, on in enumerate(members):
        slot = pb.slots[s]
        words = day_words(slot.day)
        for p in sorted(set(on)):
            why = Problem.static_reason(pb.people[p], slot)
            if why is not None:
                pid, name = person(p)
                breaks.append(
                    RuleBreak((slot.meeting_id,), (pid,), f"{name} is on {words} but {why}.")
                )
        if len(set(on)) > pb.need[s]:
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(sorted({pb.people[p].id for p in on})),
                    f"{len(set(on))} people are on {words}, more than the {pb.need[s]} "
                    "the group asks for.",
                )
            )
        if len(set(on)) != len(on):
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(sorted({pb.people[p].id for p in on})),
                    f"Someone is on {words} twice.",
                )
            )
        if not pb.composition_ok(s, on):
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(pb.people[p].id for p in sorted(on)),
                    f"Nobody experienced is on {words}, and this group needs someone experienced.",
                )
            )

    # The monthly offer, counting the past sessions of the same month.
    per_month: dict[tuple[int, int], list[int]] = {}
    for s, on in enumerate(members):
        if pb.counts_towards_offer(s):
            for p in on:
                per_month.setdefault((p, pb.month[s]), []).append(s)
    for (p, key), slots in sorted(per_month.items()):
        count = len(slots) + pb.history_month[p].get(key, 0)
        offer = pb.people[p].per_month
        if count > offer:
            pid, name = person(p)
            month = f"{pb.slots[slots[0]].day:%B %Y}"
            breaks.append(
                RuleBreak(
                    tuple(pb.slots[s].meeting_id for s in slots),
                    (pid,),
                    f"{name} is on {plural(count, 'session')} in {month} "
                    f"but offered {offer} a month.",
                )
            )

    # Sessions in a row, counting the past sessions just before the range.
    by_group: dict[tuple[int, int], dict[int, int]] = {}  # (person, group) -> position -> slot
    for s, on in enumerate(members):
        for p in on:
            by_group.setdefault((p, pb.slots[s].group_id), {})[pb.slot_position[s]] = s
    for (p, g), new in sorted(by_group.items()):
        limit = pb.rules[g].max_in_a_row
        on_pos = set(new) | pb.history_on[p].get(g, set())
        for start in sorted(on_pos):
            if start - 1 in on_pos:
                continue
            run = [start]
            while run[-1] + 1 in on_pos:
                run.append(run[-1] + 1)
            inside = [new[i] for i in run if i in new]
            if len(run) > limit and inside:
                pid, name = person(p)
                breaks.append(
                    RuleBreak(
                        tuple(pb.slots[s].meeting_id for s in inside),
                        (pid,),
                        f"{name} is on {len(run)} sessions in a row up to "
                        f"{day_words(pb.slots[inside[-1]].day)}; the group allows {limit}.",
                    )
                )
    return breaks
