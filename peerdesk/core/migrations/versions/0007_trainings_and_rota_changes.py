"""Trainings on facilitator profiles (an editable list of kinds), when each facilitator started,
a history of rota changes, and the audit log (append-only).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 21:28:54.248311
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels = None
depends_on = None


AUDIT_TRIGGERS = (
    """
    CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    """
    CREATE TRIGGER audit_events_kept BEFORE DELETE ON audit_events
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
)


def upgrade() -> None:
    op.create_table(
        "training_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_kinds")),
        sa.UniqueConstraint("name", name=op.f("uq_training_kinds_name")),
    )
    op.create_table(
        "facilitator_trainings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["training_kinds.id"],
            name=op.f("fk_facilitator_trainings_kind_id_training_kinds"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_facilitator_trainings_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitator_trainings")),
        sa.UniqueConstraint("person_id", "kind_id", "completed_on", name="uq_facilitator_training"),
    )
    op.create_table(
        "rota_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("person_out_id", sa.Integer(), nullable=True),
        sa.Column("person_in_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('swap', 'add', 'remove')", name=op.f("ck_rota_changes_kind_known")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_rota_changes_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_in_id"],
            ["people.id"],
            name=op.f("fk_rota_changes_person_in_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_out_id"],
            ["people.id"],
            name=op.f("fk_rota_changes_person_out_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rota_changes")),
    )
    with op.batch_alter_table("rota_changes", schema=None) as batch_op:
        batch_op.create_index("ix_rota_changes_meeting", ["meeting_id"], unique=False)

    op.add_column("facilitators", sa.Column("since", sa.Date(), nullable=True))
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_at", ["at"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in AUDIT_TRIGGERS:
            op.execute(statement)
    # The usual trainings, so that the list is not empty; groups can rename or add to it.
    kinds = sa.table("training_kinds", sa.column("name", sa.String))
    op.bulk_insert(
        kinds,
        [{"name": "Safeguarding"}, {"name": "First aid"}, {"name": "Peer support training"}],
    )


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
