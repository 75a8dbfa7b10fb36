"""Realistic made-up data for ``peerdesk demo``, ``--demo``, the tests and the benchmarks.

Every name, number and address here is invented. Phone numbers come from Ofcom's range reserved
for drama (07700 900000 to 900999) and email addresses use the reserved example.org domain. The
same seed and the same "today" always give the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from peerdesk.core.demo_attendance import add_attendance
from peerdesk.core.demo_consent import add_consent
from peerdesk.core.demo_rota import add_rota
from peerdesk.core.errors import ValidationError
from peerdesk.core.models import (
    MEETING_CANCELLED,
    MEETING_SCHEDULED,
    Attendance,
    ConsentEvent,
    ErasureInProgress,
    Facilitator,
    FacilitatorAway,
    FacilitatorGroup,
    Group,
    GroupPackSettings,
    Meeting,
    Person,
    RotaAssignment,
    RotaRules,
    Venue,
    utcnow,
)
from peerdesk.core.pack_data import SECTIONS
from peerdesk.core.recurrence import Recurrence, occurrences
from peerdesk.core.schedule import HORIZON_DAYS, regular_meeting
from peerdesk.core.storage import Store
from peerdesk.core.text import translate

Size = Literal["small", "large"]

FIRST_NAMES = (
    "Sam",
    "Priya",
    "Alex",
    "Jo",
    "Marcus",
    "Aisha",
    "Tom",
    "Bea",
    "Kwame",
    "Niamh",
    "Dev",
    "Hannah",
    "Rory",
    "Yusuf",
    "Ellie",
    "Olu",
    "Grace",
    "Callum",
    "Mei",
    "Tariq",
    "Rosa",
    "Jamie",
    "Femi",
    "Lucy",
    "Arjun",
    "Sian",
    "Kofi",
    "Agnieszka",
    "Connor",
    "Leila",
    "Gareth",
    "Zainab",
    "Pat",
    "Imogen",
    "Dimitri",
    "Chloe",
    "Ravi",
    "Maggie",
    "Ezra",
    "Nadia",
    "Owen",
    "Amara",
    "Frankie",
    "Iris",
    "Hamza",
    "Bridget",
    "Luca",
    "Fatima",
    "Robin",
    "Elif",
    "Stuart",
    "Ada",
    "Morgan",
    "Teresa",
    "Ibrahim",
    "Shona",
    "Kit",
    "Ngozi",
    "Ewan",
    "Lorna",
    "Charlie",
    "Mina",
)
SURNAMES = (
    "Okafor",
    "Patel",
    "Hughes",
    "McLeod",
    "Nowak",
    "Begum",
    "Evans",
    "O'Connor",
    "Mensah",
    "Campbell",
    "Khan",
    "Roberts",
    "Fitzgerald",
    "Ahmed",
    "Davies",
    "Kowalski",
    "Brown",
    "Singh",
    "Murray",
    "Adeyemi",
    "Lewis",
    "Costa",
    "Walsh",
    "Chowdhury",
    "Thomas",
    "Reid",
    "Ali",
    "Jenkins",
    "Osei",
    "Morgan",
    "Hussain",
    "Price",
    "Kaur",
    "Fraser",
    "Novak",
    "Bailey",
    "Lindqvist",
    "Ward",
    "Mahmood",
    "Quinn",
    "Barker",
    "Nwosu",
    "Doyle",
    "Shah",
    "Pearce",
)
PRONOUNS = ("", "", "", "she/her", "he/him", "they/them", "she/they")
ACCESS_NEEDS = (
    "Uses a wheelchair; needs the step-free entrance.",
    "Hard of hearing: please face them when speaking; the hearing loop helps.",
    "Prefers a seat near the door.",
    "Comes with an assistance dog.",
    "Large-print handouts, please.",
    "A BSL interpreter helps when one can be booked.",
)
PRACTICAL_NOTES = (
    "Can give a lift to people coming from the north of town.",
    "Happy to help set up the room.",
    "Brings biscuits most weeks.",
    "Prefers to be contacted by text rather than a call.",
    "Usually arrives a little late because of work.",
)


@dataclass(frozen=True)
class _VenueSeed:
    name: str
    address: str
    step_free: bool
    hearing_loop: bool
    accessible_toilet: bool
    transport: str
    access_notes: str


VENUES = (
    _VenueSeed(
        "St Mark's Church Hall",
        "14 Vicarage Lane, Eastbridge EB2 4QT",
        True,
        True,
        True,
        "Buses 12 and 15 stop outside; free parking behind the hall after 6pm.",
        "Use the side door on Vicarage Lane; the front steps have no ramp.",
    ),
    _VenueSeed(
        "Riverside Library, Community Room",
        "2 Wharf Road, Eastbridge EB1 1LR",
        True,
        True,
        True,
        "Ten minutes' walk from Eastbridge station; bike racks by the entrance.",
        "Community Room is on the first floor; the lift is past the children's library.",
    ),
    _VenueSeed(
        "Old Co-op Community Centre",
        "88 High Street, Millbrook MB3 9DS",
        True,
        False,
        True,
        "Bus 7 to Millbrook Cross; pay-and-display car park opposite.",
        "No hearing loop yet. Quiet room available if someone needs a break.",
    ),
    _VenueSeed(
        "Bridge Street Meeting House",
        "5 Bridge Street, Eastbridge EB2 7HN",
        False,
        False,
        False,
        "Opposite the bus station.",
        "Three steps at the front; a portable ramp is kept in the porch. Toilet is upstairs.",
    ),
)


@dataclass(frozen=True)
class _GroupSeed:
    name: str
    description: str
    recurrence: Recurrence
    start_time: dt.time
    duration: int
    venue: int  # index into VENUES
    years_running: float
    headcount_only: bool = False


GROUPS = (
    _GroupSeed(
        "Tuesday Evening Drop-in",
        "Our open weekly group: come along, have a cuppa, talk or just listen.",
        Recurrence("weekly", 1),
        dt.time(18, 30),
        120,
        0,
        3,
    ),
    _GroupSeed(
        "Women's Circle",
        "A fortnightly space for women, by women, with lived experience of distress.",
        Recurrence("weekly", 3, interval=2),
        dt.time(10, 30),
        90,
        1,
        2,
    ),
    _GroupSeed(
        "Hearing Voices Group",
        "For people who hear voices, see visions or have other unusual experiences.",
        Recurrence("monthly", 0, week_of_month=1),
        dt.time(14, 0),
        120,
        2,
        4,
    ),
    _GroupSeed(
        "Saturday Walk and Talk",
        "A gentle walk along the river followed by tea. Meet inside the porch.",
        Recurrence("weekly", 5),
        dt.time(11, 0),
        90,
        3,
        0.7,
        headcount_only=True,
    ),
)

# Reasons written the way organisers write them.
CANCEL_REASONS = (
    "Christmas break",
    "Hall booked for a funeral",
    "Both facilitators unwell",
    "Heating broken at the venue",
    "Snow: roads closed",
)


def populate(
    store: Store,
    *,
    size: Size = "small",
    seed: int = 1,
    today: dt.date | None = None,
    force: bool = False,
) -> None:
    """Fill ``store`` with made-up data; refuses a database that already holds data.

    ``force=True`` first removes everything (groups, venues, sessions, people) in the same
    transaction, so the result is exactly the demo.
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    with store.transaction() as session:
        if _holds_data(session):
            if not force:
                raise ValidationError(
                    translate(
                        "demo",
                        "This database already holds data, so the demo was not added. Use "
                        "another file, or --force to replace everything in it.",
                    )
                )
            _wipe(session)
        if size == "small":
            _small(session, rng, today)
        else:
            _large(session, rng, today)


