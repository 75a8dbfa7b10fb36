"""The right of access report's own words to the person, in the chosen language: its
introduction, the notes on each consent answer and rota change, and what the group keeps and
why, with their rights (``peerdesk.printing.access_report`` lays them out).

Every sentence goes whole through ``translate("access_report", …)`` with named fields, and is
made when the report is printed, never at import (before the window installs its translator).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping

from peerdesk.core.access import AccessReport, FacilitatorDetails, RotaChangeEntry
from peerdesk.core.consent import EventRow, PurposeState, method_name
from peerdesk.core.day_names import short_month_name
from peerdesk.core.text import counted, translate
from peerdesk.printing.blocks import long_date, text


class _WordsAtPrintTime(Mapping[str, str]):
    """A table of words looked up when printing, so each is in the language chosen by then."""

    def __init__(self, words: Callable[[], dict[str, str]]) -> None:
        self._words = words

    def __getitem__(self, key: str) -> str:
        return self._words()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words())

    def __len__(self) -> int:
        return len(self._words())


def _state_words() -> dict[str, str]:
    return {
        "granted": translate("access_report", "Yes"),
        "refused": translate("access_report", "No"),
        "withdrawn": translate("access_report", "Withdrawn"),
        "lapsed": translate("access_report", "Lapsed"),
        "none": translate("access_report", "Not asked"),
    }


STATE_WORDS: Mapping[str, str] = _WordsAtPrintTime(_state_words)
"""A consent answer as it stands today ("granted": "Yes")."""


def title() -> str:
    return translate("access_report", "Right of access report")


def not_kept() -> str:
    return translate("access_report", "Not kept")


def about_you_rows(report: AccessReport) -> list[tuple[str, str]]:
    """The person's own details, a (label, value) row each."""
    person, given = report.person, report.person.details
    archived = (
        translate(
            "access_report",
            "Yes, since {date}: your details are kept, but no longer shown in the group’s "
            "everyday lists.",
        ).format(date=long_date(person.archived_at.date()))
        if person.archived_at
        else translate("access_report", "No")
    )
    unknown = not_kept()
    return [
        (translate("access_report", "Preferred name"), given.preferred_name),
        (translate("access_report", "Full name"), given.full_name or unknown),
        (translate("access_report", "Pronouns"), given.pronouns or unknown),
        (translate("access_report", "Phone"), given.phone or unknown),
        (translate("access_report", "Email"), given.email or unknown),
        (translate("access_report", "Access needs"), given.access_needs or unknown),
        (translate("access_report", "Notes"), given.notes or unknown),
        (translate("access_report", "Added on"), long_date(person.added_at.date())),
        (translate("access_report", "Last changed"), long_date(person.updated_at.date())),
        (translate("access_report", "Archived"), archived),
        (
            translate("access_report", "Record number"),
            translate(
                "access_report", "{number} (if you write to us, this helps us find your record)"
            ).format(number=person.id),
        ),
    ]


def facilitator_rows(profile: FacilitatorDetails) -> list[tuple[str, str]]:
    """What the group keeps to plan the rota, a (label, value) row each."""
    experience = (
        translate("access_report", "Experienced")
        if profile.experienced
        else translate(
            "access_report", "Learning: always on the rota with an experienced facilitator"
        )
    )
    away = "\n".join(
        translate("access_report", "{start} to {end}").format(start=day(a.start), end=day(a.end))
        for a in profile.away
    )
    trainings = "\n".join(
        translate("access_report", "{training}, {date}").format(
            training=t.kind, date=day(t.completed_on)
        )
        for t in profile.trainings
    )
    offered = counted(
        profile.sessions_per_month,
        translate("access_report", "Up to {count} session a month"),
        translate("access_report", "Up to {count} sessions a month"),
    )
    none_recorded = translate("access_report", "None recorded")
    return [
        (
            translate("access_report", "Groups"),
            ", ".join(profile.groups) or translate("access_report", "None at the moment"),
        ),
        (translate("access_report", "Experience"), experience),
        (translate("access_report", "Offered"), offered),
        (
            translate("access_report", "Usual days"),
            ", ".join(profile.usual_days) or translate("access_report", "None given"),
        ),
        (
            translate("access_report", "Started"),
            long_date(profile.since)
            if profile.since
            else translate("access_report", "Not recorded"),
        ),
        (translate("access_report", "Time away"), away or none_recorded),
        (translate("access_report", "Training"), trainings or none_recorded),
        (
            translate("access_report", "Note"),
            profile.note or translate("access_report", "None"),
        ),
    ]


