"""The File menu's data-safety entries: Backups…, Check database…, Audit log…, Retention review….

``DataSafety`` owns the actions and opens the dialogs; the window only adds them to its menu.
It also says once, in the status bar, when the database is kept somewhere risky (a network
share, a folder a sync program copies). Like the window, it stays light until used: the core
is imported inside the slots.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from peerdesk.ui.dates import when
from peerdesk.ui.dialogs.list_dialog import ListDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import RowTableModel
from peerdesk.ui.operations import run_in_background

if TYPE_CHECKING:
    from peerdesk.core.audit import AuditRow
    from peerdesk.core.storage import Store
    from peerdesk.ui.main_window import MainWindow


class DataSafety(QObject):
    """Backups, the database check and the audit log, for one window."""

    restored = Signal()  # a backup was put in place of the database (automatic backups pause)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.slot = DialogSlot()
        self.check_box: QMessageBox | None = None
        self.checking = False
        self._warned: set[Path] = set()
        self.backups_action = self._action("backupsAction", self.tr("&Backups…"), self.backups)
        self.check_action = self._action(
            "checkDatabaseAction", self.tr("Chec&k database…"), self.check_database
        )
        self.audit_action = self._action("auditLogAction", self.tr("&Audit log…"), self.audit_log)
        self.retention_action = self._action(
            "retentionAction", self.tr("&Retention review…"), self.retention
        )
        self.actions = (
            self.backups_action,
            self.check_action,
            self.audit_action,
            self.retention_action,
        )
        self.enable(False)
        window.attached.connect(self._attached)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def add_to(self, menu: QMenu) -> None:
        for action in self.actions:
            menu.addAction(action)

    def enable(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def _store(self) -> Store | None:
        context = self.window.opened
        return None if context is None else context.store

    def _attached(self) -> None:
        self.enable(True)
        store = self._store()
        if store is None or store.path in self._warned:
            return
        self._warned.add(store.path)
        warning = _location_warning(store.path)
        if warning:
            self.window.show_message(warning)

    # -- the dialogs ---------------------------------------------------------------------------
    def backups(self) -> None:
        from peerdesk.ui.dialogs.backups import BackupsDialog

        if self._store() is not None:
            self.slot.open(BackupsDialog(self.window, self), lambda _dialog: None)

    def audit_log(self) -> None:
        store = self._store()
        if store is not None:
            self.slot.open(AuditLogDialog(store, self.window), lambda _dialog: None)

    def retention(self) -> None:
        from peerdesk.ui.dialogs.retention import RetentionDialog

        context = self.window.opened
        if context is not None:
            self.slot.open(RetentionDialog(context, self.window), lambda _dialog: None)

    def check_database(self) -> None:
        """Runs the full check in the background, then says what it found."""
        store = self._store()
        if store is None or self.checking:
            return
        self.checking = True
        self.window.show_message(self.tr("Checking the database…"))
        run_in_background(
            lambda _progress: _check(store), self._checked, self._check_failed, context=self
        )

    def _checked(self, found: tuple[list[str], str | None]) -> None:
        problems, warning = found
        if problems:
            text = self.tr(
                "The check found problems in the database:\n\n{problems}\n\n"
                "Nothing was changed. Your backups (File ▸ Backups…) hold earlier copies."
            ).format(problems="\n".join(f"• {line}" for line in problems[:20]))
        else:
            text = self.tr("No problems found. The database is sound.")
        if warning:
            text += "\n\n" + warning
        self._say(text, QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information)

    def _check_failed(self, message: str) -> None:
        self._say(
            self.tr("The database could not be checked: {why}").format(why=message),
            QMessageBox.Icon.Warning,
        )

    def _say(self, text: str, icon: QMessageBox.Icon) -> None:
        self.checking = False
        self.window.statusBar().clearMessage()
        box = QMessageBox(icon, self.tr("Check database"), text, parent=self.window)
        box.setObjectName("checkDatabaseBox")
        box.setAccessibleName(self.tr("Check database"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.check_box = box
        box.finished.connect(lambda _result: setattr(self, "check_box", None))
        box.open()


def _location_warning(path: Path) -> str | None:
    from peerdesk.core.locations import location_warning

    return location_warning(path.resolve())


def _check(store: Store) -> tuple[list[str], str | None]:
    from peerdesk.core.storage import integrity_problems

    return integrity_problems(store), _location_warning(store.path)


class AuditModel(RowTableModel["AuditRow"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("When"), _tr("What"), _tr("Detail"))

    def text(self, row: AuditRow, column: int) -> str:
        if column == 0:
            return local_time(row.at)
        return row.action if column == 1 else row.detail


class AuditLogDialog(ListDialog):
    """Read-only: what was exported, erased, restored or handed over, and when."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.model = AuditModel()
        super().__init__(
            "auditLog",
            _tr("Audit log"),
            _tr(
                "What has been done with the records that matters for their safety, newest "
                "first. This list cannot be changed."
            ),
            self.model,
            _tr("Audit log entries, newest first"),
            stretch=2,
            widths={0: 150, 1: 140},
            parent=parent,
        )
        self.say(self.tr("Loading…"))
        self.loaded = False
        run_in_background(lambda _progress: _events(store), self._loaded, self.say, context=self)

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.loaded = True
        self.say(
            self.tr("{count} entries.").format(count=len(rows))
            if rows
            else self.tr("Nothing has been recorded yet.")
        )
        self.table.setFocus()


def _events(store: Store) -> list[AuditRow]:
    from peerdesk.core.audit import list_events

    return list_events(store)


def local_time(moment: dt.datetime) -> str:
    """A stored moment (naive UTC) in this computer's time, as a person reads it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return when(moment.astimezone().replace(tzinfo=None))
