"""The rota's storage: facilitator profiles, rules per group, proposing and saving a rota.

The solver (:func:`peerdesk.core.rota.solve_rota`) works on plain data; this module builds its
input from the database and saves its output. A proposal is only read: nothing is saved until
:func:`apply`, which replaces the unlocked assignments of the range in one transaction and keeps
every assignment locked by hand.

The ``*_in`` functions work on an open session, for callers that already hold one (the demo);
everything else takes a ``Store``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import (
    MEETING_SCHEDULED,
    Facilitator,
    FacilitatorAway,
    FacilitatorGroup,
    FacilitatorTraining,
    Group,
    Meeting,
    Person,
    RotaAssignment,
    RotaRules,
    TrainingKind,
)
from peerdesk.core.rota import (
    ALL_WEEKDAYS,
    AwayRange,
    GroupRules,
    PastAssignment,
    RotaFacilitator,
    RotaLock,
    RotaRequest,
    RotaResult,
    RotaSlot,
    solve_rota,
)
from peerdesk.core.rota_explain import day_words
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

MAX_OFFER = 31
MAX_PER_SESSION = 6
MAX_IN_A_ROW = 52
NOTE_LENGTH = 500
HISTORY_DAYS = 365
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --- facilitator profiles ---------------------------------------------------------------------


@dataclass(frozen=True)
class Training:
    """A training someone completed: a kind from the list (``core.trainings``) and a date."""

    kind_id: int
    completed_on: dt.date
    kind: str = ""
    """The kind's name, filled in when read back."""


@dataclass(frozen=True)
class FacilitatorInput:
    person_id: int
    group_ids: frozenset[int]
    experienced: bool = False
    sessions_per_month: int = 2
    weekdays: frozenset[int] = ALL_WEEKDAYS
    away: tuple[AwayRange, ...] = ()
    note: str = ""
    trainings: tuple[Training, ...] = ()
    since: dt.date | None = None
    """When they started facilitating (None: longer ago than the rota looks back)."""


@dataclass(frozen=True)
class FacilitatorProfile:
    person_id: int
    name: str
    group_ids: frozenset[int]
    experienced: bool
    sessions_per_month: int
    weekdays: frozenset[int]
    away: tuple[AwayRange, ...]
    note: str
    archived: bool
    trainings: tuple[Training, ...] = ()
    """By date, newest first."""
    since: dt.date | None = None

    def as_input(self) -> FacilitatorInput:
        """The profile as an input to change and save again."""
        return FacilitatorInput(
            self.person_id,
            self.group_ids,
            self.experienced,
            self.sessions_per_month,
            self.weekdays,
            self.away,
            self.note,
            self.trainings,
            self.since,
        )

    def as_solver_input(self) -> RotaFacilitator:
        return RotaFacilitator(
            id=self.person_id,
            name=self.name,
            group_ids=self.group_ids,
            experienced=self.experienced,
            per_month=self.sessions_per_month,
            weekdays=self.weekdays,
            away=self.away,
            since=self.since,
        )


def weekdays_text(days: Iterable[int]) -> str:
    """``{4, 0, 1}`` -> ``"0,1,4"`` (as stored)."""
    return ",".join(str(d) for d in sorted(set(days)))


def parse_weekdays(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part.strip())


