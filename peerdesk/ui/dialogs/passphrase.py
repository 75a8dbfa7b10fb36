"""Passphrases in the window: the fields, a dialog shape for slow key work, and Change passphrase.

Working out a key from a passphrase (Argon2id) takes a noticeable moment on purpose, so every
dialog here does it in the background (``KeyDialog.run``) with its buttons held until it is done;
the window never freezes. Change passphrase keeps the recovery key; the hand-over to a new
organiser makes a new one (the window lets go of its pages while the records are re-keyed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.keys import MIN_PASSPHRASE, check_passphrase
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.operations import run_in_background
from peerdesk.ui.theme import Kind, apply_style

if TYPE_CHECKING:
    from peerdesk.core.protection import Protected
    from peerdesk.core.storage import Store

T = TypeVar("T")

HINT_STYLE: Kind = "hint"  # looks from peerdesk.ui.theme: they follow dark mode
STRONG_STYLE: Kind = "success"
BUSY_STYLE: Kind = "italic"


def secret_edit(name: str, accessible: str) -> QLineEdit:
    """A field whose letters show as dots, kept out of input-method dictionaries."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setMinimumWidth(260)
    return edit


def show_toggle(name: str, edits: Sequence[QLineEdit]) -> QCheckBox:
    """The "Show what I type" box: the dots in ``edits`` become letters while it is ticked."""
    box = QCheckBox(_tr("S&how what I type"))
    box.setObjectName(name)
    box.setAccessibleName(_tr("Show what I type"))

    def toggled(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in edits:
            edit.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


def wrapped(name: str, text: str, style: Kind | None = None) -> QLabel:
    """A paragraph of explanation in a dialog."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        apply_style(label, style)
    return label


def heading(name: str, text: str) -> QLabel:
    """The first line of a dialog's step, larger and bold."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setContentsMargins(0, 0, 0, 4)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def strength_hint(passphrase: str) -> tuple[str, bool]:
    """A few plain words about a new passphrase, and whether it is long and varied enough to
    call strong. Only a hint: the core decides what is accepted (at least ``MIN_PASSPHRASE``)."""
    length = len(passphrase)
    if length == 0:
        return (
            _tr(
                "At least {n} characters. A few ordinary words in a row are easy to remember "
                "and hard to guess."
            ).format(n=MIN_PASSPHRASE),
            False,
        )
    if length < MIN_PASSPHRASE:
        missing = MIN_PASSPHRASE - length
        return (
            _tr("{missing} more characters needed (at least {n}).").format(
                missing=missing, n=MIN_PASSPHRASE
            )
            if missing > 1
            else _tr("1 more character needed (at least {n}).").format(n=MIN_PASSPHRASE),
            False,
        )
    if len(set(passphrase.lower())) < 5:
        return _tr("Long enough, but it repeats the same few characters: easy to guess."), False
    words = len(passphrase.split())
    if length >= 20 or (words >= 4 and length >= 16):
        return _tr("Strong: long and hard to guess."), True
    return _tr("Long enough. Another word or two would make it stronger."), False


class PassphraseFields(QObject):
    """A new passphrase typed twice, with a hint under it and "Show what I type"."""

    def __init__(self, name: str, parent: QWidget, others: Sequence[QLineEdit] = ()) -> None:
        super().__init__(parent)
        self.first = secret_edit(f"{name}NewEdit", self.tr("New passphrase"))
        self.again = secret_edit(f"{name}AgainEdit", self.tr("New passphrase again"))
        self.hint = wrapped(f"{name}HintLabel", "", HINT_STYLE)
        self.hint.setAccessibleName(self.tr("About the new passphrase"))
        self.show_box = show_toggle(f"{name}ShowCheck", [*others, self.first, self.again])
        self.first.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def add_rows(self, add_row: Callable[[str, QWidget], QLabel], first: str, again: str) -> None:
        add_row(first, self.first)
        add_row(again, self.again)
        add_row("", self.hint)
        add_row("", self.show_box)

    def _update(self) -> None:
        text, strong = strength_hint(self.first.text())
        again = self.again.text()
        if again and again != self.first.text()[: len(again)]:
            text += " " + self.tr("The second box does not match the first yet.")
            strong = False
        self.hint.setText(text)
        apply_style(self.hint, STRONG_STYLE if strong else HINT_STYLE)

    def value(self) -> str:
        """The new passphrase, once it is long enough and both boxes agree."""
        check_passphrase(self.first.text())
        if self.first.text() != self.again.text():
            raise ValidationError(
                self.tr("The two new passphrases are not the same. Type it again in both boxes.")
            )
        return self.first.text()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.first, self.again, self.hint, self.show_box):
            widget.setEnabled(enabled)


