"""CSV export of attendance: readable by spreadsheets, and never half-written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.core import export, groups
from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.storage import Store


def test_rows_for_people_and_the_headcount(demo_store: Store, today: dt.date) -> None:
    group = groups.find_group(demo_store, "Tuesday Evening Drop-in", today=today)
    rows = export.attendance_rows(
        demo_store, group.id, date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 22)
    )
    assert rows and {r[2] for r in rows} == {"Tuesday Evening Drop-in"}
    assert {r[6] for r in rows} <= {"member", "facilitator", "anonymous"}
    anonymous = [r for r in rows if r[6] == "anonymous"]
    assert all(r[4] == "" and int(r[7]) > 0 for r in anonymous)
    assert all("2026-11-01" <= r[0] <= "2026-11-22" for r in rows)


def test_a_range_the_wrong_way_round_is_refused(demo_store: Store, today: dt.date) -> None:
    group = groups.find_group(demo_store, "Women's Circle", today=today)
    with pytest.raises(ValidationError, match="before the start"):
        export.attendance_rows(
            demo_store, group.id, date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 1, 1)
        )


def test_the_command_writes_a_spreadsheet_friendly_file(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "register.csv"
    assert (
        main(
            [
                "export",
                "attendance",
                "--group",
                "Tuesday Evening Drop-in",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "-o",
                str(target),
                "--database",
                str(db_path),
            ]
        )
        == 0
    )
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheet programs read UTF-8
    with target.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert tuple(table[0]) == export.ATTENDANCE_HEADER
    assert len(table) > 10
    assert f"{len(table) - 1} rows written" in capsys.readouterr().out


def test_an_unwritable_path_is_explained_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        export.write_csv(tmp_path / "missing" / "a.csv", ["x"], [["1"]])
    with pytest.raises(StorageError, match="is a folder"):
        export.write_csv(tmp_path, ["x"], [["1"]])
    assert list(tmp_path.iterdir()) == []


def test_a_failure_half_way_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.csv"
    target.write_text("old export\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("peerdesk.core.files.os.fsync", disk_full)
    with pytest.raises(StorageError, match=r"(?i)no space left"):
        export.write_csv(target, ["x"], [["1"], ["2"]])
    assert target.read_text() == "old export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_database_option_anywhere_in_the_export_command(
    demo_store: Store, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "a.csv"
    for args in (
        ["--database", str(db_path), "export", "attendance"],
        ["export", "--database", str(db_path), "attendance"],
        ["export", "attendance", "--database", str(db_path)],
    ):
        assert main([*args, "--group", "Women's Circle", "-o", str(target)]) == 0
        assert target.stat().st_size > 100
