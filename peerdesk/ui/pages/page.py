"""What every page shares: its context, a red line for problems, and staying up to date.

A page connects the ``context.events`` it shows to ``data_changed``: while the page is on screen
it reloads at once; while it is hidden it is only marked stale, and reloads the next time it is
shown (a hidden page does no work). A page that announces its own change wraps the emit in
``with self.announcing():`` so that it does not reload what it already shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from peerdesk.ui.context import AppContext


class Page(QWidget):
    error_label: QLabel  # made by each page, where its layout wants it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False  # cleared by ``reload`` once the page shows the data again
        self._announcing = False

    def reload(self) -> None:
        """Read what the page shows from the database again."""
        raise NotImplementedError

    def data_changed(self) -> None:
        """Another page changed something this page shows."""
        if self._announcing:
            return  # our own change: the page already shows it
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    @contextmanager
    def announcing(self) -> Iterator[None]:
        """Tell the other pages of a change without hearing it back."""
        self._announcing = True
        try:
            yield
        finally:
            self._announcing = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_archive_button(self, button: QPushButton, archived: bool) -> None:
        """The Archive button of a list, turned into Restore for an archived row."""
        if archived:
            button.setText(self.tr("Rest&ore"))
            button.setAccessibleName(self.tr("Restore"))
        else:
            button.setText(self.tr("Arc&hive…"))
            button.setAccessibleName(self.tr("Archive"))