class Steps(QWidget):
    """One step of a dialog shown at a time. Unlike a QStackedWidget, the dialog fits the step
    on screen rather than the tallest one (hidden steps take no room)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._steps: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, step: QWidget) -> None:
        step.setVisible(not self._steps)
        self._steps.append(step)
        self._layout.addWidget(step)

    def count(self) -> int:
        return len(self._steps)

    def widget(self, index: int) -> QWidget:
        return self._steps[index]

    def currentWidget(self) -> QWidget:
        return next(step for step in self._steps if not step.isHidden())

    def currentIndex(self) -> int:
        return self._steps.index(self.currentWidget())

    def setCurrentWidget(self, current: QWidget) -> None:
        for step in self._steps:
            step.setVisible(step is current)

    def setCurrentIndex(self, index: int) -> None:
        self.setCurrentWidget(self._steps[index])


class KeyDialog(FormDialog):
    """A form dialog in steps whose slow work (Argon2id, re-keying) runs in the background.

    ``submit`` checks what was typed and either finishes or calls ``run``; while work runs the
    buttons are held, Escape does nothing and a line says what is happening.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self.save_button.setIcon(QIcon())  # these buttons go on or unlock: not a "save" disk
        self.busy = False
        self._fitted = False
        self.layout_.setContentsMargins(20, 16, 20, 14)
        self.first_step = first = QWidget()
        self.layout_.removeItem(self.form)
        first.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.steps = Steps(f"{name}Steps")
        self.steps.addWidget(first)
        self.layout_.insertWidget(0, self.steps)
        self.busy_label = wrapped(f"{name}BusyLabel", "", BUSY_STYLE)
        self.busy_label.hide()
        self.layout_.insertWidget(2, self.busy_label)

    def intro(self, name: str, text: str, style: Kind | None = None) -> QLabel:
        """A paragraph across the top of the form, with a little room under it."""
        label = wrapped(name, text, style)
        label.setContentsMargins(0, 0, 0, 8)
        self.form.addRow(label)
        return label

    def add_step(self, step: QWidget) -> None:
        """A later step, hidden until ``show_step``."""
        self.steps.addWidget(step)

    def show_step(self, step: QWidget) -> None:
        self.steps.setCurrentWidget(step)
        self.error_label.hide()
        self.fit(shrink=True)

    def fit(self, *, shrink: bool = False) -> None:
        """Grow to show everything after a line appears (or fit a new step exactly): wrapped
        text needs its height worked out for the dialog's width."""
        self.layout_.activate()
        width = self.width()
        if self.layout_.hasHeightForWidth():
            height = self.layout_.totalHeightForWidth(width)
        else:
            height = self.layout_.totalSizeHint().height()
        if shrink or height > self.height():
            self.resize(width, height)

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # wrapped text: the first guess at the height is too tall
            self._fitted = True
            self.fit(shrink=True)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        busy_text: str,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        self.error_label.hide()
        self._hold(busy_text)

        def succeeded(result: T) -> None:
            self._release()
            done(result)

        def refused(message: str) -> None:
            self._release()
            (failed or self.show_error)(message)

        run_in_background(lambda _progress: work(), succeeded, refused)

    def _hold(self, text: str) -> None:
        self.busy = True
        self.busy_label.setText(text)
        self.busy_label.show()
        self.steps.setEnabled(False)
        self.buttons.setEnabled(False)
        self.fit()

    def _release(self) -> None:
        self.busy = False
        self.busy_label.hide()
        self.steps.setEnabled(True)
        self.buttons.setEnabled(True)

    def save(self) -> None:
        if self.busy:
            return
        try:
            self.submit()
        except PeerdeskError as error:
            self.show_error(str(error))

    def reject(self) -> None:
        if not self.busy:  # the work cannot be stopped half-way; it takes a moment
            super().reject()


def retry(edit: QLineEdit) -> None:
    """After a refusal: the field is ready to be typed again."""
    edit.selectAll()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)


