"""Session packs, the core half: each group's pack settings, the support lines, the handout
library, and ``pack_data`` which gathers everything one session's pack needs.

Defaults come from ``resources/`` (templates and built-in handouts); a group's own edited text
lives in the database. Printing is ``peerdesk.printing.pack``'s job.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from peerdesk.core import validation
from peerdesk.core.consent import default_version_id, version_row
from peerdesk.core.errors import NotFoundError, ValidationError
from peerdesk.core.models import (
    ATTENDANCE_PRESENT,
    MEETING_SCHEDULED,
    Attendance,
    Group,
    GroupPackSettings,
    ImportedHandout,
    Meeting,
    Person,
    SessionHandouts,
    SupportLineEntry,
)
from peerdesk.core.pack_data import (
    SECTIONS,
    Handout,
    PackData,
    Paper,
    PlanItem,
    Section,
    SupportLine,
)
from peerdesk.core.rota_service import facilitators_for
from peerdesk.core.schedule import MeetingRow, get_meeting
from peerdesk.core.storage import Store
from peerdesk.core.text import translate
from peerdesk.core.venues import get_venue
from peerdesk.resources import resource_path, resources_root

# How many recent sessions the expected attendance is taken from, and the guess without any.
RECENT_SESSIONS = 8
FIRST_GUESS = 8
DEFAULT_FACILITATORS = 2
MAX_IMPORT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class PackSettings:
    sections: tuple[Section, ...] = SECTIONS
    consent_copies: int = 3
    spare_copies: int = 2
    sign_in_names: bool = False
    agreement: str = ""  # empty: the default agreement
    plan: tuple[PlanItem, ...] = ()  # empty: the default plan
    contacts: str = ""
    what_to_bring: str = ""  # empty: the default list
    handouts: tuple[str, ...] = ()  # "builtin:<key>" or "imported:<id>"
    paper: Paper = "A4"
    large_print: bool = False
    # Stored names of parts this peerdesk does not know (from a newer one): left out.
    unknown_sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class HandoutChoice:
    ref: str  # "builtin:<key>" or "imported:<id>"
    title: str
    imported: bool
    pages: int | None


# -- defaults from resources/ ---------------------------------------------------------------------
def _template(name: str) -> str:
    return resource_path("templates", name).read_text(encoding="utf-8")


@cache
def default_agreement() -> str:
    return _template("group-agreement.txt").strip()


@cache
def _default_plan_file() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(_template("session-plan.json"))
    return loaded


def default_plan() -> tuple[PlanItem, ...]:
    items = _default_plan_file()["items"]
    assert isinstance(items, list)
    return tuple(PlanItem(int(i["minutes"]), str(i["title"]), str(i["note"])) for i in items)


def default_what_to_bring() -> str:
    return str(_default_plan_file()["what_to_bring"])


@cache
def builtin_handouts() -> dict[str, Handout]:
    """The handouts peerdesk ships, by key (their file name in resources/handouts)."""
    folder = resources_root() / "handouts"
    found: dict[str, Handout] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = Handout(title=str(data["title"]), text=str(data["text"]))
    return found


# -- settings -------------------------------------------------------------------------------------
def _parse_sections(text: str) -> tuple[tuple[Section, ...], tuple[str, ...]]:
    """The stored sections, and any names this peerdesk does not know (left out, not fatal)."""
    known: list[Section] = []
    unknown: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if name in SECTIONS:
            known.append(name)  # type: ignore[arg-type]
        elif name:
            unknown.append(name)
    return tuple(known), tuple(unknown)


def _plan_to_text(plan: tuple[PlanItem, ...]) -> str:
    return json.dumps([item.__dict__ for item in plan]) if plan else ""


def _plan_from_text(text: str) -> tuple[PlanItem, ...]:
    if not text:
        return ()
    return tuple(
        PlanItem(int(i["minutes"]), str(i["title"]), str(i["note"])) for i in json.loads(text)
    )


def pack_settings(store: Store, group_id: int) -> PackSettings:
    with store.reading() as session:
        return _settings(session, group_id)


def _settings(session: Session, group_id: int) -> PackSettings:
    if session.get(Group, group_id) is None:
        raise NotFoundError(translate("packs", "That group no longer exists."))
    row = session.get(GroupPackSettings, group_id)
    if row is None:
        return PackSettings()
    sections, unknown = _parse_sections(row.sections)
    return PackSettings(
        sections=sections,
        unknown_sections=unknown,
        consent_copies=row.consent_copies,
        spare_copies=row.spare_copies,
        sign_in_names=row.sign_in_names,
        agreement=row.agreement,
        plan=_plan_from_text(row.plan),
        contacts=row.contacts,
        what_to_bring=row.what_to_bring,
        handouts=_refs(row.handouts),
        paper="Letter" if row.paper == "Letter" else "A4",
        large_print=row.large_print,
    )


def save_pack_settings(store: Store, group_id: int, settings: PackSettings) -> PackSettings:
    for name in settings.sections:
        if name not in SECTIONS:
            raise ValidationError(
                translate("packs", "“{name}” is not a part of a session pack.").format(name=name)
            )
    if len(set(settings.sections)) != len(settings.sections):
        raise ValidationError(translate("packs", "Each part of the pack can appear only once."))
    if not 0 <= settings.consent_copies <= 50:
        raise ValidationError(
            translate("packs", "The number of consent forms must be between 0 and 50.")
        )
    if not 0 <= settings.spare_copies <= 50:
        raise ValidationError(translate("packs", "The number of spares must be between 0 and 50."))
    for item in settings.plan:
        validation.required_text(
            item.title,
            120,
            translate("packs", "Please enter a name for each part of the plan."),
            translate(
                "packs", "A name for each part of the plan can be at most {max_length} characters."
            ),
        )
        if not 0 <= item.minutes <= 600:
            raise ValidationError(
                translate("packs", "Each part of the plan lasts between 0 and 600 minutes.")
            )
    with store.transaction() as session:
        if session.get(Group, group_id) is None:
            raise NotFoundError(translate("packs", "That group no longer exists."))
        for ref in settings.handouts:
            _handout(session, ref)  # refuses unknown handouts
        row = session.get(GroupPackSettings, group_id) or GroupPackSettings(group_id=group_id)
        row.sections = ",".join(settings.sections)
        row.consent_copies = settings.consent_copies
        row.spare_copies = settings.spare_copies
        row.sign_in_names = settings.sign_in_names
        row.agreement = settings.agreement.strip()
        row.plan = _plan_to_text(settings.plan)
        row.contacts = validation.optional_text(
            settings.contacts,
            2000,
            translate("packs", "The contacts can be at most {max_length} characters."),
        )
        row.what_to_bring = validation.optional_text(
            settings.what_to_bring,
            2000,
            translate("packs", "What to bring can be at most {max_length} characters."),
        )
        row.handouts = ",".join(settings.handouts)
        if settings.paper not in ("A4", "Letter"):
            raise ValidationError(translate("packs", "Paper is A4 or Letter."))
        row.paper = settings.paper
        row.large_print = settings.large_print
        session.add(row)
        session.flush()
        return _settings(session, group_id)


def _refs(text: str) -> tuple[str, ...]:
    return tuple(ref for ref in text.split(",") if ref)


def session_handouts(store: Store, meeting_id: int) -> tuple[str, ...]:
    """The handouts for one session: its own choice if it has one, else its group's usual."""
    with store.reading() as session:
        return _session_handouts(session, meeting_id)


