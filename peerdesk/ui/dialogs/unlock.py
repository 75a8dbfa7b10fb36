"""The lock screen: the passphrase asked before anything is shown, or the recovery key instead.

A wrong passphrase is said plainly and changes nothing on disk (the core checks it against the key
file before the database is touched), so the person can simply try again. The check takes a
moment (Argon2id) and runs in the background, so the window stays responsive. A right passphrase
on a damaged file ends the dialog with ``damaged`` (and the newest good backup) instead of a store.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import ValidationError
from peerdesk.core.keys import parse_recovery_key
from peerdesk.core.storage import Store
from peerdesk.ui.damaged import Damaged, open_or_find_backup, unlock_restored
from peerdesk.ui.dialogs.first_run import NOTE_STYLE
from peerdesk.ui.dialogs.key_dialog import KeyDialog, retry
from peerdesk.ui.dialogs.passphrase_fields import (
    PassphraseFields,
    heading,
    secret_edit,
    show_toggle,
    wrapped,
)
from peerdesk.ui.widgets.buttons import make_button


def _cannot_reopen(_data_key: bytes) -> Store:
    raise RuntimeError("nothing was unlocked yet")


class UnlockDialog(KeyDialog):
    """After ``Accepted``: ``store``, the database open with its key; or, when the key opened a
    damaged file, ``damaged`` and ``reopen`` (unlocks the file again, once a backup is in place)."""

    def __init__(self, database: Path, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__("unlockDialog", parent)
        self.database = database
        self.store: Store | None = None
        self.damaged: Damaged | None = None
        self.reopen: Callable[[], Store] | None = None
        self._reopen_with: Callable[[bytes], Store] = _cannot_reopen
        self.set_title(self.tr("Unlock peerdesk"), self.tr("&Unlock"))
        self.form.addRow(heading("unlockHeading", self.tr("Your group's records are locked")))
        self.intro("unlockIntro", self.tr("Type your passphrase to open them."))
        self.passphrase = secret_edit("unlockPassphraseEdit", self.tr("Passphrase"))
        self.add_row(self.tr("&Passphrase:"), self.passphrase)
        self.add_row("", show_toggle("unlockShowCheck", [self.passphrase]))
        where = wrapped(
            "unlockWhere", self.tr("Records: {name}").format(name=database.name), NOTE_STYLE
        )
        where.setToolTip(str(database))
        self.form.addRow(where)

        # On the left, away from Unlock and Cancel: another way in, not another answer.
        self.recovery_button = make_button(
            "unlockRecoveryButton", self.tr("Use the &recovery key…")
        )
        self.recovery_button.clicked.connect(self.toggle_recovery)
        row = QHBoxLayout()
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        self.layout_.removeWidget(self.buttons)
        row.addWidget(self.buttons)
        self.layout_.addLayout(row)
        self._build_recovery_step()
        if message:
            self.show_error(message)
        self.passphrase.setFocus()

    def _build_recovery_step(self) -> None:
        step = QWidget()
        form = QFormLayout(step)
        form.setContentsMargins(0, 0, 0, 0)

        def add_row(label: str, widget: QWidget) -> QLabel:
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            return caption

        form.addRow(heading("unlockRecoveryHeading", self.tr("Open with the recovery key")))
        form.addRow(
            wrapped(
                "unlockRecoveryIntro",
                self.tr(
                    "Type the recovery key from the recovery sheet: 14 groups of four letters "
                    "and digits. Capitals, spaces and dashes do not matter.\n\n"
                    "Then choose a new passphrase. From now on it opens peerdesk; the old one "
                    "stops working. The recovery sheet keeps working."
                ),
            )
        )
        self.key_edit = self.line_edit(
            "unlockRecoveryKeyEdit", self.tr("Recovery key"), "XXXX-XXXX-XXXX-…"
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_edit.setFont(font)
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance("X" * 72))
        add_row(self.tr("Recovery &key:"), self.key_edit)
        self.fields = PassphraseFields("unlockRecovery", self)
        self.fields.add_rows(
            add_row, self.tr("&New passphrase:"), self.tr("New passphrase &again:")
        )
        self.recovery_step = step
        self.add_step(step)

    def toggle_recovery(self) -> None:
        """From the passphrase to the recovery key and back."""
        if self.steps.currentWidget() is self.first_step:
            self.show_step(self.recovery_step)
            self.recovery_button.setText(self.tr("&Back to the passphrase"))
            self.recovery_button.setAccessibleName(self.tr("Back to the passphrase"))
            self.save_button.setText(self.tr("&Open with the recovery key"))
            self.save_button.setAccessibleName(self.tr("Open with the recovery key"))
            self.key_edit.setFocus()
        else:
            self.show_step(self.first_step)
            self.recovery_button.setText(self.tr("Use the &recovery key…"))
            self.recovery_button.setAccessibleName(self.tr("Use the recovery key"))
            self.set_title(self.tr("Unlock peerdesk"), self.tr("&Unlock"))
            self.passphrase.setFocus()

    def submit(self) -> None:
        from peerdesk.core.protection import data_key_for, unlock, unlock_with_recovery_key

        database = self.database
        if self.steps.currentWidget() is self.first_step:
            passphrase = self.passphrase.text()
            if not passphrase:
                raise ValidationError(self.tr("Type your passphrase first."))
            self._reopen_with = partial(unlock_restored, database, passphrase)
            self.run(
                lambda: open_or_find_backup(
                    database,
                    lambda: unlock(database, passphrase),
                    lambda: data_key_for(database, passphrase),
                ),
                self._unlocked,
                self.tr("Checking the passphrase…"),
                lambda message: self._refused(message, self.passphrase),
            )
            return
        key = self.key_edit.text()
        try:
            parse_recovery_key(key)  # a typing slip is found at once, before the slow part
        except ValidationError:
            retry(self.key_edit)
            raise
        new = self.fields.value()

        def with_recovery_key(_data_key: bytes = b"") -> Store:
            # Also after a restore: the new passphrase then seals the restored file's key.
            return unlock_with_recovery_key(database, key, new_passphrase=new)

        self._reopen_with = with_recovery_key
        self.run(
            lambda: open_or_find_backup(
                database, with_recovery_key, lambda: parse_recovery_key(key)
            ),
            self._unlocked,
            self.tr("Opening with the recovery key…"),
            lambda message: self._refused(message, self.key_edit),
        )

    def _refused(self, message: str, field: QLineEdit) -> None:
        self.show_error(message)
        retry(field)

    def _unlocked(self, result: Store | Damaged) -> None:
        if isinstance(result, Damaged):
            self.damaged = result
            if result.key is not None:
                self.reopen = partial(self._reopen_with, result.key)
        else:
            self.store = result
        self.accept()


class LockPanel(QFrame):
    """What the window shows while it is locked: nothing about anyone, and a way back in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.unlock_button = make_button("lockPanelUnlockButton", self.tr("&Unlock…"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        inner = QVBoxLayout()
        inner.setSpacing(14)
        inner.addWidget(heading("lockPanelTitle", self.tr("peerdesk is locked")))
        inner.addWidget(
            wrapped(
                "lockPanelText",
                self.tr(
                    "Your group's records are locked, so nothing about anyone can be seen on "
                    "this screen. Unlock with your passphrase to carry on.\n\n"
                    "peerdesk locks itself after a few minutes without use, when the computer "
                    "sleeps or its screen locks, and whenever you choose "
                    "File\u00a0▸\u00a0Lock\u00a0now (Ctrl+Shift+L)."
                ),
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        inner.addLayout(row)
        # Hidden while the passphrase dialog is open over it: one message at a time.
        self.box = box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(560)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.setFocusProxy(self.unlock_button)
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
