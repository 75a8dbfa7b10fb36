"""`peerdesk pack`: one session's pack, or every session in a range, as PDF files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerdesk.cli import main
from peerdesk.core.demo import populate
from peerdesk.core.storage import open_store

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def db(db_path: Path) -> Path:
    """A closed demo database: `peerdesk pack` opens it itself, as a second program would."""
    with open_store(db_path) as store:
        populate(store, seed=1, today=TODAY)
    return db_path


def test_one_sessions_pack(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "pack.pdf"
    args = ["pack", "--group", "Tuesday Evening Drop-in", "--date", "2026-11-24"]
    assert main([*args, "-o", str(target), "--paper", "letter", "--database", str(db)]) == 0
    reader = PdfReader(target)
    assert len(reader.pages) > 10
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    first = reader.pages[0].extract_text()
    assert "Tuesday Evening Drop-in" in first and "Facilitator cover sheet" in first
    out = capsys.readouterr().out
    assert "pack.pdf: " in out and "missing:" not in out  # the demo's rota names facilitators


def test_packs_for_a_range(db: Path, tmp_path: Path) -> None:
    args = ["pack", "--from", "2026-11-24", "--to", "2026-11-30", "-o", str(tmp_path)]
    assert main([*args, "--database", str(db)]) == 0
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "2026-11-24 Tuesday Evening Drop-in.pdf",
        "2026-11-28 Saturday Walk and Talk.pdf",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--group", "Tuesday Evening Drop-in", "--date", "2026-11-25"], "has no session on"),
        (["--date", "2026-11-24"], "--date needs --group"),
        (["--from", "2026-11-24"], "needs both --from and --to"),
        (["--group", "Knitting", "--date", "2026-11-24"], "no group called"),
    ],
)
def test_mistakes_are_explained(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "pack.pdf"
    assert main(["pack", *args, "-o", str(target), "--database", str(db)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not target.exists()


def test_the_pack_reads_back_strictly(db: Path, tmp_path: Path) -> None:
    """Every page of a real demo pack parses under pypdf's strict mode."""
    target = tmp_path / "pack.pdf"
    args = ["pack", "--group", "Tuesday Evening Drop-in", "--date", "2026-11-24"]
    assert main([*args, "-o", str(target), "--large-print", "--database", str(db)]) == 0
    reader = PdfReader(target, strict=True)
    texts = [page.extract_text() for page in reader.pages]
    assert all(text.strip() for text in texts)
    assert reader.metadata is not None and reader.metadata.title
    assert "Tuesday Evening Drop-in" not in (reader.metadata.author or "")
