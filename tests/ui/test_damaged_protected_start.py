"""A protected database found damaged once its passphrase is typed: the newest backup that key
opens is offered, restored and unlocked with the same passphrase; Quit changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.core import audit, backups, keys, people, protection
from peerdesk.core.demo import populate
from peerdesk.core.storage import Store
from peerdesk.ui.damaged import DamagedOffer, find_good_backup
from peerdesk.ui.dialogs.unlock import UnlockDialog
from peerdesk.ui.main_window import PEOPLE, MainWindow

from .damage import LATE, PAGE, scribble, start, unfreeze  # noqa: F401 - unfreeze is a fixture

PASSPHRASE = "kettle on at the hall"
NEW_PASSPHRASE = "blue door by the park gate"
BACKED_UP = dt.datetime(2026, 11, 20, 18, 30)


def damage(database: Path, passphrase: str) -> bytes:
    """Damage it; the passphrase still opens the file, and the damage shows then."""
    return scribble(database, lambda path: protection.unlock(path, passphrase).close())


def names(store: Store) -> list[str]:
    return [p.preferred_name for p in people.list_people(store, include_archived=True)]


def protected_demo(folder: Path, today: dt.date) -> tuple[Path, Store]:
    database = folder / "data" / "group.sqlite3"
    database.parent.mkdir()
    store = protection.create_protected(database, PASSPHRASE).store
    populate(store, size="small", seed=1, today=today)
    return database, store


@pytest.fixture
def damaged(tmp_path: Path, today: dt.date) -> tuple[Path, int, bytes]:
    """A protected demo database with a good backup, one person added since, then damaged:
    the path, how many people the backup holds, and the damaged bytes."""
    database, store = protected_demo(tmp_path, today)
    with store:
        in_backup = len(names(store))
        backups.make_backup(store, now=BACKED_UP)
        people.create_person(store, people.PersonInput(LATE))
    return database, in_backup, damage(database, PASSPHRASE)


def unlock_dialog(qtbot: QtBot, window: MainWindow) -> UnlockDialog:
    qtbot.waitUntil(
        lambda: window.locker.unlock_dialog is not None and window.locker.unlock_dialog.isVisible()
    )
    dialog = window.locker.unlock_dialog
    assert dialog is not None
    return dialog


def unlock_with(qtbot: QtBot, window: MainWindow, passphrase: str) -> None:
    dialog = unlock_dialog(qtbot, window)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def offer_after(qtbot: QtBot, window: MainWindow, passphrase: str) -> DamagedOffer:
    unlock_with(qtbot, window, passphrase)
    locker = window.locker
    qtbot.waitUntil(
        lambda: locker.damaged_offer is not None and locker.damaged_offer.isVisible(),
        timeout=20_000,
    )
    assert locker.damaged_offer is not None
    return locker.damaged_offer


def restore_and_open(qtbot: QtBot, window: MainWindow, offer: DamagedOffer) -> Store:
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    return window.context.store


def test_the_newest_good_backup_is_offered_after_the_passphrase_restored_and_unlocked(
    qtbot: QtBot, damaged: tuple[Path, int, bytes]
) -> None:
    database, in_backup, damaged_bytes = damaged
    window, startup, ended = start(qtbot, database)
    offer = offer_after(qtbot, window, PASSPHRASE)
    assert window.opened is None and window.locker.locked  # nothing shown meanwhile
    assert window.locker.lock_panel is not None
    assert not window.locker.lock_panel.box.isVisible()  # one message at a time
    assert offer.restore_button.text() == "&Restore the backup from Fri 20 Nov 2026 at 18:30"
    assert (
        offer.restore_button.accessibleName() == "Restore the backup from Fri 20 Nov 2026 at 18:30"
    )
    assert offer.defaultButton() is offer.restore_button
    assert "passphrase is right" in offer.text()
    assert str(database) in offer.informativeText()
    assert "kept aside, unchanged" in offer.informativeText()
    assert "earlier passphrase" not in offer.informativeText()

    store = restore_and_open(qtbot, window, offer)
    assert ended == [] and not startup.failed
    assert store.encrypted and store.path == database
    shown = names(store)
    assert len(shown) == in_backup and LATE not in shown
    window.show_page(PEOPLE)
    assert window.people.model.rowCount() > 0
    aside = list(database.parent.glob("group.before-restore-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes
    assert "kept as" in window.statusBar().currentMessage()
    assert audit.list_events(store)[0].action == audit.RESTORE
    window.close_database()
    protection.unlock(database, PASSPHRASE).close()  # the same passphrase opens it next time


def test_quit_leaves_the_damaged_protected_file_as_it_was_and_ends_as_for_a_plain_one(
    qtbot: QtBot, damaged: tuple[Path, int, bytes]
) -> None:
    database, _in_backup, damaged_bytes = damaged
    key_file = keys.key_file_path(database)
    key_bytes = key_file.read_bytes()
    window, startup, ended = start(qtbot, database)
    offer = offer_after(qtbot, window, PASSPHRASE)
    qtbot.mouseClick(offer.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == [1])
    assert startup.failed and window.opened is None and window.locker.damaged_offer is None
    assert database.read_bytes() == damaged_bytes
    assert key_file.read_bytes() == key_bytes
    assert not list(database.parent.glob("*before-restore*"))


def test_a_backup_sealed_with_an_earlier_passphrase_opens_with_todays_after_restoring(
    qtbot: QtBot, tmp_path: Path, today: dt.date
) -> None:
    """Change passphrase keeps the data key: the backup opens with it, but brings its key file,
    sealed with the old passphrase. Today's passphrase must still open the restored file."""
    database, store = protected_demo(tmp_path, today)
    with store:
        backups.make_backup(store, now=BACKED_UP)
    protection.change_passphrase(database, PASSPHRASE, NEW_PASSPHRASE)
    damage(database, NEW_PASSPHRASE)
    window, _startup, ended = start(qtbot, database)
    offer = offer_after(qtbot, window, NEW_PASSPHRASE)
    restored = restore_and_open(qtbot, window, offer)
    assert LATE not in names(restored) and ended == []
    window.close_database()
    protection.unlock(database, NEW_PASSPHRASE).close()


