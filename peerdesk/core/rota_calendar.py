"""Calendar files (RFC 5545 .ics) from a rota: one per facilitator, with their sessions, where,
and who they facilitate with. Made with the icalendar package.

Times are "floating" (local wall-clock time, no time zone): a group meets at 18:30 in its hall
whatever zone the laptop or the phone that imports the file is set to.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from icalendar import Calendar, Event

from peerdesk.core.files import write_atomically
from peerdesk.core.rota_explain import names
from peerdesk.core.rota_view import RotaSession, RotaView
from peerdesk.core.text import translate

PRODUCT_ID = "-//peerdesk//facilitator rota//EN"


def _event(session: RotaSession, person_id: int, made_at: dt.datetime) -> Event:
    others = [f.name for f in session.facilitators if f.person_id != person_id]
    event = Event()
    # Stable per session and person, so importing a newer file updates the entry.
    event.add("uid", f"rota-{session.meeting_id}-{person_id}@peerdesk")
    event.add("dtstamp", made_at)
    event.add("dtstart", dt.datetime.combine(session.day, session.start))
    end_day = session.day if session.end > session.start else session.day + dt.timedelta(days=1)
    event.add("dtend", dt.datetime.combine(end_day, session.end))
    event.add(
        "summary",
        translate("rota_calendar", "Facilitating: {group_name}").format(
            group_name=session.group_name
        ),
    )
    where = ", ".join(part for part in (session.venue_name, session.venue_address) if part)
    if where:
        event.add("location", where)
    if others:
        with_whom = translate("rota_calendar", "With {others}.").format(others=names(others))
    elif session.missing:
        with_whom = translate("rota_calendar", "Nobody else is on the rota for this session yet.")
    else:
        with_whom = translate("rota_calendar", "You are facilitating on your own.")
    event.add("description", with_whom)
    return event


def calendars(view: RotaView, *, made_at: dt.datetime | None = None) -> dict[int, bytes]:
    """Person id -> the .ics file of everyone on the rota in the view."""
    stamp = made_at or dt.datetime.now(dt.UTC)
    people: dict[int, str] = {}
    for session in view.sessions:
        for f in session.facilitators:
            people.setdefault(f.person_id, f.name)
    out: dict[int, bytes] = {}
    for person_id, name in people.items():
        calendar = Calendar()
        calendar.add("prodid", PRODUCT_ID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add(
            "x-wr-calname",
            translate("rota_calendar", "{name}: facilitating").format(name=name),
        )
        for session in view.sessions:
            if any(f.person_id == person_id for f in session.facilitators):
                calendar.add_component(_event(session, person_id, stamp))
        out[person_id] = calendar.to_ical()
    return out


def calendar_file_name(name: str, person_id: int, taken: set[str]) -> str:
    """ "Sam rota.ics"; two people with the same name get their number added."""
    safe = re.sub(r"[^\w\- ']+", "", name).strip() or "facilitator"
    file_name = f"{safe} rota.ics"
    if file_name.lower() in taken:
        file_name = f"{safe} {person_id} rota.ics"
    taken.add(file_name.lower())
    return file_name


def write_calendars(
    folder: Path, view: RotaView, *, made_at: dt.datetime | None = None
) -> list[Path]:
    """One .ics file per facilitator on the rota, written into ``folder``; returns the paths.

    Each file is written whole or not at all (``StorageError`` with a reason otherwise).
    """
    files = calendars(view, made_at=made_at)
    who = {f.person_id: f.name for s in view.sessions for f in s.facilitators}
    taken: set[str] = set()
    written = []
    for person_id in sorted(files, key=lambda p: (who[p], p)):
        path = folder / calendar_file_name(who[person_id], person_id, taken)
        write_atomically(path, files[person_id])
        written.append(path)
    return written
