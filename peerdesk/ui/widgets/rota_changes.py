"""The Changes tab: what was swapped, added or taken off by hand on sessions in the dates
chosen, and when; newest first, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from peerdesk.core.rota_edits import RotaChangeRow
from peerdesk.ui.models.rota import (
    CHANGE_GROUP,
    CHANGE_NOTE,
    CHANGE_TEXT,
    CHANGED_AT,
    RotaChangesModel,
)
from peerdesk.ui.widgets.rota_fairness import sorted_table


class RotaChanges(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaChanges")
        self.model = RotaChangesModel(self)
        self.table = sorted_table(
            "rotaChangesTable",
            self.tr("Changes made by hand"),
            self.model,
            stretch=CHANGED_AT,
            order=Qt.SortOrder.DescendingOrder,  # newest first
            widths={CHANGE_NOTE: self.fontMetrics().horizontalAdvance("M") * 20},
        )
        # The words of each change take the spare width.
        self.table.horizontalHeader().setSectionResizeMode(
            CHANGE_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setSectionResizeMode(
            CHANGED_AT, QHeaderView.ResizeMode.Interactive
        )
        self.label = QLabel()
        self.label.setObjectName("rotaChangesLabel")
        self.label.setWordWrap(True)
        self.label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table, 1)

    def show_changes(self, changes: list[RotaChangeRow]) -> None:
        self.model.set_rows(changes)
        for column in (CHANGED_AT, CHANGE_GROUP):
            self.table.resizeColumnToContents(column)
        if changes:
            self.label.setText(
                self.tr("Swaps, additions and people taken off by hand, newest first.")
            )
        else:
            self.label.setText(
                self.tr("Nothing has been changed by hand on sessions in these dates.")
            )
