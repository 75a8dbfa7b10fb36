"""The command line: readable output and messages, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import __version__
from peerdesk.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"peerdesk {__version__}"


def test_python_dash_m_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "peerdesk", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "demo" in done.stdout and "--database" in done.stdout


@pytest.mark.parametrize("order", ["before", "after"])
def test_database_option_before_or_after_the_command(
    tmp_path: Path, order: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    args = ["--database", db, "demo"] if order == "before" else ["demo", "--database", db]
    assert main(args) == 0
    assert main(["list", "groups", "--json", "--database", db]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [g["name"] for g in listed][:2] == ["Hearing Voices Group", "Saturday Walk and Talk"]


def test_demo_refuses_a_database_with_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["demo", "--database", db]) == 0
    assert main(["demo", "--database", db]) == 1
    assert "already holds data" in capsys.readouterr().err
    assert main(["demo", "--database", db, "--force", "--seed", "3"]) == 0


def test_list_sessions_for_a_group_and_date_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    main(["demo", "--database", db])
    capsys.readouterr()
    assert (
        main(
            [
                "--database",
                db,
                "list",
                "sessions",
                "--group",
                "women's circle",
                "--from",
                "2020-01-01",
                "--to",
                "2040-12-31",
                "--json",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["group"] for r in rows} == {"Women's Circle"}
    assert main(["--database", db, "list", "sessions", "--group", "Knitting"]) == 1
    assert "no group called “Knitting”" in capsys.readouterr().err


def test_check_reports_ok_and_fails_on_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.sqlite3"
    main(["demo", "--database", str(db)])
    assert main(["check", "--database", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "(current)" in out
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["check", "--database", str(junk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("peerdesk: ") and "Traceback" not in err


def test_a_bad_date_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["list", "sessions", "--from", "24/11/2026", "--database", str(tmp_path / "x")])
    assert stop.value.code == 2
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err


def test_errors_in_a_real_process_have_no_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    done = subprocess.run(
        [sys.executable, "-m", "peerdesk", "list", "people", "--database", str(notes)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "is not a peerdesk database" in done.stderr
    assert "Traceback" not in done.stderr
