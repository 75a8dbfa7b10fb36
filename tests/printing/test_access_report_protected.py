"""The right of access report protected with a passphrase: an encrypted PDF and a sealed JSON."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from peerdesk.cli import main
from peerdesk.core import access, audit, sealed
from peerdesk.core.errors import ValidationError, WrongKeyError
from peerdesk.core.storage import Store, open_store
from peerdesk.printing.access_report import save_access_report

SAM = "Sam"
FULL_NAME = "Sam Fitzgerald"
PASSPHRASE = "kettle on the landing"


def _pdf_text(path: Path, password: str) -> str:
    reader = PdfReader(path)
    assert reader.is_encrypted
    reader.decrypt(password)
    return " ".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "out"
    made.mkdir()
    return made


def test_the_pdf_is_encrypted_and_the_json_sealed(
    demo_store: Store, folder: Path, today: dt.date
) -> None:
    report = access.access_report(demo_store, access.find_subject(demo_store, SAM).id, today=today)
    saved = save_access_report(demo_store, report, folder, passphrase=PASSPHRASE)
    assert saved.protected
    assert saved.json.name.endswith(".json.sealed") and saved.pdf.suffix == ".pdf"
    assert sorted(p.name for p in folder.iterdir()) == sorted([saved.pdf.name, saved.json.name])
    raw = saved.pdf.read_bytes() + saved.json.read_bytes()
    assert FULL_NAME.encode() not in raw and b"Fitzgerald" not in raw
    text = _pdf_text(saved.pdf, PASSPHRASE)
    assert FULL_NAME in text
    assert "(ending in .json.sealed)" in " ".join(text.split())  # the intro says how to open it
    with pytest.raises(FileNotDecryptedError):
        PdfReader(saved.pdf).pages[0].extract_text()
    wrong = PdfReader(saved.pdf)
    assert not wrong.decrypt("not the passphrase")
    opened = access.from_json(sealed.unseal(saved.json.read_bytes(), PASSPHRASE).decode())
    assert opened.person.details.full_name == FULL_NAME
    with pytest.raises(WrongKeyError):
        sealed.unseal(saved.json.read_bytes(), "not the passphrase")
    event = audit.list_events(demo_store)[0]
    assert event.action == audit.ACCESS_REPORT
    assert "protected with a passphrase" in event.detail and "not protected" not in event.detail


def test_a_too_short_passphrase_writes_nothing(
    demo_store: Store, folder: Path, today: dt.date
) -> None:
    report = access.access_report(demo_store, access.find_subject(demo_store, SAM).id, today=today)
    before = len(audit.list_events(demo_store))
    with pytest.raises(ValidationError):
        save_access_report(demo_store, report, folder, passphrase="short")
    assert list(folder.iterdir()) == []
    assert len(audit.list_events(demo_store)) == before


# -- the command ------------------------------------------------------------------------------


def test_the_command_protects_the_files_with_the_passphrase_from_a_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\nsecond line is ignored\n", encoding="utf-8")
    base = ["access-report", "--database", str(demo_db), "--person", SAM, "-o", str(folder)]
    assert main([*base, "--passphrase-for-files", str(secret)]) == 0
    pdf = next(folder.glob("*.pdf"))
    data = next(folder.glob("*.json.sealed"))
    assert len(list(folder.iterdir())) == 2
    assert FULL_NAME in _pdf_text(pdf, PASSPHRASE)
    assert sealed.read_sealed(data, PASSPHRASE).startswith(b"{")
    out = capsys.readouterr().out
    assert "give it to them separately" in out
    with open_store(demo_db, writer=False) as store:
        assert "protected with a passphrase" in audit.list_events(store)[0].detail


def test_the_command_refuses_to_write_plain_files_unasked(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No passphrase file and no terminal to ask on: nothing is written, --plain is named."""
    monkey_stdin = io.StringIO("")
    old, sys.stdin = sys.stdin, monkey_stdin
    try:
        base = ["access-report", "--database", str(demo_db), "--person", SAM, "-o"]
        assert main([*base, str(tmp_path)]) == 1
    finally:
        sys.stdin = old
    assert "--plain" in capsys.readouterr().err
    assert list(tmp_path.glob("access-report-*")) == []
    with pytest.raises(SystemExit):
        main([*base, str(tmp_path), "--plain", "--passphrase-for-files", "x"])
