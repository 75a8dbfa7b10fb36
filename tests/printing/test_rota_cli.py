"""The command line's printouts: `peerdesk rota --pdf --ics`, `availability-form` and `report`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from peerdesk.cli import main


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    # `peerdesk demo` uses the real today, so ranges below are taken from it too.
    db = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--database", db]) == 0
    return db


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_rota_prints_a_pdf_and_writes_calendars(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = dt.date.today()
    end = start + dt.timedelta(days=60)
    pdf, folder = tmp_path / "rota.pdf", tmp_path / "calendars"
    folder.mkdir()
    args = ["--group", "Tuesday Evening Drop-in", "--from", str(start), "--to", str(end)]
    capsys.readouterr()
    assert (
        main(["rota", "--database", demo_db, *args, "--pdf", str(pdf), "--ics", str(folder)]) == 0
    )
    out = capsys.readouterr().out
    assert f"Rota printed to {pdf}" in out and "calendar files written" in out
    assert "Who facilitates together" in out
    text = _text(pdf)
    files = sorted(folder.glob("*.ics"))
    assert files
    for path in files:
        name = path.name.removesuffix(" rota.ics")
        assert name in text
        events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
        assert events and all("Tuesday Evening Drop-in" in str(e["summary"]) for e in events)


def test_rota_refuses_a_missing_folder_before_saving_anything(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = dt.date.today() + dt.timedelta(days=120)
    args = ["--group", "Women's Circle", "--from", str(start), "--to", str(start)]
    missing = tmp_path / "nowhere"
    assert main(["rota", "--database", demo_db, *args, "--apply", "--ics", str(missing)]) == 1
    assert "does not exist; nothing was saved" in capsys.readouterr().err


def test_availability_forms_for_the_next_quarter(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "availability.pdf"
    assert main(["availability-form", "--database", demo_db, "-o", str(target)]) == 0
    assert "11 facilitators and a blank one" in capsys.readouterr().out
    assert "Sam" in _text(target)
    assert (
        main(
            ["availability-form", "--database", demo_db, "--from", "2027-01-01", "-o", str(target)]
        )
        == 1
    )
    assert "both --from and --to" in capsys.readouterr().err


def test_the_funder_report_command(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    end = dt.date.today()
    start = end - dt.timedelta(days=180)
    args = ["report", "--database", demo_db, "--from", str(start), "--to", str(end)]
    assert main([*args, "-o", str(target)]) == 0
    assert f"saved to {target}" in capsys.readouterr().out
    assert "Tuesday Evening Drop-in" in _text(target)
    assert main([*args, "--group", "No Such Group", "-o", str(target)]) == 1
    assert "No Such Group" in capsys.readouterr().err