def answer_word(decision: str) -> str:
    """A recorded answer ("granted": "Yes"); one this version does not know, as stored."""
    words = {
        "granted": translate("access_report", "Yes"),
        "refused": translate("access_report", "No"),
        "withdrawn": translate("access_report", "Withdrawn"),
    }
    return words.get(decision, decision)


def day(value: dt.date) -> str:
    """ "3 Mar 2026", never broken across lines: short enough for the date column of a list
    (a datetime shows its day)."""
    return translate("access_report", "{day}\u00a0{month}\u00a0{year}").format(
        day=value.day, month=short_month_name(value), year=value.year
    )


def day_in_year(value: dt.date) -> str:
    """ "6 Jan", never broken across lines: a date in a list under its year."""
    return translate("access_report", "{day}\u00a0{month}").format(
        day=value.day, month=short_month_name(value)
    )


def introduction(*, sealed_data: bool) -> str:
    """The report's first paragraph; ``sealed_data``: the JSON file with it is sealed."""
    if sealed_data:
        return translate(
            "access_report",
            "You asked to see the information our group keeps about you. Thank you for asking: "
            "it is your right, and we are glad to show you. This is a copy of everything in "
            "peerdesk, the program the group uses for its records, that refers to you. Near the "
            "end you will find what we keep and why, how to have anything corrected or erased, "
            "and how long old backup copies last. The file that comes with it (ending in "
            ".json.sealed) holds the same information for other programs to read. Like this "
            "report, it is locked with the passphrase we gave you; the free program peerdesk "
            "opens it (peerdesk unseal), or ask us for it unlocked.",
        )
    return translate(
        "access_report",
        "You asked to see the information our group keeps about you. Thank you for asking: it "
        "is your right, and we are glad to show you. This is a copy of everything in peerdesk, "
        "the program the group uses for its records, that refers to you. Near the end you will "
        "find what we keep and why, how to have anything corrected or erased, and how long old "
        "backup copies last. The file that comes with it (ending in .json) holds the same "
        "information for other programs to read.",
    )


def state_note(state: PurposeState) -> str:
    """The line under a consent answer as it stands today: since when, and what it means."""
    decided = day(state.decided_on) if state.decided_on else ""
    if state.state == "granted":
        if state.lapses_on is None:
            return translate("access_report", "You said yes on {date}.").format(date=decided)
        return translate(
            "access_report", "You said yes on {date}. We will check with you again by {check_by}."
        ).format(date=decided, check_by=day(state.lapses_on))
    notes = {
        "refused": translate("access_report", "You said no on {date}, so we do not do this."),
        "withdrawn": translate("access_report", "You took this back on {date}, so we stopped."),
        "lapsed": translate(
            "access_report",
            "You said yes on {date}, but it is time to ask you again, so we no longer rely on it.",
        ),
        "none": translate(
            "access_report", "You have not been asked about this yet, so we do not do it."
        ),
    }
    return notes[state.state].format(date=decided)


def answer_note(event: EventRow) -> str:
    """The line under a recorded answer: how it was given, by whom and when it was written."""
    how = method_name(event.method)
    how = how[:1].upper() + how[1:]
    if event.paper_ref:
        given = translate("access_report", "{how} ({reference}).").format(
            how=how, reference=event.paper_ref
        )
    else:
        given = translate("access_report", "{how}.").format(how=how)
    fields = {"date": day(event.recorded_at), "version": event.version_number}
    if event.recorded_by:
        written = translate(
            "access_report",
            "Written down by {who} on {date}, against version {version} of the wording.",
        ).format(who=event.recorded_by, **fields)
    else:
        written = translate(
            "access_report", "Written down on {date}, against version {version} of the wording."
        ).format(**fields)
    return f"{given} {written}"


def attended(how: str, count: int) -> str:
    """A line's start in the sessions list: "Came (12)"."""
    words = {
        "facilitator": translate("access_report", "Came as a facilitator ({count})"),
        "present": translate("access_report", "Came ({count})"),
        "apologies": translate("access_report", "Sent apologies ({count})"),
    }
    return words[how].format(count=count)


ATTENDED_ORDER = ("facilitator", "present", "apologies")


def sessions_intro(came: int, apologies: int, first: str, last: str) -> str:
    """What the sessions list shows: how many, between which dates."""
    sessions = counted(
        came,
        translate("access_report", "{count} session"),
        translate("access_report", "{count} sessions"),
    )
    return translate(
        "access_report",
        "You came to {sessions} and sent apologies for {apologies}, between {first} and "
        "{last}: every date is below, year by year. If you came without giving your name, you "
        "were counted but not named, so those sessions are not here.",
    ).format(sessions=sessions, apologies=apologies, first=first, last=last)