def _session_handouts(session: Session, meeting_id: int) -> tuple[str, ...]:
    chosen = session.get(SessionHandouts, meeting_id)
    if chosen is not None:
        return _refs(chosen.handouts)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("packs", "That session no longer exists."))
    return _settings(session, meeting.group_id).handouts


def save_session_handouts(store: Store, meeting_id: int, refs: tuple[str, ...]) -> None:
    """Choose the handouts for one session (the group's usual ones are left as they are)."""
    with store.transaction() as session:
        if session.get(Meeting, meeting_id) is None:
            raise NotFoundError(translate("packs", "That session no longer exists."))
        for ref in refs:
            _handout(session, ref)  # refuses unknown handouts
        chosen = session.get(SessionHandouts, meeting_id) or SessionHandouts(meeting_id=meeting_id)
        chosen.handouts = ",".join(refs)
        session.add(chosen)


# -- support lines --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SupportLineRow:
    line: SupportLine
    checked_on: dt.date | None


def support_lines(store: Store) -> list[SupportLineRow]:
    """The signposting list; on first use, the default UK list from resources/."""
    with store.transaction() as session:
        _ensure_support_lines(session)
        return [
            SupportLineRow(
                SupportLine(row.name, row.contact, row.hours, row.description, row.source),
                row.checked_on,
            )
            for row in session.scalars(select(SupportLineEntry).order_by(SupportLineEntry.position))
        ]


