"""The two short lists on a facilitator's profile: dates away and trainings.

Both are edited the same way: a read-only table with Add and Remove, and the chosen row's values
in plain labelled fields underneath, which the keyboard and a screen reader reach like any other
field (editors inside table cells are easy to miss).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core.rota import AwayRange
from peerdesk.core.rota_service import Training
from peerdesk.core.trainings import TrainingKindRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, short_date, to_qdate
from peerdesk.ui.dialogs.consent_dialog import make_date_edit
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.row_table import RowTable

T = TypeVar("T")
AWAY_DAYS = 7  # a new range starts as a week from today


def date_edit(name: str, accessible: str, context: AppContext, *, future: bool) -> QDateEdit:
    edit = make_date_edit(name, accessible, context)  # today, and never later unless ``future``
    edit.setDisplayFormat("ddd d MMM yyyy")
    if future:
        edit.clearMaximumDate()
    return edit


class RowsEditor(RowTable, Generic[T]):
    """A short list of values: the table shows them, the fields below edit the chosen one."""

    def __init__(
        self,
        name: str,
        accessible_name: str,
        headers: list[str],
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, accessible_name, headers, stretch=0, parent=parent)
        self._values: list[T] = []
        self._loading = False
        self.editors: list[QWidget] = []
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line + 10)
        self.table.setMinimumHeight(line * 6)
        for column in range(1, len(headers)):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        for button, text in ((self.add_button, add_text), (self.remove_button, remove_text)):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        outer = cast(QVBoxLayout, self.layout())
        # RowTable's layout is the table, then its row of buttons; the fields go under them,
        # so that Tab goes from "Add" straight on to the new row's fields.
        last = outer.itemAt(outer.count() - 1)
        assert last is not None
        self.buttons_row = cast(QBoxLayout, last.layout())
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        outer.addLayout(self.fields)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self._show(-1)

    # -- what subclasses say -----------------------------------------------------------------
    def new_value(self) -> T:
        raise NotImplementedError

    def texts(self, value: T) -> list[str]:
        raise NotImplementedError

    def show_value(self, value: T) -> None:
        """Put ``value`` in the fields."""
        raise NotImplementedError

    def entered(self) -> T:
        """The value the fields hold now."""
        raise NotImplementedError

    def add_field(self, label: str, editor: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.fields.addRow(caption, editor)
        self.editors.append(editor)

    # -- the list ----------------------------------------------------------------------------
    def values(self) -> list[T]:
        return list(self._values)

    def set_values(self, values: list[T]) -> None:
        self._values = list(values)
        self.set_rows([self.texts(value) for value in self._values])
        self.table.setCurrentCell(0 if self._values else -1, 0)
        self._show(self.table.currentRow())

    def add_row(self) -> None:
        value = self.new_value()
        self._values.append(value)
        self._append(self.texts(value))
        self.table.setCurrentCell(len(self._values) - 1, 0)
        self.editors[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._values):
            return
        del self._values[row]
        super().remove_row()
        self._show(self.table.currentRow())
        (self.table if self._values else self.add_button).setFocus()

    def tab_order(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button, *self.editors]

    def select_first(self, wanted: Callable[[T], bool]) -> None:
        for row, value in enumerate(self._values):
            if wanted(value):
                self.table.setCurrentCell(row, 0)
                return

    def _show(self, row: int) -> None:
        chosen = 0 <= row < len(self._values)
        for editor in self.editors:
            editor.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        if chosen:
            self._loading = True  # filling the fields is not an edit
            try:
                self.show_value(self._values[row])
            finally:
                self._loading = False

    def field_edited(self) -> None:
        """Connected to each field's change signal: the chosen row follows the fields."""
        row = self.table.currentRow()
        if self._loading or not 0 <= row < len(self._values):
            return
        self._values[row] = self.entered()
        for column, text in enumerate(self.texts(self._values[row])):
            item = self.table.item(row, column)
            if item is not None:
                item.setText(text)


class AwayEditor(RowsEditor[AwayRange]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "away",
            _tr("Dates away"),
            [_tr("From"), _tr("To (included)")],
            _tr("&Add dates away"),
            _tr("&Remove these dates"),
            parent,
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._today = context.today()
        self.start = date_edit("awayStartEdit", _tr("Away from"), context, future=True)
        self.end = date_edit("awayEndEdit", _tr("Away until"), context, future=True)
        self.add_field(_tr("&From:"), self.start)
        self.add_field(_tr("&To:"), self.end)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _date: self.field_edited())
        self._show(-1)

    def new_value(self) -> AwayRange:
        return AwayRange(self._today, self._today + dt.timedelta(days=AWAY_DAYS - 1))

    def texts(self, value: AwayRange) -> list[str]:
        end = short_date(value.end, with_year=True)
        if value.end < value.start:
            end = _tr("{date}: before the start").format(date=end)
        return [short_date(value.start, with_year=True), end]

    def show_value(self, value: AwayRange) -> None:
        self.start.setDate(to_qdate(value.start))
        self.end.setDate(to_qdate(value.end))

    def entered(self) -> AwayRange:
        return AwayRange(from_qdate(self.start.date()), from_qdate(self.end.date()))


class TrainingsEditor(RowsEditor[Training]):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "trainings",
            _tr("Trainings"),
            [_tr("Training"), _tr("Completed on")],
            _tr("Add a tra&ining"),
            _tr("Remo&ve the training"),
            parent,
        )
        self._today = context.today()
        self.kind = QComboBox()
        self.kind.setObjectName("trainingKindCombo")
        self.kind.setAccessibleName(_tr("Training"))
        self.completed = date_edit(
            "trainingDateEdit", _tr("Training completed on"), context, future=False
        )
        self.add_field(_tr("&Kind:"), self.kind)
        self.add_field(_tr("&Completed on:"), self.completed)
        self.kind.currentIndexChanged.connect(lambda _index: self.field_edited())
        self.completed.dateChanged.connect(lambda _date: self.field_edited())
        self._show(-1)

    def set_kinds(self, kinds: list[TrainingKindRow]) -> None:
        """The kinds to choose from; rows already listed take any new names."""
        self._loading = True
        try:
            self.kind.clear()
            for kind in kinds:
                self.kind.addItem(kind.name, kind.id)
        finally:
            self._loading = False
        names = {kind.id: kind.name for kind in kinds}
        self.set_values(
            [
                Training(t.kind_id, t.completed_on, names.get(t.kind_id, t.kind))
                for t in self._values
            ]
        )
        self.add_button.setEnabled(bool(kinds))
        self.add_button.setToolTip("" if kinds else _tr("Add a kind to the training list first."))

    def new_value(self) -> Training:
        return Training(int(self.kind.itemData(0)), self._today, self.kind.itemText(0))

    def texts(self, value: Training) -> list[str]:
        return [value.kind, short_date(value.completed_on, with_year=True)]

    def show_value(self, value: Training) -> None:
        self.kind.setCurrentIndex(self.kind.findData(value.kind_id))
        self.completed.setDate(to_qdate(value.completed_on))

    def entered(self) -> Training:
        return Training(
            int(self.kind.currentData()), from_qdate(self.completed.date()), self.kind.currentText()
        )
