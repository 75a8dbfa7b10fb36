"""Plain words for the rota: why each person is on a session, why a place is empty, which
rules a hand-made choice breaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peerdesk.core.day_names import month_name, weekday_name
from peerdesk.core.rota_state import Problem, RotaState
from peerdesk.core.rota_types import Gap, RuleBreak, Unavailable
from peerdesk.core.text import listed, translate


def day_words(day: dt.date) -> str:
    return translate("rota_explain", "{weekday} {day} {month}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day)
    )


def month_words(day: dt.date) -> str:
    return translate("rota_explain", "{month} {year}").format(month=month_name(day), year=day.year)


def names(words: Sequence[str]) -> str:
    return listed(words)


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
            return translate("rota_explain", "offered no sessions a month")
        if person.per_month == 1:
            full = translate(
                "rota_explain", "already has the {count} session a month they offered in {month}"
            )
        else:
            full = translate(
                "rota_explain", "already has the {count} sessions a month they offered in {month}"
            )
        return full.format(count=person.per_month, month=month_name(slot.day))
    if not state.run_ok(p, s):
        return translate("rota_explain", "would be on {count} sessions in a row").format(
            count=state.run_if_added(p, s)
        )
    return None


def assignment_reason(state: RotaState, p: int, s: int) -> str:
    pb = state.problem
    person, slot = pb.people[p], pb.slots[s]
    if p in state.locked[s]:
        return translate("rota_explain", "{name}: chosen by hand (locked)").format(name=person.name)
    parts: list[str] = []
    if person.experienced:
        parts.append(translate("rota_explain", "experienced"))
    else:
        partners = [pb.people[q].name for q in sorted(state.members[s]) if pb.experienced[q]]
        parts.append(
            translate("rota_explain", "learning, alongside {names}").format(names=names(partners))
            if partners
            else translate("rota_explain", "learning")
        )
    if pb.counts_towards_offer(s):
        others = state.month_count(p, s) - 1
        if others == 1:
            offered = translate(
                "rota_explain", "offered {offer} a month and has {count} other session in {month}"
            )
        else:
            offered = translate(
                "rota_explain", "offered {offer} a month and has {count} other sessions in {month}"
            )
        parts.append(
            offered.format(offer=person.per_month, count=others, month=month_name(slot.day))
        )
    past = pb.history_load[p]
    if past == 1:
        did = translate("rota_explain", "did {count} session in the 12 months before")
    else:
        did = translate("rota_explain", "did {count} sessions in the 12 months before")
    parts.append(did.format(count=past))
    return translate("rota_explain", "{name}: {reasons}").format(
        name=person.name, reasons="; ".join(parts)
    )


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
                translate(
                    "rota_explain", "is learning and needs an experienced facilitator alongside"
                )
                if not pb.experienced[p]
                else translate(
                    "rota_explain", "is free but could not be placed without breaking another rule"
                )
            )
        unavailable.append(Unavailable(pb.people[p].id, pb.people[p].name, why))

    experienced_missing = pb.wants_experienced_first(s) and not any(
        pb.experienced[q] for q in members
    )
    available = [pb.people[p].name for p in sorted([*members, *free])]
    main = _why_empty(len(group), need, available, experienced_missing)
    if need == 1:
        head = (
            translate(
                "rota_explain", "{missing} of {need} place not filled on {day} ({group}): {why}."
            )
            if rules.name
            else translate("rota_explain", "{missing} of {need} place not filled on {day}: {why}.")
        )
    else:
        head = (
            translate(
                "rota_explain", "{missing} of {need} places not filled on {day} ({group}): {why}."
            )
            if rules.name
            else translate("rota_explain", "{missing} of {need} places not filled on {day}: {why}.")
        )
    head = head.format(
        missing=missing, need=need, day=day_words(slot.day), group=rules.name, why=main
    )
    details = "; ".join(
        translate("rota_explain", "{name} {why}").format(name=u.name, why=u.why)
        for u in unavailable
    )
    reason = (
        translate("rota_explain", "{sentence} {details}.").format(sentence=head, details=details)
        if details
        else head
    )
    return Gap(slot.meeting_id, slot.group_id, slot.day, missing, reason, tuple(unavailable))


def _why_empty(
    facilitators: int, need: int, available: Sequence[str], experienced_missing: bool
) -> str:
    if not facilitators:
        return translate("rota_explain", "nobody facilitates this group yet")
    if need > facilitators:
        # need > facilitators >= 1: need is plural; whole clauses for the other number.
        if facilitators == 1:
            return translate(
                "rota_explain",
                "the group asks for {need} facilitators per session but only {count} person "
                "facilitates it",
            ).format(need=need, count=facilitators)
        return translate(
            "rota_explain",
            "the group asks for {need} facilitators per session but only {count} people "
            "facilitate it",
        ).format(need=need, count=facilitators)
    if not available:
        return translate("rota_explain", "nobody is free")
    if experienced_missing:
        return translate("rota_explain", "no experienced facilitator is free")
    if len(available) == 1:
        return translate("rota_explain", "only {names} is free").format(names=names(available))
    return translate("rota_explain", "only {names} are free").format(names=names(available))


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
                    RuleBreak(
                        (slot.meeting_id,),
                        (pid,),
                        translate("rota_explain", "{name} is on {day} but {why}.").format(
                            name=name, day=words, why=why
                        ),
                    )
                )
        if len(set(on)) > pb.need[s]:
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(sorted({pb.people[p].id for p in on})),
                    translate(
                        "rota_explain",
                        "{count} people are on {day}, more than the {need} the group asks for.",
                    ).format(count=len(set(on)), day=words, need=pb.need[s]),
                )
            )
        if len(set(on)) != len(on):
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(sorted({pb.people[p].id for p in on})),
                    translate("rota_explain", "Someone is on {day} twice.").format(day=words),
                )
            )
        if not pb.composition_ok(s, on):
            breaks.append(
                RuleBreak(
                    (slot.meeting_id,),
                    tuple(pb.people[p].id for p in sorted(on)),
                    translate(
                        "rota_explain",
                        "Nobody experienced is on {day}, and this group needs someone experienced.",
                    ).format(day=words),
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
            month = month_words(pb.slots[slots[0]].day)
            if count == 1:
                over = translate(
                    "rota_explain",
                    "{name} is on {count} session in {month} but offered {offer} a month.",
                )
            else:
                over = translate(
                    "rota_explain",
                    "{name} is on {count} sessions in {month} but offered {offer} a month.",
                )
            breaks.append(
                RuleBreak(
                    tuple(pb.slots[s].meeting_id for s in slots),
                    (pid,),
                    over.format(name=name, count=count, month=month, offer=offer),
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
                        translate(
                            "rota_explain",
                            "{name} is on {count} sessions in a row up to {day}; the group allows "
                            "{limit}.",
                        ).format(
                            name=name,
                            count=len(run),
                            day=day_words(pb.slots[inside[-1]].day),
                            limit=limit,
                        ),
                    )
                )
    return breaks
