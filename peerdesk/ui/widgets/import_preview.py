"""The import wizard's third step: every row of the file as the person it would become, then
Import, which saves everyone ready in one transaction, in the background.

The table is a model over the preview (ten thousand rows cost nothing to show), filtered by
status. Stop (or the wizard's Cancel) during the import rolls it all back: nothing is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.importing import ImportSummary, import_people, preview_lines
from peerdesk.ui.context import AppContext
from peerdesk.ui.models.import_preview import (
    SHOWN,
    ImportState,
    counts_text,
    filter_label,
    show_rows,
)
from peerdesk.ui.operations import Progress
from peerdesk.ui.widgets.import_parts import bullets, row_details, rows_table, say, text_label
from peerdesk.ui.widgets.import_progress import SavingPage


class PreviewPage(SavingPage):
    """``imported`` gives the ``ImportSummary``: the people are saved."""

    def __init__(
        self, state: ImportState, context: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__("import", parent)
        self.state = state
        self.context = context
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Check every row before importing"))
        self.setSubTitle(
            self.tr(
                "Rows with a problem are skipped: put them right in your spreadsheet and "
                "import it again later. Nothing is saved until you press Import."
            )
        )

        # Made first, so that the wizard gives it the focus: the rows are what this page is for.
        self.model, self.table = rows_table("importPreviewTable", self.tr("Rows of the file"), self)

        self.counts_label = text_label("importPreviewCounts", bold=True)
        self.filter = QComboBox()
        self.filter.setObjectName("importPreviewFilter")
        self.filter.setAccessibleName(self.tr("Rows to show"))
        for shown in SHOWN:
            self.filter.addItem(filter_label(None, shown), shown)
        shown_caption = QLabel(self.tr("S&how:"))
        shown_caption.setBuddy(self.filter)
        self.duplicates_box = QCheckBox(self.tr("Import &likely duplicates too"))
        self.duplicates_box.setObjectName("importDuplicatesBox")
        self.duplicates_box.setAccessibleName(self.tr("Import likely duplicates too"))
        self.duplicates_box.setToolTip(
            self.tr(
                "Rows that look like someone already in peerdesk, or like an earlier row, are "
                "skipped unless this is ticked."
            )
        )
        self.details = row_details(self.table, self.model, "importRowDetails")
        self.ignored_label = text_label("importIgnoredColumns")

        controls = QHBoxLayout()
        controls.addWidget(self.counts_label, 1)
        controls.addWidget(shown_caption)
        controls.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        QWidget.setTabOrder(self.table, self.filter)
        QWidget.setTabOrder(self.filter, self.duplicates_box)

        self.filter.currentIndexChanged.connect(lambda _index: self._show_rows())
        self.duplicates_box.toggled.connect(self._duplicates_toggled)

    def initializePage(self) -> None:
        preview = self.state.preview
        self.error_label.hide()
        say(self.counts_label, counts_text(preview) if preview is not None else "")
        for number, shown in enumerate(SHOWN):
            self.filter.setItemText(number, filter_label(preview, shown))
        self.duplicates_box.setEnabled(self._has_duplicates())
        ignored = [] if preview is None else preview.ignored
        columns = "; ".join(f"“{column.header}” ({column.reason})" for column in ignored)
        say(self.ignored_label, self.tr("Not imported: {columns}.").format(columns=columns))
        self.ignored_label.setVisible(bool(ignored))
        self._show_rows()
        self._outcome()

    def isComplete(self) -> bool:
        return self.state.ready and self.state.rows_to_import() > 0 and not self.progress.running

    def _show_rows(self) -> None:
        show_rows(self.model, self.state.preview, SHOWN[self.filter.currentIndex()])

    def _duplicates_toggled(self, include: bool) -> None:
        self.state.include_duplicates = include
        self.model.set_include_duplicates(include)
        self._outcome()
        self.completeChanged.emit()

    def _outcome(self) -> None:
        preview = self.state.preview
        if preview is None:
            self.outcome_label.clear()
            return
        lines = preview_lines(preview, include_duplicates=self.state.include_duplicates)
        lines = [self.tr("If you press Import now:"), *lines]
        if self.state.rows_to_import() == 0:
            lines.append(
                self.tr(
                    "Nobody can be imported as things are: go Back to check the columns, or fix "
                    "the spreadsheet and choose it again."
                )
            )
        say(self.outcome_label, lines[0] + "\n" + bullets(lines[1:]))

    # -- importing ----------------------------------------------------------------------------
    def saved(self) -> bool:
        return self.state.summary is not None

    def start_import(self) -> None:
        preview = self.state.preview
        if preview is None or self.progress.running or not self.isComplete():
            return
        store, today = self.context.store, self.context.today()
        include = self.state.include_duplicates

        def work(progress: Progress) -> ImportSummary:
            return import_people(
                store, preview, today=today, include_duplicates=include, progress=progress.report
            )

        self.save(
            lambda done, total: self.tr("Saving: {done} of {total} people").format(
                done=done, total=total
            ),
            work,
        )

    def lock(self, locked: bool) -> None:
        for widget in (self.filter, self.duplicates_box):
            widget.setEnabled(not locked)
        super().lock(locked)
        if not locked:
            self.duplicates_box.setEnabled(self._has_duplicates())

    def _has_duplicates(self) -> bool:
        preview = self.state.preview
        return preview is not None and bool(preview.with_status("duplicate"))

    def keep(self, result: Any) -> None:
        assert isinstance(result, ImportSummary)
        self.state.summary = result
