"""The selected session of the rota: who is on it and why, why a place is empty, which rules
are broken, and the buttons that change it (Lock, Swap…, Add someone…, Take off).

The buttons act on the facilitator chosen in the list; the page connects them. In a proposal
nothing can be changed by hand yet, and the buttons say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.rota_view import OnRota, RotaSession
from peerdesk.ui.dates import clock, long_date
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rota import name_on_rota, reason_words
from peerdesk.ui.theme import Kind, apply_style
from peerdesk.ui.widgets.buttons import make_button

PERSON_ROLE = Qt.ItemDataRole.UserRole
PROBLEM_STYLE: Kind = "problem"  # worth acting on, not an error (from peerdesk.ui.theme)


class RotaDetails(QGroupBox):
    person_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Session"), parent)
        self.setObjectName("rotaDetails")
        self.session: RotaSession | None = None
        self._editable = False

        self.where_label = QLabel()
        self.where_label.setObjectName("rotaDetailsWhere")
        self.where_label.setWordWrap(True)
        self.people = QListWidget()
        self.people.setObjectName("rotaDetailsPeople")
        self.people.setAccessibleName(_tr("Facilitators on this session"))
        self.people.setWordWrap(True)
        self.people.setAlternatingRowColors(True)
        self.people.setSpacing(2)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("rotaDetailsProblems")
        self.problems_label.setWordWrap(True)
        apply_style(self.problems_label, PROBLEM_STYLE)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lock_button = make_button("rotaLockButton", _tr("&Lock"))
        self.lock_button.setShortcut(QKeySequence("Ctrl+L"))
        self.swap_button = make_button("rotaSwapButton", _tr("S&wap…"))
        self.add_button = make_button("rotaAddButton", _tr("&Add someone…"))
        self.take_off_button = make_button("rotaTakeOffButton", _tr("Ta&ke off"))
        self.buttons: tuple[QPushButton, ...] = (
            self.lock_button,
            self.swap_button,
            self.add_button,
            self.take_off_button,
        )

        actions = QVBoxLayout()
        for button in self.buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.where_label)
        left.addWidget(self.people, 1)
        left.addWidget(self.problems_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(actions)
        self.people.currentRowChanged.connect(lambda _row: self._person_changed())
        self.show_session(None, editable=False)

    # -- what is shown -----------------------------------------------------------------------
    def show_session(self, session: RotaSession | None, *, editable: bool) -> None:
        """Show ``session`` (None: nothing chosen), keeping the same person chosen if still on."""
        keep = self.person()
        self.session = session
        self._editable = editable
        self.people.blockSignals(True)
        self.people.clear()
        if session is None:
            self.setTitle(_tr("Session"))
            self.where_label.setText(
                _tr("Choose a session in the rota to see who is on it and why.")
            )
            self.problems_label.hide()
        else:
            self._fill(session)
        self.people.blockSignals(False)
        row = 0
        if keep is not None and session is not None:
            row = next(
                (n for n, f in enumerate(session.facilitators) if f.person_id == keep.person_id), 0
            )
        if self.people.count():
            self.people.setCurrentRow(row)
        self._person_changed()

    def _fill(self, session: RotaSession) -> None:
        self.setTitle(
            _tr("{day}: {group}").format(
                day=long_date(session.day, with_year=True), group=session.group_name
            )
        )
        where = _tr("{start}–{end} at {venue}.").format(
            start=clock(session.start),
            end=clock(session.end),
            venue=session.venue_name or _tr("no venue yet"),
        )
        needed = _tr("The group asks for {n} facilitators.").format(n=session.needed)
        if session.needed == 1:
            needed = _tr("The group asks for 1 facilitator.")
        self.where_label.setText(f"{where} {needed}")
        for person in session.facilitators:
            item = QListWidgetItem(f"{name_on_rota(person)}\n{reason_words(person)}")
            item.setData(PERSON_ROLE, person.person_id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{name_on_rota(person)}. {reason_words(person)}",
            )
            self.people.addItem(item)
        if not session.facilitators:
            self.people.addItem(_tr("Nobody is on this session yet."))
            item = self.people.item(0)
            if item is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        problems = "\n".join(f"• {problem}" for problem in session.problems)
        self.problems_label.setText(problems)
        self.problems_label.setAccessibleName(" ".join(session.problems))
        self.problems_label.setVisible(bool(problems))

    def person(self) -> OnRota | None:
        """The facilitator chosen in the list."""
        item = self.people.currentItem()
        if self.session is None or item is None:
            return None
        person_id = item.data(PERSON_ROLE)
        return next((f for f in self.session.facilitators if f.person_id == person_id), None)

    def _person_changed(self) -> None:
        person = self.person()
        on_saved = self._editable and self.session is not None
        self.add_button.setEnabled(on_saved)
        for button in (self.lock_button, self.swap_button, self.take_off_button):
            button.setEnabled(on_saved and person is not None)
        locked = person is not None and person.locked
        self.lock_button.setText(_tr("Un&lock") if locked else _tr("&Lock"))
        self.lock_button.setShortcut(QKeySequence("Ctrl+L"))  # setText drops it with the mnemonic
        self.lock_button.setAccessibleName(_tr("Unlock") if locked else _tr("Lock"))
        if not self._editable:
            hint = _tr("This is a proposal: save it (or discard it) before changing it by hand.")
        elif person is None:
            hint = _tr("Choose a facilitator in the list first.")
        else:
            hint = ""
        if hint or person is None:
            self.lock_button.setToolTip(hint)
        elif locked:
            self.lock_button.setToolTip(
                _tr("Unlock: filling the rota again may put someone else here (Ctrl+L)")
            )
        else:
            self.lock_button.setToolTip(
                _tr(
                    "Lock: {name} stays on this session when the rota is filled again (Ctrl+L)"
                ).format(name=person.name)
            )
        for button in (self.swap_button, self.take_off_button):
            button.setToolTip(hint)
        self.add_button.setToolTip(hint if not self._editable else "")
        self.person_changed.emit()
