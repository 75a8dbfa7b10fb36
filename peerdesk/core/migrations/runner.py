"""Run Alembic programmatically on an engine made by ``core.storage``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction.

    Foreign keys are switched off meanwhile, as SQLite requires for rebuilding a table (batch
    mode): otherwise rebuilding ``meetings`` would cascade-delete its attendance. The links
    are checked before committing instead.
    """
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"a migration left {len(broken)} broken links")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def script_revisions() -> list[str]:
    """All revisions in Alembic's history, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
