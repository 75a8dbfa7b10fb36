"""The people directory as a Qt table: all rows loaded once, filtered in Python as you type.

The model keeps everyone it was given (``set_rows``) and shows the ones that pass the
"show archived" switch and the search words (``set_query``). A keystroke swaps the visible list
in one reset: the view only ever asks for the rows it paints, so this stays well under a frame
with thousands of people. A single saved person updates one row (``upsert``) instead.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from peerdesk.core.people import PersonRow, filter_people, matches
from peerdesk.ui.i18n import tr as _tr

ModelIndex = QModelIndex | QPersistentModelIndex

PREFERRED_NAME, FULL_NAME, PRONOUNS = range(3)
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def sort_key(row: PersonRow) -> tuple[str, int]:
    """The directory's order: by preferred name, ignoring case (as ``list_people``)."""
    return (row.preferred_name.casefold(), row.id)


def _greyed() -> QColor:
    """Text half-way to the background: clearly set apart, still readable (about 4.5:1)."""
    palette = QGuiApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mix = 0.45
    return QColor(
        round(text.red() + (base.red() - text.red()) * mix),
        round(text.green() + (base.green() - text.green()) * mix),
        round(text.blue() + (base.blue() - text.blue()) * mix),
    )


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PersonRow] = []
        self._base: list[PersonRow] = []  # _all, less the archived unless they are shown
        self._visible: list[PersonRow] = []
        self._query = ""
        self._show_archived = False
        self._headers = (_tr("Preferred name"), _tr("Full name"), _tr("Pronouns"))
        self._archived_mark = _tr("(archived)")
        self._archived_brush = QBrush(_greyed())
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    # -- what the view asks ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._visible[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, PREFERRED_NAME)
        if role == PERSON_ROLE:
            return row
        if row.archived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._archived_brush
            if role == Qt.ItemDataRole.FontRole:
                return self._archived_font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == PREFERRED_NAME:
            if row.archived:
                return f"{row.preferred_name} {self._archived_mark}"
            return row.preferred_name
        if column == FULL_NAME:
            return row.full_name
        return row.pronouns

    # -- what the page asks ------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        """How many people the current "show archived" choice covers, before searching."""
        return len(self._base)

    @property
    def archived_total(self) -> int:
        return sum(1 for row in self._base if row.archived)

    def person_at(self, row: int) -> PersonRow | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def row_of(self, person_id: int) -> int:
        """The visible row showing ``person_id``, or -1."""
        for number, row in enumerate(self._visible):
            if row.id == person_id:
                return number
        return -1

    def set_rows(self, rows: list[PersonRow]) -> None:
        """Everyone, archived included; kept in directory order (``sort_key``)."""
        self._all = sorted(rows, key=sort_key)
        self._rebuild()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._show_archived = show
            self._rebuild()

    def set_query(self, query: str) -> None:
        """Show only the people whose preferred or full name contains every word typed."""
        if query == self._query:
            return
        # Typing more letters can only narrow the list: search the rows shown, not everyone.
        narrower = query.casefold().startswith(self._query.casefold())
        pool = self._visible if narrower else self._base
        self._query = query
        self._show(filter_people(pool, query))

    def upsert(self, person: PersonRow) -> None:
        """One person was added or changed: move, insert, remove or repaint just that row."""
        self._replace_in(self._all, person, keep=True)
        self._replace_in(self._base, person, keep=self._show_archived or not person.archived)
        old = self.row_of(person.id)
        shown = (self._show_archived or not person.archived) and matches(person, self._query)
        if old >= 0:
            in_place = shown and self._fits_at(old, person)
            if in_place:
                self._visible[old] = person
                self.dataChanged.emit(self.index(old, 0), self.index(old, 2))
                return
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._visible[old]
            self.endRemoveRows()
        if shown:
            at = bisect.bisect_left(self._visible, sort_key(person), key=sort_key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._visible.insert(at, person)
            self.endInsertRows()

    # -- inside ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        if self._show_archived:
            self._base = list(self._all)
        else:
            self._base = [row for row in self._all if not row.archived]
        self._show(filter_people(self._base, self._query))

    def _show(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        # filter_people hands back its argument when nothing is typed; never share that list.
        self._visible = list(rows) if rows is self._base or rows is self._visible else rows
        self.endResetModel()

    def _fits_at(self, position: int, person: PersonRow) -> bool:
        key = sort_key(person)
        before = position == 0 or sort_key(self._visible[position - 1]) <= key
        after = position == len(self._visible) - 1 or key <= sort_key(self._visible[position + 1])
        return before and after

    @staticmethod
    def _replace_in(rows: list[PersonRow], person: PersonRow, *, keep: bool) -> None:
        for number, row in enumerate(rows):
            if row.id == person.id:
                del rows[number]
                break
        if keep:
            rows.insert(bisect.bisect_left(rows, sort_key(person), key=sort_key), person)
