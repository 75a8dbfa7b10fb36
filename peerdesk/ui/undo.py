"""Undo and redo for the register: every mark, headcount and walk-in is a ``QUndoCommand``.

The page first makes the change through the core (so a refused change never enters the stack),
then pushes a command that already happened: its first ``redo`` does nothing. Later undos and
redos call the core again, each its own transaction, and tell the page what changed so it can
repaint one row. A change the core refuses on undo (the session was cancelled meanwhile, say) is
reported in words and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from peerdesk.core import attendance
from peerdesk.core.attendance import Mark, Status
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.storage import Store
from peerdesk.ui.i18n import tr as _tr


class RegisterTarget(Protocol):
    """What the commands tell the page."""

    def mark_applied(self, mark: Mark) -> None: ...

    def headcount_applied(self, meeting_id: int, count: int) -> None: ...

    def undo_failed(self, message: str) -> None: ...


def describe_mark(name: str, status: Status, facilitator: bool, previous_facilitator: bool) -> str:
    """The words in Edit ▸ Undo: what the mark did, in plain language."""
    if facilitator != previous_facilitator and status == "present":
        if facilitator:
            return _tr("Mark {name} as a facilitator").format(name=name)
        return _tr("Mark {name} as no longer a facilitator").format(name=name)
    if status == "present":
        return _tr("Mark {name} present").format(name=name)
    if status == "apologies":
        return _tr("Mark {name} as sending apologies").format(name=name)
    return _tr("Mark {name} absent").format(name=name)


class _Done(QUndoCommand):
    """A command whose change was already made when it was pushed."""

    def __init__(self, store: Store, target: RegisterTarget, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.target = target
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except PeerdeskError as error:
            self.setObsolete(True)
            self.target.undo_failed(str(error))

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class MarkCommand(_Done):
    """Present, apologies, absent or the facilitator switch for one person."""

    def __init__(self, store: Store, target: RegisterTarget, mark: Mark, name: str) -> None:
        text = describe_mark(name, mark.status, mark.is_facilitator, mark.previous_facilitator)
        super().__init__(store, target, text)
        self.mark = mark

    def forward(self) -> None:
        m = self.mark
        done = attendance.mark(self.store, m.meeting_id, m.person_id, m.status,
                               facilitator=m.is_facilitator)  # fmt: skip
        self.target.mark_applied(done)

    def backward(self) -> None:
        m = self.mark
        done = attendance.mark(
            self.store, m.meeting_id, m.person_id, m.previous_status,
            facilitator=m.previous_facilitator,
        )  # fmt: skip
        self.target.mark_applied(done)


class WalkInCommand(_Done):
    """A newcomer added and marked present. Undo marks them absent; they stay in the directory."""

    def __init__(
        self, store: Store, target: RegisterTarget, meeting_id: int, person_id: int, name: str
    ) -> None:
        text = _tr("Add newcomer {name} (undo marks them absent; they stay in the directory)")
        super().__init__(store, target, text.format(name=name))
        self.meeting_id = meeting_id
        self.person_id = person_id

    def forward(self) -> None:
        done = attendance.mark(self.store, self.meeting_id, self.person_id, "present")
        self.target.mark_applied(done)

    def backward(self) -> None:
        done = attendance.mark(self.store, self.meeting_id, self.person_id, "absent")
        self.target.mark_applied(done)


class HeadcountCommand(_Done):
    def __init__(
        self, store: Store, target: RegisterTarget, meeting_id: int, count: int, previous: int
    ) -> None:
        text = _tr("Change the unnamed headcount from {old} to {new}")
        super().__init__(store, target, text.format(old=previous, new=count))
        self.meeting_id = meeting_id
        self.count = count
        self.previous = previous

    def forward(self) -> None:
        attendance.set_headcount(self.store, self.meeting_id, self.count)
        self.target.headcount_applied(self.meeting_id, self.count)

    def backward(self) -> None:
        attendance.set_headcount(self.store, self.meeting_id, self.previous)
        self.target.headcount_applied(self.meeting_id, self.previous)
