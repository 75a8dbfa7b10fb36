"""One facilitator's profile.

The profile: the groups they facilitate, experienced or learning, how many sessions a month they
offered, their usual weekdays, dates away and trainings with dates. It saves through
``rota_service.set_facilitator``; a problem (dates away that end before they start ...) is shown
in the dialog, which keeps everything entered. The dates away and trainings lists are in
``facilitator_lists``, the list of training kinds in ``training_kinds``.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.core import groups, rota_service, trainings
from peerdesk.core.errors import PeerdeskError
from peerdesk.core.rota_service import FacilitatorInput, FacilitatorProfile
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qdate, to_qdate
from peerdesk.ui.dialogs.facilitator_lists import AwayEditor, TrainingsEditor, date_edit
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.dialogs.opener import DialogSlot
from peerdesk.ui.dialogs.training_kinds import TrainingKindsDialog
from peerdesk.ui.widgets.buttons import make_button

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def day_names(*, short: bool = False) -> list[str]:
    """Monday to Sunday in the chosen locale's words, as ``ui.dates`` writes them ("Mon" to
    "Sun" with ``short``: the locale's own short names, never a long one cut)."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return [QLocale().dayName(day, form) for day in range(1, 8)]


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
            item.setData(GROUP_ROLE, group.id)
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
        for number, (day, short) in enumerate(zip(day_names(), day_names(short=True), strict=True)):
            check = QCheckBox(short)
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
                int(item.data(GROUP_ROLE))
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
