"""The right of access report as a PDF, written with its JSON twin in one action.

Addressed to the person it is about, in plain words: their details, their consent (now and every
answer ever recorded), the sessions they came to, their facilitating and rota, anything else
stored about them, then what the group keeps and why, how to have it corrected or erased, how
long old backup copies last, and the exact consent wording they answered.

The files' names and the PDF's title never carry the person's name: they show in folders, print
queues and recent-file lists where others can see them. With a passphrase (the default in the
window and on the command line) the PDF is encrypted, so any PDF reader asks for it, and the
JSON is sealed (``….json.sealed``, opened by ``peerdesk unseal``); plain files only when asked.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfWriter
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
)

from peerdesk.core import access, audit
from peerdesk.core.access import AccessReport, RotaChangeEntry
from peerdesk.core.attendance import HistoryRow
from peerdesk.core.consent import EventRow, PurposeState, VersionRow, method_name
from peerdesk.core.files import write_atomically
from peerdesk.core.keys import check_passphrase
from peerdesk.core.sealed import SEALED_SUFFIX, write_sealed
from peerdesk.core.storage import Store
from peerdesk.printing.access_words import introduction, rights
from peerdesk.printing.blocks import facts, heading_block, long_date, prose, sheet_start, text
from peerdesk.printing.render import render_pdf
from peerdesk.printing.theme import Paper, Theme

TITLE = "Right of access report"
NOT_KEPT = "Not kept"
STATE_WORDS = {
    "granted": "Yes",
    "refused": "No",
    "withdrawn": "Withdrawn",
    "lapsed": "Lapsed",
    "none": "Not asked",
}
ANSWER_WORDS = {"granted": "Yes", "refused": "No", "withdrawn": "Withdrawn"}


@dataclass(frozen=True)
class SavedAccessReport:
    pdf: Path
    json: Path
    pages: int
    protected: bool = False
    """The PDF is encrypted and the JSON sealed, both with the passphrase given."""


def day(value: dt.date) -> str:
    """ "3 Mar 2026", never broken across lines: short enough for the date column of a list
    (a datetime shows its day)."""
    return f"{value.day}\u00a0{value:%b}\u00a0{value.year}"


def save_access_report(
    store: Store,
    report: AccessReport,
    folder: Path,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
    passphrase: str | None = None,
) -> SavedAccessReport:
    """Write the PDF and the JSON into ``folder`` (owner-only, each whole or not at all) and log
    it in the audit log, naming nobody. If any step fails, neither file is left behind.

    With ``passphrase`` the PDF is encrypted (AES-256) and the JSON sealed into ``….json.sealed``;
    without one both are plain, and the audit log says so."""
    if passphrase is not None:
        check_passphrase(passphrase)  # before anything is made
    folder = access.check_folder(folder)
    pdf, pages = access_report_pdf(
        report, paper=paper, large_print=large_print, sealed_data=passphrase is not None
    )
    pdf_path, json_path = access.report_paths(folder, report.made_on)
    data = access.to_json(report).encode("utf-8")
    written: list[Path] = []
    try:
        if passphrase is None:
            write_atomically(pdf_path, pdf)
            written.append(pdf_path)
            write_atomically(json_path, data)
            written.append(json_path)
        else:
            write_atomically(pdf_path, encrypt_pdf(pdf, passphrase))
            written.append(pdf_path)
            json_path = json_path.with_name(json_path.name + SEALED_SUFFIX)
            written.append(write_sealed(json_path, data, passphrase))
        how = (
            "both protected with a passphrase"
            if passphrase is not None
            else "not protected: plain files, as the person making it confirmed"
        )
        audit.record(
            store,
            audit.ACCESS_REPORT,
            f"Right of access report made for one person (PDF of {pages} pages and JSON, "
            f"{how}); requested on {report.requested_on.isoformat()}, "
            f"reply due by {report.reply_due_by.isoformat()}.",
        )
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return SavedAccessReport(pdf_path, json_path, pages, protected=passphrase is not None)


def encrypt_pdf(pdf: bytes, passphrase: str) -> bytes:
    """``pdf`` encrypted with AES-256: every PDF reader asks for ``passphrase`` to open it."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=passphrase, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def access_report_pdf(
    report: AccessReport,
    *,
    paper: Paper = "A4",
    large_print: bool = False,
    sealed_data: bool = False,
) -> tuple[bytes, int]:
    """The report as PDF bytes, and how many pages it has. ``sealed_data``: the JSON file that
    goes with it is sealed (the introduction says how to open it)."""
    theme = Theme.for_print(paper, large_print=large_print)
    story = build_access_report(report, theme, sealed_data=sealed_data)
    buffer = io.BytesIO()
    # The title never carries the person's name: it shows in print queues and file lists.
    made = f"Made by peerdesk on {report.made_on.isoformat()}"
    pages = render_pdf(lambda _: story, theme, buffer, title=TITLE, subject=made)
    return buffer.getvalue(), pages


