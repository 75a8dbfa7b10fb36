"""Files that leave the database: sealed under a passphrase unless the person asks for plain."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from peerdesk.cli import main
from peerdesk.core import audit, sealed
from peerdesk.core.errors import PeerdeskError, ValidationError, WrongKeyError
from peerdesk.core.people import list_people
from peerdesk.core.storage import Store, open_store

PASSPHRASE = "river stones and paper boats"


def test_sealed_data_opens_with_its_passphrase_only() -> None:
    data = b"Name,Phone\nZephyrine Canary,07700 900123\n"
    box = sealed.seal(data, PASSPHRASE)
    assert box.startswith(sealed.MAGIC)
    assert b"Zephyrine" not in box
    assert sealed.unseal(box, PASSPHRASE) == data
    with pytest.raises(WrongKeyError):
        sealed.unseal(box, PASSPHRASE + "!")
    # a fresh salt and nonce every time: the same data never seals to the same bytes
    assert sealed.seal(data, PASSPHRASE) != box


@pytest.mark.parametrize("where", [0, 9, 20, sealed.HEADER_BYTES - 1, sealed.HEADER_BYTES + 3, -1])
def test_one_changed_bit_anywhere_is_refused(where: int) -> None:
    box = bytearray(sealed.seal(b"attendance at a group", PASSPHRASE))
    box[where] ^= 0x01
    with pytest.raises(PeerdeskError):
        sealed.unseal(bytes(box), PASSPHRASE)


def test_files_that_are_not_sealed_or_cut_short_get_words_not_tracebacks() -> None:
    box = sealed.seal(b"x" * 100, PASSPHRASE)
    for bad in (b"", b"Name,Phone\n", box[: sealed.HEADER_BYTES + 4]):
        with pytest.raises(ValidationError):
            sealed.unseal(bad, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.csv.sealed"
    with pytest.raises(ValidationError):
        sealed.write_sealed(target, b"data", "short")
    assert list(tmp_path.iterdir()) == []


def test_a_sealed_file_is_the_owners_only(tmp_path: Path) -> None:
    target = sealed.write_sealed(tmp_path / "a.sealed", b"data", PASSPHRASE)
    assert sealed.is_sealed(target) and not sealed.is_sealed(tmp_path)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _people_names(db_path: Path) -> set[str]:
    with open_store(db_path) as store:
        return {p.preferred_name for p in list_people(store, include_archived=True)}


def test_the_export_command_seals_by_default_and_unseal_opens_it(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_store.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "people.csv"
    code = main(
        [
            *("export", "people", "--database", str(db_path), "-o", str(target)),
            *("--passphrase-for-files", str(secret)),
        ]
    )
    assert code == 0
    written = tmp_path / "people.csv.sealed"
    assert not target.exists() and sealed.is_sealed(written)
    raw = written.read_bytes()
    names = _people_names(db_path)
    # long names only: a two-letter name turns up in random bytes by chance
    long_names = [name for name in names if len(name) >= 6]
    assert long_names and not any(name.encode() in raw for name in long_names)

    opened = tmp_path / "people-opened.csv"
    assert (
        main(["unseal", str(written), "-o", str(opened), "--passphrase-for-files", str(secret)])
        == 0
    )
    rows = list(csv.reader(io.StringIO(opened.read_text(encoding="utf-8-sig"))))
    assert {row[0] for row in rows[1:]} <= names and len(rows) > 10
    with open_store(db_path) as store:
        (logged,) = audit.list_events(store)
    assert "sealed with a passphrase" in logged.detail

    # the wrong passphrase: a clear message, exit 1, nothing written
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all", encoding="utf-8")
    again = tmp_path / "again.csv"
    capsys.readouterr()
    assert (
        main(["unseal", str(written), "-o", str(again), "--passphrase-for-files", str(wrong)]) == 1
    )
    assert "does not open this file" in capsys.readouterr().err
    assert not again.exists()


def test_without_a_passphrase_or_plain_a_script_is_told_what_to_give(
    demo_store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_store.close()
    target = tmp_path / "people.csv"
    assert main(["export", "people", "--database", str(db_path), "-o", str(target)]) == 1
    message = capsys.readouterr().err
    assert "--passphrase-for-files" in message and "--plain" in message
    assert list(tmp_path.glob("people.csv*")) == []
