"""The rota problem indexed for speed, and a mutable rota that checks the hard rules.

People and slots become small integers: people in (name, id) order, slots in (day, meeting id)
order, so that every tie in the solver breaks the same way whatever order the input came in.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence

from peerdesk.core.day_names import month_name, weekday_plural
from peerdesk.core.errors import ValidationError
from peerdesk.core.rota_types import GroupRules, RotaFacilitator, RotaRequest, RotaSlot
from peerdesk.core.text import translate

ZERO_OFFER_WEIGHT = 0.5
"""Weight given to someone who offered no sessions, should a group let them be placed anyway."""


def month_key(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def months_in(date_from: dt.date, date_to: dt.date) -> float:
    """How many months the range covers, counting part months by their days."""
    months = 0.0
    day = date_from
    while day <= date_to:
        length = calendar.monthrange(day.year, day.month)[1]
        month_end = day.replace(day=length)
        last = min(month_end, date_to)
        months += ((last - day).days + 1) / length
        day = month_end + dt.timedelta(days=1)
    return months


def _validate(request: RotaRequest) -> None:
    if request.date_to < request.date_from:
        raise ValidationError(translate("rota_state", "The rota range ends before it starts."))
    seen: set[int] = set()
    for slot in request.slots:
        if slot.meeting_id in seen:
            raise ValidationError(
                translate("rota_state", "Session {meeting_id} is listed twice in the rota.").format(
                    meeting_id=slot.meeting_id
                )
            )
        seen.add(slot.meeting_id)
        if not request.date_from <= slot.day <= request.date_to:
            raise ValidationError(
                translate("rota_state", "A session on {day} is outside the rota range.").format(
                    day=slot.day.isoformat()
                )
            )
    people: set[int] = set()
    for f in request.facilitators:
        if f.id in people:
            raise ValidationError(
                translate("rota_state", "Facilitator {name} is listed twice.").format(name=f.name)
            )
        people.add(f.id)
        if f.per_month < 0:
            raise ValidationError(
                translate(
                    "rota_state", "{name} cannot offer fewer than no sessions a month."
                ).format(name=f.name)
            )
    groups: set[int] = set()
    for r in request.rules:
        if r.group_id in groups:
            raise ValidationError(translate("rota_state", "A group has two sets of rota rules."))
        groups.add(r.group_id)
        if r.per_session < 1:
            raise ValidationError(
                translate("rota_state", "A session needs at least one facilitator.")
            )
        if r.max_in_a_row < 1:
            raise ValidationError(
                translate("rota_state", "'Sessions in a row' must be at least one.")
            )


class Problem:
    """The request, indexed. Read-only once built."""

    def __init__(self, request: RotaRequest) -> None:
        _validate(request)
        self.request = request
        self.slots: list[RotaSlot] = sorted(request.slots, key=lambda s: (s.day, s.meeting_id))
        self.people: list[RotaFacilitator] = sorted(
            request.facilitators, key=lambda f: (f.name, f.id)
        )
        self.person_index = {f.id: i for i, f in enumerate(self.people)}
        self.slot_index = {s.meeting_id: i for i, s in enumerate(self.slots)}
        rules = {r.group_id: r for r in request.rules}
        for s in self.slots:
            rules.setdefault(s.group_id, GroupRules(group_id=s.group_id))
        self.rules = rules
        self.experienced = [f.experienced for f in self.people]
        # Months each person could have facilitated, from the 12 months before the range (or
        # from when they started, if later) to its end: someone who started last month is not
        # expected to have carried a year's share.
        self.window_start = year_before(request.date_from)
        whole = 12 + months_in(request.date_from, request.date_to)
        self.active_months = [
            whole
            if f.since is None or f.since <= self.window_start
            else months_in(min(f.since, request.date_to), request.date_to)
            for f in self.people
        ]
        self.weight = [
            (float(f.per_month) or ZERO_OFFER_WEIGHT) * active / whole
            for f, active in zip(self.people, self.active_months, strict=True)
        ]
        self.need = [rules[s.group_id].per_session for s in self.slots]
        self.month = [month_key(s.day) for s in self.slots]

        n = len(self.people)
        self.history_load = [0] * n
        self.history_month: list[dict[int, int]] = [{} for _ in range(n)]
        # Each group's sessions in order: past ones (known from history) then the slots.
        sequence: dict[int, set[tuple[dt.date, int]]] = {}
        past: list[tuple[int, dt.date, int, int]] = []  # group, day, meeting, person
        for h in request.history:
            if h.day >= request.date_from:
                continue
            sequence.setdefault(h.group_id, set()).add((h.day, h.meeting_id))
            p = self.person_index.get(h.facilitator_id)
            if p is None:
                continue
            past.append((h.group_id, h.day, h.meeting_id, p))
            if h.day >= self.window_start:
                self.history_load[p] += 1
            if self._counts_towards_offer(h.group_id):
                key = month_key(h.day)
                self.history_month[p][key] = self.history_month[p].get(key, 0) + 1
        # Other sessions in the range already filled: load and monthly offer, not runs.
        self.elsewhere_load = [0] * n
        for e in request.elsewhere:
            p = self.person_index.get(e.facilitator_id)
            if p is None or e.meeting_id in self.slot_index:
                continue
            if not request.date_from <= e.day <= request.date_to:
                continue
            self.elsewhere_load[p] += 1
            if self._counts_towards_offer(e.group_id):
                key = month_key(e.day)
                self.history_month[p][key] = self.history_month[p].get(key, 0) + 1
        for s in self.slots:
            sequence.setdefault(s.group_id, set()).add((s.day, s.meeting_id))
        position = {
            g: {key: i for i, key in enumerate(sorted(keys))} for g, keys in sequence.items()
        }
        self.slot_position = [position[s.group_id][(s.day, s.meeting_id)] for s in self.slots]
        self.history_on: list[dict[int, set[int]]] = [{} for _ in range(n)]
        for g, day, meeting, p in past:
            self.history_on[p].setdefault(g, set()).add(position[g][(day, meeting)])

        # The fixed rules: group membership, usual weekdays, time away.
        self.eligible: list[list[int]] = [
            [p for p, f in enumerate(self.people) if self.static_reason(f, s) is None]
            for s in self.slots
        ]
        self.eligible_set = [set(e) for e in self.eligible]

    def _counts_towards_offer(self, group_id: int) -> bool:
        rules = self.rules.get(group_id)
        return rules is None or rules.respect_offer

    def counts_towards_offer(self, s: int) -> bool:
        return self.rules[self.slots[s].group_id].respect_offer

    @staticmethod
    def static_reason(f: RotaFacilitator, slot: RotaSlot) -> str | None:
        """Why ``f`` can never be on ``slot`` (None if the fixed rules allow it)."""
        if slot.group_id not in f.group_ids:
            return translate("rota_state", "does not facilitate this group")
        if any(a.covers(slot.day) for a in f.away):
            return translate("rota_state", "is away")
        if slot.day.weekday() not in f.weekdays:
            return translate("rota_state", "does not usually do {weekdays}").format(
                weekdays=weekday_plural(slot.day)
            )
        if f.since is not None and slot.day < f.since:
            return translate("rota_state", "only facilitates from {day} {month} {year}").format(
                day=f.since.day, month=month_name(f.since), year=f.since.year
            )
        return None

    def composition_ok(self, s: int, members: Iterable[int]) -> bool:
        """The experienced rules for a session with these people on it (empty is fine)."""
        rules = self.rules[self.slots[s].group_id]
        has_experienced = has_learner = False
        for p in members:
            if self.experienced[p]:
                has_experienced = True
            else:
                has_learner = True
        if not (has_experienced or has_learner):
            return True
        if rules.need_experienced and not has_experienced:
            return False
        return not (rules.learner_needs_experienced and has_learner and not has_experienced)

    def wants_experienced_first(self, s: int) -> bool:
        rules = self.rules[self.slots[s].group_id]
        return rules.need_experienced or rules.learner_needs_experienced


class RotaState:
    """A rota being built: who is on which slot, with the running counts the rules need."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.members: list[list[int]] = [[] for _ in problem.slots]
        self.locked: list[set[int]] = [set() for _ in problem.slots]
        self.load = [
            a + b for a, b in zip(problem.history_load, problem.elsewhere_load, strict=True)
        ]
        self.month = [dict(m) for m in problem.history_month]
        self.on = [{g: set(ps) for g, ps in by.items()} for by in problem.history_on]
        self.slots_of: list[set[int]] = [set() for _ in problem.people]
        self.log: list[tuple[bool, int, int]] = []  # (added?, person, slot), for undo

    # --- changes ---------------------------------------------------------------------------

    def add(self, p: int, s: int) -> None:
        pb = self.problem
        self.members[s].append(p)
        self.slots_of[p].add(s)
        self.load[p] += 1
        if pb.counts_towards_offer(s):
            self.month[p][pb.month[s]] = self.month[p].get(pb.month[s], 0) + 1
        self.on[p].setdefault(pb.slots[s].group_id, set()).add(pb.slot_position[s])
        self.log.append((True, p, s))

    def remove(self, p: int, s: int) -> None:
        pb = self.problem
        self.members[s].remove(p)
        self.slots_of[p].discard(s)
        self.load[p] -= 1
        if pb.counts_towards_offer(s):
            self.month[p][pb.month[s]] -= 1
        self.on[p][pb.slots[s].group_id].discard(pb.slot_position[s])
        self.log.append((False, p, s))

    def mark(self) -> int:
        return len(self.log)

    def undo_to(self, mark: int) -> None:
        while len(self.log) > mark:
            added, p, s = self.log.pop()
            if added:
                self.remove(p, s)
            else:
                self.add(p, s)
            self.log.pop()

    # --- the rules that depend on the rest of the rota ------------------------------------

    def month_count(self, p: int, s: int) -> int:
        return self.month[p].get(self.problem.month[s], 0)

    def month_ok(self, p: int, s: int) -> bool:
        pb = self.problem
        if not pb.counts_towards_offer(s):
            return True
        return self.month_count(p, s) + 1 <= pb.people[p].per_month

    def run_if_added(self, p: int, s: int) -> int:
        """How many sessions in a row ``p`` would be on, with ``s``."""
        pb = self.problem
        on = self.on[p].get(pb.slots[s].group_id)
        if not on:
            return 1
        pos = pb.slot_position[s]
        run = 1
        i = pos - 1
        while i in on:
            run += 1
            i -= 1
        i = pos + 1
        while i in on:
            run += 1
            i += 1
        return run

    def run_ok(self, p: int, s: int) -> bool:
        pb = self.problem
        return self.run_if_added(p, s) <= pb.rules[pb.slots[s].group_id].max_in_a_row

    def can_add(self, p: int, s: int) -> bool:
        """Every hard rule about ``p`` alone allows adding ``p`` to ``s``."""
        return (
            p in self.problem.eligible_set[s]
            and p not in self.members[s]
            and self.month_ok(p, s)
            and self.run_ok(p, s)
        )

    def missing(self, s: int) -> int:
        return max(0, self.problem.need[s] - len(self.members[s]))

    def unfilled(self) -> int:
        return sum(self.missing(s) for s in range(len(self.members)))

    def slot_valid(self, s: int) -> bool:
        """The experienced rules hold, or every one on the slot was put there by hand."""
        members = self.members[s]
        if all(p in self.locked[s] for p in members):
            return True
        return self.problem.composition_ok(s, members)

    def add_cost(self, p: int) -> float:
        """The change in sum(load^2 / weight) if ``p`` takes one more session."""
        return (2 * self.load[p] + 1) / self.problem.weight[p]

    def remove_cost(self, p: int) -> float:
        return (1 - 2 * self.load[p]) / self.problem.weight[p]

    def squares(self) -> float:
        return sum(x * x / w for x, w in zip(self.load, self.problem.weight, strict=True))

    def placed(self) -> dict[int, tuple[int, ...]]:
        pb = self.problem
        return {
            pb.slots[s].meeting_id: tuple(pb.people[p].id for p in sorted(members))
            for s, members in enumerate(self.members)
            if members
        }

    def free_slots_of(self, p: int) -> Sequence[int]:
        """The slots ``p`` is on and could be moved from (not locked there)."""
        return sorted(s for s in self.slots_of[p] if p not in self.locked[s])
