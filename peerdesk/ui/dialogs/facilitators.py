"""Facilitators: who facilitates which group, what they offered, their usual days, their next
time away and their latest trainings.

Add… picks someone from the people directory (only people who are not facilitators yet) and
opens their new profile; Edit… (or Enter, or a double click) opens a profile; Stop facilitating…
removes the profile after asking, leaving past rota entries as they are. Every change is saved
by the dialog that makes it, which announces ``rota_changed``; this list reloads on hearing it.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups, people, rota_service
from peerdesk.core.errors import PeerdeskError, ValidationError
from peerdesk.core.people import PersonRow
from peerdesk.core.rota import ALL_WEEKDAYS, AwayRange
from peerdesk.core.rota_service import FacilitatorProfile, Training
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import short_date
from peerdesk.ui.dialogs.confirm import confirm
from peerdesk.ui.dialogs.facilitator_profile import FacilitatorProfileDialog, day_names
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.training_kinds import TrainingKindsDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.models.people import FULL_NAME, PREFERRED_NAME, PeopleTableModel
from peerdesk.ui.models.rows import RowTableModel
from peerdesk.ui.widgets.buttons import make_button
from peerdesk.ui.widgets.error_label import make_error_label
from peerdesk.ui.widgets.tables import ENTER_KEYS, make_table, select_row, selected_row

NAME, GROUPS, EXPERIENCE, OFFER, DAYS, AWAY, TRAININGS = range(7)
ALL_GROUPS = -1


def weekdays_words(days: frozenset[int]) -> str:
    if days == ALL_WEEKDAYS:
        return _tr("Any day")
    if not days:
        return _tr("No days")
    names = day_names(short=True)
    return ", ".join(names[day] for day in sorted(days))


def next_away(profile: FacilitatorProfile, today: dt.date) -> AwayRange | None:
    """The time away still to come (or going on now) that starts first."""
    return next((away for away in profile.away if away.end >= today), None)


def away_words(away: AwayRange, today: dt.date) -> str:
    """ "Tue 22 Dec – Mon 4 Jan 2027": the year when it is not this year's, at the end only."""
    later = away.start.year != today.year or away.end.year != today.year
    return f"{short_date(away.start)} – {short_date(away.end, with_year=later)}"


def latest_trainings(profile: FacilitatorProfile) -> list[Training]:
    """Each kind's latest training, newest first (the profile lists them newest first)."""
    seen: set[int] = set()
    latest = []
    for training in profile.trainings:
        if training.kind_id not in seen:
            seen.add(training.kind_id)
            latest.append(training)
    return latest


class FacilitatorTableModel(RowTableModel[FacilitatorProfile]):
    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.group_names: dict[int, str] = {}
        self.headers = (
            _tr("Name"),
            _tr("Groups"),
            _tr("Experience"),
            _tr("Offers"),
            _tr("Usual days"),
            _tr("Next time away"),
            _tr("Latest trainings"),
        )

    def text(self, row: FacilitatorProfile, column: int) -> str:
        if column == NAME:
            return row.name
        if column == GROUPS:
            names = sorted(self.group_names.get(g, "?") for g in row.group_ids)
            return ", ".join(names) or _tr("No group yet")
        if column == EXPERIENCE:
            return _tr("Experienced") if row.experienced else _tr("Learning")
        if column == OFFER:
            return _tr("{n} a month").format(n=row.sessions_per_month)
        if column == DAYS:
            return weekdays_words(row.weekdays)
        if column == AWAY:
            away = next_away(row, self.today)
            return away_words(away, self.today) if away else _tr("—")
        # The year is enough at a glance; the tooltip has the dates.
        latest = [f"{t.kind} {t.completed_on.year}" for t in latest_trainings(row)]
        return "; ".join(latest) or _tr("—")

    def accessible_text(self, row: FacilitatorProfile, column: int) -> str:
        text = self.text(row, column)
        return _tr("None") if text == _tr("—") else text

    def tooltip(self, row: FacilitatorProfile, column: int) -> str | None:
        if column == GROUPS and row.group_ids:
            return "\n".join(sorted(self.group_names.get(g, "?") for g in row.group_ids))
        if column == AWAY and row.away:
            return "\n".join(away_words(away, self.today) for away in row.away)
        if column == TRAININGS and row.trainings:
            return "\n".join(
                f"{t.kind}: {short_date(t.completed_on, with_year=True)}" for t in row.trainings
            )
        return row.note or None

    def row_of_person(self, person_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.person_id == person_id), -1)


