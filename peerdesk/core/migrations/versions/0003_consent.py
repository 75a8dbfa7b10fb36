"""Consent: forms with versioned wording and purposes, an append-only history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:45:27.298628
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("trim(name) <> ''", name=op.f("ck_consent_forms_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_forms")),
        sa.UniqueConstraint("name", name=op.f("uq_consent_forms_name")),
    )
    op.create_table(
        "erasures_in_progress",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_erasures_in_progress")),
    )
    op.create_table(
        "consent_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("review_months", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "review_months >= 1 AND review_months <= 120",
            name=op.f("ck_consent_versions_review_in_range"),
        ),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["consent_forms.id"],
            name=op.f("fk_consent_versions_form_id_consent_forms"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_versions")),
        sa.UniqueConstraint("form_id", "number", name="uq_consent_versions_form_number"),
    )
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("purpose_key", sa.String(length=40), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("paper_ref", sa.String(length=80), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('granted', 'refused', 'withdrawn')",
            name=op.f("ck_consent_events_decision_known"),
        ),
        sa.CheckConstraint(
            "method IN ('paper', 'verbal', 'written')", name=op.f("ck_consent_events_method_known")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_consent_events_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["consent_versions.id"],
            name=op.f("fk_consent_events_version_id_consent_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_events_person_purpose", ["person_id", "purpose_key"], unique=False
        )

    op.create_table(
        "consent_purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["consent_versions.id"],
            name=op.f("fk_consent_purposes_version_id_consent_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_purposes")),
        sa.UniqueConstraint("version_id", "key", name="uq_consent_purposes_version_key"),
    )
    _history_triggers()


# The history is append-only and agreed wording is frozen: enforced by the database itself,
# so no code path (or hand-edit with a database tool) can quietly rewrite what someone agreed to.
SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
    BEGIN
        SELECT RAISE(ABORT, 'consent history is append-only');
    END
    """,
    """
    CREATE TRIGGER consent_events_kept BEFORE DELETE ON consent_events
    WHEN NOT EXISTS (SELECT 1 FROM erasures_in_progress WHERE person_id = OLD.person_id)
    BEGIN
        SELECT RAISE(ABORT, 'consent history is append-only');
    END
    """,
    """
    CREATE TRIGGER consent_versions_frozen BEFORE UPDATE ON consent_versions
    WHEN EXISTS (SELECT 1 FROM consent_events WHERE version_id = OLD.id)
    BEGIN
        SELECT RAISE(ABORT, 'this consent wording has been agreed to and cannot change');
    END
    """,
    """
    CREATE TRIGGER consent_purposes_frozen_update BEFORE UPDATE ON consent_purposes
    WHEN EXISTS (SELECT 1 FROM consent_events WHERE version_id = OLD.version_id)
    BEGIN
        SELECT RAISE(ABORT, 'this consent wording has been agreed to and cannot change');
    END
    """,
    """
    CREATE TRIGGER consent_purposes_frozen_insert BEFORE INSERT ON consent_purposes
    WHEN EXISTS (SELECT 1 FROM consent_events WHERE version_id = NEW.version_id)
    BEGIN
        SELECT RAISE(ABORT, 'this consent wording has been agreed to and cannot change');
    END
    """,
    """
    CREATE TRIGGER consent_purposes_frozen_delete BEFORE DELETE ON consent_purposes
    WHEN EXISTS (SELECT 1 FROM consent_events WHERE version_id = OLD.version_id)
    BEGIN
        SELECT RAISE(ABORT, 'this consent wording has been agreed to and cannot change');
    END
    """,
)


def _history_triggers() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("write the equivalent triggers for this database engine")
    for statement in SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
