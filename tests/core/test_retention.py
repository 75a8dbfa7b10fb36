"""Retention review: who has not been seen for a long time (and who is plainly still involved)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.core import attendance, groups, people, retention, schedule
from peerdesk.core.errors import ValidationError
from peerdesk.core.storage import Store


def _meeting_on_or_after(store: Store, group_id: int, day: dt.date) -> int:
    found = schedule.list_meetings(store, group_id=group_id, date_from=day)
    return found[0].id


def test_people_not_seen_for_a_year_are_listed(store: Store, today: dt.date) -> None:
    start = today - dt.timedelta(days=800)
    group_id = groups.create_group(
        store,
        groups.GroupInput(
            name="Monday Group",
            rrule="FREQ=WEEKLY;BYDAY=MO",
            start_date=start,
            start_time=dt.time(18),
        ),
        today=start,
    ).group.id
    schedule.extend_schedules(store, today)
    ids = {
        name: people.create_person(store, people.PersonInput(preferred_name=name)).id
        for name in ("Old", "Recent", "Never")
    }
    old = _meeting_on_or_after(store, group_id, today - dt.timedelta(days=700))
    recent = _meeting_on_or_after(store, group_id, today - dt.timedelta(days=30))
    attendance.mark(store, old, ids["Old"], "present")
    attendance.mark(store, old, ids["Recent"], "present")
    attendance.mark(store, recent, ids["Recent"], "present")

    found = retention.review(store, today=today)
    assert [d.preferred_name for d in found] == ["Old"]
    assert found[0].attendances == 1 and found[0].last_seen is not None
    # Added today and never seen: not yet due; two years from now, both are.
    later = retention.review(store, today=today + dt.timedelta(days=800))
    assert {d.preferred_name for d in later} == {"Old", "Recent", "Never"}
    with pytest.raises(ValidationError, match="between 1 and 120"):
        retention.review(store, today=today, months=0)


def test_the_command_lists_the_demo_people_to_review(
    demo_store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["retention", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    found = retention.review(demo_store, today=dt.date.today())
    assert found and all(d.preferred_name in out for d in found)
    assert main(["retention", "--database", str(db_path), "--months", "240"]) == 1


def test_the_command_uses_the_groups_retention_setting(
    demo_store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peerdesk.core.settings import GroupSettings, save_settings

    save_settings(demo_store, GroupSettings(retention_months=6))
    assert main(["retention", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    found = retention.review(demo_store, today=dt.date.today(), months=6)
    assert "6 months" in out and all(d.preferred_name in out for d in found)
    assert len(found) > len(retention.review(demo_store, today=dt.date.today()))
