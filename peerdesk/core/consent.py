"""Consent: what a person agreed to, purpose by purpose, and what that allows us to keep.

The rules live here and nowhere else: other capabilities ask ``may_keep_contact``,
``current_state`` or ``register_notes`` and never re-implement them.

- A version's wording and purposes are frozen once anyone has answered it (the database refuses
  changes); new wording is a new version.
- Every grant, refusal and withdrawal is an append-only event; the latest event for a purpose
  decides. A grant lapses ``review_months`` after the day it was given.
- Withdrawing a contact purpose deletes the contact detail in the same transaction, unless another
  current consent still covers it (a phone number serves both calls and texts).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from peerdesk.core import audit, validation
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import (
    CONSENT_GRANTED,
    CONSENT_METHODS,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
    ConsentEvent,
    ConsentForm,
    ConsentPurpose,
    ConsentVersion,
    Person,
)
from peerdesk.core.storage import Store
from peerdesk.core.text import translate
from peerdesk.resources import resource_path

TAKE_PART = "take_part"
KEEP_RECORDS = "keep_records"
CONTACT_PHONE = "contact_phone"
CONTACT_TEXT = "contact_text"
CONTACT_EMAIL = "contact_email"

# Which consents allow us to keep which contact field.
CONTACT_FIELDS: dict[str, tuple[str, ...]] = {
    "phone": (CONTACT_PHONE, CONTACT_TEXT),
    "email": (CONTACT_EMAIL,),
}

Method = Literal["paper", "verbal", "written"]
State = Literal["granted", "refused", "withdrawn", "lapsed", "none"]
METHODS: tuple[Method, ...] = get_args(Method)  # in the order the screens offer them


def method_name(method: str) -> str:
    """How consent was given, in the chosen language ("signed paper form"); a method this
    version does not know is shown as it is stored."""
    if method == "paper":
        return translate("consent", "signed paper form")
    if method == "verbal":
        return translate("consent", "said so in person")
    if method == "written":
        return translate("consent", "in writing")
    return method


@dataclass(frozen=True)
class Purpose:
    key: str
    label: str


@dataclass(frozen=True)
class VersionRow:
    id: int
    form_id: int
    form_name: str
    number: int
    title: str
    wording: str
    review_months: int
    purposes: tuple[Purpose, ...]
    in_use: bool  # someone has answered it: frozen

    def purpose(self, key: str) -> Purpose:
        for purpose in self.purposes:
            if purpose.key == key:
                return purpose
        raise ValidationError(
            translate(
                "consent", "Version {number} of “{form_name}” has no purpose called “{key}”."
            ).format(number=self.number, form_name=self.form_name, key=key)
        )


@dataclass(frozen=True)
class PurposeState:
    key: str
    label: str
    state: State
    decided_on: dt.date | None
    lapses_on: dt.date | None  # for a current grant: the day it lapses
    version_number: int | None

    @property
    def is_current(self) -> bool:
        return self.state == "granted"


@dataclass(frozen=True)
class EventRow:
    id: int
    purpose_key: str
    purpose_label: str
    decision: str
    decided_on: dt.date
    method: str
    recorded_by: str
    paper_ref: str
    version_number: int
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Answer:
    """One person's answers from one form, for recording (several at once for the fast path)."""

    person_id: int
    decisions: Mapping[str, bool]  # purpose key -> granted (True) or refused (False)
    decided_on: dt.date
    method: Method = "paper"
    recorded_by: str = ""
    paper_ref: str = ""


@dataclass(frozen=True)
class Withdrawal:
    """What a withdrawal changed, so the screen can say so (and offer erasure)."""

    withdrawn: tuple[str, ...]
    cleared_fields: tuple[str, ...]
    offer_erasure: bool  # "keep my name and attendance" is no longer granted


