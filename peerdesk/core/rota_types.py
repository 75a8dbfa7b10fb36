"""Plain data in and out of the rota solver (the solver itself is :mod:`peerdesk.core.rota`).

Everything here is a frozen dataclass of plain values, so a request can be built from the
database, from a test or from a script, and a result can be shown, printed or saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ALL_WEEKDAYS: frozenset[int] = frozenset(range(7))
"""Weekdays as ``date.weekday()`` numbers: 0 is Monday, 6 is Sunday."""


# --- what goes in -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RotaSlot:
    """One session (a ``Meeting``) that needs facilitators."""

    meeting_id: int
    group_id: int
    day: dt.date


@dataclass(frozen=True)
class AwayRange:
    """Days a facilitator is away, both ends included."""

    start: dt.date
    end: dt.date

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class RotaFacilitator:
    id: int
    name: str
    group_ids: frozenset[int]
    experienced: bool
    per_month: int = 2
    """How many sessions a month this person offered (across all groups)."""
    weekdays: frozenset[int] = ALL_WEEKDAYS
    """The weekdays they can usually do; an empty set means none."""
    away: tuple[AwayRange, ...] = ()
    since: dt.date | None = None
    """The day they started facilitating (None: before the 12 months the rota looks back over).
    Never placed before it; their fair share counts only the months since."""


@dataclass(frozen=True)
class GroupRules:
    """A group's rota rules; a group without rules gets these defaults."""

    group_id: int
    name: str = ""
    per_session: int = 2
    need_experienced: bool = True
    """At least one experienced facilitator on every session."""
    learner_needs_experienced: bool = True
    """A learner is never on a session without an experienced facilitator."""
    max_in_a_row: int = 2
    """No one on more than this many consecutive sessions of this group."""
    respect_offer: bool = True
    """Sessions of this group count towards, and are limited by, each person's monthly offer.
    A group that switches this off neither counts towards the offer nor is limited by it."""


@dataclass(frozen=True)
class PastAssignment:
    """Who facilitated a session before the range (used for fairness and for runs)."""

    meeting_id: int
    group_id: int
    day: dt.date
    facilitator_id: int


@dataclass(frozen=True)
class RotaLock:
    """An assignment fixed by hand: always kept, even when it breaks a rule."""

    meeting_id: int
    facilitator_id: int


@dataclass(frozen=True)
class RotaRequest:
    date_from: dt.date
    date_to: dt.date
    slots: tuple[RotaSlot, ...]
    facilitators: tuple[RotaFacilitator, ...]
    rules: tuple[GroupRules, ...] = ()
    history: tuple[PastAssignment, ...] = ()
    """Past assignments; only those in the 12 months before ``date_from`` count."""
    locks: tuple[RotaLock, ...] = ()
    elsewhere: tuple[PastAssignment, ...] = ()
    """Assignments already made in the range for sessions not being filled (other groups').
    They stay as they are, and count towards each person's monthly offer and load."""


# --- what comes out ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    meeting_id: int
    group_id: int
    day: dt.date
    facilitator_id: int
    name: str
    locked: bool
    reason: str


@dataclass(frozen=True)
class Unavailable:
    """Why one facilitator of the group is not on a session with a gap."""

    facilitator_id: int
    name: str
    why: str


@dataclass(frozen=True)
class Gap:
    meeting_id: int
    group_id: int
    day: dt.date
    missing: int
    reason: str
    unavailable: tuple[Unavailable, ...]


@dataclass(frozen=True)
class RuleBreak:
    """A hard rule broken by a set of assignments (only ever by locked ones in a solved rota)."""

    meeting_ids: tuple[int, ...]
    facilitator_ids: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class FacilitatorFigures:
    facilitator_id: int
    name: str
    offered_in_range: float
    given_in_range: int
    offered_with_history: float
    """Offered over the 12 months before the range plus the range itself."""
    given_with_history: int


@dataclass(frozen=True)
class PairFigures:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    in_range: int
    with_history: int


@dataclass(frozen=True)
class FairnessFigures:
    people: tuple[FacilitatorFigures, ...]
    pairs: tuple[PairFigures, ...]
    score: float
    """The fairness score (lower is fairer); see :mod:`peerdesk.core.rota`."""
    unfilled_places: int


@dataclass(frozen=True)
class Evaluation:
    """A rota made elsewhere (saved, or edited by hand) checked against the rules."""

    breaks: tuple[RuleBreak, ...]
    gaps: tuple[Gap, ...]
    fairness: FairnessFigures
    reasons: dict[tuple[int, int], str]
    """(meeting id, facilitator id) -> why they fit there, as the rota now stands."""


@dataclass(frozen=True)
class RotaResult:
    assignments: tuple[Assignment, ...]
    gaps: tuple[Gap, ...]
    warnings: tuple[str, ...]
    fairness: FairnessFigures

    def on(self, meeting_id: int) -> tuple[Assignment, ...]:
        """The assignments of one session."""
        return tuple(a for a in self.assignments if a.meeting_id == meeting_id)

    def placed(self) -> dict[int, tuple[int, ...]]:
        """Meeting id -> facilitator ids, for every session that has anyone on it."""
        out: dict[int, list[int]] = {}
        for a in self.assignments:
            out.setdefault(a.meeting_id, []).append(a.facilitator_id)
        return {m: tuple(ids) for m, ids in out.items()}
