"""Open one dialog at a time for a page: window-modal but not blocking, so tests and the event
loop keep running. ``current`` is the open dialog until it closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class DialogSlot:
    def __init__(self) -> None:
        self.current: QDialog | None = None

    def open(self, dialog: D, on_accepted: Callable[[D], None]) -> D:
        if self.current is not None:
            # One at a time: the new one is dropped and the open one comes forward.
            dialog.deleteLater()
            self.current.raise_()
            self.current.activateWindow()
            return dialog
        dialog.accepted.connect(lambda: on_accepted(dialog))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.current = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()