def _check_facilitator(session: Session, data: FacilitatorInput) -> FacilitatorInput:
    person = session.get(Person, data.person_id)
    if person is None:
        raise NotFoundError(translate("rota_service", "That person is no longer in the directory."))
    if not 0 <= data.sessions_per_month <= MAX_OFFER:
        raise ValidationError(
            translate(
                "rota_service",
                "{preferred_name}'s offer must be between 0 and {max_offer} sessions a month.",
            ).format(preferred_name=person.preferred_name, max_offer=MAX_OFFER)
        )
    if not data.weekdays <= ALL_WEEKDAYS:
        raise ValidationError(
            translate("rota_service", "Usual weekdays are numbered 0 (Monday) to 6 (Sunday).")
        )
    for gone in data.away:
        if gone.end < gone.start:
            raise ValidationError(
                translate(
                    "rota_service",
                    "{preferred_name} is away from {start} to {end}: the end is before the start.",
                ).format(
                    preferred_name=person.preferred_name,
                    start=day_words(gone.start),
                    end=day_words(gone.end),
                )
            )
    if data.group_ids:
        found = set(session.scalars(select(Group.id).where(Group.id.in_(data.group_ids))))
        if found != set(data.group_ids):
            raise NotFoundError(
                translate("rota_service", "One of the groups chosen no longer exists.")
            )
    note = validation.optional_text(
        data.note,
        NOTE_LENGTH,
        translate("rota_service", "The note can be at most {max_length} characters."),
    )
    away = tuple(sorted(set(data.away), key=lambda a: (a.start, a.end)))
    trainings = tuple(
        sorted(
            {Training(t.kind_id, t.completed_on) for t in data.trainings},
            key=lambda t: (t.completed_on, t.kind_id),
        )
    )
    if trainings:
        kinds = {t.kind_id for t in trainings}
        found = set(session.scalars(select(TrainingKind.id).where(TrainingKind.id.in_(kinds))))
        if found != kinds:
            raise NotFoundError(
                translate("rota_service", "One of the trainings chosen is no longer on the list.")
            )
    return FacilitatorInput(
        data.person_id,
        frozenset(data.group_ids),
        data.experienced,
        data.sessions_per_month,
        frozenset(data.weekdays),
        away,
        note,
        trainings,
        data.since,
    )


def set_facilitator_in(session: Session, data: FacilitatorInput) -> None:
    """Create or replace a facilitator profile (groups and away ranges included)."""
    clean = _check_facilitator(session, data)
    row = session.get(Facilitator, clean.person_id)
    if row is None:
        row = Facilitator(person_id=clean.person_id)
        session.add(row)
    row.experienced = clean.experienced
    row.sessions_per_month = clean.sessions_per_month
    row.weekdays = weekdays_text(clean.weekdays)
    row.note = clean.note
    row.since = clean.since
    session.execute(delete(FacilitatorGroup).where(FacilitatorGroup.person_id == clean.person_id))
    session.execute(delete(FacilitatorAway).where(FacilitatorAway.person_id == clean.person_id))
    session.execute(
        delete(FacilitatorTraining).where(FacilitatorTraining.person_id == clean.person_id)
    )
    session.add_all(
        FacilitatorTraining(
            person_id=clean.person_id, kind_id=t.kind_id, completed_on=t.completed_on
        )
        for t in clean.trainings
    )
    session.add_all(
        FacilitatorGroup(person_id=clean.person_id, group_id=g) for g in sorted(clean.group_ids)
    )
    session.add_all(
        FacilitatorAway(person_id=clean.person_id, start=a.start, end=a.end) for a in clean.away
    )
    session.flush()


def set_facilitator(store: Store, data: FacilitatorInput) -> FacilitatorProfile:
    with store.transaction() as session:
        set_facilitator_in(session, data)
    return get_facilitator(store, data.person_id)


def remove_facilitator(store: Store, person_id: int) -> None:
    """Stop someone being a facilitator; their past assignments stay."""
    with store.transaction() as session:
        for model in (FacilitatorGroup, FacilitatorAway, FacilitatorTraining):
            session.execute(delete(model).where(model.person_id == person_id))
        session.execute(delete(Facilitator).where(Facilitator.person_id == person_id))


