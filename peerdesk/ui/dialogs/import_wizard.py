"""Import people from the group's spreadsheet, in four steps: choose the file, say what each
column holds, check every row, then see what was imported.

The core does the work (``peerdesk.core.importing``, as ``peerdesk import people`` does on the
command line): the file is read and the people already in peerdesk are loaded once, in the
background; each change of column works the preview out again from memory; Import saves
everyone ready in one transaction, in the background. Until Import, nothing is written, so
Cancel (or Escape) at any step before it leaves the database as it was; Cancel while saving
stops and rolls back. ``ImportWizardFrame`` is what this wizard shares with the register import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from peerdesk.core.importing import ImportSummary
from peerdesk.ui.context import AppContext
from peerdesk.ui.models.import_preview import ImportState
from peerdesk.ui.widgets.import_file import FilePage, FileStep
from peerdesk.ui.widgets.import_mapping import MappingPage
from peerdesk.ui.widgets.import_preview import PreviewPage
from peerdesk.ui.widgets.import_progress import SavingPage
from peerdesk.ui.widgets.import_summary import SummaryPage

FILE, MAPPING, PREVIEW, SUMMARY = range(4)


class ImportWizardFrame(QWizard):
    """An import wizard without its pages: the look, the buttons' names, and Cancel, which
    stops saving (nothing is saved) or reading. Subclasses set ``file_page`` and
    ``preview_page``."""

    file_page: FileStep[Any]
    preview_page: SavingPage

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Import")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.button(which).setAccessibleName(name)

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def reject(self) -> None:
        """Cancel: while saving, stop (nothing is saved) and close once it has stopped."""
        if self.preview_page.progress.running:
            self.preview_page.stop(then_close=True)
            return
        self.file_page.progress.stop()  # reading writes nothing: let it go
        super().reject()


class ImportWizard(ImportWizardFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("importWizard")
        self.set_title(self.tr("Import people from a spreadsheet"))
        self.resize(940, 680)  # room for the preview's notes
        self.state = ImportState(context.store, self)
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state, context)
        self.summary_page = SummaryPage(self.state)
        self.setPage(FILE, self.file_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(PREVIEW, self.preview_page)
        self.setPage(SUMMARY, self.summary_page)
        self.preview_page.imported.connect(self._imported)

    @property
    def summary(self) -> ImportSummary | None:
        """What was imported; None until Import has saved."""
        return self.state.summary

    def _imported(self, summary: ImportSummary) -> None:
        events = self.context.events
        if summary.imported:
            events.people_changed.emit()
        if summary.tally.consents_recorded:
            events.consent_changed.emit()
        self.next()
