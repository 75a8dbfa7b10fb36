"""What a session pack is made of: plain data from the core, printed by ``peerdesk.printing``.

The sections, their order, which are for facilitators (one copy each) and which for participants
(expected attendance plus spares), and everything each sheet needs. No printing code here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, get_args

from peerdesk.core.consent import VersionRow
from peerdesk.core.schedule import MeetingRow
from peerdesk.core.text import translate
from peerdesk.core.venues import VenueRow

Section = Literal[
    "cover",
    "plan",
    "agreement",
    "sign_in",
    "consent_forms",
    "handouts",
    "signposting",
    "feedback",
    "debrief",
]
SECTIONS: tuple[Section, ...] = get_args(Section)  # the default order
Paper = Literal["A4", "Letter"]


def section_title(section: Section) -> str:
    """The section's title in the chosen language, for the window and the printed sheet."""
    titles: dict[Section, str] = {
        "cover": translate("packs", "Facilitator cover sheet"),
        "plan": translate("packs", "Session plan"),
        "agreement": translate("packs", "Group agreement"),
        "sign_in": translate("packs", "Sign-in sheet"),
        "consent_forms": translate("packs", "Consent forms for newcomers"),
        "handouts": translate("packs", "Handouts"),
        "signposting": translate("packs", "Support lines"),
        "feedback": translate("packs", "Feedback form"),
        "debrief": translate("packs", "Facilitator debrief"),
    }
    return titles[section]


# One copy for each facilitator.
FACILITATOR_SECTIONS: frozenset[Section] = frozenset({"cover", "plan", "debrief"})
# One copy for each person expected, plus spares.
PARTICIPANT_SECTIONS: frozenset[Section] = frozenset(
    {"agreement", "handouts", "signposting", "feedback"}
)
# "sign_in" is printed once; "consent_forms" as many times as the group asks.


@dataclass(frozen=True)
class PlanItem:
    minutes: int
    title: str
    note: str = ""


@dataclass(frozen=True)
class SupportLine:
    name: str
    contact: str
    hours: str
    description: str
    source: str


@dataclass(frozen=True)
class Handout:
    """A built-in handout (title and paragraphs, "## " lines are headings) or an imported PDF."""

    title: str
    text: str = ""
    pdf: bytes | None = field(default=None, repr=False)

    @property
    def imported(self) -> bool:
        return self.pdf is not None


@dataclass(frozen=True)
class PackData:
    meeting: MeetingRow
    group_name: str
    venue: VenueRow | None
    headcount_only: bool
    facilitators: tuple[str, ...]  # empty until the rota says who is on
    contacts: str  # who to call if something goes wrong (the group's own words)
    what_to_bring: str
    plan: tuple[PlanItem, ...]
    agreement: str
    sign_in_names: tuple[str, ...]  # empty: blank rows for first names (the default)
    consent: VersionRow | None
    consent_copies: int
    handouts: tuple[Handout, ...]
    support_lines: tuple[SupportLine, ...]
    support_checked_on: dt.date | None
    support_note: str
    sections: tuple[Section, ...]  # enabled sections, in the order they are printed
    facilitator_copies: int
    participant_copies: int
    # What could not be included or is missing, in words, so the pack can say so.
    problems: tuple[str, ...] = ()
