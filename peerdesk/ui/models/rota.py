"""The Rota page's tables: the sessions of a rota, the fairness figures, the changes made by hand
and the people who could take a place.

Each model wraps core results (``rota_view``, ``rota_edits``) and says them in words here, so that
the table, its tooltips and a screen reader all say the same. The fairness and changes tables
sort when a header is clicked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from peerdesk.core.rota_edits import Candidate, RotaChangeRow
from peerdesk.core.rota_types import FacilitatorFigures, PairFigures
from peerdesk.core.rota_view import OnRota, RotaSession, RotaView
from peerdesk.ui.dates import clock, short_date
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import ModelIndex, RowTableModel, styled_font

R = TypeVar("R")

DATE, TIME, GROUP, VENUE, FACILITATORS, STATUS = range(6)
PERSON, OFFERED, GIVEN, OFFERED_YEAR, GIVEN_YEAR, SHARE = range(6)
PAIR, TOGETHER, TOGETHER_YEAR = range(3)
CHANGED_AT, CHANGE_GROUP, CHANGE_TEXT, CHANGE_NOTE = range(4)
CANDIDATE, FITS, WHY = range(3)


# --- words shared by the tables and the details panel -------------------------------------------


def name_on_rota(person: OnRota) -> str:
    """ "Sam (locked)": the lock said in words, never by colour alone."""
    return _tr("{name} (locked)").format(name=person.name) if person.locked else person.name


def reason_words(person: OnRota) -> str:
    """The reason without the name the solver starts it with ("Sam: experienced; …")."""
    prefix = f"{person.name}: "
    reason = person.reason[len(prefix) :] if person.reason.startswith(prefix) else person.reason
    return reason or _tr("No reason was recorded.")


def needs_attention(session: RotaSession) -> bool:
    return bool(session.missing or session.problems)


def counted(n: int, none: str, one: str, many: str) -> str:
    """The words for ``n`` of something: ``none``, ``one``, or ``many`` with ``{n}`` in it."""
    if n == 0:
        return none
    return one if n == 1 else many.format(n=n)


def status_text(session: RotaSession) -> str:
    """ "1 place to fill", "2 places to fill; breaks a rule", "Filled"."""
    parts = [
        counted(session.missing, "", _tr("1 place to fill"), _tr("{n} places to fill")),
        counted(len(session.rule_breaks), "", _tr("breaks a rule"), _tr("breaks {n} rules")),
    ]
    text = "; ".join(part for part in parts if part)
    return text[0].upper() + text[1:] if text else _tr("Filled")


def figure(value: float) -> str:
    """6.0 -> "6", 6.14 -> "6.1": offers are worked out per day, so they are rarely whole."""
    return f"{value:.1f}".removesuffix(".0")


def share_of_offer(person: FacilitatorFigures) -> float | None:
    """What was given as a share of what was offered, over the past year and the range."""
    if person.offered_with_history <= 0:
        return None
    return person.given_with_history / person.offered_with_history


def local_time(moment: dt.datetime) -> dt.datetime:
    """Changes are stored in naive UTC; people read their own clock."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


# --- sorting ----------------------------------------------------------------------------------


