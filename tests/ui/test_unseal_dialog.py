"""File ▸ Open a sealed file…: a sealed export opened with its passphrase into a plain copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.core.sealed import write_sealed
from peerdesk.ui.dialogs.unseal import UnsealDialog

from .controls import interactive

PASSPHRASE = "a passphrase for the files"
CSV = "preferred name,phone\nSam,07700 900083\n".encode("utf-8-sig")


def _dialog(qtbot: QtBot, sealed: Path, target: Path) -> UnsealDialog:
    dialog = UnsealDialog()
    qtbot.addWidget(dialog)
    dialog.choose_target = lambda _suggested: target
    dialog.show()
    dialog.file_edit.setText(str(sealed))
    return dialog


def test_the_right_passphrase_saves_a_plain_copy(qtbot: QtBot, tmp_path: Path) -> None:
    sealed = write_sealed(tmp_path / "people.csv.sealed", CSV, PASSPHRASE)
    target = tmp_path / "people.csv"
    dialog = _dialog(qtbot, sealed, target)
    suggested: list[Path] = []
    dialog.choose_target = lambda name: suggested.append(name) or target
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened_to == target)
    assert target.read_bytes() == CSV
    assert suggested == [tmp_path / "people.csv"]  # the name without ".sealed"
    assert target.stat().st_mode & 0o077 == 0


def test_a_wrong_passphrase_is_said_and_nothing_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    sealed = write_sealed(tmp_path / "people.csv.sealed", CSV, PASSPHRASE)
    target = tmp_path / "people.csv"
    dialog = _dialog(qtbot, sealed, target)
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase at all")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and dialog.save_button.isEnabled())
    assert "does not open this file" in dialog.error_label.text()
    assert not target.exists() and dialog.isVisible()
    # the dialog grew for the message: every wrapped line of it shows
    label = dialog.error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_missing_choices_are_asked_for_and_every_control_is_named(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path / "nothing-here.sealed", tmp_path / "x.csv")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Choose the sealed file" in dialog.error_label.text()
    assert [w.objectName() for w in interactive(dialog) if not w.accessibleName()] == []