def test_the_recovery_key_on_a_damaged_file_gets_the_offer_and_its_new_passphrase_after(
    qtbot: QtBot, tmp_path: Path, today: dt.date
) -> None:
    database = tmp_path / "data" / "group.sqlite3"
    database.parent.mkdir()
    made = protection.create_protected(database, PASSPHRASE)
    with made.store as store:
        populate(store, size="small", seed=1, today=today)
        backups.make_backup(store, now=BACKED_UP)
        people.create_person(store, people.PersonInput(LATE))
    damage(database, PASSPHRASE)
    window, _startup, ended = start(qtbot, database)
    dialog = unlock_dialog(qtbot, window)
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.key_edit, made.recovery_key)
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    locker = window.locker
    qtbot.waitUntil(lambda: locker.damaged_offer is not None, timeout=20_000)
    assert locker.damaged_offer is not None
    restored = restore_and_open(qtbot, window, locker.damaged_offer)
    assert LATE not in names(restored) and ended == []
    window.close_database()
    protection.unlock(database, NEW_PASSPHRASE).close()  # the passphrase chosen just now


def test_a_newer_backup_from_before_a_hand_over_is_passed_over_and_said(
    qtbot: QtBot, tmp_path: Path, today: dt.date
) -> None:
    database, store = protected_demo(tmp_path, today)
    backups.make_backup(store, now=BACKED_UP)  # the old key: the new passphrase cannot open it
    handed = protection.hand_over(store, PASSPHRASE, NEW_PASSPHRASE).store
    with handed:
        # Stamped earlier than the old-key one, so that it is the older of the two.
        backups.make_backup(handed, now=BACKED_UP - dt.timedelta(days=1))
        people.create_person(handed, people.PersonInput(LATE))
    damage(database, NEW_PASSPHRASE)
    window, _startup, ended = start(qtbot, database)
    offer = offer_after(qtbot, window, NEW_PASSPHRASE)
    assert offer.restore_button.text() == "&Restore the backup from Thu 19 Nov 2026 at 18:30"
    informative = offer.informativeText()
    assert "The backup from Fri 20 Nov 2026 at 18:30 was made with an earlier" in informative
    assert "earlier passphrase" in informative
    restored = restore_and_open(qtbot, window, offer)
    assert LATE not in names(restored) and ended == []
    window.close_database()
    protection.unlock(database, NEW_PASSPHRASE).close()


def test_with_no_backup_this_key_opens_it_says_so_and_ends(
    qtbot: QtBot, tmp_path: Path, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, store = protected_demo(tmp_path, today)
    backups.make_backup(store, now=BACKED_UP)
    protection.hand_over(store, PASSPHRASE, NEW_PASSPHRASE).store.close()
    damaged_bytes = damage(database, NEW_PASSPHRASE)
    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    window, startup, ended = start(qtbot, database)
    unlock_with(qtbot, window, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: ended == [1], timeout=20_000)
    assert startup.failed and window.locker.damaged_offer is None and window.opened is None
    assert len(shown) == 1
    assert "No good backup was found" in shown[0] and str(database) in shown[0]
    assert "The backup from Fri 20 Nov 2026 at 18:30 was made with an earlier" in shown[0]
    assert database.read_bytes() == damaged_bytes


def test_a_damaged_backup_is_not_mistaken_for_one_of_another_key(
    tmp_path: Path, today: dt.date
) -> None:
    database, store = protected_demo(tmp_path, today)
    with store:
        made = backups.make_backup(store, now=BACKED_UP)
    key = protection.data_key_for(database, PASSPHRASE)
    data = bytearray(made.path.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages // 3, pages // 3 + 5):
        data[page * PAGE + 100 : page * PAGE + 400] = bytes(300)
    made.path.write_bytes(bytes(data))
    found = find_good_backup(database, "damaged", key)
    assert found.backup is None and found.other_key is None
    good = find_good_backup(database, "damaged", None)  # a plain look never offers it either
    assert good.backup is None and good.other_key is None
