"""The recovery sheet: the key reads back exactly, and the command line prints it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.core import keys, protection
from peerdesk.printing.recovery_sheet import RecoverySheet, write_recovery_sheet


def _groups(text: str) -> list[str]:
    """The four-character groups a recovery key is printed in (base32: A-Z and 2-7; no date or
    word on the sheet looks like one)."""
    return [word for word in text.split() if re.fullmatch("[A-Z2-7]{4}", word)]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("large_print", [False, True])
def test_the_key_reads_back_group_by_group(tmp_path: Path, large_print: bool) -> None:
    key = keys.recovery_key_text(keys.new_data_key())
    target = tmp_path / "sheet.pdf"
    sheet = RecoverySheet(key, Path("/data/peerdesk.sqlite3"), dt.date(2026, 11, 23), "Drop-in")
    pages = write_recovery_sheet(sheet, target, large_print=large_print)
    assert pages == (2 if large_print else 1)
    text = _text(target)
    for group in key.split("-"):
        assert group in text
    assert "peerdesk.sqlite3" in text and "Monday 23 November 2026" in text
    assert target.stat().st_mode & 0o077 == 0
    found = _groups(text)
    assert keys.parse_recovery_key("".join(g for g in found if g in key.split("-"))) == (
        keys.parse_recovery_key(key)
    )


def test_init_prints_a_sheet_whose_key_opens_the_database(tmp_path: Path) -> None:
    db, sheet, secret = tmp_path / "g.sqlite3", tmp_path / "sheet.pdf", tmp_path / "p.txt"
    secret.write_text("a long enough passphrase")
    args = ["init", "--database", str(db), "--passphrase-file", str(secret)]
    assert main([*args, "--recovery-sheet", str(sheet)]) == 0
    groups = _groups(_text(sheet))
    typed = " ".join(groups[:14])
    protection.unlock_with_recovery_key(db, typed).close()