class SortedRows(RowTableModel[R]):
    """Rows that a header click sorts; the order chosen is kept when the rows are replaced."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: tuple[int, Qt.SortOrder] | None = None
        self.header_tips: tuple[str, ...] = ()
        self.first_figure = -1  # columns from this one on hold figures: right-aligned

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 <= self.first_figure <= index.column():
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = self.header_tips[section] if 0 <= section < len(self.header_tips) else ""
            return tip or None
        return super().headerData(section, orientation, role)

    def sort_key(self, row: R, column: int) -> Any:
        return self.text(row, column).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        numbered = sorted(
            enumerate(self._rows),
            key=lambda pair: self.sort_key(pair[1], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved = {before: after for after, (before, _row) in enumerate(numbered)}
        self._rows = [row for _number, row in numbered]
        self.changePersistentIndexList(
            old, [self.index(moved[index.row()], index.column()) for index in old]
        )
        self.layoutChanged.emit()

    def set_rows(self, rows: list[R]) -> None:
        super().set_rows(rows)
        if self._order is not None:
            self.sort(*self._order)


# --- the sessions of a rota -------------------------------------------------------------------


def people_on(session: RotaSession) -> frozenset[int]:
    return frozenset(f.person_id for f in session.facilitators)


class RotaSessionModel(RowTableModel[RotaSession]):
    """A row a session. Showing a proposal, ``before`` holds the saved rota's people per session,
    so that the sessions a save would change say so."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.before: dict[int, frozenset[int]] | None = None
        self.headers = (
            _tr("Date"),
            _tr("Time"),
            _tr("Group"),
            _tr("Venue"),
            _tr("Facilitators"),
            _tr("Status"),
        )
        self._bold = styled_font(bold=True)

    def text(self, row: RotaSession, column: int) -> str:
        if column == DATE:
            return short_date(row.day, with_year=True)
        if column == TIME:
            return f"{clock(row.start)}–{clock(row.end)}"
        if column == GROUP:
            return row.group_name
        if column == VENUE:
            return row.venue_name or _tr("No venue")
        if column == FACILITATORS:
            return ", ".join(name_on_rota(f) for f in row.facilitators) or _tr("Nobody yet")
        if self.is_changed(row):
            return _tr("{status} (changed)").format(status=status_text(row))
        return status_text(row)

    def set_sessions(
        self, sessions: list[RotaSession], before: dict[int, frozenset[int]] | None
    ) -> None:
        self.before = before
        self.set_rows(sessions)

    def is_changed(self, row: RotaSession) -> bool:
        """In a proposal: saving it would change who is on this session."""
        return self.before is not None and self.before.get(row.meeting_id) != people_on(row)

    def changed_count(self) -> int:
        return sum(1 for row in self._rows if self.is_changed(row))

    def tooltip(self, row: RotaSession, column: int) -> str | None:
        if column == FACILITATORS and row.facilitators:
            return "\n".join(f"{name_on_rota(f)}: {reason_words(f)}" for f in row.facilitators)
        if column == STATUS and self.is_changed(row):
            return "\n".join((_tr("Saving the proposal changes who is on."), *row.problems))
        if column in (STATUS, FACILITATORS) and row.problems:
            return "\n".join(row.problems)
        if column == VENUE and row.venue_address:
            return row.venue_address
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The status cell of a session that needs something is bold: its words say what.
        if role == Qt.ItemDataRole.FontRole and index.column() == STATUS:
            row = self.row_at(index.row())
            return self._bold if row is not None and needs_attention(row) else None
        return super().data(index, role)

    def row_of_meeting(self, meeting_id: int) -> int:
        return next((n for n, s in enumerate(self._rows) if s.meeting_id == meeting_id), -1)


# --- fairness ---------------------------------------------------------------------------------


class FairnessModel(SortedRows[FacilitatorFigures]):
    """Per facilitator: sessions offered and given, in the range and with the past year."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_figure = OFFERED
        # Short two-line headings keep the figures' columns narrow; the tooltips say it all.
        self.headers = (
            _tr("Facilitator"),
            _tr("Offered\nthese dates"),
            _tr("Given\nthese dates"),
            _tr("Offered\nover a year"),
            _tr("Given\nover a year"),
            _tr("Share\nover a year"),
        )
        self.header_tips = (
            "",
            _tr("Sessions they offered in these dates (their monthly offer, for these days)"),
            _tr("Sessions they are on in these dates"),
            _tr("Sessions offered over the 12 months before these dates, and in these dates"),
            _tr("Sessions done in the 12 months before these dates, and given in these dates"),
            _tr("What was given as a share of what was offered, over the past year and these "
                "dates: a fair rota keeps these shares close to each other"),
        )  # fmt: skip

    def text(self, row: FacilitatorFigures, column: int) -> str:
        if column == PERSON:
            return row.name
        if column == OFFERED:
            return figure(row.offered_in_range)
        if column == GIVEN:
            return str(row.given_in_range)
        if column == OFFERED_YEAR:
            return figure(row.offered_with_history)
        if column == GIVEN_YEAR:
            return str(row.given_with_history)
        share = share_of_offer(row)
        return _tr("none offered") if share is None else f"{round(share * 100)}%"

    def tooltip(self, row: FacilitatorFigures, column: int) -> str | None:
        if column == SHARE:
            return _tr(
                "{name} was given {given} of the {offered} sessions they offered over the "
                "past year and these dates."
            ).format(
                name=row.name,
                given=row.given_with_history,
                offered=figure(row.offered_with_history),
            )
        return None

    def sort_key(self, row: FacilitatorFigures, column: int) -> Any:
        keys: dict[int, Any] = {
            OFFERED: row.offered_in_range,
            GIVEN: row.given_in_range,
            OFFERED_YEAR: row.offered_with_history,
            GIVEN_YEAR: row.given_with_history,
            SHARE: share_of_offer(row) or 0.0,
        }
        return keys.get(column, row.name.casefold())


class PairsModel(SortedRows[PairFigures]):
    """How often each two facilitators are on a session together."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_figure = TOGETHER
        self.headers = (_tr("Pair"), _tr("Together\nthese dates"), _tr("Together\nover a year"))
        self.header_tips = (
            "",
            _tr("Sessions the two are on together in these dates"),
            _tr("Sessions together in the 12 months before these dates, and in these dates"),
        )

    def text(self, row: PairFigures, column: int) -> str:
        if column == PAIR:
            return _tr("{first} and {second}").format(first=row.first_name, second=row.second_name)
        return str(row.in_range if column == TOGETHER else row.with_history)

    def sort_key(self, row: PairFigures, column: int) -> Any:
        if column == TOGETHER:
            return row.in_range
        if column == TOGETHER_YEAR:
            return row.with_history
        return self.text(row, column).casefold()