def save_support_lines(store: Store, lines: list[SupportLineRow]) -> list[SupportLineRow]:
    with store.transaction() as session:
        _ensure_support_lines(session)
        session.execute(delete(SupportLineEntry))
        for position, row in enumerate(lines):
            line = row.line
            session.add(
                SupportLineEntry(
                    position=position,
                    name=validation.required_text(
                        line.name,
                        120,
                        translate("packs", "Please enter the name of each service."),
                        translate(
                            "packs",
                            "The name of each service can be at most {max_length} characters.",
                        ),
                    ),
                    contact=validation.required_text(
                        line.contact,
                        200,
                        translate("packs", "Please enter how to contact it."),
                        translate(
                            "packs", "How to contact it can be at most {max_length} characters."
                        ),
                    ),
                    hours=validation.optional_text(
                        line.hours,
                        200,
                        translate("packs", "The hours can be at most {max_length} characters."),
                    ),
                    description=validation.optional_text(
                        line.description,
                        1000,
                        translate(
                            "packs", "What it is for can be at most {max_length} characters."
                        ),
                    ),
                    source=validation.optional_text(
                        line.source,
                        200,
                        translate(
                            "packs", "Where it was checked can be at most {max_length} characters."
                        ),
                    ),
                    checked_on=row.checked_on,
                )
            )
    return support_lines(store)


def _ensure_support_lines(session: Session) -> None:
    if session.scalar(select(func.count(SupportLineEntry.id))):
        return
    data = json.loads(_template("signposting.json"))
    checked = dt.date.fromisoformat(data["checked_on"])
    for position, line in enumerate(data["lines"]):
        session.add(
            SupportLineEntry(
                position=position,
                name=line["name"],
                contact=line["contact"],
                hours=line["hours"],
                description=line["description"],
                source=line["source"],
                checked_on=checked,
            )
        )
    session.flush()


def support_note() -> str:
    return str(json.loads(_template("signposting.json"))["note"])


# -- handout library ------------------------------------------------------------------------------
def list_handouts(store: Store) -> list[HandoutChoice]:
    choices = [
        HandoutChoice(f"builtin:{key}", handout.title, False, None)
        for key, handout in builtin_handouts().items()
    ]
    with store.reading() as session:
        for handout_id, title, pages in session.execute(
            select(ImportedHandout.id, ImportedHandout.title, ImportedHandout.pages).order_by(
                func.lower(ImportedHandout.title)
            )
        ):
            choices.append(HandoutChoice(f"imported:{handout_id}", title, True, pages))
    return choices


