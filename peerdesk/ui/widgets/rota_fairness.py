"""The fairness of the rota on screen, for the group to look at together: each facilitator's
sessions offered and given, in these dates and over the past year, and how often each two
facilitators work together. Both tables sort by any column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from peerdesk.core.rota_types import FairnessFigures
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rota import PAIR, PERSON, FairnessModel, PairsModel
from peerdesk.ui.widgets.tables import make_table


def sorted_table(
    name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    *,
    stretch: int,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    widths: dict[int, int] | None = None,
) -> QTableView:
    """A table (``make_table``) sorted by its ``stretch`` column to begin with; a click on a
    heading sorts by that one."""
    table = make_table(name, accessible_name, model, stretch=stretch, widths=widths)
    table.setSortingEnabled(True)
    table.sortByColumn(stretch, order)
    return table


def _titled(title: str, table: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setBuddy(table)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return box


class RotaFairness(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotaFairness")
        self.intro = QLabel(
            _tr(
                "Fair here means that each person's load is in proportion to what they offered, "
                "counting the past 12 months as well as these dates: someone who offered twice "
                "as many sessions can expect about twice as many. When the shares in the last "
                "column are close to each other, the rota is fair. Click a heading to sort; "
                "rest the pointer on it to see what it counts."
            )
        )
        self.intro.setObjectName("rotaFairnessIntro")
        self.intro.setWordWrap(True)
        self.summary = QLabel(
            _tr("Nobody facilitates these groups yet, so there is nothing to compare.")
        )
        self.summary.setObjectName("rotaFairnessSummary")
        self.summary.setWordWrap(True)

        self.people_model = FairnessModel(self)
        self.pairs_model = PairsModel(self)
        people = _tr("Sessions offered and given, per facilitator")
        self.people = sorted_table("rotaFairnessTable", people, self.people_model, stretch=PERSON)
        pairs = _tr("How often each two facilitators work together")
        self.pairs = sorted_table("rotaPairsTable", pairs, self.pairs_model, stretch=PAIR)
        # One above the other: each table gets the full width, so no name is cut short.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("rotaFairnessSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_titled(_tr("Each facilitator"), self.people))
        splitter.addWidget(_titled(_tr("Pairs: how often each two work together"), self.pairs))
        splitter.setSizes([7000, 3000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def show_figures(self, figures: FairnessFigures | None) -> None:
        self.summary.setVisible(figures is None)
        self.people_model.set_rows(list(figures.people) if figures else [])
        self.pairs_model.set_rows(list(figures.pairs) if figures else [])
        for table in (self.people, self.pairs):
            for column in range(1, table.model().columnCount()):  # the figures; names stretch
                table.resizeColumnToContents(column)
