"""The group's settings that travel with its records: how soon an idle window locks, and how
long someone may go without coming before the retention review lists them.

They live in the database, not on one laptop, because they are the group's data-protection
choices: a new organiser taking over the file takes them over too. Each change is logged.
Values are stored as text and read back checked: a value out of range or unreadable (an old
or hand-edited file) falls back to the default rather than stopping the program.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from peerdesk.core import audit
from peerdesk.core.errors import ValidationError
from peerdesk.core.models import Setting
from peerdesk.core.retention import DEFAULT_MONTHS
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 120)
RETENTION_RANGE = (6, 120)
_AUTO_LOCK = "auto_lock_minutes"
_RETENTION = "retention_months"


@dataclass(frozen=True)
class GroupSettings:
    auto_lock_minutes: int = AUTO_LOCK_MINUTES
    retention_months: int = DEFAULT_MONTHS


def _number(text: str | None, limits: tuple[int, int], default: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    low, high = limits
    return value if low <= value <= high else default


def read_settings(store: Store) -> GroupSettings:
    with store.reading() as session:
        stored = {row.name: row.value for row in session.scalars(select(Setting))}
    return GroupSettings(
        auto_lock_minutes=_number(stored.get(_AUTO_LOCK), AUTO_LOCK_RANGE, AUTO_LOCK_MINUTES),
        retention_months=_number(stored.get(_RETENTION), RETENTION_RANGE, DEFAULT_MONTHS),
    )


def check_settings(settings: GroupSettings) -> GroupSettings:
    low, high = AUTO_LOCK_RANGE
    if not low <= settings.auto_lock_minutes <= high:
        raise ValidationError(
            translate(
                "settings",
                "Lock after between {low} and {high} minutes without use: a window "
                "left open for longer shows the records to whoever passes.",
            ).format(low=low, high=high)
        )
    low, high = RETENTION_RANGE
    if not low <= settings.retention_months <= high:
        raise ValidationError(
            translate(
                "settings", "Choose between {low} and {high} months for the retention review."
            ).format(low=low, high=high)
        )
    return settings


def save_settings(store: Store, settings: GroupSettings) -> None:
    """Save ``settings`` (checked first; nothing is saved if a value is out of range)."""
    check_settings(settings)
    before = read_settings(store)
    values = {_AUTO_LOCK: settings.auto_lock_minutes, _RETENTION: settings.retention_months}
    with store.transaction() as session:
        for name, value in values.items():
            session.merge(Setting(name=name, value=str(value)))
        changes = []
        if before.auto_lock_minutes != settings.auto_lock_minutes:
            changes.append(f"auto-lock after {settings.auto_lock_minutes} minutes")
        if before.retention_months != settings.retention_months:
            changes.append(f"retention review after {settings.retention_months} months")
        if changes:
            audit.record_in(
                session, audit.SETTINGS, "Settings changed: " + "; ".join(changes) + "."
            )