def import_handout(store: Store, title: str, pdf: bytes) -> HandoutChoice:
    """Add one of the group's own PDFs to the library, after checking it can be printed."""
    clean_title = validation.required_text(
        title,
        200,
        translate("packs", "Please enter a title for the handout."),
        translate("packs", "A title for the handout can be at most {max_length} characters."),
    )
    if len(pdf) > MAX_IMPORT_BYTES:
        raise ValidationError(
            translate("packs", "That PDF is larger than 20 MB; please use a smaller file.")
        )
    pages = pdf_pages(pdf)
    with store.transaction() as session:
        row = ImportedHandout(title=clean_title, pdf=pdf, pages=pages)
        session.add(row)
        session.flush()
        return HandoutChoice(f"imported:{row.id}", clean_title, True, pages)


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF we can merge; a clear message for a damaged or locked one."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise ValidationError(
                translate(
                    "packs",
                    "That PDF is protected with a password, so it cannot be added to packs. "
                    "Save an unprotected copy and import that.",
                )
            )
        return len(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise ValidationError(
            translate("packs", "That file could not be read as a PDF ({error}).").format(
                error=error
            )
        ) from error


def remove_handout(store: Store, ref: str) -> None:
    if not ref.startswith("imported:"):
        raise ValidationError(
            translate("packs", "Built-in handouts cannot be removed; just leave them unticked.")
        )
    with store.transaction() as session:
        session.execute(delete(ImportedHandout).where(ImportedHandout.id == int(ref.split(":")[1])))


def _handout(session: Session, ref: str) -> Handout:
    kind, _, key = ref.partition(":")
    if kind == "builtin" and key in builtin_handouts():
        return builtin_handouts()[key]
    if kind == "imported" and key.isdigit():
        row = session.get(ImportedHandout, int(key))
        if row is not None:
            return Handout(title=row.title, pdf=row.pdf)
    raise ValidationError(
        translate("packs", "The handout “{ref}” is not in the library any more.").format(ref=ref)
    )


# -- one session's pack -------------------------------------------------------------------------
def pack_data(
    store: Store, meeting_id: int, *, today: dt.date, overrides: PackSettings | None = None
) -> PackData:
    """Everything the pack for one session needs; ``problems`` says what is missing."""
    meeting = get_meeting(store, meeting_id)
    venue = get_venue(store, meeting.venue_id) if meeting.venue_id is not None else None
    lines = support_lines(store)
    problems: list[str] = []
    with store.transaction() as session:
        group = session.get(Group, meeting.group_id)
        assert group is not None
        settings = overrides or _settings(session, group.id)
        version = (
            version_row(session, default_version_id(session))
            if "consent_forms" in settings.sections
            else None
        )
        refs = settings.handouts if overrides else _session_handouts(session, meeting.id)
        handouts = []
        for ref in refs:
            try:
                handouts.append(_handout(session, ref))
            except ValidationError as error:
                problems.append(str(error))
        expected = _expected_attendance(session, meeting.group_id, meeting.date)
        names = (
            _regular_names(session, meeting.group_id, meeting.date)
            if (settings.sign_in_names and not group.headcount_only)
            else ()
        )
        headcount_only = group.headcount_only
    problems.extend(
        translate(
            "packs",
            "The pack settings name a part peerdesk does not know (“{name}”); it was left out.",
        ).format(name=name)
        for name in settings.unknown_sections
    )
    facilitators = facilitators_for(store, meeting.id)
    if "cover" in settings.sections and not facilitators:
        problems.append(translate("packs", "No facilitators are on the rota for this session yet."))
    if meeting.is_cancelled:
        problems.append(
            translate("packs", "This session is cancelled: {cancel_reason}.").format(
                cancel_reason=meeting.cancel_reason
            )
        )
    if venue is None:
        problems.append(translate("packs", "This session has no venue yet."))
    checked = [row.checked_on for row in lines if row.checked_on is not None]
    return PackData(
        meeting=meeting,
        group_name=meeting.group_name,
        venue=venue,
        headcount_only=headcount_only,
        facilitators=facilitators,
        contacts=settings.contacts,
        what_to_bring=settings.what_to_bring or default_what_to_bring(),
        plan=settings.plan or default_plan(),
        agreement=settings.agreement or default_agreement(),
        sign_in_names=names,
        consent=version,
        consent_copies=settings.consent_copies,
        handouts=tuple(handouts),
        support_lines=tuple(row.line for row in lines),
        support_checked_on=min(checked) if checked else None,
        support_note=support_note(),
        sections=settings.sections,
        facilitator_copies=max(len(facilitators), DEFAULT_FACILITATORS),
        participant_copies=expected + settings.spare_copies,
        problems=tuple(problems),
    )


def _expected_attendance(session: Session, group_id: int, before: dt.date) -> int:
    """Everyone who came (named and unnamed) at the last few sessions, on average, rounded up."""
    recent = session.execute(
        select(Meeting.id, Meeting.anonymous_count)
        .where(
            Meeting.group_id == group_id, Meeting.date < before, Meeting.status == MEETING_SCHEDULED
        )
        .order_by(Meeting.date.desc())
        .limit(RECENT_SESSIONS)
    ).all()
    if not recent:
        return FIRST_GUESS
    ids = [meeting_id for meeting_id, _ in recent]
    named = (
        session.scalar(
            select(func.count(Attendance.id)).where(
                Attendance.meeting_id.in_(ids), Attendance.status == ATTENDANCE_PRESENT
            )
        )
        or 0
    )
    total = named + sum(count for _, count in recent)
    return max(1, math.ceil(total / len(recent)))


def _regular_names(session: Session, group_id: int, before: dt.date) -> tuple[str, ...]:
    """Preferred names of people seen at the group in the last three months (only if asked)."""
    since = before - dt.timedelta(days=91)
    names = session.scalars(
        select(Person.preferred_name)
        .join(Attendance, Attendance.person_id == Person.id)
        .join(Meeting, Attendance.meeting_id == Meeting.id)
        .where(
            Meeting.group_id == group_id,
            Meeting.date >= since,
            Meeting.date < before,
            Attendance.status == ATTENDANCE_PRESENT,
            Person.archived_at.is_(None),
        )
        .group_by(Person.id, Person.preferred_name)
        .order_by(func.lower(Person.preferred_name))
    ).all()
    return tuple(names)


def pack_file_name(meeting: MeetingRow) -> str:
    """ "2026-11-24 Tuesday Evening Drop-in.pdf": sorts by date, safe on every system."""
    group = re.sub(r"[^\w\- ']+", "", meeting.group_name).strip() or "group"
    return f"{meeting.date.isoformat()} {group}.pdf"