@dataclass(frozen=True)
class ConsentSummary:
    """For lists: whose consent to keep their records is missing or lapsed."""

    person_id: int
    preferred_name: str
    state: State
    lapses_on: dt.date | None
    contact_without_consent: tuple[str, ...] = field(default=())


# -- forms and versions --------------------------------------------------------------------------
def _load_default_template() -> dict[str, object]:
    with resource_path("templates", "consent-form.json").open(encoding="utf-8") as stream:
        loaded: dict[str, object] = json.load(stream)
    return loaded


def ensure_default_form(store: Store) -> VersionRow:
    """The current version of the first form, creating the default form on first use."""
    with store.transaction() as session:
        version_id = default_version_id(session)
    return get_version(store, version_id)


def default_version_id(session: Session) -> int:
    """Within a caller's transaction: the first form's newest version, made if need be."""
    form_id = session.scalar(select(ConsentForm.id).order_by(ConsentForm.id).limit(1))
    if form_id is None:
        template = _load_default_template()
        form = ConsentForm(name=str(template["form_name"]))
        session.add(form)
        session.flush()
        purposes = template["purposes"]
        assert isinstance(purposes, list)
        return _add_version(
            session,
            form.id,
            title=str(template["title"]),
            wording=str(template["wording"]),
            purposes=[Purpose(str(p["key"]), str(p["label"])) for p in purposes],
            review_months=int(str(template["review_months"])),
        )
    newest = session.scalar(
        select(ConsentVersion.id)
        .where(ConsentVersion.form_id == form_id)
        .order_by(ConsentVersion.number.desc())
        .limit(1)
    )
    assert newest is not None
    return newest


def current_version(store: Store, form_id: int | None = None) -> VersionRow:
    """The newest version of a form (of the first form when ``form_id`` is None)."""
    with store.reading() as session:
        if form_id is None:
            form_id = session.scalar(select(ConsentForm.id).order_by(ConsentForm.id).limit(1))
        version_id = session.scalar(
            select(ConsentVersion.id)
            .where(ConsentVersion.form_id == form_id)
            .order_by(ConsentVersion.number.desc())
            .limit(1)
        )
        if version_id is None:
            raise NotFoundError(translate("consent", "There is no consent form yet."))
        return version_row(session, version_id)


def get_version(store: Store, version_id: int) -> VersionRow:
    with store.reading() as session:
        return version_row(session, version_id)


def list_versions(store: Store, form_id: int) -> list[VersionRow]:
    with store.reading() as session:
        ids = session.scalars(
            select(ConsentVersion.id)
            .where(ConsentVersion.form_id == form_id)
            .order_by(ConsentVersion.number)
        ).all()
        return [version_row(session, version_id) for version_id in ids]


def new_version(
    store: Store,
    form_id: int,
    *,
    title: str,
    wording: str,
    purposes: Sequence[Purpose],
    review_months: int = 12,
) -> VersionRow:
    """New wording for a form: it supersedes the previous version from now on."""
    with store.transaction() as session:
        if session.get(ConsentForm, form_id) is None:
            raise NotFoundError(translate("consent", "That consent form no longer exists."))
        version_id = _add_version(
            session,
            form_id,
            title=title,
            wording=wording,
            purposes=purposes,
            review_months=review_months,
        )
    return get_version(store, version_id)


def edit_version(
    store: Store,
    version_id: int,
    *,
    title: str,
    wording: str,
    review_months: int,
) -> VersionRow:
    """Correct wording nobody has answered yet; once answered, make a new version instead."""
    with store.transaction() as session:
        version = session.get(ConsentVersion, version_id)
        if version is None:
            raise NotFoundError(translate("consent", "That consent form version no longer exists."))
        if _in_use(session, version_id):
            raise ValidationError(
                translate(
                    "consent",
                    "Version {number} has already been agreed to, so its wording can never "
                    "change. Make a new version instead; it will be used from now on.",
                ).format(number=version.number)
            )
        version.title = validation.required_text(
            title,
            200,
            translate("consent", "Please enter a title."),
            translate("consent", "A title can be at most {max_length} characters."),
        )
        version.wording = _wording(wording)
        version.review_months = _review_months(review_months)
    return get_version(store, version_id)


