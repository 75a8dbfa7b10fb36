"""The funder report's preview: the headline figures as tiles and a line per group, in exactly
the words the PDF prints ("fewer than 5" and "not shown" included), so nothing on paper comes as
a surprise."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.funder_report import FunderReport, GroupLine
from peerdesk.ui.dates import plain_date
from peerdesk.ui.i18n import mark as _N
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import ModelIndex, RowTableModel
from peerdesk.ui.widgets.tables import make_table


def day_words(day: dt.date) -> str:
    """ "1 July 2026"."""
    return plain_date(day, long=True)


# -- what the report says, in the words the PDF prints -----------------------------------------
def hours_text(hours: float) -> str:
    """ "97", "12.5": volunteer hours as printed, no needless ".0"."""
    return f"{hours:,.0f}" if hours == int(hours) else f"{hours:,.1f}"


# Each band's title and its tiles' labels and hints, as on paper.
BANDS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (_N("Sessions"), (
        (_N("Sessions held"), ""),
        (_N("Sessions cancelled"), ""),
        (_N("Average per session"), _N("attendances")),
        (_N("Facilitator hours"), _N("volunteer time")),
    )),
    (_N("Attendances"), (
        (_N("Total attendances"), _N("named and anonymous")),
        (_N("Named"), _N("on the register")),
        (_N("Anonymous"), _N("headcount, no names")),
    )),
    (_N("People"), (
        (_N("Different people"), _N("named people")),
        (_N("New people"), _N("first came in the period")),
        (_N("Returning people"), _N("had come before")),
    )),
)  # fmt: skip


def headline(report: FunderReport) -> dict[str, str]:
    """Each headline figure's label (as in ``BANDS``) and the words printed for it."""
    return {
        "Sessions held": f"{report.sessions_held:,}",
        "Sessions cancelled": f"{report.sessions_cancelled:,}",
        "Average per session": report.average_per_session,
        "Facilitator hours": hours_text(report.facilitator_hours),
        "Total attendances": report.total_attendances.text,
        "Named": report.named_attendances.text,
        "Anonymous": report.anonymous_attendances.text,
        "Different people": report.unique_people.text,
        "New people": report.new_people.text,
        "Returning people": report.returning_people.text,
    }


class GroupLinesModel(RowTableModel[GroupLine]):
    """A line per group; the figures right-aligned, as on paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As the printed table's headings, wrapped where they wrap on paper.
        headings = (_N("Group"), _N("Sessions\nheld"), _N("Sessions\ncancelled"),
                    _N("Attendances"), _N("Different\npeople"), _N("New\npeople"))  # fmt: skip
        self.headers = tuple(_tr(heading) for heading in headings)  # marked with _N

    def text(self, row: GroupLine, column: int) -> str:
        return (
            row.group_name,
            f"{row.sessions_held:,}",
            f"{row.sessions_cancelled:,}",
            row.attendances.text,
            row.unique_people.text,
            row.new_people.text,
        )[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class ReportPreview(QGroupBox):
    """The headline figures as tiles, a line per group, or a message saying why there are none."""

    def __init__(self, groups: int, parent: QWidget | None = None) -> None:
        """``groups``: how many groups there are, to make room for a line each (up to six)."""
        super().__init__(_tr("What the report will say"), parent)
        self.setObjectName("funderReportPreview")
        self.heading = QLabel()
        self.heading.setObjectName("funderReportHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.heading.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)  # names may wrap
        self.tiles: dict[str, QLabel] = {}
        self.values: dict[str, str] = {}  # each tile's words, for tests and screen readers
        self.note = QLabel()
        self.note.setObjectName("funderReportHiddenNote")
        self.note.setWordWrap(True)
        self.model = GroupLinesModel(self)
        self.table = make_table("funderReportGroupsTable", _tr("Each group"), self.model, stretch=0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(
            header.sizeHint().height()
            + min(max(groups, 2), 6) * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        keep = self.table.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the dialog keeps its size with one group chosen
        self.table.setSizePolicy(keep)
        self.message = QLabel()
        self.message.setObjectName("funderReportMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.figures = QWidget()
        grid = QGridLayout(self.figures)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.hints: dict[str, str] = {}
        for band, (title, tiles) in enumerate(BANDS):
            title_label = QLabel(f"<b>{_tr(title)}</b>")  # marked with _N
            grid.addWidget(title_label, 1 + band * 2, 0, 1, 4)
            for column, (key, hint) in enumerate(tiles):
                tile = QLabel()
                tile.setObjectName(f"funderReportTile{band}{column}")
                tile.setBackgroundRole(QPalette.ColorRole.AlternateBase)
                tile.setAutoFillBackground(True)
                tile.setMargin(6)
                tile.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(tile, 2 + band * 2, column)
                self.tiles[key], self.hints[key] = tile, hint
                self._set_tile(key, "–")  # the size it will have while the figures come
        for column in range(4):
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.note, 7, 0, 1, 4)
        grid.addWidget(self.table, 8, 0, 1, 4)
        grid.setRowStretch(9, 1)
        self.pages = QStackedWidget()  # as big as the figures, whichever is shown
        self.pages.addWidget(self.figures)
        self.pages.addWidget(self.message)
        QVBoxLayout(self).addWidget(self.pages)
        self.show_message(_tr("Working out the figures…"))

    def _set_tile(self, key: str, value: str) -> None:
        size = "x-large" if value[:1].isdigit() else "large"
        words = _tr(self.hints[key]) if self.hints[key] else ""  # marked with _N
        hint = f"<br><small>{words}</small>" if words else ""
        self.tiles[key].setText(
            f'<span style="font-size:{size}; font-weight:600">{value}</span>'
            f"<br><b>{_tr(key)}</b>{hint}"  # marked with _N
        )
        self.tiles[key].setAccessibleName(f"{_tr(key)}: {value}")  # marked with _N

    def show_report(self, report: FunderReport) -> None:
        period = f"{day_words(report.date_from)} to {day_words(report.date_to)}"
        self.heading.setText(f"<b>{html.escape(report.title)}</b><br>{period}")
        self.heading.setAccessibleName(f"{report.title}, {period}")
        for key, value in headline(report).items():
            self._set_tile(key, value)
            self.values[key] = value
        notes = []
        if report.sessions_held == 0:
            notes.append(_tr("No sessions were held in these dates by the groups ticked."))
        if report.hidden_any:
            notes.append(
                _tr(
                    "Some small numbers are hidden so that nobody can be identified; the "
                    "report explains why."
                )
            )
        self.note.setText(" ".join(notes))
        self.note.setAccessibleName(self.note.text())
        self.note.setVisible(bool(notes))
        lines = list(report.groups) if len(report.groups) > 1 else []  # as on paper
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self.pages.setCurrentWidget(self.figures)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.pages.setCurrentWidget(self.message)
