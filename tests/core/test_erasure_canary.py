"""Erasure leaves no trace: not in a decrypted full export, not in the freed pages of the file.

A facilitator from the demo data (present at sessions, with consent history, on the rota) is
renamed with made-up canary words, then erased. Afterwards every export, unsealed, and a dump
of every table of the decrypted database hold none of the words, and the figures a funder sees
are unchanged. On a plain file the bytes themselves are checked, after a checkpoint: SQLite's
secure delete has overwritten the freed cells.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from peerdesk.core import erasure, export, groups, people, protection, sealed
from peerdesk.core.funder_report import funder_report
from peerdesk.core.models import Attendance, ConsentEvent, Facilitator, RotaAssignment
from peerdesk.core.storage import Store, connect_file

PASSPHRASE = "tea urn behind the stage"
FILE_PASSPHRASE = "a passphrase for the files only"
CANARY_WORDS = ("Quillonia", "Brackenthwaite")


def _facilitator_with_history(store: Store) -> int:
    """A facilitator who was present at sessions, has consent history and rota places."""
    with store.reading() as session:
        for facilitator in session.query(Facilitator).all():
            pid = facilitator.person_id
            if (
                session.query(Attendance).filter_by(person_id=pid).count()
                and session.query(ConsentEvent).filter_by(person_id=pid).count()
                and session.query(RotaAssignment).filter_by(person_id=pid).count()
            ):
                return pid
    raise AssertionError("the demo data has no facilitator with every kind of record")


def _make_canary(store: Store, today: dt.date) -> int:
    pid = _facilitator_with_history(store)
    people.update_person(
        store,
        pid,
        people.PersonInput(
            preferred_name=CANARY_WORDS[0],
            full_name=f"{CANARY_WORDS[0]} {CANARY_WORDS[1]}",
        ),
        today=today,
    )
    return pid


def _figures(store: Store, today: dt.date) -> tuple[object, ...]:
    ids = [g.id for g in groups.list_groups(store, today=today, include_archived=True)]
    report = funder_report(store, ids, today - dt.timedelta(days=365), today, today=today)
    # Attendances stay (as anonymous headcount); "different people" rightly loses one.
    return (
        report.total_attendances,
        report.sessions_held,
        [g.attendances for g in report.groups],
        [m.attendances for m in report.months],
    )


def _full_export(store: Store, folder: Path, today: dt.date) -> str:
    """Every export peerdesk makes, sealed as it would be, then unsealed: one text."""
    all_groups = groups.list_groups(store, today=today, include_archived=True)
    tables = [
        ("people", export.PEOPLE_HEADER, export.people_rows(store, include_archived=True)),
        ("consent", export.CONSENT_HEADER, export.consent_rows(store, today=today)),
        (
            "rota",
            export.ROTA_HEADER,
            export.rota_rows(
                store, [g.id for g in all_groups], today - dt.timedelta(days=400), today
            ),
        ),
    ] + [
        (f"attendance-{g.id}", export.ATTENDANCE_HEADER, export.attendance_rows(store, g.id))
        for g in all_groups
    ]
    text = io.StringIO()
    for name, header, rows in tables:
        target = folder / f"{name}.csv.sealed"
        export.write_csv(target, header, rows, passphrase=FILE_PASSPHRASE)
        text.write(sealed.read_sealed(target, FILE_PASSPHRASE).decode("utf-8-sig"))
    return text.getvalue()


def test_an_erased_person_is_in_no_export_and_no_table_and_the_figures_stand(
    demo_store: Store, db_path: Path, tmp_path: Path, today: dt.date
) -> None:
    demo_store.close()
    protection.protect_plain(db_path, PASSPHRASE).store.close()
    store = protection.unlock(db_path, PASSPHRASE)
    try:
        pid = _make_canary(store, today)
        before = _full_export(store, tmp_path, today)
        assert all(word in before for word in CANARY_WORDS)  # the check can see them
        figures = _figures(store, today)

        erasure.erase_person(store, pid)

        after = _full_export(store, tmp_path, today)
        assert [w for w in CANARY_WORDS if w in after] == []
        assert _figures(store, today) == figures
        key = store.data_key
    finally:
        store.close()
    decrypted = connect_file(db_path, read_only=True, key=key)
    try:
        tables = [
            name
            for (name,) in decrypted.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        dump = "\n".join(
            repr(row) for table in tables for row in decrypted.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        decrypted.close()
    assert "people" in tables and len(dump) > 100_000
    assert [w for w in CANARY_WORDS if w in dump] == []


def test_on_a_plain_file_the_freed_pages_hold_no_trace(
    demo_store: Store, db_path: Path, today: dt.date
) -> None:
    def on_disk() -> bytes:
        with demo_store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return b"".join(
            p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
        )

    pid = _make_canary(demo_store, today)
    assert all(w.encode() in on_disk() for w in CANARY_WORDS)  # the check can see them
    erasure.erase_person(demo_store, pid)
    assert [w for w in CANARY_WORDS if w.encode() in on_disk()] == []
