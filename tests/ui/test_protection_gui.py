"""Passphrase protection in the window: first run, unlock, recovery key, change and hand-over.

Real files in a temporary folder, real Argon2id and SQLCipher; the dialogs are driven through
their widgets, as a person would.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.core import people, protection
from peerdesk.core.errors import WrongKeyError
from peerdesk.core.storage import Store
from peerdesk.ui.app import Startup
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.first_run import FirstRunDialog
from peerdesk.ui.dialogs.key_dialog import KeyDialog
from peerdesk.ui.dialogs.passphrase import ChangePassphraseDialog, HandOverDialog
from peerdesk.ui.dialogs.passphrase_fields import strength_hint
from peerdesk.ui.dialogs.unlock import LockPanel, UnlockDialog
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.operations import wait_for_background_work

from .controls import interactive

PASSPHRASE = "kettle on at the hall"
NEW_PASSPHRASE = "blue door by the park gate"
WRONG = "kettle on at the hal1"
NAME = "Samira"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and below, with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(autouse=True)
def _unfreeze() -> Iterator[None]:
    yield
    wait_for_background_work(10_000)
    gc.unfreeze()  # the start-up freezes what it loaded, as in the real program


@pytest.fixture
def protected_db(tmp_path: Path) -> tuple[Path, str]:
    """A protected database with one person in it, closed; and its recovery key."""
    path = tmp_path / "data" / "group.sqlite3"
    path.parent.mkdir()
    made = protection.create_protected(path, PASSPHRASE)
    with made.store as store:
        people.create_person(store, people.PersonInput(NAME))
    return path, made.recovery_key


@pytest.fixture
def unlocked(protected_db: tuple[Path, str]) -> Iterator[Store]:
    store = protection.unlock(protected_db[0], PASSPHRASE)
    yield store
    store.close()


def make_window(qtbot: QtBot, context: AppContext | None = None, **options: Any) -> MainWindow:
    window = MainWindow(context, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def start(qtbot: QtBot, database: Path) -> tuple[MainWindow, Startup, list[int]]:
    """The program's start on ``database``; ``ended`` collects the exit codes asked for."""
    window = make_window(qtbot)
    ended: list[int] = []
    startup = Startup(window, database, end_program=ended.append)
    startup.begin()
    return window, startup, ended


def first_run_dialog(qtbot: QtBot, startup: Startup) -> FirstRunDialog:
    qtbot.waitUntil(lambda: startup.first_run is not None and startup.first_run.isVisible())
    assert startup.first_run is not None
    return startup.first_run


