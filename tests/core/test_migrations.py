"""Migrations: the models and the migrated schema agree, and older databases open with all rows."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from peerdesk.core import attendance, groups, people, schedule, venues
from peerdesk.core.migrations.revisions import HEAD, KNOWN_REVISIONS
from peerdesk.core.migrations.runner import script_revisions
from peerdesk.core.models import Base
from peerdesk.core.storage import Store, open_store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_known_revisions_match_alembics_history() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()
    assert script_revisions()[-1] == HEAD


def test_upgrading_an_empty_database_gives_exactly_the_models_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


# One fixture per released schema: made by that version with `peerdesk demo --seed 1`, with the
# row counts it held. A later version must open each of them with nothing lost.
RELEASED = {
    "schema-0001.sqlite3": {"groups": 5, "venues": 4, "people": 64, "meetings": 536},
    "schema-0002.sqlite3": {
        "groups": 5,
        "venues": 4,
        "people": 64,
        "meetings": 536,
        "attendance": 3496,
        "anonymous": 629,
    },
    "schema-0005.sqlite3": {
        "groups": 5,
        "venues": 4,
        "people": 64,
        "meetings": 536,
        "attendance": 3496,
        "anonymous": 629,
        "consent_events": 415,
    },
    "schema-0006.sqlite3": {
        "groups": 5,
        "venues": 4,
        "people": 64,
        "meetings": 536,
        "attendance": 3496,
        "anonymous": 629,
        "consent_events": 415,
        "facilitators": 11,
        "rota_assignments": 60,
    },
    "schema-0007.sqlite3": {
        "groups": 5,
        "venues": 4,
        "people": 64,
        "meetings": 537,
        "attendance": 3506,
        "anonymous": 631,
        "consent_events": 385,
        "facilitators": 11,
        "rota_assignments": 266,
        "facilitator_trainings": 16,
        "audit_events": 1,
    },
}


@pytest.mark.parametrize("name", sorted(RELEASED))
def test_databases_from_earlier_versions_open_with_nothing_lost(
    name: str, tmp_path: Path, today: dt.date
) -> None:
    copy = tmp_path / name
    shutil.copyfile(FIXTURES / name, copy)
    with open_store(copy) as opened:
        assert opened.schema_state().is_current
        expected = RELEASED[name]
        all_groups = groups.list_groups(opened, today=today, include_archived=True)
        assert len(all_groups) == expected["groups"]
        assert len(venues.list_venues(opened, include_archived=True)) == expected["venues"]
        assert len(people.list_people(opened, include_archived=True)) == expected["people"]
        meetings = schedule.list_meetings(opened, include_archived_groups=True)
        assert len(meetings) == expected["meetings"]
        if "attendance" in expected:
            with opened.engine.connect() as connection:
                rows = connection.exec_driver_sql("SELECT count(*) FROM attendance").scalar()
                anonymous = connection.exec_driver_sql(
                    "SELECT sum(anonymous_count) FROM meetings"
                ).scalar()
            assert (rows, anonymous) == (expected["attendance"], expected["anonymous"])
        if "consent_events" in expected:
            with opened.engine.connect() as connection:
                events = connection.exec_driver_sql("SELECT count(*) FROM consent_events").scalar()
            assert events == expected["consent_events"]
        for table in ("facilitators", "rota_assignments", "facilitator_trainings", "audit_events"):
            if table in expected:
                with opened.engine.connect() as connection:
                    found = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                assert found == expected[table], table


def test_a_copy_of_the_old_file_is_kept_before_upgrading(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", copy)
    open_store(copy).close()
    (kept,) = tmp_path.glob("old.before-upgrade-0001-*.sqlite3")
    connection = sqlite3.connect(kept)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT count(*) FROM people").fetchone() == (64,)
    finally:
        connection.close()


def test_an_upgrade_keeps_sessions_and_adds_an_empty_headcount(
    tmp_path: Path, today: dt.date
) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", copy)
    with open_store(copy) as opened:
        meetings = schedule.list_meetings(opened, include_archived_groups=True)
        register = attendance.load_register(opened, meetings[0].id)
        assert register.anonymous_count == 0 and register.named_present == 0
        assert not any(g.headcount_only for g in groups.list_groups(opened, today=today))


def test_an_upgraded_database_guards_its_consent_history(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0002.sqlite3", copy)
    open_store(copy).close()
    connection = sqlite3.connect(copy)
    try:
        triggers = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    finally:
        connection.close()
    assert {"consent_events_append_only", "consent_events_kept", "consent_versions_frozen"} <= (
        triggers
    )


def test_pack_settings_from_schema_0004_survive_the_upgrade(tmp_path: Path, today: dt.date) -> None:
    from peerdesk.core import packs

    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0004.sqlite3", copy)
    with open_store(copy) as opened:
        group = groups.find_group(opened, "Women's Circle", today=today)
        settings = packs.pack_settings(opened, group.id)
        assert settings.sections == ("cover", "agreement", "sign_in")
        assert settings.contacts == "Priya 07700 900111"
        assert (settings.paper, settings.large_print) == ("A4", False)
        assert [h.title for h in packs.list_handouts(opened) if h.imported] == ["Our leaflet"]
        assert len(packs.support_lines(opened)) == 7


def test_a_rota_from_schema_0006_keeps_its_locks_and_gains_the_usual_trainings(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0006.sqlite3", copy)
    with open_store(copy) as opened, opened.engine.connect() as connection:
        locked = connection.exec_driver_sql(
            "SELECT count(*) FROM rota_assignments WHERE locked"
        ).scalar()
        kinds = [
            name
            for (name,) in connection.exec_driver_sql("SELECT name FROM training_kinds ORDER BY id")
        ]
    assert locked == 1
    assert kinds == ["Safeguarding", "First aid", "Peer support training"]
