"""Pack choices: paper and print size remembered per group; handouts chosen per session.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 20:40:15.741058
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_handouts",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("handouts", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_session_handouts_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_session_handouts")),
    )
    with op.batch_alter_table("group_pack_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("paper", sa.String(length=8), server_default="A4", nullable=False)
        )
        batch_op.add_column(
            sa.Column("large_print", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint("paper_known", "paper IN ('A4', 'Letter')")


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