def build_access_report(
    report: AccessReport, theme: Theme, *, sealed_data: bool = False
) -> list[Flowable]:
    name = report.person.details.preferred_name
    story: list[Flowable] = [
        sheet_start(
            f"{TITLE} · made on {long_date(report.made_on)}",
            note="Private: about one person. Please keep it somewhere safe.",
        ),
        *heading_block(
            "Your information",
            f"Everything the group’s records in peerdesk hold about {name}",
            theme,
        ),
        Paragraph(text(introduction(sealed_data=sealed_data)), theme.styles.intro),
        facts(
            [
                ("Requested on", long_date(report.requested_on)),
                ("Reply due by", long_date(report.reply_due_by)),
                ("Made on", long_date(report.made_on)),
            ],
            theme,
        ),
    ]
    story += _about_you(report, theme)
    story += _consent_now(report.consent_now, theme)
    story += _consent_history(report.consent_history, theme)
    story += _sessions(report.sessions, theme)
    story += _facilitating(report, theme)
    story += _other_records(report.other_records(), theme)
    story += [
        PageBreak(),
        *heading_block("About your information", "What we keep and why, and your rights", theme),
        *prose(rights(report), theme),
    ]
    story += _wordings(report.wordings, theme)
    return story


def _section(title: str, intro: str, theme: Theme) -> list[Flowable]:
    """A section's heading and a line on what it shows, never alone at the foot of a page."""
    story = [CondPageBreak(theme.base_size * 12), Paragraph(text(title), theme.styles.heading)]
    if intro:
        story.append(Paragraph(text(intro), theme.styles.note))
    return story


def _with_note(main: str, note: str, theme: Theme) -> list[Flowable]:
    """A value in a list: the main line, and under it a smaller line of detail."""
    story = [Paragraph(main, theme.styles.label)]
    if note:
        story.append(Paragraph(text(note), theme.styles.note))
    return story


def _about_you(report: AccessReport, theme: Theme) -> list[Flowable]:
    person, given = report.person, report.person.details
    archived = (
        f"Yes, since {long_date(person.archived_at.date())}: your details are kept, but no "
        "longer shown in the group’s everyday lists."
        if person.archived_at
        else "No"
    )
    rows: list[tuple[str, str]] = [
        ("Preferred name", given.preferred_name),
        ("Full name", given.full_name or NOT_KEPT),
        ("Pronouns", given.pronouns or NOT_KEPT),
        ("Phone", given.phone or NOT_KEPT),
        ("Email", given.email or NOT_KEPT),
        ("Access needs", given.access_needs or NOT_KEPT),
        ("Notes", given.notes or NOT_KEPT),
        ("Added on", long_date(person.added_at.date())),
        ("Last changed", long_date(person.updated_at.date())),
        ("Archived", archived),
        ("Record number", f"{person.id} (if you write to us, this helps us find your record)"),
    ]
    intro = "Only your preferred name is needed. “Not kept” means we hold nothing there."
    return [*_section("About you", intro, theme), facts(rows, theme)]


