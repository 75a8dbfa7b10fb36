"""Figures ▸ Export…: the file is sealed with a passphrase unless the person confirms plain."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import audit, export, sealed
from peerdesk.core.errors import WrongKeyError
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.export_csv import PEOPLE, ExportDialog

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20000
PASSPHRASE = "blue kettle by the door"


@pytest.fixture
def dialog(qtbot: QtBot, demo_store: Store, today: dt.date) -> Iterator[ExportDialog]:
    shown = ExportDialog(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for child in shown.findChildren(QDialog):
        child.reject()


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def answer(_parent: QWidget, _title: str, start: str, kinds: str) -> tuple[str, str]:
        asked.append((start, kinds))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def _type_passphrase(qtbot: QtBot, dialog: ExportDialog, first: str, again: str) -> None:
    qtbot.keyClicks(dialog.fields.first, first)
    qtbot.keyClicks(dialog.fields.again, again)


def test_protection_is_on_and_the_file_is_sealed(
    qtbot: QtBot,
    dialog: ExportDialog,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.set_kind(PEOPLE)
    assert dialog.protect.isChecked() and dialog.fields.first.isEnabled()
    _type_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    asked = _answer_save(monkeypatch, tmp_path / "people")  # ".csv.sealed" is added
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    start, kinds = asked[0]
    assert start.endswith(f"people {dialog.context.today().isoformat()}.csv.sealed")
    assert "*.sealed" in kinds
    path = tmp_path / "people.csv.sealed"
    assert dialog.written is not None and dialog.written[0] == path
    assert sealed.is_sealed(path)
    raw = path.read_bytes()
    names = [row[0] for row in export.people_rows(demo_store)]
    long_names = [name for name in names if len(name) >= 5]  # never by chance in the bytes
    assert long_names and not any(name.encode() in raw for name in long_names)
    text = sealed.unseal(raw, PASSPHRASE).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == export.PEOPLE_HEADER
    assert [row[0] for row in rows[1:]] == names
    with pytest.raises(WrongKeyError):
        sealed.unseal(raw, "the wrong passphrase")
    assert "give the passphrase separately" in dialog.result_label.text()
    (logged,) = audit.list_events(demo_store)
    assert logged.detail == f"people exported to CSV (sealed with a passphrase): {len(names)} rows."
    assert not (tmp_path / "people.csv").exists()


def test_a_passphrase_that_does_not_match_writes_nothing(
    qtbot: QtBot,
    dialog: ExportDialog,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.set_kind(PEOPLE)
    _type_passphrase(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    asked = _answer_save(monkeypatch, tmp_path / "people.csv.sealed")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert asked == []  # told before the file is chosen
    assert "not the same" in dialog.error_label.text()
    assert not (tmp_path / "people.csv.sealed").exists()
    assert audit.list_events(demo_store) == []
    assert dialog.fields.first.text() == PASSPHRASE  # nothing typed is lost


def test_unticking_asks_and_no_keeps_the_protection(
    qtbot: QtBot,
    dialog: ExportDialog,
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []
    answers = [False, True]

    def ask(_parent: QWidget, _title: str, text: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    dialog.ask = ask
    dialog.set_kind(PEOPLE)
    qtbot.mouseClick(dialog.protect, LEFT, pos=dialog.protect.rect().center())
    assert dialog.protect.isChecked() and dialog.fields.first.isEnabled()
    assert "anyone who gets this file" in questions[0]
    qtbot.mouseClick(dialog.protect, LEFT, pos=dialog.protect.rect().center())
    assert not dialog.protect.isChecked() and not dialog.fields.first.isEnabled()
    assert len(questions) == 2
    _answer_save(monkeypatch, tmp_path / "people")
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    path = tmp_path / "people.csv"
    assert path.read_text(encoding="utf-8-sig").startswith(",".join(export.PEOPLE_HEADER))
    assert "not protected" in dialog.result_label.text()
    (logged,) = audit.list_events(demo_store)
    assert "(plain, unprotected)" in logged.detail
    # Ticking it again asks nothing.
    qtbot.mouseClick(dialog.protect, LEFT, pos=dialog.protect.rect().center())
    assert dialog.protect.isChecked() and len(questions) == 2