def _add_version(
    session: Session,
    form_id: int,
    *,
    title: str,
    wording: str,
    purposes: Sequence[Purpose],
    review_months: int,
) -> int:
    keys = [p.key for p in purposes]
    if not purposes:
        raise ValidationError(
            translate("consent", "A consent form needs at least one purpose to agree to.")
        )
    if len(set(keys)) != len(keys):
        raise ValidationError(translate("consent", "Each purpose on a form must be different."))
    number = (
        session.scalar(
            select(func.max(ConsentVersion.number)).where(ConsentVersion.form_id == form_id)
        )
        or 0
    ) + 1
    version = ConsentVersion(
        form_id=form_id,
        number=number,
        title=validation.required_text(
            title,
            200,
            translate("consent", "Please enter a title."),
            translate("consent", "A title can be at most {max_length} characters."),
        ),
        wording=_wording(wording),
        review_months=_review_months(review_months),
    )
    session.add(version)
    session.flush()
    for position, purpose in enumerate(purposes):
        session.add(
            ConsentPurpose(
                version_id=version.id,
                key=validation.required_text(
                    purpose.key,
                    40,
                    translate("consent", "Please enter a purpose key."),
                    translate("consent", "A purpose key can be at most {max_length} characters."),
                ),
                label=validation.required_text(
                    purpose.label,
                    500,
                    translate("consent", "Please enter the purpose's wording."),
                    translate(
                        "consent", "The purpose's wording can be at most {max_length} characters."
                    ),
                ),
                position=position,
            )
        )
    session.flush()
    return version.id