def _holds_data(session: Session) -> bool:
    return any(
        session.scalar(select(func.count()).select_from(model)) for model in (Group, Venue, Person)
    )


def _wipe(session: Session) -> None:
    # The consent history may only be deleted for people being erased (database triggers).
    session.execute(insert(ErasureInProgress).from_select(["person_id"], select(Person.id)))
    for model in (
        RotaAssignment,
        FacilitatorAway,
        FacilitatorGroup,
        Facilitator,
        RotaRules,
        ConsentEvent,
        Attendance,
        GroupPackSettings,
        Meeting,
        Group,
        Person,
        Venue,
        ErasureInProgress,
    ):
        session.execute(delete(model))


def _venue(seed: _VenueSeed) -> Venue:
    return Venue(
        name=seed.name,
        address=seed.address,
        step_free=seed.step_free,
        hearing_loop=seed.hearing_loop,
        accessible_toilet=seed.accessible_toilet,
        transport=seed.transport,
        access_notes=seed.access_notes,
    )


def _small(session: Session, rng: random.Random, today: dt.date) -> None:
    venues = [_venue(seed) for seed in VENUES]
    session.add_all(venues)
    session.flush()
    until = today + dt.timedelta(days=HORIZON_DAYS)
    for index, seed in enumerate(GROUPS):
        start = _first_on_or_after(
            today - dt.timedelta(days=int(seed.years_running * 365)), seed.recurrence
        )
        group = Group(
            name=seed.name,
            description=seed.description,
            rrule=seed.recurrence.to_rrule(),
            start_date=start,
            start_time=seed.start_time,
            duration_minutes=seed.duration,
            default_venue_id=venues[seed.venue].id,
            headcount_only=seed.headcount_only,
        )
        session.add(group)
        session.flush()
        meetings = _meetings_for(group, start, until)
        _vary(meetings, rng, today, venues, index)
        session.add_all(meetings)

    # A group that has come to an end: archived, its history kept.
    ended = Group(
        name="Men's Breakfast Club",
        description="Met on Friday mornings until the café closed.",
        rrule=Recurrence("weekly", 4).to_rrule(),
        start_date=_first_on_or_after(today - dt.timedelta(days=900), Recurrence("weekly", 4)),
        end_date=today - dt.timedelta(days=200),
        start_time=dt.time(9, 0),
        duration_minutes=90,
        default_venue_id=venues[2].id,
        archived_at=utcnow(),
    )
    session.add(ended)
    session.flush()
    assert ended.end_date is not None
    session.add_all(_meetings_for(ended, ended.start_date, ended.end_date))

    session.add_all(_people(rng, 64, archived_share=0.06))
    session.flush()
    add_attendance(session, rng, today, regulars=12, occasionals=14)
    add_consent(session, rng, today)
    _pack_settings(session)
    add_rota(session, today)


