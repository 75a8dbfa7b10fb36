"""Session packs: per-group pack settings, the support lines, imported handouts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 20:05:18.857916
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_handouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("trim(title) <> ''", name=op.f("ck_imported_handouts_title_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_handouts")),
    )
    op.create_table(
        "support_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.CheckConstraint("trim(name) <> ''", name=op.f("ck_support_lines_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_lines")),
    )
    op.create_table(
        "group_pack_settings",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("consent_copies", sa.Integer(), nullable=False),
        sa.Column("spare_copies", sa.Integer(), nullable=False),
        sa.Column("sign_in_names", sa.Boolean(), nullable=False),
        sa.Column("agreement", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("what_to_bring", sa.Text(), nullable=False),
        sa.Column("handouts", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "consent_copies >= 0 AND consent_copies <= 50",
            name=op.f("ck_group_pack_settings_consent_copies"),
        ),
        sa.CheckConstraint(
            "spare_copies >= 0 AND spare_copies <= 50",
            name=op.f("ck_group_pack_settings_spare_copies"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_pack_settings_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_group_pack_settings")),
    )


def downgrade() -> None:
    # peerdesk never downgrades: a newer file is refused, and a copy is kept before upgrading.
    raise NotImplementedError("peerdesk does not downgrade databases")