def change_words(change: RotaChangeEntry) -> str:
    """A change made to the rota by hand, as a sentence to the person (paragraph markup)."""
    fields = {"group": text(change.group), "date": day(change.date)}
    other = text(change.other)
    if change.kind == "swap" and change.side == "in":
        if other:
            return translate(
                "access_report", "You took {other}’s place at {group} on {date}."
            ).format(other=other, **fields)
        return translate(
            "access_report", "You took another facilitator’s place at {group} on {date}."
        ).format(**fields)
    if change.kind == "swap":
        if other:
            return translate(
                "access_report", "{other} took your place at {group} on {date}."
            ).format(other=other, **fields)
        return translate(
            "access_report", "Another facilitator took your place at {group} on {date}."
        ).format(**fields)
    if change.kind == "add":
        return translate("access_report", "You were added to {group} on {date}.").format(**fields)
    return translate("access_report", "You were taken off {group} on {date}.").format(**fields)


def rights(report: AccessReport) -> str:
    """What we keep and why, and the person's rights, as prose with ## headings."""
    facilitates = report.facilitator is not None
    if facilitates:
        what_we_keep = translate(
            "access_report",
            "We keep as little as we can: the name you like to be called, the sessions you come "
            "to and what you have told us you are happy with. Anything more, such as a full "
            "name, pronouns, access needs, a phone number or an email address, is there only "
            "because you gave it to us, and a phone number or email only while you are happy to "
            "be contacted that way. We keep no health details and no notes of what anyone "
            "shares in the group. As you facilitate, we also keep the groups you help with, the "
            "days that suit you, time away, training and the rota.",
        )
        erase = translate(
            "access_report",
            "You can change any consent answer at any time, and we act on it straight away. You "
            "can also ask us to erase you completely: your name, your details, your consent "
            "answers and your place on the rota are then deleted everywhere in peerdesk at "
            "once. The sessions you came to are kept only as an anonymous count (one more "
            "person came), which nobody can link back to you.",
        )
    else:
        what_we_keep = translate(
            "access_report",
            "We keep as little as we can: the name you like to be called, the sessions you come "
            "to and what you have told us you are happy with. Anything more, such as a full "
            "name, pronouns, access needs, a phone number or an email address, is there only "
            "because you gave it to us, and a phone number or email only while you are happy to "
            "be contacted that way. We keep no health details and no notes of what anyone "
            "shares in the group.",
        )
        erase = translate(
            "access_report",
            "You can change any consent answer at any time, and we act on it straight away. You "
            "can also ask us to erase you completely: your name, your details, your consent "
            "answers are then deleted everywhere in peerdesk at once. The sessions you came to "
            "are kept only as an anonymous count (one more person came), which nobody can link "
            "back to you.",
        )
    months = counted(
        report.backups_kept_months,
        translate("access_report", "{count} month"),
        translate("access_report", "{count} months"),
    )
    backups = translate(
        "access_report",
        "So that nothing is lost if the computer fails, peerdesk keeps backup copies of its "
        "records. It keeps fewer as they get older and deletes each one after about {months} "
        "at the most. So after your details are corrected or erased, an older copy may still "
        "hold them for up to about {months} (a little longer only if peerdesk has not been "
        "used for a while). Backups are only there to put the records back after an accident, "
        "never to look anyone up.",
    ).format(months=months)
    return "\n\n".join(
        (
            "## " + translate("access_report", "What we keep, and why"),
            what_we_keep,
            translate(
                "access_report",
                "We use it to run the group: to know who is coming, to welcome people back, to "
                "let people know when a session changes, to plan the facilitator rota, and to "
                "count how many people the group reaches. Funders only ever see numbers, never "
                "names. peerdesk keeps the records on the group’s own computer and does not send "
                "them anywhere. If you filled in a paper consent form, the group keeps that paper "
                "too (its reference is with your answers); ask if you would like a copy.",
            ),
            "## " + translate("access_report", "If something is wrong"),
            translate(
                "access_report",
                "Tell the organiser or a facilitator, in person, by phone or in writing, and we "
                "will put it right. You do not have to give a reason.",
            ),
            "## " + translate("access_report", "Changing your mind, or being forgotten"),
            erase,
            "## " + translate("access_report", "Old backup copies"),
            backups,
            "## " + translate("access_report", "If you are not happy"),
            translate(
                "access_report",
                "Please tell the organiser first: we would like the chance to put it right. You "
                "can also complain to the Information Commissioner’s Office, the UK’s data "
                "protection regulator, at ico.org.uk.",
            ),
        )
    )