def _pack_settings(session: Session) -> None:
    """The drop-in has filled in its cover sheet and picked its usual handouts."""
    drop_in = session.scalar(select(Group.id).where(Group.name == GROUPS[0].name))
    session.add(
        GroupPackSettings(
            group_id=drop_in,
            sections=",".join(SECTIONS),
            contacts="Sam (organiser) 07700 900123 · Hall key: Jo, 07700 900456",
            handouts="builtin:what-peer-support-is,builtin:after-a-session",
        )
    )


def _vary(
    meetings: list[Meeting],
    rng: random.Random,
    today: dt.date,
    venues: list[Venue],
    group_index: int,
) -> None:
    """Cancel a few sessions, move one, as happens in real life."""
    for meeting in meetings:
        christmas = (meeting.date.month, meeting.date.day) >= (12, 24) or (
            meeting.date.month,
            meeting.date.day,
        ) == (1, 1)
        if christmas:
            meeting.status = MEETING_CANCELLED
            meeting.cancel_reason = CANCEL_REASONS[0]
            meeting.changed_by_hand = True
        elif meeting.date < today and rng.random() < 0.03:
            meeting.status = MEETING_CANCELLED
            meeting.cancel_reason = rng.choice(CANCEL_REASONS[1:])
            meeting.changed_by_hand = True
    upcoming = [m for m in meetings if m.date > today and m.status == MEETING_SCHEDULED]
    if group_index == 0 and len(upcoming) > 3:
        moved = upcoming[2]
        moved.venue_id = venues[1].id
        moved.note = "Hall is being decorated; we meet at the library this week."
        moved.changed_by_hand = True
    if group_index == 1 and len(upcoming) > 1:
        later = upcoming[1]
        later.start_time = dt.time(11, 0)
        later.note = "Starting half an hour later this time."
        later.changed_by_hand = True


def _meetings_for(group: Group, start: dt.date, until: dt.date) -> list[Meeting]:
    days = occurrences(group.rrule, start, group.end_date, start, until)
    return [regular_meeting(group, day) for day in days]


