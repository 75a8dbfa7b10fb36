"""The fast path after a session: several people's paper forms ticked in at once.

Type a few letters of a name and press Enter to add their row (Up and Down choose among the
matches first); tick what each form says; one Save records everyone in one transaction, or,
if anything is wrong, nobody, with a message naming the person.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from peerdesk.core import consent, people
from peerdesk.core.consent import Answer, VersionRow
from peerdesk.core.errors import NotFoundError, PeerdeskError, ValidationError
from peerdesk.core.people import PersonRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate
from peerdesk.ui.dialogs.consent_dialog import chosen_method, make_date_edit, make_method_combo
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.models.consent import column_label, day, short_label
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.tables import ENTER_KEYS

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class DateDelegate(QStyledItemDelegate):
    """Dates written as everywhere else ("Mon 23 Nov 2026"); edited with a date box."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        if isinstance(value, QDate):
            return day(from_qdate(value))
        return str(super().displayText(value, locale))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateEdit):
            editor.setDisplayFormat("d MMM yyyy")
            editor.setAccessibleName(self.tr("Date on the form"))
        return editor


class BatchConsentDialog(FormDialog):
    """After ``Accepted``: ``recorded`` is how many people's forms were saved."""

    def __init__(
        self,
        context: AppContext,
        version: VersionRow,
        everyone: list[PersonRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("batchConsentDialog", parent)
        self.context = context
        self.version = version
        self.everyone = [person for person in everyone if not person.archived]
        self.recorded = 0
        self._matches: list[PersonRow] = []
        self._pick = 0
        self.setMinimumWidth(900)
        self.set_title(self.tr("Tick in several consent forms"), self.tr("&Record all"))

        self.date = make_date_edit("batchDateEdit", self.tr("Date on the forms"), context)
        self._shared = self.date.date()
        self.method = make_method_combo("batchMethodCombo", self.tr("How consent was given"))
        self.recorded_by = self.line_edit(
            "batchRecordedByEdit", self.tr("Recorded by"), self.tr("Your name")
        )
        self.recorded_by.setText(context.recorded_by)
        for field in (self.date, self.method, self.recorded_by):
            field.setMaximumWidth(320)
        self.add_row(self.tr("&Date on the forms:"), self.date)
        self.add_row(self.tr("&How given:"), self.method)
        self.add_row(self.tr("Recorded &by:"), self.recorded_by)

        intro = QLabel(
            self.tr(
                "Version {n} of “{title}”. Type a name and press Enter to add their form; tick "
                "what each person agreed to (Space ticks). Unticked boxes are recorded as a no."
            ).format(n=version.number, title=version.title)
        )
        intro.setObjectName("batchIntro")
        intro.setWordWrap(True)
        self.search = self.line_edit(
            "batchSearch", self.tr("Add a person by name"), self.tr("Type a name, then Enter")
        )
        self.search.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setObjectName("batchHint")

        self.purpose_keys = [purpose.key for purpose in version.purposes]
        self.date_column = len(self.purpose_keys) + 1
        self.ref_column = self.date_column + 1
        self.table = QTableWidget(0, self.ref_column + 1)
        self.table.setObjectName("batchTable")
        self.table.setAccessibleName(self.tr("Forms to record"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(self.date_column, DateDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.installEventFilter(self)
        headers = [(self.tr("Name"), "")]
        headers += [(column_label(p.key, p.label), p.label) for p in version.purposes]
        headers += [(self.tr("Date on form"), ""), (self.tr("Paper form"), "")]
        for column, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip or text)
            self.table.setHorizontalHeaderItem(column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ref_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)

        self.remove_button = make_button("batchRemoveButton", self.tr("Re&move row"))
        self.remove_button.setToolTip(self.tr("Take the selected person off this list (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Add a form for:"))
        caption.setBuddy(self.search)
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        row.addWidget(self.remove_button)

        self.layout_.insertWidget(0, intro)
        self.layout_.insertLayout(2, row)
        self.layout_.insertWidget(3, self.hint)
        self.layout_.insertWidget(4, self.table, 1)
        self.search.textChanged.connect(self._search_changed)
        self.date.dateChanged.connect(self._shared_date_changed)
        self.resize(960, 560)
        self._search_changed("")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choosing people ---------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        added = set(self.person_ids())
        found = people.filter_people(self.everyone, text) if text.strip() else []
        self._matches = [person for person in found if person.id not in added]
        self._pick = 0
        self._show_hint()

    def _show_hint(self) -> None:
        text = self.search.text().strip()
        if not text:
            hint = self.tr("Type a few letters of a name, then Enter to add their form.")
        elif not self._matches:
            hint = self.tr("No one else matches “{q}”.").format(q=text)
        else:
            person = self._matches[self._pick]
            name = person.preferred_name
            if person.full_name:
                name += f" ({person.full_name})"
            hint = self.tr("Enter adds {name} · {n} of {total} · Up and Down choose").format(
                name=name, n=self._pick + 1, total=len(self._matches)
            )
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in ENTER_KEYS:
                self.add_match()
                return True  # Enter here adds a row; it never saves the dialog
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._matches:
                step = 1 if key == Qt.Key.Key_Down else -1
                self._pick = (self._pick + step) % len(self._matches)
                self._show_hint()
                return True
            if watched is self.table and key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def add_match(self) -> None:
        if not self._matches:
            return
        self.add_person(self._matches[self._pick])
        self.search.clear()

    def add_person(self, person: PersonRow) -> None:
        if person.id in self.person_ids():
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(person.preferred_name)
        name.setData(PERSON_ROLE, person.id)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, name)
        for column, purpose in enumerate(self.version.purposes, start=1):
            tick = QTableWidgetItem()
            tick.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name}: {what}").format(
                    name=person.preferred_name, what=short_label(purpose.key, purpose.label)
                ),
            )
            tick.setToolTip(purpose.label)
            self.table.setItem(row, column, tick)
        when = QTableWidgetItem()
        when.setData(Qt.ItemDataRole.EditRole, self.date.date())
        self.table.setItem(row, self.date_column, when)
        self.table.setItem(row, self.ref_column, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 1)
        self._search_changed(self.search.text())

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when its row is added
        return item

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._search_changed(self.search.text())

    def person_ids(self) -> list[int]:
        return [int(self._cell(row, 0).data(PERSON_ROLE)) for row in range(self.table.rowCount())]

    def _shared_date_changed(self, date: QDate) -> None:
        """Rows still on the shared date follow it; a date typed for one form stays."""
        for row in range(self.table.rowCount()):
            item = self._cell(row, self.date_column)
            if item.data(Qt.ItemDataRole.EditRole) == self._shared:
                item.setData(Qt.ItemDataRole.EditRole, date)
        self._shared = date

    # -- saving ------------------------------------------------------------------------------
    def answers(self) -> list[Answer]:
        found = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, 0).text()
            decisions = {
                key: self._cell(row, column).checkState() == Qt.CheckState.Checked
                for column, key in enumerate(self.purpose_keys, start=1)
            }
            if not any(decisions.values()):
                raise ValidationError(
                    self.tr(
                        "Nothing is ticked for {name}. Tick what their form says, or remove "
                        "their row."
                    ).format(name=name)
                )
            when = self._cell(row, self.date_column).data(Qt.ItemDataRole.EditRole)
            found.append(
                Answer(
                    person_id=int(self._cell(row, 0).data(PERSON_ROLE)),
                    decisions=decisions,
                    decided_on=from_qdate(when),
                    method=chosen_method(self.method),
                    recorded_by=self.recorded_by.text(),
                    paper_ref=self._cell(row, self.ref_column).text(),
                )
            )
        if not found:
            raise ValidationError(self.tr("Add someone first: type a name above and press Enter."))
        return found

    def submit(self) -> None:
        answers = self.answers()
        try:
            consent.record_many(
                self.context.store, answers, self.version.id, today=self.context.today()
            )
        except NotFoundError as error:
            raise NotFoundError(self._who_is_missing() or str(error)) from error
        self.recorded = len(answers)
        self.context.recorded_by = self.recorded_by.text().strip()

    def _who_is_missing(self) -> str:
        for row in range(self.table.rowCount()):
            try:
                people.get_person(self.context.store, int(self._cell(row, 0).data(PERSON_ROLE)))
            except PeerdeskError:
                name = self._cell(row, 0).text()
                return self.tr(
                    "{name} is no longer in the directory (someone else may have removed them). "
                    "Remove their row; nothing has been saved yet."
                ).format(name=name)
        return ""
