"""The import wizard's last step: what was imported, in plain sentences, and the rows left out
with the reason for each, so that they can be put right in the spreadsheet."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from peerdesk.ui.models.import_preview import ImportState
from peerdesk.ui.widgets.import_parts import bullets, row_details, rows_table, say, text_label


class SummaryPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("importSummaryPage")
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.lines_label = text_label("importSummaryLines", selectable=True)
        self.left_out_label = text_label("importLeftOutLabel")
        self.left_out_label.setText(self.tr("Rows left out, and why:"))
        self.model, self.table = rows_table("importLeftOutTable", self.tr("Rows left out"), self)
        self.details = row_details(self.table, self.model, "importLeftOutDetails")
        self.hint = text_label("importSummaryHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        layout.addStretch(0)  # takes the room when there is no table of rows left out

    def initializePage(self) -> None:
        summary = self.state.summary
        if summary is None:
            return
        lines = summary.lines()
        self.setSubTitle(lines[0])  # "Imported 4 people from members.csv."
        say(self.lines_label, bullets(lines[1:]))
        self.lines_label.setVisible(len(lines) > 1)
        self.model.set_rows(list(summary.skipped))
        left_out = bool(summary.skipped)
        self.left_out_label.setVisible(left_out)
        self.table.setVisible(left_out)
        self.details.setVisible(left_out)
        hint = self.tr("Everyone imported is on the People page.")
        if left_out:
            hint += " " + self.tr(
                "To add the rows left out, put them right in your spreadsheet and import it "
                "again: the people already imported will be recognised and skipped."
            )
        say(self.hint, hint)