def _first_on_or_after(day: dt.date, recurrence: Recurrence) -> dt.date:
    found = occurrences(recurrence.to_rrule(), day, None, day, day + dt.timedelta(days=62))
    return found[0]


def _person_fields(rng: random.Random, index: int) -> dict[str, object]:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    surname = rng.choice(SURNAMES)
    style = rng.random()
    # Many give a first name only; some give more; a few give contact details.
    full_name = f"{first} {surname}" if style < 0.55 else ""
    phone = f"07700 900{rng.randrange(1000):03d}" if style < 0.35 else ""
    handle = f"{first}.{surname}".lower().replace("'", "")
    email = f"{handle}@example.org" if style < 0.2 else ""
    return {
        "preferred_name": first if index < len(FIRST_NAMES) else f"{first} {surname[0]}.",
        "full_name": full_name,
        "pronouns": rng.choice(PRONOUNS),
        "phone": phone,
        "email": email,
        "access_needs": rng.choice(ACCESS_NEEDS) if rng.random() < 0.12 else "",
        "notes": rng.choice(PRACTICAL_NOTES) if rng.random() < 0.1 else "",
    }


def _people(rng: random.Random, count: int, *, archived_share: float) -> list[Person]:
    people = []
    for index in range(count):
        person = Person(**_person_fields(rng, index))
        if rng.random() < archived_share:
            person.archived_at = utcnow()
        people.append(person)
    return people


LARGE_GROUP_KINDS = (
    "Drop-in",
    "Women's Circle",
    "Hearing Voices",
    "Walk and Talk",
    "Men's Group",
    "Young Adults",
    "Creative Writing",
    "Carers' Circle",
    "Evening Peer Group",
    "Recovery Café",
)
LARGE_TOWNS = ("Eastbridge", "Millbrook")


def _large(session: Session, rng: random.Random, today: dt.date) -> None:
    """About 5,000 people, 20 groups and ten years of weekly sessions (for benchmarks)."""
    venues = [_venue(seed) for seed in VENUES]
    for number in range(6):
        venues.append(
            Venue(
                name=f"Community Room {number + 1}",
                address=f"{10 + number} Market Street, Eastbridge",
                step_free=number % 2 == 0,
                hearing_loop=number % 3 == 0,
                accessible_toilet=True,
                transport="",
                access_notes="",
            )
        )
    session.add_all(venues)
    session.flush()
    until = today + dt.timedelta(days=HORIZON_DAYS)
    ten_years_ago = today - dt.timedelta(days=3653)
    rows: list[dict[str, object]] = []
    for number in range(20):
        recurrence = Recurrence("weekly", number % 7)
        start = _first_on_or_after(ten_years_ago, recurrence)
        group = Group(
            name=f"{LARGE_TOWNS[number // 10]} {LARGE_GROUP_KINDS[number % 10]}",
            description="",
            rrule=recurrence.to_rrule(),
            start_date=start,
            start_time=dt.time(10 + number % 9, 0 if number % 2 else 30),
            duration_minutes=120,
            default_venue_id=venues[number % len(venues)].id,
        )
        session.add(group)
        session.flush()
        for day in occurrences(group.rrule, start, None, start, until):
            cancelled = rng.random() < 0.02
            rows.append(
                {
                    "group_id": group.id,
                    "scheduled_date": day,
                    "date": day,
                    "start_time": group.start_time,
                    "duration_minutes": 120,
                    "venue_id": group.default_venue_id,
                    "status": MEETING_CANCELLED if cancelled else MEETING_SCHEDULED,
                    "cancel_reason": rng.choice(CANCEL_REASONS) if cancelled else None,
                    "note": "",
                    "changed_by_hand": cancelled,
                    "created_at": utcnow(),
                }
            )
    session.execute(insert(Meeting), rows)
    now = utcnow()
    session.execute(
        insert(Person),
        [
            {
                **_person_fields(rng, index),
                "archived_at": now if rng.random() < 0.05 else None,
                "created_at": now,
                "updated_at": now,
            }
            for index in range(5000)
        ],
    )
    # About 200,000 rows: twenty groups, ten years, around twenty people a session.
    add_attendance(session, rng, today, regulars=26, occasionals=60)
    add_consent(session, rng, today)
