"""The audit log: what was done and when, never who it was done to, and it cannot be edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from peerdesk.cli import main
from peerdesk.core import audit, consent, erasure, people, protection
from peerdesk.core.storage import Store, open_store

CANARY = "Quillon Brackenbury"


def test_erasure_and_consent_are_logged_without_names(store: Store, today: dt.date) -> None:
    person = people.create_person(store, people.PersonInput(preferred_name=CANARY))
    version = consent.ensure_default_form(store)
    answer = consent.Answer(person.id, {consent.KEEP_RECORDS: True}, today)
    consent.record(store, answer, version.id, today=today)
    consent.withdraw(store, person.id, on=today, today=today)
    erasure.erase_person(store, person.id)
    events = audit.list_events(store)
    assert [e.action for e in events] == [audit.ERASURE, audit.CONSENT, audit.CONSENT]
    assert events[2].detail == "Consent answers recorded for one person."
    assert events[1].detail.startswith("Consent withdrawn by one person: ")
    assert all(CANARY not in e.detail for e in events)


def test_the_log_cannot_be_changed_or_emptied(store: Store) -> None:
    audit.record(store, audit.BACKUP, "A backup was made.")
    for statement in ("UPDATE audit_events SET detail = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(IntegrityError, match="append-only"), store.engine.begin() as c:
            c.execute(text(statement))
    assert [e.detail for e in audit.list_events(store)] == ["A backup was made."]


def test_exports_restores_and_hand_overs_are_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passphrase = "kettle on at the hall"
    monkeypatch.setenv(protection.PASSPHRASE_VARIABLE, passphrase)
    db = str(tmp_path / "g.sqlite3")
    assert main(["init", "--database", db]) == 0
    assert main(["demo", "--database", db]) == 0
    exported = str(tmp_path / "p.csv")
    assert main(["export", "people", "--database", db, "-o", exported, "--plain"]) == 0
    assert main(["backup", "--database", db, "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert main(["restore", "--database", db, str(tmp_path / "b.sqlite3")]) == 0
    store = protection.unlock(Path(db), passphrase)
    handed = protection.hand_over(store, passphrase, "new organiser's words")
    with handed.store as opened:
        actions = [e.action for e in audit.list_events(opened)]
        details = " ".join(e.detail for e in audit.list_events(opened))
        names = {p.preferred_name for p in people.list_people(opened, include_archived=True)}
    assert actions[:2] == [audit.HAND_OVER, audit.RESTORE]
    # The export was logged before the backup was made, so the restored file has it too.
    assert audit.EXPORT in actions
    assert not any(name in details.split() for name in names)


def test_a_database_from_before_the_log_gains_an_empty_one(tmp_path: Path) -> None:
    import shutil

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0006.sqlite3"
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(fixture, copy)
    with open_store(copy) as opened:
        assert audit.list_events(opened) == []
