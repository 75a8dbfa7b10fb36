"""A progress bar with its own Stop button, inside a wizard page: reading a file, saving people.

The work runs through ``run_in_background``. Stop asks the work to stop at its next report and
says "Stopping…"; the page hears how it ended (done, failed or stopped) only once the work has
really ended, so that it never says "nothing was saved" about work that finished first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from peerdesk.ui.operations import Operation, Progress, run_in_background
from peerdesk.ui.widgets.buttons import make_button

T = TypeVar("T")


class ImportProgress(QWidget):
    ended = Signal()  # the work is over, however it ended (for tests and pages)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.operation: Operation[Any] | None = None
        self._counted: Callable[[int, int], str] = lambda done, total: ""
        self.text = QLabel()
        self.text.setObjectName(f"{name}Label")
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setTextVisible(False)
        self.stop_button = make_button(f"{name}StopButton", self.tr("&Stop"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.stop_button.clicked.connect(self.stop)
        self.hide()

    @property
    def running(self) -> bool:
        return self.operation is not None

    def start(
        self,
        text: str,
        counted: Callable[[int, int], str],
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
        stopped: Callable[[], None],
    ) -> None:
        """Run ``work``. ``text`` says what is happening; once the work reports how far it
        is, ``counted(done, total)`` says it."""

        def end(callback: Callable[..., None], *args: Any) -> None:
            self.operation = None
            self.hide()
            callback(*args)
            self.ended.emit()

        self._counted = counted
        self._say(text)
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        self.stop_button.setEnabled(True)
        self.show()
        self.operation = run_in_background(
            work,
            lambda result: end(done, result),
            lambda message: end(failed, message),
            on_progress=self._progressed,
            on_cancelled=lambda: end(stopped),
            context=self,
        )

    def stop(self) -> None:
        if self.operation is None:
            return
        self.operation.cancel()
        self.stop_button.setEnabled(False)
        self._say(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.operation is None or self.operation.progress.cancelled or total <= 0:
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self._say(self._counted(done, total))

    def _say(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setAccessibleName(text)