def _state_note(state: PurposeState) -> str:
    decided = day(state.decided_on) if state.decided_on else ""
    return {
        "granted": f"You said yes on {decided}. We will check with you again by "
        f"{day(state.lapses_on) if state.lapses_on else ''}.",
        "refused": f"You said no on {decided}, so we do not do this.",
        "withdrawn": f"You took this back on {decided}, so we stopped.",
        "lapsed": f"You said yes on {decided}, but it is time to ask you again, so we no longer "
        "rely on it.",
        "none": "You have not been asked about this yet, so we do not do it.",
    }[state.state]


def _consent_now(states: Sequence[PurposeState], theme: Theme) -> list[Flowable]:
    intro = (
        "What you have told us you are happy with, one thing at a time, as it stands today. "
        "You can change any of these at any time."
    )
    rows = [
        (STATE_WORDS[state.state], _with_note(text(state.label), _state_note(state), theme))
        for state in states
    ]
    return [*_section("Your consent today", intro, theme), facts(rows, theme)]


def _answer_note(event: EventRow) -> str:
    how = method_name(event.method)
    how = how[:1].upper() + how[1:]
    paper = f" ({event.paper_ref})" if event.paper_ref else ""
    who = f" by {event.recorded_by}" if event.recorded_by else ""
    return (
        f"{how}{paper}. Written down{who} on {day(event.recorded_at)}, "
        f"against version {event.version_number} of the wording."
    )


def _consent_history(events: Sequence[EventRow], theme: Theme) -> list[Flowable]:
    if not events:
        return _section(
            "Every consent answer we have recorded",
            "We have no consent answers from you on record.",
            theme,
        )
    intro = (
        "Each answer is kept, newest first, even after you change your mind, so that we can "
        "show what you agreed to and when. The wording you answered is at the end."
    )
    rows = [
        (
            day(event.decided_on),
            _with_note(
                f"<b>{ANSWER_WORDS.get(event.decision, event.decision)}:</b> "
                f"{text(event.purpose_label)}",
                _answer_note(event),
                theme,
            ),
        )
        for event in events
    ]
    return [*_section("Every consent answer we have recorded", intro, theme), facts(rows, theme)]


_ATTENDED = (
    ("facilitator", "Came as a facilitator"),
    ("present", "Came"),
    ("apologies", "Sent apologies"),
)