# --- changes made by hand ---------------------------------------------------------------------


class RotaChangesModel(SortedRows[RotaChangeRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("When"), _tr("Group"), _tr("What changed"), _tr("Note"))

    def text(self, row: RotaChangeRow, column: int) -> str:
        if column == CHANGED_AT:
            when = local_time(row.changed_at)
            return f"{short_date(when.date(), with_year=True)}, {clock(when.time())}"
        if column == CHANGE_GROUP:
            return row.group_name
        if column == CHANGE_TEXT:
            return row.text
        return row.note

    def sort_key(self, row: RotaChangeRow, column: int) -> Any:
        if column == CHANGED_AT:
            return row.changed_at
        if column == CHANGE_TEXT:
            return (row.day, row.text)
        return super().sort_key(row, column)


# --- who could take a place -------------------------------------------------------------------


class CandidateModel(RowTableModel[Candidate]):
    """Ranked by the core: those who fit the rules first, the fairest choice at the top."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Name"), _tr("Fits the rules?"), _tr("Why"))
        self._italic = styled_font(italic=True)

    def text(self, row: Candidate, column: int) -> str:
        if column == CANDIDATE:
            return row.name
        if column == FITS:
            return _tr("Yes") if row.allowed else _tr("No: breaks a rule")
        return row.why

    def tooltip(self, row: Candidate, column: int) -> str | None:
        return row.why

    def font(self, row: Candidate) -> QFont | None:
        return None if row.allowed else self._italic


# --- the line above the rota ------------------------------------------------------------------


def summary_text(view: RotaView, changed: int) -> str:
    """ "Saved rota, Mon 23 Nov 2026 to Tue 23 Feb 2027: 33 sessions, 6 places still to fill."

    ``changed``: for a proposal, how many sessions would get other people if it were saved.
    """
    count = len(view.sessions)
    if count == 0:
        return _tr("No sessions in these dates.")
    sessions = counted(count, "", _tr("1 session"), _tr("{n} sessions"))
    places = counted(
        view.unfilled_places,
        _tr("every place is filled"),
        _tr("1 place still to fill"),
        _tr("{n} places still to fill"),
    )
    dates = _tr("{start} to {end}").format(
        start=short_date(view.date_from, with_year=True),
        end=short_date(view.date_to, with_year=True),
    )
    if view.saved:
        return _tr("Saved rota, {dates}: {sessions}, {places}.").format(
            dates=dates, sessions=sessions, places=places
        )
    differ = counted(
        changed,
        _tr("the same people as the saved rota"),
        _tr("1 session differs from the saved rota"),
        _tr("{n} sessions differ from the saved rota"),
    )
    return _tr("Proposal, {dates}: {sessions}, {places}; {differ}.").format(
        dates=dates, sessions=sessions, places=places, differ=differ
    )
