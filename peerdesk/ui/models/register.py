"""One session's register as a Qt table: everyone loaded once, filtered in Python as you type.

``load_register`` already orders the entries (regulars first, most often seen first, then
everyone else by name). While something is typed, the matches keep that order but the people not
yet marked present come first, so that typing a paper sheet back in never lands on someone twice.
A keystroke swaps the visible list in one reset; marking one person repaints one row
(``dataChanged``) and never reloads.

Consent seam: the "Note" column and ``CONSENT_NOTE_ROLE`` show the consent notes, worked out
once per register load for every entry at once (``consent_notes(entries) -> {person id: note}``,
one database query for up to thousands of rows) and for a walk-in when added. The default,
``no_consent_notes``, has none; the main window passes the consent capability's own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from peerdesk.core.attendance import Register, RegisterEntry, Status
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.theme import current_colours

ModelIndex = QModelIndex | QPersistentModelIndex
ConsentNotes = Callable[[Sequence[RegisterEntry]], Mapping[int, str]]

NAME, FULL_NAME, STATUS, ROLE, NOTE = range(5)
COLUMNS = 5
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
CONSENT_NOTE_ROLE = Qt.ItemDataRole.UserRole + 3


def _tint(status: Status) -> QBrush | None:
    """Soft tints behind the words (never colour alone): green for present, amber for
    apologies, for the palette in use (light, dark or high contrast)."""
    if status == "present":
        return QBrush(current_colours().present_tint)
    if status == "apologies":
        return QBrush(current_colours().apologies_tint)
    return None


def no_consent_notes(entries: Sequence[RegisterEntry]) -> Mapping[int, str]:
    """The default: no consent notes."""
    return {}


def matches(entry: RegisterEntry, words: list[str]) -> bool:
    return all(word in entry.search_text for word in words)


class RegisterTableModel(QAbstractTableModel):
    def __init__(
        self, parent: QObject | None = None, *, consent_notes: ConsentNotes = no_consent_notes
    ) -> None:
        super().__init__(parent)
        self._consent_notes = consent_notes
        self._notes: dict[int, str] = {}  # person id -> consent note, for this register
        self._all: list[RegisterEntry] = []
        self._rank: dict[int, int] = {}  # person id -> place in the register's order
        self._status: dict[int, Status] = {}
        self._facilitator: dict[int, bool] = {}
        self._new: set[int] = set()  # walk-ins added on this screen
        self._visible: list[RegisterEntry] = []
        self._query = ""
        self._headers = (
            _tr("Name"),
            _tr("Full name"),
            _tr("Here?"),
            _tr("Role"),
            _tr("Note"),
        )
        self._status_words: dict[Status, str] = {
            "present": _tr("Present"),
            "apologies": _tr("Apologies"),
            "absent": "",
        }

    # -- what the view asks ------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(entry)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _tint(self._status[entry.person_id])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.spoken(entry)
        if role == ENTRY_ROLE:
            return entry
        if role == STATUS_ROLE:
            return self._status[entry.person_id]
        if role == CONSENT_NOTE_ROLE:
            return self._notes.get(entry.person_id, "")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, entry: RegisterEntry, column: int) -> str:
        person = entry.person_id
        if column == NAME:
            return entry.preferred_name
        if column == FULL_NAME:
            return entry.full_name
        if column == STATUS:
            return self._status_words[self._status[person]]
        if column == ROLE:
            return _tr("Facilitator") if self._facilitator[person] else ""
        return self.note(entry)

    def note(self, entry: RegisterEntry) -> str:
        parts = [_tr("New")] if entry.person_id in self._new else []
        consent = self._notes.get(entry.person_id, "")
        if consent:
            parts.append(consent)
        return " · ".join(parts)

    def spoken(self, entry: RegisterEntry) -> str:
        """One sentence for a screen reader: name, status in words, role, notes."""
        person = entry.person_id
        parts = [entry.preferred_name]
        parts.append(self._status_words[self._status[person]] or _tr("not marked"))
        if self._facilitator[person]:
            parts.append(_tr("facilitator"))
        note = self.note(entry)
        if note:
            parts.append(note)
        return ", ".join(parts)

    # -- what the page asks ------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def total(self) -> int:
        return len(self._all)

    def entry_at(self, row: int) -> RegisterEntry | None:
        return self._visible[row] if 0 <= row < len(self._visible) else None

    def status_of(self, person_id: int) -> Status:
        return self._status[person_id]

    def is_facilitator(self, person_id: int) -> bool:
        return self._facilitator[person_id]

    def is_new(self, person_id: int) -> bool:
        return person_id in self._new

    def row_of(self, person_id: int) -> int:
        for number, entry in enumerate(self._visible):
            if entry.person_id == person_id:
                return number
        return -1

    def has_name(self, name: str) -> bool:
        """Is someone in this register called ``name`` (ignoring case)?"""
        wanted = name.casefold()
        return any(entry.preferred_name.casefold() == wanted for entry in self._all)

    def counts(self) -> tuple[int, int]:
        """(named present, sent apologies) as shown now."""
        statuses = list(self._status.values())
        return statuses.count("present"), statuses.count("apologies")

    def set_register(self, register: Register) -> None:
        self._all = list(register.entries)
        self._rank = {entry.person_id: place for place, entry in enumerate(self._all)}
        self._status = {entry.person_id: entry.status for entry in self._all}
        self._facilitator = {entry.person_id: entry.is_facilitator for entry in self._all}
        self._new = set()
        self._notes = dict(self._consent_notes(self._all))
        self._query = ""
        self._show(list(self._all))

    def clear(self) -> None:
        self._all, self._rank, self._status, self._facilitator = [], {}, {}, {}
        self._new, self._notes = set(), {}
        self._query = ""
        self._show([])

    def set_query(self, query: str) -> None:
        """Show the people with every typed word in their names; not-yet-present first."""
        if query == self._query:
            return
        words = query.casefold().split()
        narrower = bool(self._query.strip()) and query.casefold().startswith(self._query.casefold())
        self._query = query
        if not words:
            self._show(list(self._all))
            return
        pool = self._visible if narrower else self._all
        found = [entry for entry in pool if matches(entry, words)]
        status, rank = self._status, self._rank
        found.sort(key=lambda e: (status[e.person_id] == "present", rank[e.person_id]))
        self._show(found)

    def set_mark(self, person_id: int, status: Status, facilitator: bool) -> None:
        """One person's mark changed: repaint that row only."""
        if person_id not in self._status:
            return
        self._status[person_id] = status
        self._facilitator[person_id] = facilitator
        row = self.row_of(person_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def add_walk_in(self, entry: RegisterEntry) -> None:
        """A newcomer: placed among the non-regulars by name, marked "New", shown if matching."""
        if entry.person_id in self._status:
            self._new.add(entry.person_id)
            self.set_mark(entry.person_id, entry.status, entry.is_facilitator)
            return
        names = [e.preferred_name.casefold() for e in self._all if not e.is_regular]
        first_other = len(self._all) - len(names)
        at = first_other + bisect.bisect_right(names, entry.preferred_name.casefold())
        self._all.insert(at, entry)
        self._rank = {e.person_id: place for place, e in enumerate(self._all)}
        self._status[entry.person_id] = entry.status
        self._facilitator[entry.person_id] = entry.is_facilitator
        self._new.add(entry.person_id)
        self._notes.update(self._consent_notes([entry]))
        if matches(entry, self._query.casefold().split()):
            row = len(self._visible) if self._query.strip() else at
            self.beginInsertRows(QModelIndex(), row, row)
            self._visible.insert(row, entry)
            self.endInsertRows()

    def _show(self, rows: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._visible = rows
        self.endResetModel()


def hint_text(model: RegisterTableModel, query: str) -> str:
    """The line under the search box: what Enter will do now."""
    first = model.entry_at(0)
    if not query:
        return _tr("Type a few letters of a name and press Enter to mark them present.")
    if first is None:
        text = _tr("No one matches “{q}”. Press Enter to add them as a newcomer.")
    elif model.status_of(first.person_id) == "present":
        text = _tr("{name} is already marked present. Ctrl+Enter adds “{q}” as new.")
    else:
        text = _tr("Enter marks {name} present · Down to choose · Ctrl+Enter adds “{q}” as new")
    name = first.preferred_name if first else ""
    return text.replace("{name}", name).replace("{q}", query)


def totals_text(named: int, unnamed: int, apologies: int, headcount_only: bool) -> str:
    """e.g. "12 named + 3 unnamed = 15 here · 2 sent apologies"."""
    if headcount_only:
        return _tr("{n} here (counted, not named)").format(n=unnamed)
    text = _tr("{named} named + {unnamed} unnamed = {total} here").format(
        named=named, unnamed=unnamed, total=named + unnamed
    )
    if apologies:
        text += " · " + _tr("{n} sent apologies").format(n=apologies)
    return text
