"""The group's settings: kept in the database, checked, logged, and never fatal when odd."""

from __future__ import annotations

import pytest

from peerdesk.core import audit
from peerdesk.core.errors import ValidationError
from peerdesk.core.models import Setting
from peerdesk.core.retention import DEFAULT_MONTHS
from peerdesk.core.settings import (
    AUTO_LOCK_MINUTES,
    AUTO_LOCK_RANGE,
    RETENTION_RANGE,
    GroupSettings,
    read_settings,
    save_settings,
)
from peerdesk.core.storage import Store, open_store


def test_a_new_database_has_the_defaults(store: Store) -> None:
    assert read_settings(store) == GroupSettings(AUTO_LOCK_MINUTES, DEFAULT_MONTHS)


def test_saved_settings_survive_closing_and_are_logged(store: Store) -> None:
    save_settings(store, GroupSettings(auto_lock_minutes=10, retention_months=18))
    path = store.path
    store.close()
    with open_store(path) as again:
        assert read_settings(again) == GroupSettings(10, 18)
        (logged,) = audit.list_events(again)
        assert logged.action == audit.SETTINGS
        assert "auto-lock after 10 minutes" in logged.detail
        assert "18 months" in logged.detail
        save_settings(again, GroupSettings(10, 18))  # nothing changed: nothing logged
        assert len(audit.list_events(again)) == 1


@pytest.mark.parametrize(
    "bad",
    [
        GroupSettings(auto_lock_minutes=AUTO_LOCK_RANGE[0] - 1),
        GroupSettings(auto_lock_minutes=AUTO_LOCK_RANGE[1] + 1),
        GroupSettings(retention_months=RETENTION_RANGE[0] - 1),
        GroupSettings(retention_months=RETENTION_RANGE[1] + 1),
    ],
)
def test_out_of_range_values_are_refused_and_nothing_is_saved(
    store: Store, bad: GroupSettings
) -> None:
    save_settings(store, GroupSettings(7, 24))
    with pytest.raises(ValidationError):
        save_settings(store, bad)
    assert read_settings(store) == GroupSettings(7, 24)


def test_an_unreadable_stored_value_falls_back_to_the_default(store: Store) -> None:
    with store.transaction() as session:
        session.add(Setting(name="auto_lock_minutes", value="soon"))
        session.add(Setting(name="retention_months", value="9999"))
    assert read_settings(store) == GroupSettings(AUTO_LOCK_MINUTES, DEFAULT_MONTHS)
