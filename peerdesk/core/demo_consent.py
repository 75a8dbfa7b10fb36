"""Made-up consent records for the demo: most people agreed within the year, some renewed,
some lapsed or never asked yet, a few said no to photographs or withdrew phone contact.
Part of ``core.demo``; deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from peerdesk.core.consent import (
    CONTACT_EMAIL,
    CONTACT_PHONE,
    CONTACT_TEXT,
    KEEP_RECORDS,
    TAKE_PART,
    default_version_id,
)
from peerdesk.core.models import ConsentEvent, Person, utcnow

RECORDERS = ("Sam (organiser)", "Priya", "Jo")


def add_consent(session: Session, rng: random.Random, today: dt.date) -> int:
    """Consent events for everyone in the directory; returns how many were added."""
    version_id = default_version_id(session)
    people = session.execute(
        select(Person.id, Person.phone, Person.email).order_by(Person.id)
    ).all()
    rows: list[dict[str, object]] = []
    cleared: list[dict[str, object]] = []
    now = utcnow()

    def event(person: int, key: str, decision: str, day: dt.date, ref: str) -> None:
        rows.append(
            {
                "person_id": person,
                "version_id": version_id,
                "purpose_key": key,
                "decision": decision,
                "decided_on": day,
                "method": "paper" if ref else "verbal",
                "recorded_by": rng.choice(RECORDERS),
                "paper_ref": ref,
                "recorded_at": now,
            }
        )

    for number, (person, phone, email) in enumerate(people):
        roll = rng.random()
        if roll < 0.08:
            # Not asked yet (a recent newcomer): nothing is kept beyond the name.
            if phone or email:
                cleared.append({"id": person, "phone": "", "email": ""})
            continue
        lapsed = roll < 0.18
        days_ago = rng.randint(400, 600) if lapsed else rng.randint(0, 330)
        when = today - dt.timedelta(days=days_ago)
        ref = f"folder {1 + number // 40}, form {1 + number % 40}" if rng.random() < 0.8 else ""
        grants = {TAKE_PART: True, KEEP_RECORDS: True}
        grants[CONTACT_PHONE] = bool(phone)
        grants[CONTACT_TEXT] = bool(phone) and rng.random() < 0.6
        grants[CONTACT_EMAIL] = bool(email)
        grants["photographs"] = rng.random() < 0.5
        grants["anonymised_figures"] = rng.random() < 0.9
        for key, granted in grants.items():
            event(person, key, "granted" if granted else "refused", when, ref)
        if lapsed and rng.random() < 0.5:
            # Asked again and renewed this year.
            renewed = today - dt.timedelta(days=rng.randint(0, 200))
            for key, granted in grants.items():
                if granted:
                    event(person, key, "granted", renewed, "")
        elif phone and not grants[CONTACT_TEXT] and rng.random() < 0.1:
            # Changed their mind about being phoned: the number goes with the consent.
            event(person, CONTACT_PHONE, "withdrawn", when + dt.timedelta(days=30), "")
            cleared.append({"id": person, "phone": "", "email": email})
    if rows:
        session.execute(insert(ConsentEvent), rows)
    if cleared:
        session.execute(update(Person), cleared)
    return len(rows)