class ReplacePassphraseDialog(KeyDialog):
    """The current passphrase and a new one twice: the shape of Change and Hand over."""

    def __init__(
        self, name: str, title: str, action: str, intro: str, parent: QWidget | None
    ) -> None:
        super().__init__(name, parent)
        self.set_title(title, action)
        self.form.addRow(heading(f"{name}Heading", title))
        self.intro(f"{name}Intro", intro)
        self.current = secret_edit(f"{name}CurrentEdit", self.tr("Current passphrase"))
        self.fields = PassphraseFields(name, self, [self.current])
        self.add_row(self.tr("C&urrent passphrase:"), self.current)
        self.fields.add_rows(
            self.add_row, self.tr("&New passphrase:"), self.tr("New passphrase &again:")
        )
        self.current.setFocus()

    def old_and_new(self) -> tuple[str, str]:
        old = self.current.text()
        if not old:
            raise ValidationError(self.tr("Type the current passphrase first."))
        return old, self.fields.value()

    def refused(self, message: str) -> None:
        self.show_error(message)
        retry(self.current)


class ChangePassphraseDialog(ReplacePassphraseDialog):
    """A new passphrase for the same records; the recovery sheet already printed still works."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            "changePassphraseDialog",
            self.tr("Change the passphrase"),
            self.tr("&Change passphrase"),
            self.tr(
                "Choose a new passphrase for opening peerdesk on this computer. The recovery "
                "sheet you already have keeps working.\n\n"
                "Handing the records over to someone else? Use File\u00a0▸\u00a0Hand over to a "
                "new organiser instead: it also makes a new recovery key."
            ),
            parent,
        )
        self.database = database

    def submit(self) -> None:
        from peerdesk.core.protection import change_passphrase

        old, new = self.old_and_new()
        database = self.database
        self.run(
            lambda: change_passphrase(database, old, new),
            lambda _none: self.accept(),
            self.tr("Changing the passphrase…"),
            self.refused,
        )


class HandOverHost(Protocol):
    """The window, as the hand-over sees it: it lets go of the store, then takes the new one."""

    def release_store(self) -> Store:
        """Pages gone and background work finished; the store still open, for re-keying."""
        ...

    def adopt_store(self, store: Store) -> None: ...

    def store_lost(self, database: Path, message: str) -> None:
        """The hand-over failed half-way: show the lock screen with ``message``."""
        ...


class HandOverDialog(ReplacePassphraseDialog):
    """A new passphrase and a new recovery key for a new organiser; the old ones stop working."""

    def __init__(
        self,
        store: Store,
        host: HandOverHost,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from peerdesk.ui.dialogs.first_run import RecoveryKeyPanel

        super().__init__(
            "handOverDialog",
            self.tr("Hand over to a new organiser"),
            self.tr("Hand &over"),
            self.tr(
                "Use this when someone new takes over the laptop and the group's records.\n\n"
                "•  The new organiser chooses a new passphrase, and peerdesk makes a new "
                "recovery key for a new recovery sheet.\n"
                "•  The old passphrase and the old recovery sheet stop working. Shred the old "
                "sheet once the new one is printed.\n"
                "•  Nothing in the records changes."
            ),
            parent,
        )
        self.store = store
        self.database = store.path
        self.host = host
        self.today = today or dt.date.today()
        self.handed_over = False
        self.panel = RecoveryKeyPanel(
            self,
            "handOverRecovery",
            self.tr("Keep the new recovery key safe"),
            self.tr(
                "The records are now locked with the new passphrase. This is the new recovery "
                "key, shown only this once: print or save the new sheet now. The old recovery "
                "sheet no longer opens the records, so shred it."
            ),
        )

    def submit(self) -> None:
        from peerdesk.core.protection import data_key_for

        if self.handed_over:
            self.panel.require_kept()
            self.accept()
            return
        old, new = self.old_and_new()
        if new == old:
            raise ValidationError(
                self.tr("Choose a new passphrase: the old one is meant to stop working.")
            )
        database = self.database
        self.run(
            lambda: bool(data_key_for(database, old)),
            lambda _right: self._hand_over(old, new),
            self.tr("Checking the current passphrase…"),
            self.refused,
        )

    def _hand_over(self, old: str, new: str) -> None:
        from peerdesk.core.protection import hand_over

        store = self.host.release_store()
        self.run(
            lambda: hand_over(store, old, new),
            self._handed_over,
            self.tr("Making the new key and locking the records with it…"),
            self._lost,
        )

    def _handed_over(self, protected: Protected) -> None:
        self.handed_over = True
        self.host.adopt_store(protected.store)
        self.panel.show_key(protected.recovery_key, self.database, self.today, self.tr("&Done"))
        self.cancel_button.hide()

    def _lost(self, message: str) -> None:
        self.host.store_lost(
            self.database,
            self.tr(
                "The hand-over did not finish ({reason}). Nothing in the records was lost: "
                "unlock with the old passphrase or the new one."
            ).format(reason=message.rstrip(".")),
        )
        self.reject()
