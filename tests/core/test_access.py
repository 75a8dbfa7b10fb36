"""The right of access report's data: everything held about one person, found from the schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text, func, insert, select

from peerdesk.core import access, consent, people, rota_edits
from peerdesk.core.erasure import erase_person
from peerdesk.core.errors import NotFoundError, StorageError, ValidationError
from peerdesk.core.models import Base, Meeting, RotaAssignment
from peerdesk.core.storage import Store

SAM = "Sam"  # a demo facilitator: attendance, consent, profile, trainings, time away, rota


def _on_rota(store: Store, person_id: int) -> int:
    """The latest session someone is on the rota for."""
    with store.reading() as session:
        found = session.scalars(
            select(RotaAssignment.meeting_id)
            .join(Meeting, Meeting.id == RotaAssignment.meeting_id)
            .where(RotaAssignment.person_id == person_id)
            .order_by(Meeting.date.desc())
        ).first()
    assert found is not None
    return found


@pytest.fixture
def sam(demo_store: Store, today: dt.date) -> int:
    """Sam, with a withdrawal and a swap added so that every kind of record is there."""
    person_id = access.find_subject(demo_store, SAM).id
    consent.withdraw(demo_store, person_id, [consent.CONTACT_TEXT], on=today, today=today)
    tom = people.find_person(demo_store, "Tom").id
    rota_edits.swap(demo_store, _on_rota(demo_store, person_id), person_id, tom, note="Away")
    rota_edits.swap(demo_store, _on_rota(demo_store, tom), tom, person_id)
    return person_id


def test_a_facilitator_report_has_every_kind_of_record(
    demo_store: Store, today: dt.date, sam: int
) -> None:
    report = access.access_report(demo_store, sam, today=today)
    person = report.person
    assert (person.id, person.details.preferred_name) == (sam, SAM)
    assert person.details == people.get_person(demo_store, sam).as_input()
    assert person.details.full_name == "Sam Fitzgerald" and person.details.phone
    assert person.archived_at is None
    assert (report.made_on, report.requested_on, report.reply_due_by) == (
        today,
        today,
        dt.date(2026, 12, 23),
    )
    kinds = {(row.status, row.is_facilitator) for row in report.sessions}
    assert {("present", True), ("present", False), ("apologies", False)} <= kinds
    assert [row.date for row in report.sessions] == sorted(
        (row.date for row in report.sessions), reverse=True
    )
    version = consent.current_version(demo_store)
    assert [s.key for s in report.consent_now] == [p.key for p in version.purposes]
    states = {s.key: s.state for s in report.consent_now}
    assert states[consent.CONTACT_TEXT] == "withdrawn"
    assert states[consent.KEEP_RECORDS] == "granted"
    assert {e.decision for e in report.consent_history} == {"granted", "refused", "withdrawn"}
    assert all(e.recorded_by and e.method for e in report.consent_history[1:])
    assert [w.id for w in report.wordings] == [version.id]
    assert report.wordings[0].wording == version.wording
    facilitator = report.facilitator
    assert facilitator is not None
    assert facilitator.groups and facilitator.usual_days and facilitator.note
    assert facilitator.trainings and facilitator.away
    assert report.rota and any(entry.locked for entry in report.rota)
    sides = {(c.kind, c.side, c.other) for c in report.rota_changes}
    assert sides == {("swap", "out", "Tom"), ("swap", "in", "Tom")}
    assert report.rota_changes[0].changed_at >= report.rota_changes[1].changed_at
    assert report.backups_kept_months == 12


def test_every_row_that_refers_to_the_person_is_copied(
    demo_store: Store, today: dt.date, sam: int
) -> None:
    report = access.access_report(demo_store, sam, today=today)
    stored = {table.table: table.rows for table in report.stored}
    assert set(stored) == {access.PEOPLE, *access.references()}
    assert stored[access.PEOPLE] == ({**stored[access.PEOPLE][0], "id": sam},)
    with demo_store.reading() as session:
        for name, columns in access.references().items():
            table = Base.metadata.tables[name]
            refers = [table.c[column] == sam for column in columns]
            for row in stored[name]:
                assert sam in (row[column] for column in columns)
            count = session.scalar(
                select(func.count()).select_from(table).where(refers[0] | refers[-1])
            )
            assert len(stored[name]) == count
    assert len(stored["attendance"]) == len(report.sessions)
    assert len(stored["consent_events"]) == len(report.consent_history)
    assert len(stored["rota_assignments"]) == len(report.rota)
    assert report.other_records() == ()


def test_every_table_that_refers_to_people_is_covered() -> None:
    """A new table (or column) with a foreign key to people.id fails here until the report
    explains it; until then it is still copied into the report as "other records"."""
    found = access.references()
    assert {"attendance", "consent_events", "facilitators", "rota_changes"} <= set(found)
    assert found["rota_changes"] == ("person_in_id", "person_out_id")
    assert access.unexplained() == []


def _with_extra_table() -> tuple[MetaData, Table]:
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    extra = Table(
        "pen_portraits",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("written_about_id", ForeignKey("people.id")),
        Column("text", Text),
    )
    return metadata, extra


def test_the_coverage_check_is_generic_and_a_new_table_is_still_copied(
    demo_store: Store, today: dt.date
) -> None:
    metadata, extra = _with_extra_table()
    assert access.unexplained(metadata) == ["pen_portraits.written_about_id"]
    person_id = access.find_subject(demo_store, SAM).id
    with demo_store.transaction() as session:
        extra.create(session.connection())
        session.execute(insert(extra), [{"written_about_id": person_id, "text": "Kind words"}])
    report = access.access_report(demo_store, person_id, today=today, metadata=metadata)
    (other,) = report.other_records()
    assert other.table == "pen_portraits"
    assert other.rows == ({"id": 1, "written_about_id": person_id, "text": "Kind words"},)


def test_the_json_round_trips_with_a_header_stable_keys_and_iso_dates(
    demo_store: Store, today: dt.date, sam: int
) -> None:
    report = access.access_report(demo_store, sam, today=today, requested_on=dt.date(2026, 10, 31))
    written = access.to_json(report)
    assert access.from_json(written) == report
    assert access.to_json(access.from_json(written)) == written
    data = json.loads(written)
    assert list(data) == [
        "format",
        "version",
        "made_on",
        "requested_on",
        "reply_due_by",
        "person",
        "sessions",
        "consent_now",
        "consent_history",
        "wordings",
        "facilitator",
        "rota",
        "rota_changes",
        "stored",
        "backups_kept_months",
    ]
    assert (data["format"], data["version"]) == ("peerdesk-access-report", 1)
    assert (data["requested_on"], data["reply_due_by"]) == ("2026-10-31", "2026-11-30")
    assert set(data["sessions"][0]) == {"date", "group_name", "status", "is_facilitator"}
    assert set(data["consent_history"][0]) >= {
        "purpose_key",
        "purpose_label",
        "decision",
        "decided_on",
        "method",
        "recorded_by",
        "paper_ref",
        "version_number",
        "recorded_at",
    }
    assert dt.date.fromisoformat(data["sessions"][0]["date"])
    assert dt.datetime.fromisoformat(data["person"]["added_at"])
    assert "Sam Fitzgerald" in written  # UTF-8 text, not \\u escapes


def test_a_file_that_is_not_a_report_is_refused() -> None:
    for text in ("not json", "[]", '{"format": "something else"}'):
        with pytest.raises(ValidationError, match="not a peerdesk access report"):
            access.from_json(text)
    with pytest.raises(ValidationError, match="different peerdesk version"):
        access.from_json('{"format": "peerdesk-access-report", "version": 99}')


@pytest.mark.parametrize(
    ("asked", "due"),
    [
        ("2026-11-23", "2026-12-23"),
        ("2026-12-31", "2027-01-31"),
        ("2027-01-31", "2027-02-28"),  # no 31 February: the last day of the month
        ("2028-01-30", "2028-02-29"),
    ],
)
def test_the_reply_is_due_one_calendar_month_later(asked: str, due: str) -> None:
    assert access.reply_due_by(dt.date.fromisoformat(asked)) == dt.date.fromisoformat(due)


def test_a_request_date_in_the_future_is_refused(demo_store: Store, today: dt.date) -> None:
    person_id = access.find_subject(demo_store, SAM).id
    with pytest.raises(ValidationError, match="in the future"):
        access.access_report(
            demo_store, person_id, today=today, requested_on=today + dt.timedelta(days=1)
        )


def test_someone_with_only_a_name(store: Store, today: dt.date) -> None:
    added = people.create_person(store, people.PersonInput("Wren"), today=today)
    report = access.access_report(store, added.id, today=today)
    assert not (report.sessions or report.consent_history or report.wordings or report.rota)
    assert {s.state for s in report.consent_now} == {"none"}
    assert report.facilitator is None
    assert [table.table for table in report.stored] == [access.PEOPLE]
    assert access.from_json(access.to_json(report)) == report


def test_archived_people_can_still_ask(demo_store: Store) -> None:
    person_id = access.find_subject(demo_store, SAM).id
    people.set_person_archived(demo_store, person_id, True)
    with pytest.raises(NotFoundError):
        people.find_person(demo_store, SAM)
    assert access.find_subject(demo_store, "sam fitzgerald").id == person_id
    assert access.find_subject(demo_store, " SAM ").id == person_id


def test_unknown_and_shared_names_are_explained(store: Store, today: dt.date) -> None:
    for _ in range(2):
        people.create_person(store, people.PersonInput("Kim"), today=today)
    with pytest.raises(ValidationError, match="2 people are called “kim”"):
        access.find_subject(store, "kim")
    with pytest.raises(NotFoundError, match="nobody called “Nobody”"):
        access.find_subject(store, "Nobody")
    for row in people.list_people(store):
        people.set_person_archived(store, row.id, True)
    with pytest.raises(ValidationError, match="2 archived people are called “Kim”"):
        access.find_subject(store, "Kim")


def test_after_erasure_the_person_cannot_be_found(
    demo_store: Store, today: dt.date, sam: int
) -> None:
    assert access.access_report(demo_store, sam, today=today).sessions
    erase_person(demo_store, sam)
    for name in (SAM, "Sam Fitzgerald"):
        with pytest.raises(NotFoundError, match="nobody called"):
            access.find_subject(demo_store, name)
    with pytest.raises(NotFoundError, match="no longer in the directory"):
        access.access_report(demo_store, sam, today=today)
    with demo_store.reading() as session:
        assert access.stored_rows(session, sam) == ()


def test_file_names_and_folders(tmp_path: Path, today: dt.date) -> None:
    pdf, data = access.report_paths(tmp_path, today)
    assert pdf.parent == data.parent == tmp_path
    assert pdf.stem == data.stem and pdf.stem.startswith("access-report-2026-11-23-")
    assert (pdf.suffix, data.suffix) == (".pdf", ".json")
    assert access.check_folder(tmp_path) == tmp_path
    with pytest.raises(StorageError, match="does not exist; nothing was written"):
        access.check_folder(tmp_path / "missing")
