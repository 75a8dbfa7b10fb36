"""Alembic environment: always run on a connection handed over by ``runner.upgrade_to_head``."""

from __future__ import annotations

from alembic import context

from peerdesk.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("peerdesk migrations run through peerdesk.core.storage, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