def _profiles(
    session: Session, person_ids: Sequence[int] | None = None
) -> list[FacilitatorProfile]:
    query = select(Facilitator, Person).join(Person, Person.id == Facilitator.person_id)
    if person_ids is not None:
        query = query.where(Facilitator.person_id.in_(person_ids))
    rows = session.execute(query.order_by(Person.preferred_name, Person.id)).all()
    ids = [f.person_id for f, _ in rows]
    groups: dict[int, set[int]] = {i: set() for i in ids}
    for person_id, group_id in session.execute(
        select(FacilitatorGroup.person_id, FacilitatorGroup.group_id).where(
            FacilitatorGroup.person_id.in_(ids)
        )
    ):
        groups[person_id].add(group_id)
    away: dict[int, list[AwayRange]] = {i: [] for i in ids}
    for a in session.scalars(
        select(FacilitatorAway)
        .where(FacilitatorAway.person_id.in_(ids))
        .order_by(FacilitatorAway.start, FacilitatorAway.end)
    ):
        away[a.person_id].append(AwayRange(a.start, a.end))
    trainings: dict[int, list[Training]] = {i: [] for i in ids}
    for person_id, kind_id, completed_on, kind in session.execute(
        select(
            FacilitatorTraining.person_id,
            FacilitatorTraining.kind_id,
            FacilitatorTraining.completed_on,
            TrainingKind.name,
        )
        .join(TrainingKind, TrainingKind.id == FacilitatorTraining.kind_id)
        .where(FacilitatorTraining.person_id.in_(ids))
        .order_by(FacilitatorTraining.completed_on.desc(), TrainingKind.name)
    ):
        trainings[person_id].append(Training(kind_id, completed_on, kind))
    return [
        FacilitatorProfile(
            person_id=f.person_id,
            name=p.preferred_name,
            group_ids=frozenset(groups[f.person_id]),
            experienced=f.experienced,
            sessions_per_month=f.sessions_per_month,
            weekdays=parse_weekdays(f.weekdays),
            away=tuple(away[f.person_id]),
            note=f.note,
            archived=p.archived_at is not None,
            trainings=tuple(trainings[f.person_id]),
            since=f.since,
        )
        for f, p in rows
    ]


def get_facilitator(store: Store, person_id: int) -> FacilitatorProfile:
    with store.reading() as session:
        found = _profiles(session, [person_id])
    if not found:
        raise NotFoundError(translate("rota_service", "That person is not a facilitator."))
    return found[0]


def list_facilitators(
    store: Store, *, group_id: int | None = None, include_archived: bool = False
) -> list[FacilitatorProfile]:
    """Facilitators by name; only those of ``group_id`` when given."""
    with store.reading() as session:
        found = _profiles(session)
    return [
        f
        for f in found
        if (include_archived or not f.archived) and (group_id is None or group_id in f.group_ids)
    ]


# --- rules per group --------------------------------------------------------------------------


def _rules(session: Session, group: Group) -> GroupRules:
    row = session.get(RotaRules, group.id)
    if row is None:
        return GroupRules(group_id=group.id, name=group.name)
    return GroupRules(
        group_id=group.id,
        name=group.name,
        per_session=row.per_session,
        need_experienced=row.need_experienced,
        learner_needs_experienced=row.learner_needs_experienced,
        max_in_a_row=row.max_in_a_row,
        respect_offer=row.respect_offer,
    )


def _group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(translate("rota_service", "That group no longer exists."))
    return group


def get_rules(store: Store, group_id: int) -> GroupRules:
    """The group's rota rules, or the defaults when it has none saved."""
    with store.reading() as session:
        return _rules(session, _group(session, group_id))


def save_rules(store: Store, rules: GroupRules) -> GroupRules:
    if not 1 <= rules.per_session <= MAX_PER_SESSION:
        raise ValidationError(
            translate(
                "rota_service",
                "A session needs between 1 and {max_per_session} facilitators, not {per_session}.",
            ).format(max_per_session=MAX_PER_SESSION, per_session=rules.per_session)
        )
    if not 1 <= rules.max_in_a_row <= MAX_IN_A_ROW:
        raise ValidationError(
            translate(
                "rota_service",
                "“Sessions in a row” must be between 1 and {limit}, not {max_in_a_row}.",
            ).format(limit=MAX_IN_A_ROW, max_in_a_row=rules.max_in_a_row)
        )
    with store.transaction() as session:
        group = _group(session, rules.group_id)
        row = session.get(RotaRules, group.id)
        if row is None:
            row = RotaRules(group_id=group.id)
            session.add(row)
        row.per_session = rules.per_session
        row.need_experienced = rules.need_experienced
        row.learner_needs_experienced = rules.learner_needs_experienced
        row.max_in_a_row = rules.max_in_a_row
        row.respect_offer = rules.respect_offer
        session.flush()
        return _rules(session, group)


# --- proposing and saving a rota --------------------------------------------------------------


@dataclass(frozen=True)
class RotaProposal:
    """A rota worked out for some groups and dates; nothing of it is saved yet."""

    group_ids: tuple[int, ...]
    date_from: dt.date
    date_to: dt.date
    meeting_ids: tuple[int, ...]
    """The sessions filled (scheduled, in the range, of the groups)."""
    result: RotaResult
    group_names: dict[int, str] = field(default_factory=dict)


