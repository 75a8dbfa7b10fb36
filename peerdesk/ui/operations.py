"""Run slow service calls off the GUI thread, with progress, cancel, and results on the GUI thread.

Every service call that can be slow goes through ``run_in_background`` instead of ad-hoc threads.
The work function receives a ``Progress`` it may report to and poll for cancellation; the success
and failure callbacks always run on the GUI thread, failures as a readable message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from peerdesk.core.errors import PeerdeskError

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(PeerdeskError):
    """Raised inside work whose caller pressed Cancel."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


class Progress:
    """Handed to the work function: report how far it is, and check for cancel."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int, str)
    cancelled = Signal()


class Operation(QRunnable, Generic[T]):
    """One background call. Keep a reference only if you want to cancel it."""

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._work = work
        self.done = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except PeerdeskError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # the GUI must never die on a background failure
            log.exception("background operation failed")
            self.signals.failed.emit(f"Something went wrong: {error}")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()

    def cancel(self) -> None:
        self.progress.cancel()


class _Relay(QObject):
    """Lives on the GUI thread, so the worker's signals reach the callbacks there (queued)."""

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self._on_success(result)
        self._finish()

    @Slot(str)
    def failed(self, message: str) -> None:
        self._on_failure(message)
        self._finish()

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    @Slot()
    def cancelled(self) -> None:
        if self._on_cancelled is not None:
            self._on_cancelled()
        self._finish()

    def _finish(self) -> None:
        _relays.discard(self)
        self.deleteLater()


# Relays without a parent widget are kept alive here until their operation ends.
_relays: set[_Relay] = set()


def run_in_background(
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[str], None],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    context: QObject | None = None,
) -> Operation[T]:
    """Start ``work`` on the thread pool; callbacks arrive on the GUI thread.

    ``context``: the widget the result is for. If it is destroyed first, the work is cancelled
    and no callback runs.
    """
    operation: Operation[T] = Operation(work)
    relay = _Relay(on_success, on_failure, on_progress, on_cancelled, context)
    _relays.add(relay)
    if context is not None:
        context.destroyed.connect(operation.cancel)
    signals = operation.signals
    signals.succeeded.connect(relay.succeeded)
    signals.failed.connect(relay.failed)
    signals.progressed.connect(relay.progressed)
    signals.cancelled.connect(relay.cancelled)
    QThreadPool.globalInstance().start(operation)
    return operation


def wait_for_background_work(timeout_ms: int = 5000) -> bool:
    """Used on quit and in tests: let running operations finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
