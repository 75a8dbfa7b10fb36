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
from peerdesk.core.access import AccessReport
from peerdesk.core.attendance import HistoryRow
from peerdesk.core.consent import EventRow, PurposeState, VersionRow
from peerdesk.core.files import write_atomically
from peerdesk.core.keys import check_passphrase
from peerdesk.core.sealed import SEALED_SUFFIX, write_sealed
from peerdesk.core.storage import Store
from peerdesk.core.text import translate
from peerdesk.printing.access_words import (
    ATTENDED_ORDER,
    STATE_WORDS,
    about_you_rows,
    answer_note,
    answer_word,
    attended,
    change_words,
    day,
    day_in_year,
    facilitator_rows,
    introduction,
    rights,
    sessions_intro,
    state_note,
    title,
)
from peerdesk.printing.blocks import facts, heading_block, long_date, prose, sheet_start, text
from peerdesk.printing.render import render_pdf
from peerdesk.printing.theme import Paper, Theme

# STATE_WORDS and day live with the other words; the tests read them from here.
__all__ = [
    "STATE_WORDS",
    "SavedAccessReport",
    "access_report_pdf",
    "build_access_report",
    "day",
    "encrypt_pdf",
    "save_access_report",
]


@dataclass(frozen=True)
class SavedAccessReport:
    pdf: Path
    json: Path
    pages: int
    protected: bool = False
    """The PDF is encrypted and the JSON sealed, both with the passphrase given."""


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
    made = translate("access_report", "Made by peerdesk on {date}").format(
        date=report.made_on.isoformat()
    )
    pages = render_pdf(lambda _: story, theme, buffer, title=title(), subject=made)
    return buffer.getvalue(), pages


