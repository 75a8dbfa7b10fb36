"""Import a group's past attendance from its paper registers, typed into a spreadsheet, in four
steps: choose the group and the file, choose the options, check each date and each name, then
see what was imported.

The core does the work (``peerdesk.core.importing.registers``, as ``peerdesk import attendance``
does on the command line): the file is read in the background and refused if it is not a
register; the preview is worked out again in the background whenever the group or an option
changes; Import records exactly what the preview showed, in one transaction, in the background.
Until Import nothing is written, so Cancel (or Escape) at any step before it leaves the
database as it was; Cancel while saving stops and rolls back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from peerdesk.core.importing import AttendanceSummary
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.import_wizard import ImportWizardFrame
from peerdesk.ui.widgets.register_import_pages import OptionsPage, RegisterFilePage
from peerdesk.ui.widgets.register_import_preview import RegisterPreviewPage, RegisterSummaryPage
from peerdesk.ui.widgets.register_import_state import RegisterImportState

FILE, OPTIONS, PREVIEW, SUMMARY = range(4)


class RegisterImportWizard(ImportWizardFrame):
    def __init__(
        self, context: AppContext, group_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        """``group_id``: the group chosen at first (the one shown where the wizard was opened)."""
        super().__init__(context, parent)
        self.setObjectName("registerImportWizard")
        self.set_title(self.tr("Import past registers"))
        self.resize(980, 720)  # room for both tables of the preview
        self.state = RegisterImportState(context.store, context.today, self)
        self.file_page = RegisterFilePage(self.state, group_id)
        self.options_page = OptionsPage(self.state)
        self.preview_page = RegisterPreviewPage(self.state)
        self.summary_page = RegisterSummaryPage(self.state)
        self.setPage(FILE, self.file_page)
        self.setPage(OPTIONS, self.options_page)
        self.setPage(PREVIEW, self.preview_page)
        self.setPage(SUMMARY, self.summary_page)
        self.preview_page.imported.connect(self._imported)

    @property
    def summary(self) -> AttendanceSummary | None:
        """What was imported; None until Import has saved."""
        return self.state.summary

    def _imported(self, summary: AttendanceSummary) -> None:
        events = self.context.events
        if summary.meeting_ids:
            events.meetings_changed.emit()
        events.attendance_changed.emit()
        events.people_changed.emit()
        if summary.person_ids:  # each was added with their consent recorded
            events.consent_changed.emit()
        self.next()
