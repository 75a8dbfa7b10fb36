"""File ▸ Retention review…: people not seen for a year, and Erase… for each.

The consent form tells people their details go twelve months after their last visit; this list
keeps that promise. Erasing removes the person and everything about them; the sessions they came
to still count them, as one of the people who came without a name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from peerdesk.core.erasure import Erased, erase_person
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.retention import DEFAULT_MONTHS, Dormant, review
from peerdesk.core.settings import RETENTION_RANGE, read_settings
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import short_date
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.list_dialog import ListDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.rows import RowTableModel
from peerdesk.ui.operations import run_in_background
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.tables import select_row, selected_row


class DormantModel(RowTableModel[Dormant]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (_tr("Name"), _tr("Last came"), _tr("Sessions"), _tr("Contact details"))

    def text(self, row: Dormant, column: int) -> str:
        if column == 0:
            return row.preferred_name + (_tr(" (archived)") if row.archived else "")
        if column == 1:
            if row.last_seen is None:
                return _tr("Never (added {day})").format(
                    day=short_date(row.added_on, with_year=True)
                )
            return short_date(row.last_seen, with_year=True)
        if column == 2:
            return str(row.attendances)
        return _tr("Kept") if row.has_contact_details else _tr("None")


def _intro(months: int) -> str:
    return _tr(
        "People who have not come to any session for {months} months, longest unseen "
        "first. The consent form tells people their details go twelve months after "
        "their last visit. Erase those who have moved on; if someone is still in touch, "
        "ask them to renew their consent instead."
    ).format(months=months)


class RetentionDialog(ListDialog):
    """``ask`` (the yes-or-no question) can be replaced by tests."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.model = DormantModel()
        try:  # the group's months (File ▸ Settings…) are where the review starts
            months = read_settings(context.store).retention_months
        except PeerdeskError:
            months = DEFAULT_MONTHS
        super().__init__(
            "retention",
            _tr("Retention review"),
            _intro(months),
            self.model,
            _tr("People not seen for a while"),
            stretch=0,
            widths={1: 170, 2: 80, 3: 120},
            parent=parent,
        )
        self.context = context
        self.busy = False
        self.ask = confirm
        self.erase_button = make_button("retentionEraseButton", self.tr("&Erase…"))
        self.add_button(self.erase_button)
        self.erase_button.clicked.connect(self.erase_chosen)
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonthsSpin")
        self.months.setAccessibleName(self.tr("Not seen for this many months"))
        self.months.setRange(*RETENTION_RANGE)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(months)
        caption = QLabel(self.tr("&Not seen for:"))
        caption.setBuddy(self.months)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.months)
        row.addStretch(1)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertLayout(1, row)
        QWidget.setTabOrder(self.months, self.table)
        self._again = QTimer(self)  # a pause after typing, then one review
        self._again.setSingleShot(True)
        self._again.setInterval(250)
        self._again.timeout.connect(self.load)
        self.months.valueChanged.connect(lambda _n: self._again.start())
        self.months.setFocus()
        self.load()

    def load(self, message: str = "") -> None:
        self.busy = True
        self.erase_button.setEnabled(False)
        store, today, months = self.context.store, self.context.today(), self.months.value()
        self.intro.setText(_intro(months))
        run_in_background(
            lambda _progress: review(store, today=today, months=months),
            lambda rows: self._loaded(rows, message),
            self._failed,
            context=self,
        )

    def _loaded(self, rows: list[Dormant], message: str) -> None:
        self.busy = False
        self.model.set_rows(rows)
        select_row(self.table, 0)
        self.erase_button.setEnabled(bool(rows))
        if not message:
            message = (
                self.tr("{count} people to review.").format(count=len(rows))
                if rows
                else self.tr(
                    "Nobody to review: everyone has come within the last {months} months."
                ).format(months=self.months.value())
            )
        self.say(message)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.erase_button.setEnabled(self.model.rowCount() > 0)
        self.say(message)

    def erase_chosen(self) -> None:
        person = self.model.row_at(selected_row(self.table))
        if person is None or self.busy:
            return
        name = person.preferred_name
        if not self.ask(
            self,
            self.tr("Erase {name}").format(name=name),
            self.tr(
                "Erase {name} and everything peerdesk holds about them: their name, contact "
                "details, consent records and notes?\n\n"
                "The sessions they came to still count them, as one of the people who came "
                "without a name, so the group's figures stay right.\n\n"
                "This cannot be undone. Older backups still hold them until those are thinned "
                "away."
            ).format(name=name),
        ):
            return
        self.busy = True
        self.erase_button.setEnabled(False)
        store = self.context.store
        run_in_background(
            lambda _progress: erase_person(store, person.person_id),
            lambda erased: self._erased(name, erased),
            self._failed,
            context=self,
        )

    def _erased(self, name: str, erased: Erased) -> None:
        events = self.context.events
        events.people_changed.emit()
        events.attendance_changed.emit()
        self.load(
            self.tr("{name} has been erased; {count} sessions count them without a name.").format(
                name=name, count=erased.sessions_counted
            )
        )
