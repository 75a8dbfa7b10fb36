"""The right of access report as files: the PDF read back, the JSON beside it, and the command."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import stat
import statistics
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.core import access, audit, consent
from peerdesk.core.access import AccessReport, Scalar, StoredTable
from peerdesk.core.errors import StorageError
from peerdesk.core.files import write_atomically
from peerdesk.core.storage import Store, open_store
from peerdesk.printing import access_report as printed
from peerdesk.printing.access_report import STATE_WORDS, access_report_pdf

SAM = "Sam"  # a demo facilitator
_NAME = re.compile(r"^access-report-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.(pdf|json)$")


def _flat(text: str) -> str:
    """Text as read back, with line breaks and runs of spaces (no-break ones too) made single."""
    return re.sub(r"\s+", " ", text).strip()


def _pdf(report: AccessReport, *, large_print: bool = False) -> bytes:
    return access_report_pdf(report, large_print=large_print)[0]


def _text(pdf: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return _flat(" ".join(page.extract_text() for page in reader.pages))


def _median_font_size(pdf: bytes) -> float:
    sizes: list[float] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * tm[0])

    for page in PdfReader(io.BytesIO(pdf)).pages[:3]:
        page.extract_text(visitor_text=visit)
    return statistics.median(sizes)


@pytest.fixture
def report(demo_store: Store, today: dt.date) -> AccessReport:
    person_id = access.find_subject(demo_store, SAM).id
    consent.withdraw(demo_store, person_id, [consent.CONTACT_TEXT], on=today, today=today)
    return access.access_report(demo_store, person_id, today=today)


def _expected_session_lines(report: AccessReport) -> list[str]:
    """Each year and group's dates, as the report lists them: every date, in calendar order."""
    words = {
        "facilitator": "Came as a facilitator",
        "present": "Came",
        "apologies": "Sent apologies",
    }
    lines: dict[tuple[int, str, str], list[dt.date]] = {}
    for row in report.sessions:
        how = "facilitator" if row.status == "present" and row.is_facilitator else row.status
        lines.setdefault((row.date.year, row.group_name, how), []).append(row.date)
    return [
        f"{words[how]} ({len(days)}): " + ", ".join(f"{d.day} {d:%b}" for d in sorted(days))
        for (_, _, how), days in lines.items()
    ]


def test_the_pdf_names_the_person_and_shows_every_date_and_consent_state(
    report: AccessReport,
) -> None:
    text = _text(_pdf(report))
    assert "Everything the group’s records in peerdesk hold about Sam" in text
    assert "Sam Fitzgerald" in text and report.person.details.phone in text
    assert "Requested on Monday 23 November 2026" in text
    assert "Reply due by Wednesday 23 December 2026" in text
    for line in _expected_session_lines(report):
        assert line in text
    assert len(report.sessions) > 100
    for state in report.consent_now:
        assert f"{STATE_WORDS[state.state]} {_flat(state.label)}" in text
    assert "Withdrawn You may send me text messages about the group." in text
    for event in report.consent_history:
        assert _flat(event.purpose_label) in text
    facilitator = report.facilitator
    assert facilitator is not None
    for training in facilitator.trainings:
        assert _flat(f"{training.kind}, {printed.day(training.completed_on)}") in text
    for entry in report.rota:
        assert _flat(f"{printed.day(entry.date)} {entry.group}") in text
    assert "up to about 12 months" in text
    assert "ico.org.uk" in text
    assert _flat(report.wordings[0].wording.splitlines()[0]) in text


def test_the_title_and_subject_never_name_the_person(report: AccessReport) -> None:
    metadata = PdfReader(io.BytesIO(_pdf(report))).metadata
    assert metadata is not None
    assert metadata.title == "Right of access report"
    for value in metadata.values():
        assert "sam" not in str(value).casefold()


def test_large_print_is_larger(report: AccessReport) -> None:
    normal, large = _pdf(report), _pdf(report, large_print=True)
    assert _median_font_size(large) > _median_font_size(normal) * 1.3
    assert len(PdfReader(io.BytesIO(large)).pages) > len(PdfReader(io.BytesIO(normal)).pages)
    assert _text(large).count("Came as a facilitator") == _text(normal).count(
        "Came as a facilitator"
    )


def test_someone_with_only_a_name_gets_a_short_kind_report(store: Store, today: dt.date) -> None:
    from peerdesk.core import people

    added = people.create_person(store, people.PersonInput("Wren"), today=today)
    text = _text(_pdf(access.access_report(store, added.id, today=today)))
    assert "There is no record of you at any session." in text
    assert "We have no consent answers from you on record." in text
    assert "Not asked I would like to take part" in text
    assert "As a facilitator" not in text and "On the rota" not in text
    assert "As you facilitate" not in text


