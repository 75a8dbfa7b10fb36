"""File ▸ Settings…: this computer's print choices and the group's auto-lock and retention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from peerdesk.core import people, protection
from peerdesk.core.models import Person
from peerdesk.core.retention import DEFAULT_MONTHS
from peerdesk.core.settings import GroupSettings, read_settings, save_settings
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.retention import RetentionDialog
from peerdesk.ui.dialogs.settings_dialog import SettingsDialog
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.widgets.rota_print import RotaPrintDialog, usual_print

from .controls import interactive

PASSPHRASE = "correct horse battery staple"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def protected(tmp_path: Path) -> Iterator[Store]:
    made = protection.create_protected(tmp_path / "group.sqlite3", PASSPHRASE)
    people.create_person(made.store, people.PersonInput("Ada"))
    yield made.store
    made.store.close()  # again if the window closed it: harmless


def make_window(qtbot: QtBot, context: AppContext, clock: Clock | None = None) -> MainWindow:
    window = MainWindow(context, clock=clock or Clock())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.menus.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def set_spin(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    """Typed in, as a person would."""
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(value))
    assert spin.value() == value


def test_the_menu_entry_has_its_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    assert window.menus.settings_action.shortcut().toString() == "Ctrl+,"


def test_auto_lock_minutes_are_saved_and_used_at_once(qtbot: QtBot, protected: Store) -> None:
    clock = Clock()
    window = make_window(qtbot, AppContext(protected), clock)
    assert window.locker.idle.timeout == 5 * 60  # the group's default
    dialog = open_settings(qtbot, window)
    assert dialog.auto_lock is not None and dialog.auto_lock.isEnabled()
    set_spin(qtbot, dialog.auto_lock, 2)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert read_settings(protected).auto_lock_minutes == 2
    assert window.locker.idle.timeout == 2 * 60

    clock.now += 2 * 60 - 1
    assert not window.locker.idle.check()
    clock.now += 1
    assert window.locker.idle.check()  # locks after the group's two minutes
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5_000)


def test_a_protected_database_opens_with_its_saved_minutes(qtbot: QtBot, protected: Store) -> None:
    save_settings(protected, GroupSettings(auto_lock_minutes=45, retention_months=12))
    window = make_window(qtbot, AppContext(protected))
    assert window.locker.idle.timeout == 45 * 60


def test_a_plain_database_has_nothing_to_lock(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    dialog = open_settings(qtbot, window)
    assert dialog.auto_lock is not None and not dialog.auto_lock.isEnabled()
    note = dialog.findChild(QLabel, "settingsAutoLockNote")
    assert note is not None and "nothing to lock" in note.text()
    for widget in interactive(dialog):
        assert widget.objectName() and widget.accessibleName(), widget


def test_paper_and_large_print_become_where_printing_starts(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    window = make_window(qtbot, context)
    dialog = open_settings(qtbot, window)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.large_print.setChecked(True)
    dialog.save_button.click()
    assert (Preferences().paper, Preferences().large_print) == ("Letter", True)
    printing = RotaPrintDialog("Print the rota", usual_print(store, []))
    qtbot.addWidget(printing)
    assert printing.options.paper_size() == "Letter"
    assert printing.options.large_print.isChecked()
    again = open_settings(qtbot, window)
    assert again.paper.currentData() == "Letter"


def test_cancel_saves_nothing(qtbot: QtBot, context: AppContext, store: Store) -> None:
    window = make_window(qtbot, context)
    dialog = open_settings(qtbot, window)
    assert dialog.retention is not None
    set_spin(qtbot, dialog.retention, 30)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.cancel_button.click()
    assert read_settings(store).retention_months == 12
    assert Preferences().paper == "A4"


def test_with_no_database_open_only_this_computer_is_shown(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = SettingsDialog(None, window)
    qtbot.addWidget(dialog)
    assert dialog.group_box is None and dialog.auto_lock is None
    dialog.large_print.setChecked(True)
    dialog.save_button.click()
    assert Preferences().large_print


def test_the_retention_review_starts_from_the_saved_months(
    qtbot: QtBot, context: AppContext, store: Store, today: dt.date
) -> None:
    with store.transaction() as session:  # last seen (added) 15 months ago, never came
        session.add(Person(preferred_name="Fifteen", created_at=dt.datetime(2025, 8, 20)))
    window = make_window(qtbot, context)
    dialog = open_settings(qtbot, window)
    assert dialog.retention is not None
    set_spin(qtbot, dialog.retention, 18)
    dialog.save_button.click()
    assert read_settings(store).retention_months == 18

    window.safety.retention_action.trigger()
    review = window.safety.slot.current
    assert isinstance(review, RetentionDialog)
    qtbot.waitUntil(lambda: not review.busy, timeout=10_000)
    assert review.months.value() == 18
    assert review.model.rowCount() == 0  # 15 months is not yet 18
    assert "18 months" in review.intro.text()
    review.months.setValue(12)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=10_000)
    assert "12 months" in review.intro.text()


def test_a_retention_time_longer_than_the_consent_form_promises_is_flagged(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retention is not None
    assert not dialog.retention_warning.isVisible()
    dialog.retention.setValue(DEFAULT_MONTHS + 6)
    assert dialog.retention_warning.isVisible()
    assert "12 months" in dialog.retention_warning.text()
    dialog.retention.setValue(DEFAULT_MONTHS)
    assert not dialog.retention_warning.isVisible()
