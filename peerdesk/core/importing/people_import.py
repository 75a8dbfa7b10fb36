"""Saving a preview: everyone ready goes in one transaction, or nobody does.

Where the spreadsheet records consent to be contacted, that consent is recorded in the same
transaction as the person ("in writing", by "Imported from <file>", dated the day of the import)
and only for the details the row holds: a phone number gets ``contact_phone``, an email
``contact_email``. Without it the preview has already left the details out. Consent events are
written here rather than through ``consent.record_many`` because that opens its own transaction,
and a person must never exist without the consent that lets us keep their number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert
from sqlalchemy.orm import Session

from peerdesk.core import audit, consent
from peerdesk.core.importing.preview import Preview, PreviewRow, Problem, known_in
from peerdesk.core.importing.readers import Progress
from peerdesk.core.models import CONSENT_GRANTED, ConsentEvent, Person, utcnow
from peerdesk.core.rota_service import FacilitatorInput, set_facilitator_in
from peerdesk.core.storage import Store
from peerdesk.core.text import counted, translate

# Rows saved per statement; progress is reported (and cancelling is possible) between chunks.
CHUNK = 500
_RECORDED_BY_LENGTH = 80  # ConsentEvent.recorded_by


@dataclass(frozen=True)
class Tally:
    """What the imported rows held, for the summary."""

    facilitators: int = 0
    consents_recorded: int = 0
    """People whose consent to be contacted was recorded."""
    people_without_contact: int = 0
    """People imported without the phone number or email the spreadsheet had for them."""
    phones_dropped: int = 0
    emails_dropped: int = 0
    duplicates_imported: int = 0

    @classmethod
    def of(cls, rows: Sequence[PreviewRow]) -> Tally:
        return cls(
            facilitators=sum(1 for row in rows if row.facilitator),
            consents_recorded=sum(1 for row in rows if row.contact_consent),
            people_without_contact=sum(1 for row in rows if row.dropped),
            phones_dropped=sum(1 for row in rows if "phone" in row.dropped),
            emails_dropped=sum(1 for row in rows if "email" in row.dropped),
            duplicates_imported=sum(1 for row in rows if row.status == "duplicate"),
        )


@dataclass(frozen=True)
class ImportSummary:
    source_name: str
    person_ids: tuple[int, ...]
    skipped: tuple[PreviewRow, ...]
    """Rows left out, each with its problems (``reasons()`` says why)."""
    skipped_duplicates: int
    tally: Tally

    @property
    def imported(self) -> int:
        return len(self.person_ids)

    def lines(self) -> list[str]:
        """The outcome in a few plain sentences, for the command line and the wizard."""
        problems = len(self.skipped) - self.skipped_duplicates
        return outcome_lines(
            self.imported, self.source_name, problems, self.skipped_duplicates, self.tally
        )


def recorded_by(source_name: str) -> str:
    return f"Imported from {source_name}"[:_RECORDED_BY_LENGTH]


def import_people(
    store: Store,
    preview: Preview,
    *,
    today: dt.date,
    source_name: str | None = None,
    include_duplicates: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Save every row the preview marks ready (and the likely duplicates too, if asked), all in
    one transaction. ``progress`` may raise to cancel: then nothing at all is saved."""
    source = source_name or preview.source_name
    wanted = preview.to_import(include_duplicates)
    lines = {row.line for row in wanted}
    skipped = [row for row in preview.rows if row.line not in lines]
    with store.transaction() as session:
        # Someone may have been added since the preview was made: check again, inside the
        # transaction, so that the check and the save see the same directory.
        known = known_in(session)
        chosen = []
        for row in wanted:
            found = known.match(row.keys) if row.status == "ready" else None
            if found is not None and not include_duplicates:
                message = translate(
                    "importing", "Added to peerdesk since the preview as {who}: {why}."
                ).format(who=found[0], why=found[1])
                late = Problem("duplicate", message)
                skipped.append(replace(row, problems=(*row.problems, late)))
            else:
                chosen.append(row)
        ids = _save(session, chosen, today, recorded_by(source), progress)
        audit.record_in(session, audit.IMPORT, f"{len(ids)} people imported from a spreadsheet.")
    skipped.sort(key=lambda s: s.line)
    duplicates_skipped = len(skipped) - len(preview.with_status("skipped"))
    return ImportSummary(
        source_name=source,
        person_ids=tuple(ids),
        skipped=tuple(skipped),
        skipped_duplicates=duplicates_skipped,
        tally=Tally.of(chosen),
    )