def _wording(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(translate("consent", "Please write the wording people will read."))
    return cleaned


def _review_months(months: int) -> int:
    if not 1 <= months <= 120:
        raise ValidationError(translate("consent", "Consent is reviewed every 1 to 120 months."))
    return months


def _in_use(session: Session, version_id: int) -> bool:
    return bool(session.scalar(select(exists().where(ConsentEvent.version_id == version_id))))


def version_row(session: Session, version_id: int) -> VersionRow:
    """A version, read within the caller's transaction."""
    found = session.execute(
        select(ConsentVersion, ConsentForm.name)
        .join(ConsentForm, ConsentVersion.form_id == ConsentForm.id)
        .where(ConsentVersion.id == version_id)
    ).first()
    if found is None:
        raise NotFoundError(translate("consent", "That consent form version no longer exists."))
    version, form_name = found
    purposes = session.execute(
        select(ConsentPurpose.key, ConsentPurpose.label)
        .where(ConsentPurpose.version_id == version_id)
        .order_by(ConsentPurpose.position)
    ).all()
    return VersionRow(
        id=version.id,
        form_id=version.form_id,
        form_name=form_name,
        number=version.number,
        title=version.title,
        wording=version.wording,
        review_months=version.review_months,
        purposes=tuple(Purpose(key, label) for key, label in purposes),
        in_use=_in_use(session, version_id),
    )


# -- recording and withdrawing -------------------------------------------------------------------
def record(store: Store, answer: Answer, version_id: int, *, today: dt.date) -> list[EventRow]:
    """Record one person's answers from one form (one transaction)."""
    record_many(store, [answer], version_id, today=today)
    return history(store, answer.person_id)


def record_many(store: Store, answers: Sequence[Answer], version_id: int, *, today: dt.date) -> int:
    """The fast path after a session: several paper forms ticked in, all or nothing."""
    with store.transaction() as session:
        version = version_row(session, version_id)
        count = 0
        for answer in answers:
            _check_answer(session, answer, version, today)
            for key, granted in answer.decisions.items():
                session.add(
                    ConsentEvent(
                        person_id=answer.person_id,
                        version_id=version.id,
                        purpose_key=key,
                        decision=CONSENT_GRANTED if granted else CONSENT_REFUSED,
                        decided_on=answer.decided_on,
                        method=answer.method,
                        recorded_by=answer.recorded_by.strip(),
                        paper_ref=answer.paper_ref.strip(),
                    )
                )
                count += 1
            session.flush()
            _clear_uncovered_contacts(session, answer.person_id, today)
        people = "one person" if len(answers) == 1 else f"{len(answers)} people"
        audit.record_in(session, audit.CONSENT, f"Consent answers recorded for {people}.")
    return count


def _check_answer(session: Session, answer: Answer, version: VersionRow, today: dt.date) -> None:
    person = session.get(Person, answer.person_id)
    if person is None:
        raise NotFoundError(translate("consent", "That person is no longer in the directory."))
    if not answer.decisions:
        raise ValidationError(
            translate("consent", "Nothing was ticked for {preferred_name}.").format(
                preferred_name=person.preferred_name
            )
        )
    for key in answer.decisions:
        version.purpose(key)
    if answer.decided_on > today:
        raise ValidationError(
            translate(
                "consent",
                "The date for {preferred_name} is in the future; consent is recorded on "
                "or after the day it was given.",
            ).format(preferred_name=person.preferred_name)
        )
    if answer.method not in CONSENT_METHODS:
        raise ValidationError(
            translate(
                "consent", "Say how consent was given: a paper form, in person or in writing."
            )
        )
    validation.optional_text(
        answer.recorded_by,
        80,
        translate("consent", "Who recorded it can be at most {max_length} characters."),
    )
    validation.optional_text(
        answer.paper_ref,
        80,
        translate("consent", "The paper form reference can be at most {max_length} characters."),
    )


def withdraw(
    store: Store,
    person_id: int,
    purposes: Iterable[str] | None = None,
    *,
    on: dt.date,
    today: dt.date,
    method: Method = "verbal",
    recorded_by: str = "",
) -> Withdrawal:
    """Withdraw some purposes (all current grants when ``purposes`` is None), at once.

    Contact details no longer covered are deleted in the same transaction.
    """
    if on > today:
        raise ValidationError(
            translate(
                "consent", "A withdrawal takes effect today at the latest, not in the future."
            )
        )
    with store.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(translate("consent", "That person is no longer in the directory."))
        states = _states(session, person_id, today)
        current = [key for key, state in states.items() if state.state == "granted"]
        wanted = current if purposes is None else list(purposes)
        if not wanted:
            raise ValidationError(
                translate("consent", "{preferred_name} has no consent to withdraw.").format(
                    preferred_name=person.preferred_name
                )
            )
        for key in wanted:
            state = states.get(key)
            if state is None or state.state not in ("granted", "lapsed"):
                raise ValidationError(
                    translate(
                        "consent",
                        "{preferred_name} never gave consent for “{purpose}”, so there is "
                        "nothing to withdraw.",
                    ).format(preferred_name=person.preferred_name, purpose=_label(session, key))
                )
        latest_version = {key: states[key].version_id for key in wanted}
        for key in wanted:
            session.add(
                ConsentEvent(
                    person_id=person_id,
                    version_id=latest_version[key],
                    purpose_key=key,
                    decision=CONSENT_WITHDRAWN,
                    decided_on=on,
                    method=method,
                    recorded_by=recorded_by.strip(),
                    paper_ref="",
                )
            )
        session.flush()
        cleared = _clear_uncovered_contacts(session, person_id, today)
        keeps_records = _states(session, person_id, today).get(KEEP_RECORDS)
        what = ", ".join(_label(session, key) for key in wanted)
        audit.record_in(session, audit.CONSENT, f"Consent withdrawn by one person: {what}.")
    return Withdrawal(
        withdrawn=tuple(wanted),
        cleared_fields=tuple(cleared),
        offer_erasure=keeps_records is None or keeps_records.state != "granted",
    )


def _clear_uncovered_contacts(session: Session, person_id: int, today: dt.date) -> list[str]:
    person = session.get(Person, person_id)
    assert person is not None
    states = _states(session, person_id, today)
    cleared = []
    for name, keys in CONTACT_FIELDS.items():
        covered = any(states.get(k) and states[k].state == "granted" for k in keys)
        if getattr(person, name) and not covered:
            setattr(person, name, "")
            cleared.append(name)
    return cleared


# -- what holds now --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Latest:
    state: State
    decided_on: dt.date
    lapses_on: dt.date | None
    version_id: int
    version_number: int


def lapse_date(decided_on: dt.date, review_months: int) -> dt.date:
    """A grant given on ``decided_on`` lapses on this day (and is asked again)."""
    return decided_on + relativedelta(months=review_months)


def _states(session: Session, person_id: int, today: dt.date) -> dict[str, _Latest]:
    return _states_for(session, [person_id], today).get(person_id, {})


def _states_for(
    session: Session, person_ids: Sequence[int] | None, today: dt.date
) -> dict[int, dict[str, _Latest]]:
    """The latest decision per person and purpose, with lapses worked out."""
    latest = select(func.max(ConsentEvent.id)).group_by(
        ConsentEvent.person_id, ConsentEvent.purpose_key
    )
    if person_ids is not None:
        latest = latest.where(ConsentEvent.person_id.in_(person_ids))
    rows = session.execute(
        select(
            ConsentEvent.person_id,
            ConsentEvent.purpose_key,
            ConsentEvent.decision,
            ConsentEvent.decided_on,
            ConsentEvent.version_id,
            ConsentVersion.number,
            ConsentVersion.review_months,
        )
        .join(ConsentVersion, ConsentEvent.version_id == ConsentVersion.id)
        .where(ConsentEvent.id.in_(latest))
    ).all()
    found: dict[int, dict[str, _Latest]] = {}
    for person_id, key, decision, decided_on, version_id, number, months in rows:
        lapses = lapse_date(decided_on, months) if decision == CONSENT_GRANTED else None
        state: State
        if decision == CONSENT_GRANTED:
            state = "lapsed" if lapses is not None and today >= lapses else "granted"
        elif decision == CONSENT_REFUSED:
            state = "refused"
        else:
            state = "withdrawn"
        found.setdefault(person_id, {})[key] = _Latest(
            state, decided_on, lapses, version_id, number
        )
    return found


def states_of_everyone(store: Store, *, today: dt.date) -> dict[int, list[PurposeState]]:
    """Person id -> where they stand on each purpose of the current form (for exports)."""
    version = ensure_default_form(store)
    with store.reading() as session:
        ids = list(session.scalars(select(Person.id)))
        states = _states_for(session, None, today)
    out: dict[int, list[PurposeState]] = {}
    for person_id in ids:
        out[person_id] = _purpose_states(version, states.get(person_id, {}))
    return out


def _purpose_states(version: VersionRow, states: Mapping[str, _Latest]) -> list[PurposeState]:
    result = []
    for purpose in version.purposes:
        latest = states.get(purpose.key)
        result.append(
            PurposeState(
                key=purpose.key,
                label=purpose.label,
                state=latest.state if latest else "none",
                decided_on=latest.decided_on if latest else None,
                lapses_on=latest.lapses_on if latest and latest.state == "granted" else None,
                version_number=latest.version_number if latest else None,
            )
        )
    return result


def _label(session: Session, key: str) -> str:
    label = session.scalar(
        select(ConsentPurpose.label)
        .where(ConsentPurpose.key == key)
        .order_by(ConsentPurpose.id.desc())
        .limit(1)
    )
    return label or key


def current_state(store: Store, person_id: int, *, today: dt.date) -> list[PurposeState]:
    """Every purpose of the current form, with where this person stands on it today."""
    version = ensure_default_form(store)
    with store.reading() as session:
        if session.get(Person, person_id) is None:
            raise NotFoundError(translate("consent", "That person is no longer in the directory."))
        states = _states(session, person_id, today)
    return _purpose_states(version, states)


def may_keep_contact(session: Session, person_id: int | None, name: str, today: dt.date) -> bool:
    """May we keep this contact field ("phone" or "email") for this person today?"""
    if person_id is None:
        return False
    states = _states(session, person_id, today)
    return any(states.get(k) and states[k].state == "granted" for k in CONTACT_FIELDS[name])


def check_contact_fields(
    session: Session, person_id: int | None, phone: str, email: str, today: dt.date
) -> None:
    """Refuse contact details that the person has not (or no longer) agreed we may keep."""
    refusals = {
        "phone": translate(
            "consent",
            "We can only keep a phone number once the person has agreed to be contacted that "
            "way. Record their consent first.",
        ),
        "email": translate(
            "consent",
            "We can only keep an email once the person has agreed to be contacted that way. "
            "Record their consent first.",
        ),
    }
    for name, value in (("phone", phone), ("email", email)):
        if value and not may_keep_contact(session, person_id, name, today):
            raise ValidationError(refusals[name])


def history(store: Store, person_id: int) -> list[EventRow]:
    """Every consent event for a person, newest first."""
    with store.reading() as session:
        labels = {
            (version_id, key): label
            for version_id, key, label in session.execute(
                select(ConsentPurpose.version_id, ConsentPurpose.key, ConsentPurpose.label)
            )
        }
        return [
            EventRow(
                id=event.id,
                purpose_key=event.purpose_key,
                purpose_label=labels.get((event.version_id, event.purpose_key), event.purpose_key),
                decision=event.decision,
                decided_on=event.decided_on,
                method=event.method,
                recorded_by=event.recorded_by,
                paper_ref=event.paper_ref,
                version_number=number,
                recorded_at=event.recorded_at,
            )
            for event, number in session.execute(
                select(ConsentEvent, ConsentVersion.number)
                .join(ConsentVersion, ConsentEvent.version_id == ConsentVersion.id)
                .where(ConsentEvent.person_id == person_id)
                .order_by(ConsentEvent.id.desc())
            )
        ]


def register_flags(store: Store, person_ids: Sequence[int], *, today: dt.date) -> dict[int, State]:
    """For the register: people without a current consent to keep their records, and why
    ("none", "lapsed", "refused" or "withdrawn"). People with a current consent are left out."""
    with store.reading() as session:
        states = _states_for(session, list(person_ids), today)
    flags: dict[int, State] = {}
    for person_id in person_ids:
        latest = states.get(person_id, {}).get(KEEP_RECORDS)
        state: State = latest.state if latest else "none"
        if state != "granted":
            flags[person_id] = state
    return flags


def needing_attention(store: Store, *, today: dt.date) -> list[ConsentSummary]:
    """Everyone (not archived) whose consent to keep records is missing or has lapsed, and
    anyone holding contact details without a current matching consent."""
    with store.reading() as session:
        people = session.execute(
            select(Person.id, Person.preferred_name, Person.phone, Person.email)
            .where(Person.archived_at.is_(None))
            .order_by(func.lower(Person.preferred_name), Person.id)
        ).all()
        states = _states_for(session, None, today)
    result = []
    for person_id, name, phone, email in people:
        mine = states.get(person_id, {})
        keep = mine.get(KEEP_RECORDS)
        state: State = keep.state if keep else "none"
        uncovered = tuple(
            field_name
            for field_name, value in (("phone", phone), ("email", email))
            if value
            and not any(
                mine.get(k) and mine[k].state == "granted" for k in CONTACT_FIELDS[field_name]
            )
        )
        if state in ("none", "lapsed") or uncovered:
            result.append(
                ConsentSummary(person_id, name, state, keep.lapses_on if keep else None, uncovered)
            )
    return result
