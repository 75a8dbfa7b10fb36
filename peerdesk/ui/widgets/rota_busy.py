"""One piece of background work at a time for the Rota page, with a "please wait" and Cancel.

Filling a rota and writing its files go through ``run_in_background``; while they run, a small
window-modal progress window (shown only if the work takes more than a moment) says what is
happening and offers Cancel. A cancelled job's result is dropped: its ``cancelled`` callback runs
instead, and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from peerdesk.ui.operations import Operation, Progress, run_in_background
from peerdesk.ui.widgets.buttons import make_button

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quick work finishes without a window flashing up


class RotaBusy(QObject):
    finished = Signal()  # the work ended: done, failed or cancelled (for tests)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.operation: Operation[Any] | None = None
        self.window: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.operation is not None

    def start(
        self,
        title: str,
        text: str,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
        cancelled: Callable[[], None],
    ) -> bool:
        """Run ``work`` in the background; False (and nothing started) if work is running."""
        if self.operation is not None:
            return False

        def checked(progress: Progress) -> T:
            result = work(progress)
            progress.check()  # Cancel pressed while the work ran: drop the result
            return result

        def end(callback: Callable[..., None], *args: Any) -> None:
            self._close()
            callback(*args)
            self.finished.emit()

        window = QProgressDialog(self.widget, minimumDuration=SHOW_AFTER_MS)
        window.setObjectName("rotaBusyWindow")
        window.setWindowTitle(title)
        window.setAccessibleName(title)
        window.setLabelText(text)
        window.setCancelButton(make_button("rotaBusyCancelButton", self.tr("Cancel")))
        window.setRange(0, 0)  # the work cannot say how far it is: a busy bar
        window.setWindowModality(Qt.WindowModality.WindowModal)
        self.window = window
        self.operation = run_in_background(
            checked,
            lambda result: end(done, result),
            lambda message: end(failed, message),
            on_cancelled=lambda: end(cancelled),
            context=self,
        )
        window.canceled.connect(self.cancel)
        window.setValue(0)
        return True

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
        if self.window is not None:
            self.window.setLabelText(self.tr("Stopping…"))

    def _close(self) -> None:
        self.operation = None
        window, self.window = self.window, None
        if window is not None:
            window.canceled.disconnect(self.cancel)
            window.reset()
            window.close()
            window.deleteLater()
