"""The main window's menus: File (protection, data safety, access report, settings, quit) and
Help. Which protection entries show depends on the open database: Lock now, Change
passphrase and Hand over for a protected one; Protect this database for a plain one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from peerdesk.ui.lock import LOCK_KEYS

if TYPE_CHECKING:
    from peerdesk.ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        locker = window.locker
        self.lock_action = self._action(
            "lockAction", self.tr("&Lock now"), locker.lock, QKeySequence(LOCK_KEYS)
        )
        self.change_passphrase_action = self._action(
            "changePassphraseAction", self.tr("&Change passphrase…"), locker.change_passphrase
        )
        self.hand_over_action = self._action(
            "handOverAction", self.tr("&Hand over to a new organiser…"), locker.hand_over
        )
        self.protection_actions = (
            self.lock_action,
            self.change_passphrase_action,
            self.hand_over_action,
        )
        for action in self.protection_actions:
            file_menu.addAction(action)
        self.protect_action = self._action(
            "protectDatabaseAction",
            self.tr("&Protect this database with a passphrase…"),
            self._protect_database,
        )
        file_menu.addAction(self.protect_action)
        self.protection_separator = file_menu.addSeparator()
        self.show_for(protected=None)
        window.safety.add_to(file_menu)  # Backups…, Check database…, Audit log…
        self.access_report_action = self._action(  # for the person chosen on the People page
            "accessReportAction", self.tr("Ri&ght of access report…"), self._access_report
        )
        file_menu.addAction(self.access_report_action)
        self.unseal_action = self._action(
            "unsealAction", self.tr("Open a s&ealed file…"), self._open_sealed_file
        )
        file_menu.addAction(self.unseal_action)
        file_menu.addSeparator()
        self.settings_action = self._action(
            "settingsAction", self.tr("&Settings…"), window.show_settings, QKeySequence("Ctrl+,")
        )
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), window.close, QKeySequence("Ctrl+Q")
        )
        file_menu.addAction(self.quit_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            "aboutAction", self.tr("&About peerdesk"), window.show_about
        )
        help_menu.addAction(self.about_action)

    def show_for(self, *, protected: bool | None) -> None:
        """The entries for a protected (True) or plain (False) database; none while nothing
        is open (None)."""
        for action in self.protection_actions:
            action.setVisible(protected is True)
            action.setEnabled(protected is True)
        self.protect_action.setVisible(protected is False)
        self.protection_separator.setVisible(protected is not None)

    def closed(self) -> None:
        """The records are closing (locked, handed over): nothing to lock or change now."""
        for action in self.protection_actions:
            action.setEnabled(False)

    def _action(
        self, name: str, text: str, slot: Callable[[], object], keys: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _access_report(self) -> None:
        from peerdesk.ui.dialogs.access_report import open_from_window  # light until used

        open_from_window(self.window)

    def _open_sealed_file(self) -> None:
        from peerdesk.ui.dialogs.unseal import open_sealed_file  # light until used

        open_sealed_file(self.window, self.window.show_message)

    def _protect_database(self) -> None:
        from peerdesk.ui.dialogs.protect_database import protect_database  # light until used

        protect_database(self.window)
