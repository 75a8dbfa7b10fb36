"""The shape of a dialog that works out keys: a form in steps whose slow work (Argon2id,
re-keying) runs in the background, with its buttons held until it is done, so the window never
freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from peerdesk.core.errors import PeerdeskError
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.passphrase_fields import wrapped
from peerdesk.ui.operations import run_in_background
from peerdesk.ui.theme import Kind

T = TypeVar("T")

BUSY_STYLE: Kind = "italic"  # looks from peerdesk.ui.theme: they follow dark mode


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