def test_a_table_the_report_does_not_know_yet_is_printed_as_stored(
    report: AccessReport,
) -> None:
    row: dict[str, Scalar] = {"id": 1, "person_id": report.person.id, "text": "Brings biscuits"}
    found = replace(report, stored=(*report.stored, StoredTable("pen_portraits", (row,))))
    assert found.other_records() == (StoredTable("pen_portraits", (row,)),)
    text = _text(_pdf(found))
    assert "Other records" in text
    assert "Pen portraits 1" in text and "text: Brings biscuits" in text
    assert "Other records" not in _text(_pdf(report))


# -- the command -------------------------------------------------------------------------------


def _events(db: Path) -> list[audit.AuditRow]:
    with open_store(db, writer=False) as store:
        return audit.list_events(store)


def test_the_command_writes_both_files_owner_only_and_logs_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    before = len(_events(demo_db))
    requested = dt.date.today() - dt.timedelta(days=3)
    args = ["access-report", "--database", str(demo_db), "--person", "sam", "-o", str(folder)]
    assert main([*args, "--requested", requested.isoformat(), "--plain"]) == 0
    files = sorted(folder.iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"]
    assert files[0].stem == files[1].stem
    for path in files:
        assert _NAME.match(path.name), path.name
        assert "sam" not in path.name.casefold()
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = access.from_json(files[0].read_text(encoding="utf-8"))
    assert saved.person.details.full_name == "Sam Fitzgerald"
    assert saved.requested_on == requested
    assert saved.reply_due_by == access.reply_due_by(requested)
    assert json.loads(files[0].read_bytes())["format"] == "peerdesk-access-report"
    assert "Sam Fitzgerald" in _text(files[1])
    out = capsys.readouterr().out
    assert str(files[1]) in out and str(files[0]) in out
    assert "the reply is due by" in out
    assert "NOT protected" in out
    events = _events(demo_db)
    assert len(events) == before + 1
    assert events[0].action == audit.ACCESS_REPORT
    assert "sam" not in events[0].detail.casefold()
    assert access.reply_due_by(requested).isoformat() in events[0].detail
    assert "not protected" in events[0].detail


def test_the_command_refuses_an_unknown_person_and_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(_events(demo_db))
    args = ["access-report", "--database", str(demo_db), "--plain", "--person", "Nobody", "-o"]
    assert main([*args, str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err == "peerdesk: There is nobody called “Nobody” in the directory.\n"
    assert not list(tmp_path.glob("access-report-*"))
    assert len(_events(demo_db)) == before


def test_the_command_refuses_a_missing_folder_or_a_future_request(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["access-report", "--database", str(demo_db), "--person", SAM, "-o"]
    missing = tmp_path / "nowhere"
    assert main([*base, str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"peerdesk: The folder {missing} does not exist; nothing was written.\n"
    )
    later = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert main([*base, str(tmp_path), "--requested", later]) == 1
    assert "in the future" in capsys.readouterr().err
    assert not list(tmp_path.glob("access-report-*"))


def test_a_failed_write_leaves_neither_file_nor_a_log_entry(
    demo_store: Store, report: AccessReport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = write_atomically
    calls: list[Path] = []

    def second_fails(path: Path, data: bytes, *, private: bool = True) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise StorageError(f"Cannot save {path}: no space left on device.")
        real(path, data, private=private)

    monkeypatch.setattr("peerdesk.printing.access_report.write_atomically", second_fails)
    before = len(audit.list_events(demo_store))
    with pytest.raises(StorageError, match="no space left"):
        printed.save_access_report(demo_store, report, tmp_path)
    assert not list(tmp_path.glob("access-report-*"))
    assert len(audit.list_events(demo_store)) == before
    monkeypatch.setattr("peerdesk.printing.access_report.write_atomically", real)
    saved = printed.save_access_report(demo_store, report, tmp_path, large_print=True)
    assert saved.pdf.exists() and saved.json.exists() and saved.pages > 1


def test_the_access_report_command_is_wired_into_peerdesk(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peerdesk.cli import main

    demo_store.close()
    folder = tmp_path / "out"
    folder.mkdir()
    base = ["access-report", "--database", str(db_path), "-o", str(folder)]
    assert main([*base, "--person", "Sam", "--plain"]) == 0
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".pdf"]
    assert main([*base, "--person", "Nobody Here"]) == 1
    assert "peerdesk: " in capsys.readouterr().err