def _meetings(
    session: Session, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> list[RotaSlot]:
    rows = session.execute(
        select(Meeting.id, Meeting.group_id, Meeting.date)
        .where(
            Meeting.group_id.in_(group_ids),
            Meeting.status == MEETING_SCHEDULED,
            Meeting.date >= date_from,
            Meeting.date <= date_to,
        )
        .order_by(Meeting.date, Meeting.id)
    ).all()
    return [RotaSlot(m.id, m.group_id, m.date) for m in rows]


def _assignments(session: Session, date_from: dt.date, date_to: dt.date) -> list[PastAssignment]:
    return [
        PastAssignment(meeting_id, group_id, day, person_id)
        for meeting_id, group_id, day, person_id in session.execute(
            select(Meeting.id, Meeting.group_id, Meeting.date, RotaAssignment.person_id)
            .join(RotaAssignment, RotaAssignment.meeting_id == Meeting.id)
            .where(
                Meeting.status == MEETING_SCHEDULED,
                Meeting.date >= date_from,
                Meeting.date <= date_to,
            )
            .order_by(Meeting.date, Meeting.id, RotaAssignment.person_id)
        )
    ]


def request_in(
    session: Session,
    group_ids: Sequence[int],
    date_from: dt.date,
    date_to: dt.date,
    *,
    everyone: bool = False,
    also: Collection[int] = (),
) -> RotaRequest | None:
    """The solver's input for the groups' scheduled sessions in the range, from the database.

    History is the 12 months before the range; assignments already saved in the range for
    other groups' sessions are passed as ``elsewhere`` (they count towards each person's offer).
    None when the groups have no facilitators. ``everyone`` includes the facilitators of other
    groups too (to show who could help out, and which rule that would break); ``also`` adds
    the facilitators with these ids (someone from another group put on a session by hand).
    """
    wanted = sorted(set(group_ids))
    slots = _meetings(session, wanted, date_from, date_to)
    profiles = [
        p
        for p in _profiles(session)
        if not p.archived and (everyone or p.group_ids & set(wanted) or p.person_id in also)
    ]
    if not profiles:
        return None
    meeting_ids = {s.meeting_id for s in slots}
    locks = tuple(
        RotaLock(meeting_id, person_id)
        for meeting_id, person_id in session.execute(
            select(RotaAssignment.meeting_id, RotaAssignment.person_id)
            .where(RotaAssignment.meeting_id.in_(meeting_ids), RotaAssignment.locked)
            .order_by(RotaAssignment.meeting_id, RotaAssignment.person_id)
        )
    )
    since = date_from - dt.timedelta(days=HISTORY_DAYS)
    history = tuple(_assignments(session, since, date_from - dt.timedelta(days=1)))
    elsewhere = tuple(
        a for a in _assignments(session, date_from, date_to) if a.meeting_id not in meeting_ids
    )
    return RotaRequest(
        date_from=date_from,
        date_to=date_to,
        slots=tuple(slots),
        facilitators=tuple(p.as_solver_input() for p in profiles),
        # Every group's rules: other groups' sessions count towards the offer or not.
        rules=tuple(_rules(session, g) for g in session.scalars(select(Group).order_by(Group.id))),
        history=history,
        locks=locks,
        elsewhere=elsewhere,
    )


def propose_in(
    session: Session, group_ids: Sequence[int], date_from: dt.date, date_to: dt.date
) -> RotaProposal:
    if date_to < date_from:
        raise ValidationError(
            translate(
                "rota_service", "The range ends ({date_to}) before it starts ({date_from})."
            ).format(date_to=day_words(date_to), date_from=day_words(date_from))
        )
    if not group_ids:
        raise ValidationError(
            translate("rota_service", "Choose at least one group to fill the rota for.")
        )
    groups = [_group(session, g) for g in sorted(set(group_ids))]
    names = {g.id: g.name for g in groups}
    what = ", ".join(names.values())
    request = request_in(session, list(names), date_from, date_to)
    if not _meetings(session, list(names), date_from, date_to):
        raise ValidationError(
            translate(
                "rota_service",
                "{what} has no sessions between {date_from} and {date_to}, so there is "
                "nothing to fill.",
            ).format(what=what, date_from=day_words(date_from), date_to=day_words(date_to))
        )
    if request is None:
        raise ValidationError(
            translate(
                "rota_service",
                "Nobody facilitates {what} yet: add facilitators to the group first.",
            ).format(what=what)
        )
    if not any(f.per_month > 0 and f.weekdays for f in request.facilitators):
        raise ValidationError(
            translate(
                "rota_service",
                "Nobody who facilitates {what} is available: every facilitator offered "
                "no sessions or no weekdays.",
            ).format(what=what)
        )
    meeting_ids = tuple(s.meeting_id for s in request.slots)
    return RotaProposal(tuple(names), date_from, date_to, meeting_ids, solve_rota(request), names)


def propose(
    store: Store,
    group_ids: Sequence[int],
    date_from: dt.date,
    date_to: dt.date,
    *,
    today: dt.date,
) -> RotaProposal:
    """Work out a rota for the groups' scheduled sessions from ``date_from`` to ``date_to``.

    ``today`` is accepted for symmetry with the other services (and for warnings to come); the
    history used is the 12 months before ``date_from``.
    """
    del today
    with store.reading() as session:
        return propose_in(session, group_ids, date_from, date_to)


def apply_in(session: Session, proposal: RotaProposal) -> int:
    if not proposal.result.assignments:
        if proposal.result.gaps:
            raise ValidationError(
                translate(
                    "rota_service",
                    "Nobody could be put on any session in this range, so nothing was changed. "
                    "{reason}",
                ).format(reason=proposal.result.gaps[0].reason)
            )
        raise ValidationError(
            translate(
                "rota_service",
                "Nobody could be put on any session in this range, so nothing was changed.",
            )
        )
    in_range = select(Meeting.id).where(
        Meeting.group_id.in_(proposal.group_ids),
        Meeting.date >= proposal.date_from,
        Meeting.date <= proposal.date_to,
    )
    session.execute(
        delete(RotaAssignment).where(
            RotaAssignment.meeting_id.in_(in_range), RotaAssignment.locked.is_(False)
        )
    )
    kept = {
        (meeting_id, person_id)
        for meeting_id, person_id in session.execute(
            select(RotaAssignment.meeting_id, RotaAssignment.person_id).where(
                RotaAssignment.meeting_id.in_(in_range)
            )
        )
    }
    new = [
        RotaAssignment(meeting_id=a.meeting_id, person_id=a.facilitator_id, reason=a.reason)
        for a in proposal.result.assignments
        if not a.locked and (a.meeting_id, a.facilitator_id) not in kept
    ]
    session.add_all(new)
    session.flush()
    return len(new)


def apply(store: Store, proposal: RotaProposal) -> int:
    """Save the proposal's unlocked assignments in one transaction; returns how many.

    The unlocked assignments already saved for those groups in the range are replaced; locked
    ones are kept as they are.
    """
    with store.transaction() as session:
        return apply_in(session, proposal)


def lock(store: Store, meeting_id: int, person_id: int, locked: bool) -> None:
    """Lock (or unlock) one assignment; locking someone not yet on the session puts them on."""
    with store.transaction() as session:
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(translate("rota_service", "That session no longer exists."))
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(
                translate("rota_service", "That person is no longer in the directory.")
            )
        row = session.get(RotaAssignment, (meeting_id, person_id))
        if row is None:
            if not locked:
                raise NotFoundError(
                    translate("rota_service", "{preferred_name} is not on that session.").format(
                        preferred_name=person.preferred_name
                    )
                )
            session.add(
                RotaAssignment(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    locked=True,
                    reason=translate("rota_service", "Chosen by hand."),
                )
            )
        else:
            row.locked = locked


def facilitators_for(store: Store, meeting_id: int) -> tuple[str, ...]:
    """The preferred names of a session's facilitators, by name (for session packs)."""
    with store.reading() as session:
        return tuple(
            session.scalars(
                select(Person.preferred_name)
                .join(RotaAssignment, RotaAssignment.person_id == Person.id)
                .where(RotaAssignment.meeting_id == meeting_id)
                .order_by(Person.preferred_name, Person.id)
            )
        )
