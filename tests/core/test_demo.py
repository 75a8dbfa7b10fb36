"""The demo database: realistic, made-up, the same for the same seed, never over real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk.core import demo, groups, people, schedule, venues
from peerdesk.core.errors import ValidationError
from peerdesk.core.storage import Store, open_store


def _snapshot(store: Store, today: dt.date) -> tuple[object, ...]:
    return (
        [
            (g.name, g.rrule, g.start_date)
            for g in groups.list_groups(store, today=today, include_archived=True)
        ],
        [
            (p.preferred_name, p.full_name, p.phone, p.email)
            for p in people.list_people(store, include_archived=True)
        ],
        [
            (m.date, m.status_text)
            for m in schedule.list_meetings(store, include_archived_groups=True)
        ],
    )


def test_the_small_demo_has_every_kind_of_thing(demo_store: Store, today: dt.date) -> None:
    all_groups = groups.list_groups(demo_store, today=today, include_archived=True)
    assert len(all_groups) == 5 and sum(g.archived for g in all_groups) == 1
    assert {g.schedule_text for g in all_groups} >= {
        "Every Tuesday",
        "Every other Thursday",
        "First Monday of the month",
    }
    assert len(venues.list_venues(demo_store)) == 4
    everyone = people.list_people(demo_store, include_archived=True)
    assert 50 <= len(everyone) <= 80
    assert any(p.phone for p in everyone) and any(not p.full_name for p in everyone)
    assert all(p.phone == "" or p.phone.startswith("07700 900") for p in everyone)
    assert all(p.email == "" or p.email.endswith("@example.org") for p in everyone)
    upcoming = schedule.upcoming_meetings(demo_store, today)
    statuses = {m.status_text.split(":")[0] for m in upcoming}
    assert {"As usual", "Moved"} <= statuses


def test_the_same_seed_gives_the_same_data(tmp_path: Path, today: dt.date) -> None:
    snapshots = []
    for name in ("a.sqlite3", "b.sqlite3"):
        with open_store(tmp_path / name) as opened:
            demo.populate(opened, seed=7, today=today)
            snapshots.append(_snapshot(opened, today))
    assert snapshots[0] == snapshots[1]
    with open_store(tmp_path / "c.sqlite3") as other:
        demo.populate(other, seed=8, today=today)
        assert _snapshot(other, today) != snapshots[0]


def test_a_database_with_data_is_refused_unless_forced(store: Store, today: dt.date) -> None:
    people.create_person(store, people.PersonInput("A real member"))
    with pytest.raises(ValidationError, match="already holds data"):
        demo.populate(store, today=today)
    assert [p.preferred_name for p in people.list_people(store)] == ["A real member"]
    demo.populate(store, today=today, force=True)
    names = [p.preferred_name for p in people.list_people(store, include_archived=True)]
    assert "A real member" not in names and len(names) > 50


@pytest.mark.slow
def test_the_large_demo_has_thousands_of_people_and_ten_years(store: Store, today: dt.date) -> None:
    demo.populate(store, size="large", today=today)
    assert len(people.list_people(store, include_archived=True)) == 5000
    assert len(groups.list_groups(store, today=today)) == 20
    first = schedule.list_meetings(store, limit=1)[0]
    assert (today - first.date).days >= 3650
