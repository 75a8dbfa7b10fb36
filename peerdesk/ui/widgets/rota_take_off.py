"""Taking someone off a session, with Undo: a command for the page's undo stack (Ctrl+Z) and a
short-lived bar that says what was done and offers Undo for a few seconds.

The page takes the person off through the core first, then pushes the command, so its first
``redo`` does nothing. Undo puts them back exactly as they were (lock and reason), and the
history forgets the taking off, as if it had not happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from peerdesk.core import rota_edits
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.rota_view import OnRota, RotaSession
from peerdesk.core.storage import Store
from peerdesk.ui.dates import short_date
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.buttons import make_button

UNDO_SECONDS = 10
Changed = Callable[[str, tuple[str, ...]], None]
"""What the page is told after an undo or redo: a message and any rules now broken."""


class TakeOffCommand(QUndoCommand):
    def __init__(
        self,
        store: Store,
        session: RotaSession,
        person: OnRota,
        removed: rota_edits.Removed,
        changed: Changed,
        failed: Callable[[str], None],
    ) -> None:
        self.day = short_date(session.day)
        super().__init__(_tr("Take {name} off {day}").format(name=person.name, day=self.day))
        self.store = store
        self.meeting_id = session.meeting_id
        self.person = person
        self.removed = removed
        self.changed = changed
        self.failed = failed
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        try:
            self.removed = rota_edits.remove_from_session(
                self.store, self.meeting_id, self.person.person_id
            )
        except PeerdeskError as error:
            self._refused(str(error))
            return
        self.changed(self.taken_off_text(), ())

    def undo(self) -> None:
        person = self.person
        try:
            warnings = rota_edits.put_back(self.store, self.removed)
        except PeerdeskError as error:
            self._refused(str(error))
            return
        self.changed(
            _tr("{name} is back on {day}.").format(name=person.name, day=self.day), warnings
        )

    def taken_off_text(self) -> str:
        return _tr("{name} was taken off {day}.").format(name=self.person.name, day=self.day)

    def _refused(self, message: str) -> None:
        self.setObsolete(True)
        self.failed(message)


class UndoBar(QWidget):
    """ "Sam was taken off Tue 24 Nov. [Undo]" for a few seconds; Ctrl+Z works for longer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaUndoBar")
        self.label = QLabel()
        self.label.setObjectName("rotaUndoLabel")
        self.button = make_button("rotaUndoButton", _tr("&Undo"))
        self.button.setToolTip(_tr("Put them back (Ctrl+Z)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.hide)
        self.button.clicked.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
        self.timer.start()