def unlock_dialog(qtbot: QtBot, window: MainWindow) -> UnlockDialog:
    qtbot.waitUntil(
        lambda: window.locker.unlock_dialog is not None and window.locker.unlock_dialog.isVisible()
    )
    assert window.locker.unlock_dialog is not None
    return window.locker.unlock_dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """A click on the box itself (a check box's middle may be empty space past its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def finish_work(qtbot: QtBot, dialog: KeyDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def wait_until_open(qtbot: QtBot, window: MainWindow) -> None:
    """The records are open and the home page shows."""
    qtbot.waitUntil(lambda: window.current_page() is not None, timeout=10_000)
    assert window.current_page() is window.home


def shown_people(window: MainWindow) -> list[str]:
    model = window.people.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def close(window: MainWindow) -> None:
    wait_for_background_work(10_000)
    window.close_database()


# -- first run ---------------------------------------------------------------------------------


def test_first_run_with_a_passphrase_makes_a_protected_database_and_its_recovery_sheet(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "new folder" / "peerdesk.sqlite3"
    window, startup, ended = start(qtbot, database)
    dialog = first_run_dialog(qtbot, startup)
    assert window.opening.isVisible()  # nothing of a database behind the dialog
    assert dialog.fields.first.hasFocus()
    assert dialog.fields.first.echoMode() == QLineEdit.EchoMode.Password

    type_into(qtbot, dialog.fields.first, PASSPHRASE)
    type_into(qtbot, dialog.fields.again, PASSPHRASE)
    assert not database.parent.exists()  # nothing made while they type
    click(qtbot, dialog.save_button)
    finish_work(qtbot, dialog)
    assert dialog.steps.currentWidget() is dialog.panel
    recovery_key = dialog.panel.key_label.text()
    assert len(recovery_key.split()) == 14
    assert not dialog.save_button.isEnabled()  # not before the key is kept

    sheet = tmp_path / "for the data lead"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(sheet), ""))
    click(qtbot, dialog.panel.save_button)
    saved = sheet.with_suffix(".pdf")
    assert saved.exists()
    assert "Saved as" in dialog.panel.done_label.text()
    text = PdfReader(saved).pages[0].extract_text()
    assert recovery_key.split()[0] in text and recovery_key.split()[-1] in text

    tick(qtbot, dialog.panel.kept)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    wait_until_open(qtbot, window)
    assert window.context.store.encrypted
    assert protection.is_protected(database)
    assert window.menus.lock_action.isVisible()
    assert ended == []
    close(window)

    # The key read from the screen opens the database without the passphrase.
    protection.unlock_with_recovery_key(database, recovery_key).close()


def test_first_run_without_a_passphrase_needs_the_disk_encryption_statement(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "peerdesk.sqlite3"
    window, startup, _ended = start(qtbot, database)
    dialog = first_run_dialog(qtbot, startup)
    assert not dialog.confirm.isEnabled()
    tick(qtbot, dialog.plain)
    assert not dialog.fields.first.isEnabled()
    click(qtbot, dialog.save_button)
    assert dialog.error_label.isVisible()
    assert "tick the box to confirm that this computer's disk is encrypted" in (
        dialog.error_label.text()
    )
    assert folder_state(tmp_path) == {}

    tick(qtbot, dialog.confirm)
    assert dialog.confirm.isChecked()
    click(qtbot, dialog.save_button)
    wait_until_open(qtbot, window)
    assert not window.context.store.encrypted
    assert not protection.is_protected(database)
    assert not window.menus.lock_action.isVisible()
    close(window)


def test_cancel_on_the_first_run_makes_no_files(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "data" / "peerdesk.sqlite3"
    _window, startup, ended = start(qtbot, database)
    dialog = first_run_dialog(qtbot, startup)
    type_into(qtbot, dialog.fields.first, PASSPHRASE)
    click(qtbot, dialog.cancel_button)
    assert ended == [0]
    assert list(tmp_path.iterdir()) == []


def test_cancel_while_the_recovery_key_is_shown_takes_the_new_database_away(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "data" / "peerdesk.sqlite3"
    _window, startup, ended = start(qtbot, database)
    dialog = first_run_dialog(qtbot, startup)
    type_into(qtbot, dialog.fields.first, PASSPHRASE)
    type_into(qtbot, dialog.fields.again, PASSPHRASE)
    click(qtbot, dialog.save_button)
    finish_work(qtbot, dialog)
    assert protection.is_protected(database)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert ended == [0]
    assert list(tmp_path.iterdir()) == []


def test_a_short_or_mismatched_passphrase_is_explained_before_anything_is_made(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "peerdesk.sqlite3"
    _window, startup, _ended = start(qtbot, database)
    dialog = first_run_dialog(qtbot, startup)
    type_into(qtbot, dialog.fields.first, "tea")
    assert dialog.fields.hint.text() == "7 more characters needed (at least 10)."
    click(qtbot, dialog.save_button)
    assert "at least 10 characters" in dialog.error_label.text()
    type_into(qtbot, dialog.fields.first, PASSPHRASE)
    type_into(qtbot, dialog.fields.again, PASSPHRASE + "!")
    assert "does not match" in dialog.fields.hint.text()
    click(qtbot, dialog.save_button)
    assert "not the same" in dialog.error_label.text()
    assert list(tmp_path.iterdir()) == []
    tick(qtbot, dialog.fields.show_box)
    assert dialog.fields.again.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.fields.again.text() == PASSPHRASE + "!"


def test_strength_hints() -> None:
    assert strength_hint("")[0].startswith("At least 10 characters")
    assert strength_hint("a" * 9) == ("1 more character needed (at least 10).", False)
    assert strength_hint("abababababab")[0].startswith("Long enough, but it repeats")
    assert strength_hint("tea at four") == (
        "Long enough. Another word or two would make it stronger.",
        False,
    )
    assert strength_hint(PASSPHRASE) == ("Strong: long and hard to guess.", True)


def test_the_recovery_sheet_prints_from_memory(
    qtbot: QtBot, tmp_path: Path, protected_db: tuple[Path, str]
) -> None:
    dialog = FirstRunDialog(tmp_path / "other.sqlite3")
    qtbot.addWidget(dialog)
    dialog.panel.set_key(protected_db[1], protected_db[0], dt.date(2026, 11, 23))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.panel.print_to(printer)
    assert dialog.panel.error_label.text() == ""
    assert "sent to the printer" in dialog.panel.done_label.text()
    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == 1


# -- unlocking ---------------------------------------------------------------------------------


def test_a_wrong_passphrase_three_times_changes_nothing_then_the_right_one_opens(
    qtbot: QtBot, protected_db: tuple[Path, str]
) -> None:
    database = protected_db[0]
    before = folder_state(database.parent)
    window, _startup, _ended = start(qtbot, database)
    dialog = unlock_dialog(qtbot, window)
    assert window.locker.locked
    assert dialog.passphrase.hasFocus()
    for _attempt in range(3):
        type_into(qtbot, dialog.passphrase, WRONG)
        click(qtbot, dialog.save_button)
        assert dialog.busy and not dialog.buttons.isEnabled()  # the window stays responsive
        finish_work(qtbot, dialog)
        assert dialog.error_label.isVisible()
        assert dialog.error_label.text() == (
            "That passphrase does not open this database. Check Caps Lock and try again; "
            "if it is lost, the recovery key opens it."
        )
        assert dialog.passphrase.hasFocus() and dialog.passphrase.selectedText() == WRONG
        assert folder_state(database.parent) == before
    assert window.current_page() is None

    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_until_open(qtbot, window)
    assert not window.locker.locked
    assert window.locker.unlock_dialog is None
    assert shown_people(window) == [NAME]
    close(window)


def test_the_recovery_key_opens_it_with_a_new_passphrase(
    qtbot: QtBot, protected_db: tuple[Path, str]
) -> None:
    database, recovery_key = protected_db
    window, _startup, _ended = start(qtbot, database)
    dialog = unlock_dialog(qtbot, window)
    click(qtbot, dialog.recovery_button)
    assert dialog.key_edit.hasFocus()
    assert dialog.save_button.text().replace("&", "") == "Open with the recovery key"

    slip = recovery_key[:-1] + ("A" if recovery_key[-1] != "A" else "B")
    type_into(qtbot, dialog.key_edit, slip)
    click(qtbot, dialog.save_button)
    assert not dialog.busy  # a typing slip is caught at once
    assert "typing slip" in dialog.error_label.text()

    typed = recovery_key.lower().replace("-", " ")
    type_into(qtbot, dialog.key_edit, typed)
    type_into(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_into(qtbot, dialog.fields.again, NEW_PASSPHRASE)
    click(qtbot, dialog.save_button)
    wait_until_open(qtbot, window)
    assert shown_people(window) == [NAME]
    close(window)
    protection.unlock(database, NEW_PASSPHRASE).close()
    with pytest.raises(WrongKeyError):
        protection.unlock(database, PASSPHRASE)


def test_back_from_the_recovery_key_to_the_passphrase(
    qtbot: QtBot, protected_db: tuple[Path, str]
) -> None:
    dialog = UnlockDialog(protected_db[0])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.recovery_button)
    click(qtbot, dialog.recovery_button)
    assert dialog.steps.currentIndex() == 0
    assert dialog.save_button.text() == "&Unlock"
    assert dialog.recovery_button.text() == "Use the &recovery key…"


def test_closing_the_unlock_dialog_leaves_the_lock_screen(
    qtbot: QtBot, protected_db: tuple[Path, str]
) -> None:
    window, _startup, ended = start(qtbot, protected_db[0])
    dialog = unlock_dialog(qtbot, window)
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: window.locker.unlock_dialog is None)
    assert window.locker.locked and ended == []
    assert window.locker.lock_panel is not None
    click(qtbot, window.locker.lock_panel.unlock_button)
    unlock_dialog(qtbot, window)


# -- change passphrase and hand-over -----------------------------------------------------------


def test_change_the_passphrase(
    qtbot: QtBot, protected_db: tuple[Path, str], unlocked: Store
) -> None:
    database, recovery_key = protected_db
    window = make_window(qtbot, AppContext(unlocked))
    assert window.menus.change_passphrase_action.isVisible()
    window.menus.change_passphrase_action.trigger()
    dialog = window.locker.key_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    type_into(qtbot, dialog.current, WRONG)
    type_into(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_into(qtbot, dialog.fields.again, NEW_PASSPHRASE)
    click(qtbot, dialog.save_button)
    finish_work(qtbot, dialog)
    assert dialog.error_label.text().startswith("That passphrase does not open this database.")
    assert dialog.current.hasFocus()

    type_into(qtbot, dialog.current, PASSPHRASE)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.locker.key_dialog is None, timeout=10_000)
    assert "passphrase is changed" in window.statusBar().currentMessage()
    assert window.current_page() is window.home  # the records stayed open
    unlocked.close()
    protection.unlock(database, NEW_PASSPHRASE).close()
    with pytest.raises(WrongKeyError):
        protection.unlock(database, PASSPHRASE)
    protection.unlock_with_recovery_key(database, recovery_key).close()


def test_hand_over_to_a_new_organiser(
    qtbot: QtBot, protected_db: tuple[Path, str], unlocked: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, old_recovery_key = protected_db
    window = make_window(qtbot, AppContext(unlocked))
    window.show_page(3)
    assert shown_people(window) == [NAME]
    window.menus.hand_over_action.trigger()
    dialog = window.locker.key_dialog
    assert isinstance(dialog, HandOverDialog)

    type_into(qtbot, dialog.current, PASSPHRASE)
    type_into(qtbot, dialog.fields.first, PASSPHRASE)
    type_into(qtbot, dialog.fields.again, PASSPHRASE)
    click(qtbot, dialog.save_button)
    assert "meant to stop working" in dialog.error_label.text()

    type_into(qtbot, dialog.current, WRONG)
    type_into(qtbot, dialog.fields.first, NEW_PASSPHRASE)
    type_into(qtbot, dialog.fields.again, NEW_PASSPHRASE)
    click(qtbot, dialog.save_button)
    finish_work(qtbot, dialog)
    assert dialog.error_label.text().startswith("That passphrase does not open this database.")
    assert window.current_page() is window.people  # nothing was let go of

    type_into(qtbot, dialog.current, PASSPHRASE)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.handed_over, timeout=10_000)
    new_recovery_key = dialog.panel.key_label.text()
    assert window.context.store is not unlocked and window.context.store.encrypted
    assert window.current_page() is window.home
    assert not dialog.cancel_button.isVisible()
    sheet = database.parent.parent / "new sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(sheet), ""))
    click(qtbot, dialog.panel.save_button)
    assert sheet.exists()
    tick(qtbot, dialog.panel.kept)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: window.locker.key_dialog is None)
    assert "Handed over" in window.statusBar().currentMessage()
    window.show_page(3)
    assert shown_people(window) == [NAME]
    close(window)

    with pytest.raises(WrongKeyError):
        protection.unlock(database, PASSPHRASE)
    with pytest.raises(WrongKeyError):
        protection.unlock_with_recovery_key(database, old_recovery_key)
    protection.unlock(database, NEW_PASSPHRASE).close()
    protection.unlock_with_recovery_key(database, new_recovery_key).close()


def test_a_plain_database_offers_no_passphrase_actions(qtbot: QtBot, store: Store) -> None:
    window = make_window(qtbot, AppContext(store))
    actions = (
        window.menus.lock_action,
        window.menus.change_passphrase_action,
        window.menus.hand_over_action,
    )
    assert [action.isVisible() for action in actions] == [False, False, False]
    window.locker.change_passphrase()
    window.locker.hand_over()
    assert window.locker.key_dialog is None


# -- accessibility -----------------------------------------------------------------------------


def _mnemonics(step: QWidget) -> list[str]:
    letters = []
    for widget in step.findChildren(QWidget):
        if not widget.isVisibleTo(step):
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].lower())
    return letters


def test_every_new_dialog_can_be_used_by_keyboard_and_screen_reader(
    qtbot: QtBot, tmp_path: Path, unlocked: Store
) -> None:
    host = make_window(qtbot, AppContext(unlocked))
    dialogs: list[QDialog] = [
        FirstRunDialog(tmp_path / "new.sqlite3"),
        UnlockDialog(unlocked.path),
        ChangePassphraseDialog(unlocked.path),
        HandOverDialog(unlocked, host.locker),
    ]
    steps_seen = 0
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert isinstance(dialog, KeyDialog)
        assert dialog.save_button.isDefault()
        assert dialog.accessibleName() == dialog.windowTitle()
        for index in range(dialog.steps.count()):
            dialog.steps.setCurrentIndex(index)
            steps_seen += 1
            controls = interactive(dialog)
            missing = [
                w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()
            ]
            assert missing == [], dialog.objectName()
            assert [type(w).__name__ for w in controls if not w.objectName()] == []
            shown = [w for w in controls if w.isVisibleTo(dialog)]
            assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in shown)
            letters = _mnemonics(dialog)
            assert len(letters) == len(set(letters)), (dialog.objectName(), index, letters)
    assert steps_seen == 7

    panel = LockPanel()
    qtbot.addWidget(panel)
    assert [w.accessibleName() for w in interactive(panel)] == ["Unlock"]


def test_a_key_file_without_its_database_is_refused_and_nothing_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from peerdesk.ui.app import run_gui

    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    keys = tmp_path / "group.sqlite3.keys"
    keys.write_text("{}")
    assert run_gui(tmp_path / "group.sqlite3") == 1
    assert len(shown) == 1 and "the database itself is missing" in shown[0]
    assert list(tmp_path.iterdir()) == [keys]