def build_access_report(
    report: AccessReport, theme: Theme, *, sealed_data: bool = False
) -> list[Flowable]:
    name = report.person.details.preferred_name
    story: list[Flowable] = [
        sheet_start(
            translate("access_report", "{title} · made on {date}").format(
                title=title(), date=long_date(report.made_on)
            ),
            note=translate(
                "access_report", "Private: about one person. Please keep it somewhere safe."
            ),
        ),
        *heading_block(
            translate("access_report", "Your information"),
            translate(
                "access_report", "Everything the group’s records in peerdesk hold about {name}"
            ).format(name=name),
            theme,
        ),
        Paragraph(text(introduction(sealed_data=sealed_data)), theme.styles.intro),
        facts(
            [
                (translate("access_report", "Requested on"), long_date(report.requested_on)),
                (translate("access_report", "Reply due by"), long_date(report.reply_due_by)),
                (translate("access_report", "Made on"), long_date(report.made_on)),
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
        *heading_block(
            translate("access_report", "About your information"),
            translate("access_report", "What we keep and why, and your rights"),
            theme,
        ),
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
    rows = about_you_rows(report)
    intro = translate(
        "access_report",
        "Only your preferred name is needed. “Not kept” means we hold nothing there.",
    )
    return [*_section(translate("access_report", "About you"), intro, theme), facts(rows, theme)]


def _consent_now(states: Sequence[PurposeState], theme: Theme) -> list[Flowable]:
    intro = translate(
        "access_report",
        "What you have told us you are happy with, one thing at a time, as it stands today. "
        "You can change any of these at any time.",
    )
    rows = [
        (STATE_WORDS[state.state], _with_note(text(state.label), state_note(state), theme))
        for state in states
    ]
    return [
        *_section(translate("access_report", "Your consent today"), intro, theme),
        facts(rows, theme),
    ]


def _consent_history(events: Sequence[EventRow], theme: Theme) -> list[Flowable]:
    heading = translate("access_report", "Every consent answer we have recorded")
    if not events:
        return _section(
            heading,
            translate("access_report", "We have no consent answers from you on record."),
            theme,
        )
    intro = translate(
        "access_report",
        "Each answer is kept, newest first, even after you change your mind, so that we can "
        "show what you agreed to and when. The wording you answered is at the end.",
    )
    rows = [
        (
            day(event.decided_on),
            _with_note(
                translate("access_report", "<b>{answer}:</b> {purpose}").format(
                    answer=text(answer_word(event.decision)), purpose=text(event.purpose_label)
                ),
                answer_note(event),
                theme,
            ),
        )
        for event in events
    ]
    return [*_section(heading, intro, theme), facts(rows, theme)]


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
            (attended(how, len(kinds[how])), ", ".join(day_in_year(d) for d in sorted(kinds[how])))
            for how in ATTENDED_ORDER
            if how in kinds
        ]
        out.append((year, group, lines))
    return out


def _sessions(sessions: Sequence[HistoryRow], theme: Theme) -> list[Flowable]:
    heading = translate("access_report", "Sessions")
    if not sessions:
        return _section(
            heading,
            translate(
                "access_report",
                "There is no record of you at any session. If you came without giving your "
                "name, you were counted, but nothing links those sessions to you.",
            ),
            theme,
        )
    came = sum(1 for row in sessions if row.status == "present")
    first, last = long_date(sessions[-1].date), long_date(sessions[0].date)
    intro = sessions_intro(came, len(sessions) - came, first, last)
    rows = [
        (
            str(year),
            [
                Paragraph(f"<b>{text(group)}</b>", theme.styles.label),
                *(
                    Paragraph(
                        translate("access_report", "{how}: {dates}").format(
                            how=text(how), dates=text(dates)
                        ),
                        theme.styles.label,
                    )
                    for how, dates in lines
                ),
            ],
        )
        for year, group, lines in _session_dates(sessions)
    ]
    return [*_section(heading, intro, theme), facts(rows, theme)]


def _facilitating(report: AccessReport, theme: Theme) -> list[Flowable]:
    profile = report.facilitator
    story: list[Flowable] = []
    if profile is not None:
        rows = facilitator_rows(profile)
        intro = translate(
            "access_report", "What the group keeps to plan the facilitator rota fairly."
        )
        story += [
            *_section(translate("access_report", "As a facilitator"), intro, theme),
            facts(rows, theme),
        ]
    if report.rota:
        intro = translate(
            "access_report",
            "Every session you are or were on the rota for, newest first, with the reason "
            "peerdesk gave for choosing you.",
        )
        rows_rota = [
            (
                day(entry.date),
                _with_note(
                    (
                        translate("access_report", "<b>{group}</b> · fixed by hand")
                        if entry.locked
                        else "<b>{group}</b>"
                    ).format(group=text(entry.group)),
                    entry.reason,
                    theme,
                ),
            )
            for entry in report.rota
        ]
        story += [
            *_section(translate("access_report", "On the rota"), intro, theme),
            facts(rows_rota, theme),
        ]
    if report.rota_changes:
        rows_changes = [
            (
                day(change.changed_at),
                _with_note(
                    change_words(change),
                    translate("access_report", "Note: {note}").format(note=change.note)
                    if change.note
                    else "",
                    theme,
                ),
            )
            for change in report.rota_changes
        ]
        intro = translate(
            "access_report", "Swaps and other changes to the rota that involve you, newest first."
        )
        story += [
            *_section(translate("access_report", "Changes made to the rota by hand"), intro, theme),
            facts(rows_changes, theme),
        ]
    return story


def _other_records(tables: Sequence[access.StoredTable], theme: Theme) -> list[Flowable]:
    """Anything stored about the person that has no section of its own yet, as it is stored."""
    if not tables:
        return []
    story = _section(
        translate("access_report", "Other records"),
        translate("access_report", "More that peerdesk stores about you, shown as it is kept."),
        theme,
    )
    for table in tables:
        rows = [
            (
                translate("access_report", "{record} {number}").format(
                    record=table.table.replace("_", " ").capitalize(), number=number
                ),
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
                translate("access_report", "The consent wording you answered"),
                translate(
                    "access_report", "{form}, version {number}: exactly as you were shown it"
                ).format(form=version.form_name, number=version.number),
                theme,
            ),
            Paragraph(text(version.title), theme.styles.heading),
            *prose(version.wording, theme),
            Paragraph(
                translate("access_report", "The questions on this form"), theme.styles.heading
            ),
            *(Paragraph(text(p.label), item, bulletText="•") for p in version.purposes),
        ]
    return story