class PersonPickerDialog(FormDialog):
    """Choose one person; ``chosen`` holds them after it is accepted."""

    def __init__(self, everyone: list[PersonRow], parent: QWidget | None = None) -> None:
        super().__init__("facilitatorPickerDialog", parent)
        self.set_title(self.tr("Add a facilitator"), self.tr("&Choose"))
        self.setMinimumSize(560, 440)
        self.chosen: PersonRow | None = None
        intro = QLabel(
            self.tr(
                "Choose someone from the people directory. Only people who are not "
                "facilitators yet are listed; someone new is added on the People page first."
            )
        )
        intro.setWordWrap(True)
        self.search = self.line_edit(
            "facilitatorPickerSearch",
            self.tr("Find a person"),
            self.tr("Type any part of a name; Down goes to the list"),
        )
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own, otherwise unnamed
            clear.setObjectName("facilitatorPickerClearButton")
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search.installEventFilter(self)  # Down goes to the list
        self.model = PeopleTableModel(self)
        self.model.set_rows(everyone)
        self.table = make_table(
            "facilitatorPickerTable",
            self.tr("People who are not facilitators yet"),
            self.model,
            stretch=FULL_NAME,
            widths={PREFERRED_NAME: 200},
        )
        self.add_row(self.tr("&Find:"), self.search)
        self.layout_.insertWidget(0, intro)
        self.layout_.insertWidget(2, self.table, 1)
        self.search.textChanged.connect(self._search_changed)
        self.table.doubleClicked.connect(lambda _index: self.save())
        select_row(self.table, 0)
        self.search.setFocus()

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)
        select_row(self.table, 0)  # what Enter will choose

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        row = selected_row(self.table)
        self.chosen = self.model.person_at(row if row >= 0 else 0)
        if self.chosen is None:
            raise ValidationError(
                self.tr("No one matches “{q}”.").format(q=self.search.text().strip())
            )


class FacilitatorsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = DialogSlot()
        self.setObjectName("facilitatorsDialog")
        self.setWindowTitle(self.tr("Facilitators"))
        self.setAccessibleName(self.tr("Facilitators"))
        self.setModal(True)
        self.resize(1200, 520)

        self.group = QComboBox()
        self.group.setObjectName("facilitatorsGroupCombo")
        self.group.setAccessibleName(self.tr("Show the facilitators of"))
        self.group.addItem(self.tr("All groups"), ALL_GROUPS)
        for row in groups.list_groups(context.store, today=context.today()):
            self.group.addItem(row.name, row.id)
        if group_id is not None and self.group.findData(group_id) >= 0:
            self.group.setCurrentIndex(self.group.findData(group_id))
        group_label = QLabel(self.tr("&Show:"))
        group_label.setBuddy(self.group)
        self.count_label = QLabel()
        self.count_label.setObjectName("facilitatorsCount")

        self.model = FacilitatorTableModel(context.today(), self)
        self.table = make_table(
            "facilitatorsTable",
            self.tr("Facilitators"),
            self.model,
            stretch=TRAININGS,
            widths={NAME: 110, GROUPS: 280, EXPERIENCE: 100, OFFER: 90, DAYS: 90, AWAY: 200},
        )
        for key in ENTER_KEYS:  # Enter on the list edits the selected one
            QShortcut(QKeySequence(key), self.table, self.edit, Qt.ShortcutContext.WidgetShortcut)

        self.add_button = make_button("facilitatorsAddButton", self.tr("&Add a facilitator…"))
        self.edit_button = make_button("facilitatorsEditButton", self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected profile (Enter)"))
        self.stop_button = make_button("facilitatorsStopButton", self.tr("Stop &facilitating…"))
        self.kinds_button = make_button(
            "facilitatorsTrainingListButton", self.tr("&Training list…")
        )
        self.kinds_button.setToolTip(self.tr("Add or rename the kinds of training"))
        self.error_label = make_error_label("facilitatorsErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("facilitatorsButtons")
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("facilitatorsCloseButton")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)  # Enter on the list edits; it never closes
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group)
        top.addSpacing(16)
        top.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.kinds_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        order = [self.group, self.table, self.add_button, self.edit_button, self.stop_button]
        order += [self.kinds_button, self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.edit_button.setDefault(True)  # Enter edits the selected one, wherever the focus
        self.group.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.stop_button.clicked.connect(self.stop)
        self.kinds_button.clicked.connect(self.edit_kinds)
        for signal in (
            context.events.rota_changed,
            context.events.people_changed,
            context.events.groups_changed,
        ):
            signal.connect(self.reload)
        self.reload()
        select_row(self.table, 0)
        self.table.setFocus()

    # -- reading -----------------------------------------------------------------------------
    def group_id(self) -> int | None:
        chosen = int(self.group.currentData())
        return None if chosen == ALL_GROUPS else chosen

    def reload(self) -> None:
        keep = self.selected()
        store = self.context.store
        try:
            every = groups.list_groups(store, today=self.context.today(), include_archived=True)
            rows = rota_service.list_facilitators(store, group_id=self.group_id())
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.model.group_names = {g.id: g.name for g in every}
        self.model.set_rows(rows)
        if keep is not None:
            select_row(self.table, self.model.row_of_person(keep.person_id))
        if not rows:
            text = self.tr("No facilitators yet: “Add a facilitator” adds the first.")
        elif len(rows) == 1:
            text = self.tr("1 facilitator")
        else:
            text = self.tr("{n} facilitators").format(n=len(rows))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    def selected(self) -> FacilitatorProfile | None:
        return self.model.row_at(selected_row(self.table))

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.stop_button.setEnabled(chosen)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- changing ----------------------------------------------------------------------------
    def add(self) -> None:
        self.error_label.hide()
        store = self.context.store
        try:
            taken = {
                p.person_id for p in rota_service.list_facilitators(store, include_archived=True)
            }
            everyone = [p for p in people.list_people(store) if p.id not in taken]
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        if not everyone:
            self.show_error(
                self.tr(
                    "Everyone in the people directory is already a facilitator. Add the "
                    "person on the People page first."
                )
            )
            return
        self.dialogs.open(PersonPickerDialog(everyone, self), lambda d: self._picked(d.chosen))

    def _picked(self, person: PersonRow | None) -> None:
        if person is not None:
            # The picker is still the open dialog until it has finished closing.
            QTimer.singleShot(0, lambda: self._open_profile(person.id, person.preferred_name))

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.error_label.hide()
        try:
            profile = rota_service.get_facilitator(self.context.store, chosen.person_id)
        except PeerdeskError as error:
            self.show_error(str(error))
            self.reload()
            return
        self._open_profile(profile.person_id, profile.name, profile)

    def _open_profile(
        self, person_id: int, name: str, profile: FacilitatorProfile | None = None
    ) -> None:
        dialog = FacilitatorProfileDialog(
            self.context, person_id, name, self, profile=profile, group_id=self.group_id()
        )
        self.dialogs.open(dialog, lambda d: self._saved(d.saved))

    def _saved(self, profile: FacilitatorProfile | None) -> None:
        if profile is not None:
            select_row(self.table, self.model.row_of_person(profile.person_id))
        self.table.setFocus()

    def stop(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(
            self,
            self.tr("Stop {name} facilitating?").format(name=chosen.name),
            self.tr(
                "{name} will no longer be put on the rota, and their facilitator profile "
                "(groups, usual days, dates away and trainings) is removed.\n\n"
                "Past rota entries stay as they are, and so do sessions they are already on: "
                "change those on the Rota page. {name} stays in the people directory."
            ).format(name=chosen.name),
        ):
            return
        try:
            rota_service.remove_facilitator(self.context.store, chosen.person_id)
        except PeerdeskError as error:
            self.show_error(str(error))
            return
        self.error_label.hide()
        row = selected_row(self.table)
        self.context.events.rota_changed.emit()
        select_row(self.table, min(row, self.model.rowCount() - 1))
        self.table.setFocus()

    def edit_kinds(self) -> None:
        self.dialogs.open(TrainingKindsDialog(self.context, self), lambda _d: None)