def _save(
    session: Session,
    rows: Sequence[PreviewRow],
    today: dt.date,
    recorder: str,
    progress: Progress | None,
) -> list[int]:
    version_id = None
    if any(row.contact_consent for row in rows):
        version_id = consent.default_version_id(session)
        version = consent.version_row(session, version_id)
        for key in (consent.CONTACT_PHONE, consent.CONTACT_EMAIL):
            version.purpose(key)  # a readable error if the form has no such purpose
    ids: list[int] = []
    now = utcnow()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        people = [{**_kept(row), "created_at": now, "updated_at": now} for row in chunk]
        statement = insert(Person).returning(Person.id, sort_by_parameter_order=True)
        new_ids = list(session.scalars(statement, people))
        events = [
            event
            for person_id, row in zip(new_ids, chunk, strict=True)
            for event in consent_events(person_id, row, version_id, today, recorder)
        ]
        if events:
            session.execute(insert(ConsentEvent), events)
        for person_id, row in zip(new_ids, chunk, strict=True):
            if row.facilitator:
                # Groups cannot be known from the file; they are chosen in the profile later.
                data = FacilitatorInput(person_id, frozenset(), experienced=row.experienced)
                set_facilitator_in(session, data)
        ids.extend(new_ids)
        if progress is not None:
            progress(len(ids), len(rows))
    return ids


def _kept(row: PreviewRow) -> dict[str, str]:
    """What is saved of a row: never a contact detail without the consent that covers it, even
    from a preview put together by hand."""
    details = dict(row.person.__dict__)
    if not row.contact_consent:
        details.update(phone="", email="")
    return details


def consent_events(
    person_id: int, row: PreviewRow, version_id: int | None, today: dt.date, recorder: str
) -> list[dict[str, object]]:
    """The consent to be contacted that covers the details this row keeps (none without)."""
    if not row.contact_consent or version_id is None:
        return []
    keys = [consent.CONTACT_PHONE] if row.person.phone else []
    keys += [consent.CONTACT_EMAIL] if row.person.email else []
    return [
        {
            "person_id": person_id,
            "version_id": version_id,
            "purpose_key": key,
            "decision": CONSENT_GRANTED,
            "decided_on": today,
            "method": "written",
            "recorded_by": recorder,
            "paper_ref": "",
        }
        for key in keys
    ]


def outcome_lines(
    imported: int,
    source_name: str,
    problems: int,
    duplicates: int,
    tally: Tally,
    *,
    would: bool = False,
) -> list[str]:
    """The summary of an import (or, with ``would``, of what an import would do). Each line is
    a whole sentence for the translator, the singular apart from the plural."""
    lines = [_imported_line(imported, source_name, would)]
    if tally.facilitators:
        lines.append(
            (
                translate(
                    "importing",
                    "{count} of them is a facilitator; choose their groups in their "
                    "facilitator profiles.",
                )
                if tally.facilitators == 1
                else translate(
                    "importing",
                    "{count} of them are facilitators; choose their groups in their "
                    "facilitator profiles.",
                )
            ).format(count=tally.facilitators)
        )
    if problems or duplicates:
        lines.append(_skipped_line(problems, duplicates))
    if tally.consents_recorded:
        lines.append(_consent_line(tally.consents_recorded, source_name, would))
    if tally.people_without_contact:
        lines.append(_left_out_line(tally))
    return lines


