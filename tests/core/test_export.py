"""CSV export of attendance: readable by spreadsheets, and never half-written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.core import audit, export, groups, people
from peerdesk.core.errors import StorageError, ValidationError
from peerdesk.core.storage import Store, open_store


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
    demo_store.close()  # an export is logged, so the command opens the database for writing
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
                "--plain",
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
    demo_store.close()
    for args in (
        ["--database", str(db_path), "export", "attendance"],
        ["export", "--database", str(db_path), "attendance"],
        ["export", "attendance", "--database", str(db_path)],
    ):
        assert main([*args, "--group", "Women's Circle", "-o", str(target), "--plain"]) == 0
        assert target.stat().st_size > 100


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_a_cell_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    cells = ['=HYPERLINK("http://x")', "+44 7700 900123", "-1", "@SUM(A1)", "\tTab", "Zoë"]
    export.write_csv(target, ["value"], [[c] for c in cells])
    written = [row[0] for row in _read(target)[1:]]
    assert written == ["'" + c for c in cells[:-1]] + ["Zoë"]
    assert [export.unneutralise(c) for c in written] == cells
    assert export.unneutralise("'quoted") == "'quoted"


@pytest.mark.parametrize(
    ("what", "header", "extra"),
    [
        ("people", export.PEOPLE_HEADER, []),
        ("consent", export.CONSENT_HEADER, []),
        ("rota", export.ROTA_HEADER, ["--from", "2026-11-23", "--to", "2027-02-21"]),
    ],
)
def test_people_consent_and_rota_export_from_the_command_line(
    demo_store: Store,
    db_path: Path,
    tmp_path: Path,
    what: str,
    header: tuple[str, ...],
    extra: list[str],
) -> None:
    target = tmp_path / f"{what}.csv"
    demo_store.close()
    code = main(["--database", str(db_path), "export", what, *extra, "-o", str(target), "--plain"])
    assert code == 0
    table = _read(target)
    assert tuple(table[0]) == header and len(table) > 10
    with open_store(db_path) as reopened:
        names = {p.preferred_name for p in people.list_people(reopened, include_archived=True)}
        listed = {p.preferred_name for p in people.list_people(reopened)}
        (logged,) = audit.list_events(reopened)
    assert logged.detail == f"{what} exported to CSV (plain, unprotected): {len(table) - 1} rows."
    if what == "people":
        assert {row[0] for row in table[1:]} == listed
    elif what == "consent":
        assert {row[0] for row in table[1:]} == names
        assert {row[3] for row in table[1:]} <= {
            "granted",
            "refused",
            "withdrawn",
            "lapsed",
            "none",
        }
    else:
        assert all("2026-11-23" <= row[0] <= "2027-02-21" for row in table[1:])
        on_rota = {n.strip() for row in table[1:] for n in row[5].split(",") if n.strip()}
        assert on_rota and on_rota <= names
