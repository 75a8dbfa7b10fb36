"""Consent in words for the screens, and the consent history as a Qt table.

The rules stay in ``peerdesk.core.consent``; this module only says what the core returns in
plain words ("Agreed on Tue 3 Nov 2026 · lapses on Wed 3 Nov 2027").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.core import consent
from peerdesk.core.attendance import RegisterEntry
from peerdesk.core.consent import ConsentSummary, EventRow, PurposeState
from peerdesk.core.errors import PeerdeskError
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import short_date
from peerdesk.ui.i18n import mark as _N
from peerdesk.ui.i18n import tr as _tr

ModelIndex = QModelIndex | QPersistentModelIndex

# Short names for columns and buttons; the form's own sentence is always the tooltip.
_SHORT = {
    consent.TAKE_PART: _N("Take part"),
    consent.KEEP_RECORDS: _N("Keep name and attendance"),
    consent.CONTACT_PHONE: _N("Phone calls"),
    consent.CONTACT_TEXT: _N("Text messages"),
    consent.CONTACT_EMAIL: _N("Email"),
    "photographs": _N("Photographs"),
    "anonymised_figures": _N("Anonymous figures"),
}
_FIELDS = {"phone": _N("phone number"), "email": _N("email address")}


def short_label(key: str, label: str) -> str:
    """ "Phone calls" for ``contact_phone``; an unknown purpose keeps the form's own words."""
    known = _SHORT.get(key)
    if known is not None:
        return _tr(known)  # marked with _N
    return label if len(label) <= 30 else label[:28].rstrip() + "…"


def method_names() -> list[tuple[str, str]]:
    """(method, words) in the order the screens offer them."""
    return [(key, consent.method_name(key)) for key in consent.METHODS]


def method_text(method: str) -> str:
    return consent.method_name(method)


def decision_text(decision: str) -> str:
    return {
        "granted": _tr("Agreed"),
        "refused": _tr("Said no"),
        "withdrawn": _tr("Withdrew"),
    }.get(decision, decision)


def field_text(name: str) -> str:
    """ "phone number" for ``phone``."""
    return _tr(_FIELDS.get(name, name))  # marked with _N


def day(date: dt.date | None) -> str:
    return short_date(date, with_year=True) if date else ""


def state_text(state: PurposeState) -> str:
    """Where someone stands on one purpose, in a few words."""
    if state.state == "granted":
        return _tr("Agreed on {day} · lapses on {lapse}").format(
            day=day(state.decided_on), lapse=day(state.lapses_on)
        )
    if state.state == "refused":
        return _tr("Said no on {day}").format(day=day(state.decided_on))
    if state.state == "withdrawn":
        return _tr("Withdrawn on {day}").format(day=day(state.decided_on))
    if state.state == "lapsed":
        return _tr("Lapsed: agreed on {day}, time to ask again").format(day=day(state.decided_on))
    return _tr("Not asked yet")


def summary_reasons(summary: ConsentSummary) -> str:
    """Why someone is on the "needs attention" list, in a few words."""
    reasons = []
    if summary.state == "none":
        reasons.append(_tr("no consent yet"))
    elif summary.state == "lapsed":
        reasons.append(_tr("consent lapsed on {day}").format(day=day(summary.lapses_on)))
    for name in summary.contact_without_consent:
        reasons.append(_tr("{field} held without consent").format(field=field_text(name)))
    text = ", ".join(reasons)
    return text[:1].upper() + text[1:]


def contact_consequences(
    states: Sequence[PurposeState], withdrawing: Sequence[str], held: Mapping[str, str]
) -> tuple[list[str], dict[str, list[str]]]:
    """For the confirmation's wording only: the contact details a withdrawal would delete, and
    those it touches but keeps ({field: the purposes that still cover it}).

    The core decides and reports what it really cleared (``Withdrawal.cleared_fields``).
    """
    still = {s.key: s for s in states if s.is_current and s.key not in withdrawing}
    deleted, kept = [], {}
    for name, keys in consent.CONTACT_FIELDS.items():
        if not held.get(name):
            continue
        covering = [short_label(k, still[k].label) for k in keys if k in still]
        if not covering:
            deleted.append(name)
        elif set(keys).intersection(withdrawing):
            kept[name] = covering
    return deleted, kept


# Even shorter, for the columns of the fast path's table.
_TINY = {
    consent.TAKE_PART: _N("Take part"),
    consent.KEEP_RECORDS: _N("Keep records"),
    consent.CONTACT_PHONE: _N("Phone"),
    consent.CONTACT_TEXT: _N("Texts"),
    consent.CONTACT_EMAIL: _N("Email"),
    "photographs": _N("Photos"),
    "anonymised_figures": _N("Figures"),
}


def column_label(key: str, label: str) -> str:
    known = _TINY.get(key)
    return _tr(known) if known is not None else short_label(key, label)  # marked with _N


_REGISTER_NOTES = {
    "none": _N("No consent yet"),
    "lapsed": _N("Consent lapsed"),
    "refused": _N("Did not agree to records"),
    "withdrawn": _N("Did not agree to records"),
}


def register_notes_for(
    context: AppContext,
) -> Callable[[Sequence[RegisterEntry]], dict[int, str]]:
    """The register's consent notes: one core call for a whole register."""

    def notes(entries: Sequence[RegisterEntry]) -> dict[int, str]:
        if not entries:
            return {}
        try:
            found = consent.register_flags(
                context.store, [e.person_id for e in entries], today=context.today()
            )
        except PeerdeskError:
            return {}  # the register still works; the flags come back on the next load
        return {person: _tr(_REGISTER_NOTES[state]) for person, state in found.items()}  # _N

    return notes


class ConsentHistoryModel(QAbstractTableModel):
    """A person's append-only consent history, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EventRow] = []
        self._headers = (
            _tr("What"),
            _tr("Decision"),
            _tr("When"),
            _tr("How"),
            _tr("Recorded by"),
            _tr("Paper form"),
            _tr("Version"),
        )

    def set_rows(self, rows: list[EventRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def cells(self, row: EventRow) -> tuple[str, ...]:
        return (
            short_label(row.purpose_key, row.purpose_label),
            decision_text(row.decision),
            day(row.decided_on),
            method_text(row.method),
            row.recorded_by,
            row.paper_ref,
            str(row.version_number),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.purpose_label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            what, decision, when, how, who, ref, version = self.cells(row)
            text = _tr("{what}: {decision} on {when}, {how}, version {version}").format(
                what=what, decision=decision, when=when, how=how, version=version
            )
            if who:
                text += _tr(", recorded by {who}").format(who=who)
            if ref:
                text += _tr(", paper form {ref}").format(ref=ref)
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
