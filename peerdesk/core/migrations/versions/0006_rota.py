"""Facilitator rota: profiles, groups facilitated, away ranges, rules per group, assignments.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 20:58:59.051083
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facilitator_away",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.CheckConstraint('"end" >= start', name=op.f("ck_facilitator_away_end_after_start")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_facilitator_away_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitator_away")),
    )
    op.create_table(
        "facilitators",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("experienced", sa.Boolean(), nullable=False),
        sa.Column("sessions_per_month", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "sessions_per_month >= 0 AND sessions_per_month <= 31",
            name=op.f("ck_facilitators_offer_in_range"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_facilitators_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_facilitators")),
    )
    op.create_table(
        "facilitator_groups",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_facilitator_groups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_facilitator_groups_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "group_id", name=op.f("pk_facilitator_groups")),
    )
    op.create_table(
        "rota_rules",
        sa.Column("group_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("per_session", sa.Integer(), server_default="2", nullable=False),
        sa.Column("need_experienced", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("learner_needs_experienced", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("max_in_a_row", sa.Integer(), server_default="2", nullable=False),
        sa.Column("respect_offer", sa.Boolean(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "max_in_a_row >= 1 AND max_in_a_row <= 52",
            name=op.f("ck_rota_rules_max_in_a_row_in_range"),
        ),
        sa.CheckConstraint(
            "per_session >= 1 AND per_session <= 6", name=op.f("ck_rota_rules_per_session_in_range")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_rota_rules_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_rota_rules")),
    )
    op.create_table(
        "rota_assignments",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_rota_assignments_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_rota_assignments_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_rota_assignments")),
    )
    with op.batch_alter_table("rota_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_rota_assignments_person", ["person_id"], unique=False)


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