def _session_dates(sessions: Sequence[HistoryRow]) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(year, group, [(how, dates)]) for the sessions list: newest year first, groups by name,
    and in each line the dates in calendar order ("6 Jan, 13 Jan, 20 Jan")."""
    found: dict[tuple[int, str], dict[str, list[dt.date]]] = {}
    for row in sessions:
        how = "facilitator" if row.status == "present" and row.is_facilitator else row.status
        found.setdefault((row.date.year, row.group_name), {}).setdefault(how, []).append(row.date)
    out = []
    for (year, group), kinds in sorted(found.items(), key=lambda item: (-item[0][0], item[0][1])):
        lines = [
            (
                f"{words} ({len(kinds[how])})",
                ", ".join(f"{d.day}\u00a0{d:%b}" for d in sorted(kinds[how])),
            )
            for how, words in _ATTENDED
            if how in kinds
        ]
        out.append((year, group, lines))
    return out


def _sessions(sessions: Sequence[HistoryRow], theme: Theme) -> list[Flowable]:
    title = "Sessions"
    if not sessions:
        return _section(
            title,
            "There is no record of you at any session. If you came without giving your name, "
            "you were counted, but nothing links those sessions to you.",
            theme,
        )
    came = sum(1 for row in sessions if row.status == "present")
    apologies = len(sessions) - came
    intro = (
        f"You came to {_count(came, 'session')} and sent apologies for {apologies}, between "
        f"{long_date(sessions[-1].date)} and {long_date(sessions[0].date)}: every date is below, "
        "year by year. If you came without giving your name, you were counted but not named, "
        "so those sessions are not here."
    )
    rows = [
        (
            str(year),
            [
                Paragraph(f"<b>{text(group)}</b>", theme.styles.label),
                *(
                    Paragraph(f"{text(how)}: {text(dates)}", theme.styles.label)
                    for how, dates in lines
                ),
            ],
        )
        for year, group, lines in _session_dates(sessions)
    ]
    return [*_section(title, intro, theme), facts(rows, theme)]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _facilitating(report: AccessReport, theme: Theme) -> list[Flowable]:
    profile = report.facilitator
    story: list[Flowable] = []
    if profile is not None:
        experience = (
            "Experienced"
            if profile.experienced
            else "Learning: always on the rota with an experienced facilitator"
        )
        away = "\n".join(f"{day(a.start)} to {day(a.end)}" for a in profile.away)
        trainings = "\n".join(f"{t.kind}, {day(t.completed_on)}" for t in profile.trainings)
        rows = [
            ("Groups", ", ".join(profile.groups) or "None at the moment"),
            ("Experience", experience),
            ("Offered", f"Up to {profile.sessions_per_month} sessions a month"),
            ("Usual days", ", ".join(profile.usual_days) or "None given"),
            ("Started", long_date(profile.since) if profile.since else "Not recorded"),
            ("Time away", away or "None recorded"),
            ("Training", trainings or "None recorded"),
            ("Note", profile.note or "None"),
        ]
        intro = "What the group keeps to plan the facilitator rota fairly."
        story += [*_section("As a facilitator", intro, theme), facts(rows, theme)]
    if report.rota:
        intro = (
            "Every session you are or were on the rota for, newest first, with the reason "
            "peerdesk gave for choosing you."
        )
        rows_rota = [
            (
                day(entry.date),
                _with_note(
                    f"<b>{text(entry.group)}</b>" + (" · fixed by hand" if entry.locked else ""),
                    entry.reason,
                    theme,
                ),
            )
            for entry in report.rota
        ]
        story += [*_section("On the rota", intro, theme), facts(rows_rota, theme)]
    if report.rota_changes:
        rows_changes = [
            (
                day(change.changed_at),
                _with_note(
                    _change_words(change), f"Note: {change.note}" if change.note else "", theme
                ),
            )
            for change in report.rota_changes
        ]
        intro = "Swaps and other changes to the rota that involve you, newest first."
        story += [
            *_section("Changes made to the rota by hand", intro, theme),
            facts(rows_changes, theme),
        ]
    return story


def _change_words(change: RotaChangeEntry) -> str:
    session = f"{text(change.group)} on {day(change.date)}"
    other = text(change.other) or "another facilitator"
    if change.kind == "swap":
        if change.side == "in":
            return f"You took {other}’s place at {session}."
        return f"{other} took your place at {session}."
    if change.kind == "add":
        return f"You were added to {session}."
    return f"You were taken off {session}."


def _other_records(tables: Sequence[access.StoredTable], theme: Theme) -> list[Flowable]:
    """Anything stored about the person that has no section of its own yet, as it is stored."""
    if not tables:
        return []
    story = _section(
        "Other records",
        "More that peerdesk stores about you, shown as it is kept.",
        theme,
    )
    for table in tables:
        rows = [
            (
                f"{table.table.replace('_', ' ').capitalize()} {number}",
                "\n".join(f"{key}: {'' if value is None else value}" for key, value in row.items()),
            )
            for number, row in enumerate(table.rows, start=1)
        ]
        story.append(facts(rows, theme))
    return story


def _wordings(versions: Sequence[VersionRow], theme: Theme) -> list[Flowable]:
    indent = theme.base_size * 1.3
    item = ParagraphStyle("item", parent=theme.styles.body, leftIndent=indent, bulletIndent=0)
    story: list[Flowable] = []
    for version in versions:
        story += [
            PageBreak(),
            *heading_block(
                "The consent wording you answered",
                f"{version.form_name}, version {version.number}: exactly as you were shown it",
                theme,
            ),
            Paragraph(text(version.title), theme.styles.heading),
            *prose(version.wording, theme),
            Paragraph("The questions on this form", theme.styles.heading),
            *(Paragraph(text(p.label), item, bulletText="•") for p in version.purposes),
        ]
    return story
