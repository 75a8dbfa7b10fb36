"""The register import's last two steps: check each date and each row of names, then Import,
which records exactly what the preview showed in one transaction, in the background; then what
was imported, in plain sentences.

Stop (or the wizard's Cancel) while saving rolls it all back. If the group's sessions, marks or
people changed since the preview was made, the core saves nothing; the preview is then made
again for another look.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget, QWizardPage

from peerdesk.core.importing import AttendancePreview, AttendanceSummary, import_attendance
from peerdesk.ui.operations import Progress
from peerdesk.ui.widgets.import_parts import bullets, say, text_label
from peerdesk.ui.widgets.import_progress import SavingPage
from peerdesk.ui.widgets.register_import_state import (
    APOLOGIES,
    COLUMN,
    DAY,
    HAPPENS,
    HEADCOUNT,
    LINE,
    NAME,
    OUTCOME,
    PRESENT,
    REASON,
    DatesModel,
    PeopleModel,
    RegisterImportState,
)
from peerdesk.ui.widgets.tables import make_table

SHOWN = 8  # cells listed by name; the rest are counted


def _some(items: list[str], more: str) -> str:
    shown = "; ".join(items[:SHOWN])
    return shown + (more.format(n=len(items) - SHOWN) if len(items) > SHOWN else "")


class RegisterPreviewPage(SavingPage):
    """``imported`` gives the ``AttendanceSummary``: the register is saved."""

    def __init__(self, state: RegisterImportState, parent: QWidget | None = None) -> None:
        super().__init__("registerImport", parent)
        self.state = state
        self.setTitle(self.tr("Check what would be recorded"))
        self.setSubTitle(
            self.tr(
                "Nothing already in peerdesk is changed, and nothing is saved until you press "
                "Import. Go Back to change the options."
            )
        )
        self.setObjectName("registerImportPreviewPage")
        self.dates_model = DatesModel(self)
        self.dates_table = make_table(
            "registerImportDatesTable",
            self.tr("Dates of the register"),
            self.dates_model,
            stretch=HAPPENS,
            widths={DAY: 110, COLUMN: 70, PRESENT: 75, APOLOGIES: 85, HEADCOUNT: 90},
        )
        self.people_model = PeopleModel(self)
        self.people_table = make_table(
            "registerImportPeopleTable",
            self.tr("Names in the register"),
            self.people_model,
            stretch=REASON,
            widths={LINE: 48, NAME: 150, OUTCOME: 170},
        )
        self.notes_label = text_label("registerImportNotes", selectable=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("registerImportSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.dates_table)
        splitter.addWidget(self.people_table)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        QWidget.setTabOrder(self.dates_table, self.people_table)
        state.preview_changed.connect(self._show)

    def initializePage(self) -> None:
        self.error_label.hide()
        self._show()

    def isComplete(self) -> bool:
        preview = self.state.preview
        return (
            self.state.ready
            and preview is not None
            and bool(preview.tally.sessions or preview.tally.new_people)
            and not self.progress.running
        )

    def _show(self) -> None:
        preview = self.state.preview if self.state.ready else None
        self.dates_model.set_rows(list(preview.dates) if preview else [])
        self.people_model.set_rows(list(preview.rows) if preview else [])
        say(self.notes_label, self._notes(preview) if preview else "")
        self.notes_label.setVisible(bool(self.notes_label.text()))
        if preview is None:
            working = self.tr("Working out what importing would do…")
            say(self.outcome_label, working if self.state.working else self.state.problem)
        else:
            lines = [self.tr("If you press Import now:"), *preview.lines()]
            if not self.isComplete():
                lines.append(self.tr("There is nothing new to record from this register."))
            say(self.outcome_label, lines[0] + "\n" + bullets(lines[1:]))
        self.completeChanged.emit()

    def _notes(self, preview: AttendancePreview) -> str:
        lines = list(preview.notes) + [str(left) for left in preview.left_out]
        if preview.unclear:
            cells = _some([str(cell) for cell in preview.unclear], self.tr(" and {n} more"))
            lines.append(self.tr("Cells not understood, left out: {cells}.").format(cells=cells))
        if preview.conflicts:
            marks = _some([str(each) for each in preview.conflicts], self.tr(" and {n} more"))
            lines.append(
                self.tr("Marks that differ from peerdesk, left as they are: {marks}.").format(
                    marks=marks
                )
            )
        return bullets(lines) if lines else ""

    # -- importing ----------------------------------------------------------------------------
    def saved(self) -> bool:
        return self.state.summary is not None

    def start_import(self) -> None:
        preview, store = self.state.preview, self.state.store
        if preview is None or not self.isComplete():
            return

        def work(progress: Progress) -> AttendanceSummary:
            return import_attendance(store, preview, progress=progress.report)

        self.save(
            lambda done, total: self.tr("Saving: {done} of {total} records").format(
                done=done, total=total
            ),
            work,
        )

    def keep(self, result: Any) -> None:
        assert isinstance(result, AttendanceSummary)
        self.state.summary = result

    def failed(self) -> None:
        self.state.refresh()  # what the preview was made from may have changed: look again


class RegisterSummaryPage(QWizardPage):
    def __init__(self, state: RegisterImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("registerImportSummaryPage")
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.lines_label = text_label("registerImportSummaryLines", selectable=True)
        self.hint = text_label("registerImportSummaryHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary = self.state.summary
        if summary is None:
            return
        lines = summary.lines()
        self.setSubTitle(lines[0])
        say(self.lines_label, bullets(lines[1:]))
        self.lines_label.setVisible(len(lines) > 1)
        say(
            self.hint,
            self.tr(
                "The register of each session imported is on the Register page. To import "
                "more from the same file, put it right and import it again: what is already "
                "recorded is recognised and left as it is."
            ),
        )
