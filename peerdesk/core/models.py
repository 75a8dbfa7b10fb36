"""The typed SQLAlchemy models: groups, venues, sessions (``Meeting``) and people.

Constraints live in the database as well as in Python. Only SQL that both SQLite and PostgreSQL
understand is used here; anything engine-specific stays in ``core/storage.py``.

There is deliberately no clinical field anywhere (diagnosis, medication, clinical notes ...):
``tests/core/test_no_clinical_fields.py`` checks the whole schema for them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so that Alembic migrations can refer to them on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MEETING_SCHEDULED = "scheduled"
MEETING_CANCELLED = "cancelled"

# Absent is the absence of a row: nothing is stored about people who did not come.
ATTENDANCE_PRESENT = "present"
ATTENDANCE_APOLOGIES = "apologies"

# Far above any real group; stops a slip of the keyboard (2000 instead of 20) being saved.
MAX_HEADCOUNT = 500


def utcnow() -> dt.datetime:
    """Timestamps are stored as naive UTC, which every engine handles the same way."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Venue(Base):
    __tablename__ = "venues"
    __table_args__ = (CheckConstraint("trim(name) <> ''", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    step_free: Mapped[bool] = mapped_column(Boolean, default=False)
    hearing_loop: Mapped[bool] = mapped_column(Boolean, default=False)
    accessible_toilet: Mapped[bool] = mapped_column(Boolean, default=False)
    transport: Mapped[str] = mapped_column(Text, default="")
    access_notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("trim(name) <> ''", name="name_not_blank"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint(
            "duration_minutes > 0 AND duration_minutes <= 1440", name="duration_in_a_day"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # An RFC 5545 RRULE value (without DTSTART), e.g. "FREQ=MONTHLY;BYDAY=+1TU".
    rrule: Mapped[str] = mapped_column(String(255))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    default_venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venues.id", ondelete="SET NULL")
    )
    # Some groups never take names: they only count who came.
    headcount_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    default_venue: Mapped[Venue | None] = relationship()
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True
    )


class Meeting(Base):
    """One gathering of a group; the user sees the word "session"."""

    __tablename__ = "meetings"
    __table_args__ = (
        # One row per occurrence of the schedule, so regenerating is idempotent.
        UniqueConstraint("group_id", "scheduled_date", name="uq_meetings_group_occurrence"),
        CheckConstraint("status IN ('scheduled', 'cancelled')", name="status_known"),
        CheckConstraint(
            "status <> 'cancelled' OR cancel_reason IS NOT NULL", name="cancel_has_reason"
        ),
        CheckConstraint(
            "duration_minutes > 0 AND duration_minutes <= 1440", name="duration_in_a_day"
        ),
        CheckConstraint(
            f"anonymous_count >= 0 AND anonymous_count <= {MAX_HEADCOUNT}",
            name="headcount_in_range",
        ),
        Index("ix_meetings_date", "date"),
        Index("ix_meetings_group_date", "group_id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    # The schedule occurrence this session stands for; NULL for a one-off extra session.
    scheduled_date: Mapped[dt.date | None] = mapped_column(Date)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=MEETING_SCHEDULED)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # Moved, cancelled or added by hand: regenerating the schedule leaves it alone.
    changed_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    # People who came but are not named: counted, never named.
    anonymous_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    group: Mapped[Group] = relationship(back_populates="meetings")
    venue: Mapped[Venue | None] = relationship()

    @property
    def is_one_off(self) -> bool:
        return self.scheduled_date is None


class Person(Base):
    """Someone the group knows. Only a preferred name is required."""

    __tablename__ = "people"
    __table_args__ = (CheckConstraint("trim(preferred_name) <> ''", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    preferred_name: Mapped[str] = mapped_column(String(80), index=True)
    full_name: Mapped[str] = mapped_column(String(160), default="")
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    access_needs: Mapped[str] = mapped_column(Text, default="")
    # Practical notes only (lifts, lifts home, dog); never anything about health.
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Attendance(Base):
    """One named person at one session: present or sent apologies (absent = no row)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance_meeting_person"),
        CheckConstraint("status IN ('present', 'apologies')", name="status_known"),
        Index("ix_attendance_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    # RESTRICT: removing a person must turn their attendance into headcount deliberately,
    # never drop it silently, so that the group's figures stay true.
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16))
    is_facilitator: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


CONSENT_GRANTED = "granted"
CONSENT_REFUSED = "refused"
CONSENT_WITHDRAWN = "withdrawn"
CONSENT_METHODS = ("paper", "verbal", "written")


class ConsentForm(Base):
    """A consent form template; its wording lives in numbered versions."""

    __tablename__ = "consent_forms"
    __table_args__ = (CheckConstraint("trim(name) <> ''", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ConsentVersion(Base):
    """The exact wording a person saw. Once anyone has answered it, it never changes
    (a trigger refuses); a new version supersedes it instead."""

    __tablename__ = "consent_versions"
    __table_args__ = (
        UniqueConstraint("form_id", "number", name="uq_consent_versions_form_number"),
        CheckConstraint("review_months >= 1 AND review_months <= 120", name="review_in_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("consent_forms.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    wording: Mapped[str] = mapped_column(Text)
    # How long a "yes" lasts before it is asked again.
    review_months: Mapped[int] = mapped_column(Integer, default=12)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ConsentPurpose(Base):
    """One separately answerable purpose of a version ("You may phone me ...")."""

    __tablename__ = "consent_purposes"
    __table_args__ = (
        UniqueConstraint("version_id", "key", name="uq_consent_purposes_version_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("consent_versions.id", ondelete="RESTRICT"))
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ConsentEvent(Base):
    """Append-only history: every grant, refusal and withdrawal, who recorded it and how.

    Triggers refuse UPDATE and DELETE, except while the person is being erased.
    """

    __tablename__ = "consent_events"
    __table_args__ = (
        CheckConstraint("decision IN ('granted', 'refused', 'withdrawn')", name="decision_known"),
        CheckConstraint("method IN ('paper', 'verbal', 'written')", name="method_known"),
        Index("ix_consent_events_person_purpose", "person_id", "purpose_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    version_id: Mapped[int] = mapped_column(ForeignKey("consent_versions.id", ondelete="RESTRICT"))
    purpose_key: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(16))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    paper_ref: Mapped[str] = mapped_column(String(80), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ErasureInProgress(Base):
    """Present only inside the transaction that erases a person: the one moment the consent
    history triggers allow that person's events to be deleted."""

    __tablename__ = "erasures_in_progress"

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class GroupPackSettings(Base):
    """How a group's session pack is made. Empty text means "use the default template"."""

    __tablename__ = "group_pack_settings"
    __table_args__ = (
        CheckConstraint("consent_copies >= 0 AND consent_copies <= 50", name="consent_copies"),
        CheckConstraint("spare_copies >= 0 AND spare_copies <= 50", name="spare_copies"),
        CheckConstraint("paper IN ('A4', 'Letter')", name="paper_known"),
    )

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    # Enabled sections in print order, comma-separated (see core.pack_data.SECTIONS).
    sections: Mapped[str] = mapped_column(Text)
    consent_copies: Mapped[int] = mapped_column(Integer, default=3)
    spare_copies: Mapped[int] = mapped_column(Integer, default=2)
    sign_in_names: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")  # JSON list of plan items
    contacts: Mapped[str] = mapped_column(Text, default="")
    what_to_bring: Mapped[str] = mapped_column(Text, default="")
    # Handouts chosen for every session of the group: "builtin:<key>" or "imported:<id>".
    handouts: Mapped[str] = mapped_column(Text, default="")
    paper: Mapped[str] = mapped_column(String(8), default="A4", server_default="A4")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SessionHandouts(Base):
    """Handouts chosen for one session, instead of the group's usual ones."""

    __tablename__ = "session_handouts"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    handouts: Mapped[str] = mapped_column(Text, default="")


class SupportLineEntry(Base):
    """One line of the signposting sheet: kept editable, each with where it was checked."""

    __tablename__ = "support_lines"
    __table_args__ = (CheckConstraint("trim(name) <> ''", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))
    contact: Mapped[str] = mapped_column(String(200))
    hours: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date)


class ImportedHandout(Base):
    """A group's own PDF handout, kept in the database and merged into packs as it is."""

    __tablename__ = "imported_handouts"
    __table_args__ = (CheckConstraint("trim(title) <> ''", name="title_not_blank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pages: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Facilitator(Base):
    """Someone who takes turns facilitating: their offer, usual weekdays and experience."""

    __tablename__ = "facilitators"
    __table_args__ = (
        CheckConstraint(
            "sessions_per_month >= 0 AND sessions_per_month <= 31", name="offer_in_range"
        ),
    )

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    experienced: Mapped[bool] = mapped_column(Boolean, default=False)
    # How many sessions a month they offered, across all their groups.
    sessions_per_month: Mapped[int] = mapped_column(Integer, default=2)
    # Usual weekdays as date.weekday() numbers, comma-separated ("0,1,4"); empty means none.
    weekdays: Mapped[str] = mapped_column(String(20), default="0,1,2,3,4,5,6")
    note: Mapped[str] = mapped_column(Text, default="")
    # When they started facilitating; NULL for those who did before this was recorded.
    since: Mapped[dt.date | None] = mapped_column(Date)


class FacilitatorGroup(Base):
    """A group someone facilitates."""

    __tablename__ = "facilitator_groups"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )


class FacilitatorAway(Base):
    """Days a facilitator is away, both ends included."""

    __tablename__ = "facilitator_away"
    __table_args__ = (CheckConstraint('"end" >= start', name="end_after_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)


class RotaRules(Base):
    """A group's rota rules; a group without a row uses the defaults."""

    __tablename__ = "rota_rules"
    __table_args__ = (
        CheckConstraint("per_session >= 1 AND per_session <= 6", name="per_session_in_range"),
        CheckConstraint("max_in_a_row >= 1 AND max_in_a_row <= 52", name="max_in_a_row_in_range"),
    )

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    per_session: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    need_experienced: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    learner_needs_experienced: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default="1"
    )
    max_in_a_row: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    respect_offer: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class RotaAssignment(Base):
    """One facilitator on one session, with the reason it was chosen; locked ones are kept."""

    __tablename__ = "rota_assignments"
    __table_args__ = (Index("ix_rota_assignments_person", "person_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    reason: Mapped[str] = mapped_column(Text, default="")


class TrainingKind(Base):
    """A kind of training facilitators take (safeguarding, first aid ...); the list is editable."""

    __tablename__ = "training_kinds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class FacilitatorTraining(Base):
    """A training someone completed, and when."""

    __tablename__ = "facilitator_trainings"
    __table_args__ = (
        UniqueConstraint("person_id", "kind_id", "completed_on", name="uq_facilitator_training"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    # A kind still recorded against someone cannot be removed from the list.
    kind_id: Mapped[int] = mapped_column(ForeignKey("training_kinds.id", ondelete="RESTRICT"))
    completed_on: Mapped[dt.date] = mapped_column(Date)


class RotaChange(Base):
    """A change made to the rota by hand (a swap, someone added or taken off), kept as history.

    The rows go with the session, and with either person when they are erased.
    """

    __tablename__ = "rota_changes"
    __table_args__ = (
        CheckConstraint("kind IN ('swap', 'add', 'remove')", name="kind_known"),
        Index("ix_rota_changes_meeting", "meeting_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(8))
    person_out_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    person_in_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Base):
    """What was done and when, for accountability: exports, erasures, restores, hand-overs,
    consent changes. Never names anyone. Append-only (SQLite triggers refuse changes)."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """One of the group's choices that travels with its records (how soon the window locks,
    how long people are kept): a name and a value, read and checked in ``core/settings``."""

    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