def _imported_line(imported: int, source_name: str, would: bool) -> str:
    if not imported:
        if would:
            text = translate("importing", "Nobody would be imported from {source}.")
        else:
            text = translate("importing", "Nobody was imported from {source}.")
    elif would:
        text = (
            translate("importing", "Would import {count} person from {source}.")
            if imported == 1
            else translate("importing", "Would import {count} people from {source}.")
        )
    else:
        text = (
            translate("importing", "Imported {count} person from {source}.")
            if imported == 1
            else translate("importing", "Imported {count} people from {source}.")
        )
    return text.format(count=imported, source=source_name)


def _skipped_line(problems: int, duplicates: int) -> str:
    count = problems + duplicates
    if problems and duplicates:  # two rows at least
        text = translate(
            "importing",
            "Skipped {count} rows: {problems} with a problem to fix and {duplicates} probably "
            "already in peerdesk or repeated in the file.",
        )
    elif problems:
        text = (
            translate("importing", "Skipped {count} row: {problems} with a problem to fix.")
            if count == 1
            else translate("importing", "Skipped {count} rows: {problems} with a problem to fix.")
        )
    elif count == 1:
        text = translate(
            "importing",
            "Skipped {count} row: {duplicates} probably already in peerdesk or repeated in "
            "the file.",
        )
    else:
        text = translate(
            "importing",
            "Skipped {count} rows: {duplicates} probably already in peerdesk or repeated in "
            "the file.",
        )
    return text.format(count=count, problems=problems, duplicates=duplicates)


def _consent_line(count: int, source_name: str, would: bool) -> str:
    if would:
        text = (
            translate(
                "importing",
                "Consent to be contacted would be recorded for {count} person, in writing, "
                "as “{recorded_by}”.",
            )
            if count == 1
            else translate(
                "importing",
                "Consent to be contacted would be recorded for {count} people, in writing, "
                "as “{recorded_by}”.",
            )
        )
    else:
        text = (
            translate(
                "importing",
                "Consent to be contacted recorded for {count} person, in writing, as "
                "“{recorded_by}”.",
            )
            if count == 1
            else translate(
                "importing",
                "Consent to be contacted recorded for {count} people, in writing, as "
                "“{recorded_by}”.",
            )
        )
    return text.format(count=count, recorded_by=recorded_by(source_name))


def _left_out_line(tally: Tally) -> str:
    phones, emails = tally.phones_dropped, tally.emails_dropped
    parts: list[str] = []
    if phones:
        parts.append(
            counted(
                phones,
                translate("importing", "{count} phone number"),
                translate("importing", "{count} phone numbers"),
            )
        )
    if emails:
        parts.append(
            counted(
                emails,
                translate("importing", "{count} email"),
                translate("importing", "{count} emails"),
            )
        )
    details = (
        translate("importing", "{first} and {second}").format(first=parts[0], second=parts[1])
        if len(parts) == 2
        else "".join(parts)  # one of them (a tally made by hand may have neither)
    )
    people = tally.people_without_contact
    text = (
        translate(
            "importing",
            "Contact details left out for {count} person whose consent to be contacted is "
            "not recorded: {details}.",
        )
        if people == 1
        else translate(
            "importing",
            "Contact details left out for {count} people whose consent to be contacted is "
            "not recorded: {details}.",
        )
    )
    return text.format(count=people, details=details)


def preview_lines(preview: Preview, *, include_duplicates: bool = False) -> list[str]:
    """What ``import_people`` would do with this preview, in the words of its summary."""
    chosen = preview.to_import(include_duplicates)
    duplicates = 0 if include_duplicates else len(preview.with_status("duplicate"))
    problems = len(preview.with_status("skipped"))
    tally = Tally.of(chosen)
    return outcome_lines(len(chosen), preview.source_name, problems, duplicates, tally, would=True)
