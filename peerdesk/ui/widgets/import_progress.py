"""A progress bar with its own Stop button, inside a wizard page: reading a file, saving people.

The work runs through ``run_in_background``. Stop asks the work to stop at its next report and
says "Stopping…"; the page hears how it ended (done, failed or stopped) only once the work has
really ended, so that it never says "nothing was saved" about work that finished first.
``SavingPage`` is the import wizards' commit page: Import saves in the background with such a
progress bar, and Stop (or the wizard's Cancel) rolls it all back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peerdesk.ui.operations import Operation, Progress, run_in_background
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.import_parts import error_label, say, text_label

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


class SavingPage(QWizardPage):
    """A commit page that saves in the background. Subclasses say whether it is saved
    (``saved``), start it (``start_import``, through ``save``) and keep what it gave (``keep``);
    ``lock`` turns off what must not change while saving."""

    imported = Signal(object)  # what saving gave: it is saved

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        """``prefix`` begins the object names of the progress, outcome and error widgets."""
        super().__init__(parent)
        self.close_when_stopped = False
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.outcome_label = text_label(f"{prefix}Outcome")
        self.progress = ImportProgress(f"{prefix}SaveProgress")
        self.error_label = error_label(f"{prefix}PreviewErrorLabel", self.tr("Problem importing"))

    def saved(self) -> bool:
        raise NotImplementedError

    def start_import(self) -> None:
        raise NotImplementedError

    def keep(self, result: Any) -> None:
        raise NotImplementedError

    def validatePage(self) -> bool:
        """Import (the wizard moves on to the summary once it is saved)."""
        if self.saved():
            return True
        self.start_import()
        return False

    def save(self, counted: Callable[[int, int], str], work: Callable[[Progress], Any]) -> None:
        """Run ``work`` with the progress bar; ``counted(done, total)`` says how far it is."""
        self.error_label.hide()
        self.progress.start(
            self.tr("Saving…"), counted, work, self._saved, self._failed, self._stopped
        )
        self.lock(True)

    def stop(self, *, then_close: bool) -> None:
        self.close_when_stopped = then_close
        self.progress.stop()

    def lock(self, locked: bool) -> None:
        """While saving, nothing on the page (nor Back) changes what is being saved."""
        self.completeChanged.emit()  # the wizard sets its buttons again...
        wizard = self.wizard()
        if wizard is not None and locked:  # ...so Back is turned off after it
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def failed(self) -> None:
        """Saving failed (and saved nothing): the page may look again."""

    def _saved(self, result: Any) -> None:
        self.keep(result)
        self.lock(False)
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self.close_when_stopped = False
        self.lock(False)
        self.failed()
        self.error_label.setText(self.tr("Nothing was saved. {reason}").format(reason=message))
        self.error_label.show()

    def _stopped(self) -> None:
        self.lock(False)
        say(self.outcome_label, self.tr("The import was stopped: nothing was saved."))
        if self.close_when_stopped:
            wizard = self.wizard()
            if wizard is not None:
                wizard.reject()
