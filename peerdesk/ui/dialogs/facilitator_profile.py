"""One facilitator's profile, and the list of training kinds.

The profile: the groups they facilitate, experienced or learning, how many sessions a month they
offered, their usual weekdays, dates away and trainings with dates. It saves through
``rota_service.set_facilitator``; a problem (dates away that end before they start ...) is shown
in the dialog, which keeps everything entered.

Dates away and trainings are short lists edited the same way: a read-only table with Add and
Remove, and the chosen row's values in plain labelled fields underneath, which the keyboard and
a screen reader reach like any other field (editors inside table cells are easy to miss).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups, rota_service, trainings
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.rota import AwayRange
from peerdesk.core.rota_service import FacilitatorInput, FacilitatorProfile, Training
from peerdesk.core.trainings import TrainingKindRow
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, short_date, to_qdate
from peerdesk.ui.dialogs.consent_dialog import make_date_edit
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.row_table import RowTable

T = TypeVar("T")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AWAY_DAYS = 7  # a new range starts as a week from today


def day_names() -> list[str]:
    """Monday to Sunday, translated as in ``ui.dates``."""
    return [QCoreApplication.translate("dates", name) for name in DAY_NAMES]


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


class FacilitatorProfileDialog(FormDialog):
    """After it is accepted, ``saved`` holds the profile as stored (``rota_changed`` was sent)."""

    def __init__(
        self,
        context: AppContext,
        person_id: int,
        name: str,
        parent: QWidget | None = None,
        *,
        profile: FacilitatorProfile | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__("facilitatorProfileDialog", parent)
        self.context = context
        self.person_id = person_id
        self.saved: FacilitatorProfile | None = None
        self.dialogs = DialogSlot()
        self.set_title(
            self.tr("Add {name} as a facilitator").format(name=name)
            if profile is None
            else self.tr("{name}: facilitator profile").format(name=name)
        )
        self.setMinimumWidth(1000)
        start = profile.as_input() if profile is not None else None
        if start is None:
            chosen = frozenset({group_id}) if group_id is not None else frozenset()
            start = FacilitatorInput(person_id, chosen)

        self.groups = QListWidget()
        self.groups.setObjectName("facilitatorGroupsList")
        self.groups.setAccessibleName(self.tr("Groups they facilitate"))
        for group in groups.list_groups(
            context.store, today=context.today(), include_archived=True
        ):
            if group.archived and group.id not in start.group_ids:
                continue
            text = self.tr("{name} (archived)").format(name=group.name)
            item = QListWidgetItem(text if group.archived else group.name)
            item.setData(ITEM_ROLE, group.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in start.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.setCurrentRow(0)
        lines = min(max(self.groups.count(), 3), 6)
        self.groups.setFixedHeight(self.groups.sizeHintForRow(0) * lines + 8)

        self.experienced = QRadioButton(self.tr("&Experienced"))
        self.experienced.setObjectName("experiencedRadio")
        self.experienced.setAccessibleName(self.tr("Experienced"))
        self.learning = QRadioButton(self.tr("&Learning"))
        self.learning.setObjectName("learningRadio")
        self.learning.setAccessibleName(self.tr("Learning"))
        self.learning.setToolTip(self.tr("New to facilitating, learning alongside others"))
        experience = QButtonGroup(self)
        experience.addButton(self.experienced)
        experience.addButton(self.learning)
        (self.experienced if start.experienced else self.learning).setChecked(True)
        role = QHBoxLayout()
        role.addWidget(self.experienced)
        role.addWidget(self.learning)
        role.addStretch(1)

        self.offer = QSpinBox()
        self.offer.setObjectName("offerSpin")
        self.offer.setAccessibleName(self.tr("Sessions a month offered"))
        self.offer.setRange(0, rota_service.MAX_OFFER)
        self.offer.setValue(start.sessions_per_month)
        self.offer.setMaximumWidth(90)

        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        for number, day in enumerate(day_names()):
            check = QCheckBox(day[:3])
            check.setObjectName(f"weekday{number}Check")
            check.setAccessibleName(day)
            check.setToolTip(day)
            check.setChecked(number in start.weekdays)
            days.addWidget(check)
            self.weekdays.append(check)
        days.addStretch(1)

        self.new_since = QCheckBox(self.tr("Started recentl&y, on"))
        self.new_since.setObjectName("newSinceCheck")
        self.new_since.setAccessibleName(self.tr("Started facilitating recently"))
        self.new_since.setToolTip(
            self.tr(
                "Their fair share then counts only the months since they started, and the rota "
                "never puts them on before."
            )
        )
        self.since = date_edit(
            "sinceDateEdit", self.tr("Started facilitating on"), context, future=True
        )
        since = start.since if profile is not None else context.today()
        self.new_since.setChecked(since is not None)
        if since is not None:
            self.since.setDate(to_qdate(since))
        self.since.setEnabled(self.new_since.isChecked())
        self.new_since.toggled.connect(self.since.setEnabled)
        started = QHBoxLayout()
        started.addWidget(self.new_since)
        started.addWidget(self.since)
        started.addStretch(1)

        self.note = self.text_edit(
            "facilitatorNoteEdit",
            self.tr("Note"),
            self.tr("Practical things, for example: holds the spare key for the hall"),
        )
        self.note.setPlainText(start.note)

        self.add_row(self.tr("&Groups they facilitate:"), self.groups)
        self.form.addRow(self.tr("Experience:"), role)
        self.add_row(self.tr("Sessions a &month offered:"), self.offer)
        days_label = QLabel(self.tr("&Usual days:"))
        days_label.setBuddy(self.weekdays[0])  # Alt+U goes to Monday; Tab walks the week
        self.form.addRow(days_label, days)
        self.form.addRow(self.tr("Facilitating:"), started)
        self.add_row(self.tr("&Note:"), self.note)

        self.away = AwayEditor(context)
        self.away.set_values(list(start.away))
        self.trainings = TrainingsEditor(context)
        self.trainings.set_values(list(start.trainings))
        self.kinds_button = make_button("trainingListButton", self.tr("Training li&st…"))
        self.kinds_button.setToolTip(self.tr("Add or rename the kinds of training"))
        self.trainings.buttons_row.addWidget(self.kinds_button)
        self.kinds_button.clicked.connect(self.edit_kinds)
        self.reload_kinds()

        # Left, the profile with the dates away under it; right, the trainings.
        left = QVBoxLayout()
        self.layout_.removeItem(self.form)
        left.addLayout(self.form)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        for column, title, editor in (
            (left, self.tr("Dates away"), self.away),
            (columns, self.tr("Trainings"), self.trainings),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(editor)
            column.addWidget(box, 2)
        self.layout_.insertLayout(0, columns, 1)

        order = [self.groups, self.experienced, self.learning, self.offer, *self.weekdays]
        order += [
            self.new_since,
            self.since,
            self.note,
            *self.away.tab_order(),
            *self.trainings.tab_order(),
        ]
        order.insert(order.index(self.trainings.remove_button) + 1, self.kinds_button)
        order += [self.save_button, self.cancel_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.groups.setFocus()

    def reload_kinds(self) -> None:
        try:
            self.trainings.set_kinds(trainings.list_kinds(self.context.store))
        except PeerdeskError as error:
            self.show_error(str(error))

    def edit_kinds(self) -> None:
        dialog = TrainingKindsDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.reload_kinds())
        self.dialogs.open(dialog, lambda _d: None)

    def entered(self) -> FacilitatorInput:
        chosen = [self.groups.item(row) for row in range(self.groups.count())]
        return FacilitatorInput(
            person_id=self.person_id,
            group_ids=frozenset(
                int(item.data(ITEM_ROLE))
                for item in chosen
                if item.checkState() == Qt.CheckState.Checked
            ),
            experienced=self.experienced.isChecked(),
            sessions_per_month=self.offer.value(),
            weekdays=frozenset(n for n, check in enumerate(self.weekdays) if check.isChecked()),
            away=tuple(self.away.values()),
            note=self.note.toPlainText(),
            trainings=tuple(self.trainings.values()),
            since=from_qdate(self.since.date()) if self.new_since.isChecked() else None,
        )

    def submit(self) -> None:
        # If a range is the trouble, have it chosen, so its dates are in front of the person.
        self.away.select_first(lambda away: away.end < away.start)
        self.saved = rota_service.set_facilitator(self.context.store, self.entered())
        self.context.events.rota_changed.emit()


class TrainingKindsDialog(QDialog):
    """The kinds of training profiles can list. Each change is saved at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("trainingKindsDialog")
        self.setWindowTitle(self.tr("Training list"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.setMinimumWidth(480)
        self.kinds = QListWidget()
        self.kinds.setObjectName("trainingKindsList")
        self.kinds.setAccessibleName(self.tr("Kinds of training"))
        self.name = QLineEdit()
        self.name.setObjectName("trainingKindNameEdit")
        self.name.setAccessibleName(self.tr("Name of the training"))
        self.name.setPlaceholderText(self.tr("For example: suicide awareness"))
        caption = QLabel(self.tr("&Name:"))
        caption.setBuddy(self.name)
        self.add_button = make_button("trainingKindAddButton", self.tr("&Add to the list"))
        self.rename_button = make_button("trainingKindRenameButton", self.tr("&Rename"))
        self.remove_button = make_button("trainingKindRemoveButton", self.tr("Re&move"))
        self.rename_button.setToolTip(self.tr("Give the chosen training the name typed"))
        self.error_label = make_error_label("trainingKindsErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem saving"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("trainingKindsButtons")
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("trainingKindsCloseButton")
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.name, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "The kinds of training a facilitator's profile can list. A kind someone has on "
                "their profile can be renamed but not removed."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.kinds, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(close)

        # Set once the button is in the dialog, or the dialog would not know it (see above).
        self.add_button.setDefault(True)  # Enter in the name adds it
        self.kinds.currentItemChanged.connect(lambda *_: self._chosen())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.reload()
        self.name.setFocus()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.kind_id()
        try:
            rows = trainings.list_kinds(self.context.store)
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in rows:
            text = kind.name
            if kind.in_use:
                text = self.tr("{name} (on {n} profiles)").format(name=kind.name, n=kind.in_use)
                if kind.in_use == 1:
                    text = self.tr("{name} (on 1 profile)").format(name=kind.name)
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, kind.id)
            item.setData(NAME_ROLE, kind.name)
            self.kinds.addItem(item)
            if kind.id == keep:
                self.kinds.setCurrentItem(item)
        self.kinds.blockSignals(False)
        self._chosen()

    def kind_id(self) -> int | None:
        item = self.kinds.currentItem()
        return int(item.data(ITEM_ROLE)) if item is not None else None

    def _chosen(self) -> None:
        """The name field shows the chosen kind's name, ready to be typed over."""
        item = self.kinds.currentItem()
        self.rename_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.name.setText(str(item.data(NAME_ROLE)) if item is not None else "")
        self.name.selectAll()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _change(self, action: Callable[[], int | None]) -> None:
        """Save one change; on success show the list again and tell the other windows."""
        try:
            select = action()
        except PeerdeskError as error:
            self._show_error(str(error))
            return
        self.error_label.hide()
        self.reload(select)
        self.context.events.rota_changed.emit()

    def add(self) -> None:
        self._change(lambda: trainings.add_kind(self.context.store, self.name.text()).id)

    def rename(self) -> None:
        name = self.name.text()
        self._change_chosen(
            lambda kind_id: trainings.rename_kind(self.context.store, kind_id, name)
        )

    def remove(self) -> None:
        self._change_chosen(
            lambda kind_id: trainings.remove_kind(self.context.store, kind_id), keep=False
        )

    def _change_chosen(self, change: Callable[[int], None], *, keep: bool = True) -> None:
        """Change the chosen kind, which stays chosen unless ``keep`` is False."""
        kind_id = self.kind_id()
        if kind_id is None:
            return

        def action() -> int | None:
            change(kind_id)
            return kind_id if keep else None

        self._change(action)
