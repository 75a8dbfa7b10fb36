"""Attendance, the anonymous headcount of each session, and headcount-only groups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("headcount_only", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("anonymous_count", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint(
            "headcount_in_range", "anonymous_count >= 0 AND anonymous_count <= 500"
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("is_facilitator", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('present', 'apologies')", name=op.f("ck_attendance_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_attendance_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "person_id", name="uq_attendance_meeting_person"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_person", ["person_id"], unique=False)


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
