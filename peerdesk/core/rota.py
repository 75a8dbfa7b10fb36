"""The facilitator rota solver: a pure function from plain data to a rota with reasons.

``solve_rota(request)`` takes sessions, facilitators, each group's rules, past assignments and the
choices locked by hand, and returns who is on each session and why, each empty place and why, the
warnings (locked choices that break a rule), and fairness figures. It touches no database and no
screen, and the same request always gives the same rota: there is no randomness, and every tie
breaks on the facilitator's name, then id (sessions: day, then meeting id), whatever order the
input came in.

Hard rules (never broken by the solver; a locked choice that breaks one is kept and warned about):
the person facilitates the group; it is one of their usual weekdays and they are not away; their
sessions in a calendar month (past ones included) stay within their monthly offer; nobody is on
more than the group's limit of consecutive sessions of that group (the sessions just before the
range, known from the history, count); at least one experienced facilitator per session when the
group asks for it, and a learner never without an experienced facilitator; nobody twice on a
session. A session that cannot be filled keeps as many as can come and is reported as a gap.
Two readings worth knowing: a group whose rules switch the monthly offer off neither counts
towards it nor is limited by it; and for "in a row" the history is taken to list every past
session of the group that had facilitators, so a past session missing from it is not seen.

**The fairness score** (lower is fairer; :func:`fairness_score`)::

    score = 1,000,000 x (empty places)
            + sum over facilitators f of  w_f x (L_f / w_f - m)^2

where ``L_f`` is f's load (sessions in the 12 months before the range plus sessions in the
range, other groups' sessions already filled in the range included), ``w_f`` what f offered a
month (0.5 for someone who offered none), and
``m = sum(L) / sum(w)`` the load per offered session a month that everyone would carry if the load
were shared exactly in proportion to the offers. The second term is zero for a perfectly
proportional rota and grows with the square of each person's distance from their share, weighted
by their offer, so that one person doing three too many costs more than three people doing one
too many each. History is part of ``L``, so someone who did more last year is asked less now.
The penalty for an empty place dominates: a rota with fewer gaps always scores better. For a fixed
number of filled places, ``sum(L) / sum(w)`` is fixed, so the score orders rotas exactly as
``sum(L_f^2 / w_f)`` does; that sum is separable and convex, which makes the cost of giving f one
more session simply ``(2 L_f + 1) / w_f``.

**The algorithm.** First the locked choices are placed. A greedy pass then fills the sessions one
at a time, each place going to the allowed person with the lowest marginal cost
``(2 L_f + 1) / w_f`` (an experienced person first where one is needed; ties to whoever has worked
least with those already on, then by name). It is run three times, in three orders (fewest spare
people first, earliest first, latest first), and each run is improved by local moves until none
helps: fill an empty place directly, or by moving someone there from one or two other sessions
and refilling those; replace one person on a session by a fairer choice; a chain (a leaves
session 1, b moves from session 2 to session 1, c takes b's place on session 2); and a
large-neighbourhood search that empties every free place in a small window of sessions (two
sessions coupled by a month or a run, then 3 to 6 sessions in a row) and re-solves the window
exactly by branch and bound (``rota_window``), within a work budget counted in search nodes. Every
move keeps every hard rule and is kept only if it fills more places or lowers the score; the best
of the three runs wins. Half a year of three weekly groups solves in about 0.4 s; on small
instances solved exactly by brute force the score matches the optimum
(``tests/benchmarks/test_rota.py`` asserts within 5%).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from peerdesk.core.rota_explain import (
    assignment_reason,
    day_words,
    explain_gap,
    find_breaks,
)
from peerdesk.core.rota_fairness import UNFILLED_PLACE_PENALTY, fairness_score, figures
from peerdesk.core.rota_search import solve
from peerdesk.core.rota_state import Problem, RotaState
from peerdesk.core.rota_types import (
    ALL_WEEKDAYS,
    Assignment,
    AwayRange,
    Evaluation,
    FacilitatorFigures,
    FairnessFigures,
    Gap,
    GroupRules,
    PairFigures,
    PastAssignment,
    RotaFacilitator,
    RotaLock,
    RotaRequest,
    RotaResult,
    RotaSlot,
    RuleBreak,
    Unavailable,
)
from peerdesk.core.text import translate

__all__ = [
    "ALL_WEEKDAYS",
    "UNFILLED_PLACE_PENALTY",
    "Assignment",
    "AwayRange",
    "Evaluation",
    "FacilitatorFigures",
    "FairnessFigures",
    "Gap",
    "GroupRules",
    "PairFigures",
    "PastAssignment",
    "RotaFacilitator",
    "RotaLock",
    "RotaRequest",
    "RotaResult",
    "RotaSlot",
    "RuleBreak",
    "Unavailable",
    "evaluate",
    "fairness_score",
    "rule_breaks",
    "solve_rota",
]


def _place_locks(state: RotaState) -> list[str]:
    pb = state.problem
    warnings: list[str] = []
    placed: set[tuple[int, int]] = set()
    for lock in sorted(set(pb.request.locks), key=lambda k: (k.meeting_id, k.facilitator_id)):
        s = pb.slot_index.get(lock.meeting_id)
        p = pb.person_index.get(lock.facilitator_id)
        if s is None:
            warnings.append(
                translate(
                    "rota",
                    "A choice locked by hand is for a session outside this rota; it was left out.",
                )
            )
        elif p is None:
            warnings.append(
                translate(
                    "rota",
                    "A choice locked by hand for {day} names a facilitator who is no longer "
                    "on the list; it was left out.",
                ).format(day=day_words(pb.slots[s].day))
            )
        else:
            placed.add((s, p))
    for s, p in sorted(placed):
        state.add(p, s)
        state.locked[s].add(p)
    return warnings


def solve_rota(request: RotaRequest) -> RotaResult:
    """Fill the rota for ``request``; raises ``ValidationError`` only for malformed input."""
    problem = Problem(request)
    warnings = _place_locks(RotaState(problem))
    if not problem.slots:
        warnings.append(
            translate(
                "rota",
                "There are no sessions between {date_from} and {date_to}, so there is "
                "nothing to fill.",
            ).format(date_from=day_words(request.date_from), date_to=day_words(request.date_to))
        )

    def start() -> RotaState:
        state = RotaState(problem)
        _place_locks(state)
        return state

    state = solve(start)
    for broken in find_breaks(problem, state.members):
        warnings.append(
            translate("rota", "Kept as locked, although it breaks a rule: {message}").format(
                message=broken.message
            )
        )
    assignments = tuple(
        Assignment(
            meeting_id=slot.meeting_id,
            group_id=slot.group_id,
            day=slot.day,
            facilitator_id=problem.people[p].id,
            name=problem.people[p].name,
            locked=p in state.locked[s],
            reason=assignment_reason(state, p, s),
        )
        for s, slot in enumerate(problem.slots)
        for p in sorted(state.members[s])
    )
    gaps = tuple(explain_gap(state, s) for s in range(len(problem.slots)) if state.missing(s) > 0)
    return RotaResult(assignments, gaps, tuple(warnings), figures(state))


def rule_breaks(request: RotaRequest, placed: Mapping[int, Sequence[int]]) -> list[RuleBreak]:
    """The hard rules a rota breaks (meeting id -> facilitator ids), e.g. after a manual edit.

    Sessions and people the request does not know are left out.
    """
    problem = Problem(request)
    known = problem.person_index
    members = [
        [known[f] for f in placed.get(slot.meeting_id, ()) if f in known] for slot in problem.slots
    ]
    return find_breaks(problem, members)


def evaluate(request: RotaRequest, placed: Mapping[int, Sequence[int]]) -> Evaluation:
    """Check a rota made elsewhere (meeting id -> facilitator ids): rules broken, places empty
    (with the reasons the solver would give) and the fairness figures. ``request.locks`` is not
    used: every placement is taken as given. Unknown sessions and people are left out."""
    problem = Problem(request)
    state = RotaState(problem)
    known = problem.person_index
    for s, slot in enumerate(problem.slots):
        for f in dict.fromkeys(placed.get(slot.meeting_id, ())):
            if f in known:
                state.add(known[f], s)
    gaps = tuple(explain_gap(state, s) for s in range(len(problem.slots)) if state.missing(s) > 0)
    reasons = {
        (slot.meeting_id, problem.people[p].id): assignment_reason(state, p, s)
        for s, slot in enumerate(problem.slots)
        for p in state.members[s]
    }
    return Evaluation(tuple(find_breaks(problem, state.members)), gaps, figures(state), reasons)
