"""Add or edit a group: its name, what it is, when it meets and where.

Saving goes through the groups service, which also brings the group's sessions in line with
the schedule; ``saved`` then says what changed (``GroupSaved.change``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QSpinBox, QTimeEdit, QWidget

from peerdesk.core import groups
from peerdesk.core.groups import GroupInput, GroupRow, GroupSaved
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import from_qtime, long_date, to_qtime
from peerdesk.ui.dialogs.form_dialog import FormDialog
from peerdesk.ui.i18n import tr as _tr
from peerdesk.ui.widgets.schedule_editor import ScheduleEditor
from peerdesk.ui.widgets.venue_combo import VenueCombo

DEFAULT_START = dt.time(18, 30)
DEFAULT_MINUTES = 120


class GroupDialog(FormDialog):
    """After it is accepted, ``saved`` holds the group as stored and what its sessions did."""

    def __init__(
        self, context: AppContext, group: GroupRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("groupDialog", parent)
        self.set_title(
            self.tr("Add a group")
            if group is None
            else self.tr("Edit {name}").format(name=group.name)
        )
        self.setMinimumWidth(600)
        self._context = context
        self._group = group
        self.saved: GroupSaved | None = None
        today = context.today()

        self.name = self.line_edit(
            "groupNameEdit", self.tr("Group name"), self.tr("For example Tuesday drop-in")
        )
        self.description = self.text_edit(
            "groupDescriptionEdit",
            self.tr("Description"),
            self.tr("A line or two about the group, for the cover sheet and for newcomers"),
        )
        self.schedule = ScheduleEditor(today, self)
        self.start_time = QTimeEdit(to_qtime(DEFAULT_START))
        self.start_time.setObjectName("startTimeEdit")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("durationSpin")
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(DEFAULT_MINUTES)
        self.duration.setSuffix(self.tr(" minutes"))
        self.venue = VenueCombo(context.store, group.default_venue_id if group else None)
        self.venue.setObjectName("groupVenueCombo")
        self.venue.setAccessibleName(self.tr("Usual venue"))
        self.headcount_only = QCheckBox(self.tr("Count people only, never take &names"))
        self.headcount_only.setObjectName("headcountOnlyCheck")
        self.headcount_only.setAccessibleName(self.tr("Count people only, never take names"))

        self.add_row(self.tr("&Name (needed):"), self.name)
        self.add_row(self.tr("&Description:"), self.description)
        self.schedule.add_to(self.form)
        self.add_row(self.tr("Starts &at:"), self.start_time)
        self.add_row(self.tr("&Lasts:"), self.duration)
        self.add_row(self.tr("Usual &venue:"), self.venue)
        self.form.addRow("", self.headcount_only)

        if group is not None:
            self.name.setText(group.name)
            self.description.setPlainText(group.description)
            self.schedule.set_schedule(group.rrule, group.start_date, group.end_date)
            self.start_time.setTime(to_qtime(group.start_time))
            self.duration.setValue(group.duration_minutes)
            self.headcount_only.setChecked(group.headcount_only)

        self.setTabOrder(self.name, self.description)
        self.setTabOrder(self.description, self.schedule.repeats)
        self.setTabOrder(self.schedule.end_date, self.start_time)
        self.setTabOrder(self.start_time, self.duration)
        self.setTabOrder(self.duration, self.venue)
        self.setTabOrder(self.venue, self.headcount_only)
        self.name.setFocus()

    def entered(self) -> GroupInput:
        """What is in the form now, exactly as typed (may raise for an impossible schedule)."""
        return GroupInput(
            name=self.name.text(),
            rrule=self.schedule.rule(),
            start_date=self.schedule.start(),
            start_time=from_qtime(self.start_time.time()),
            duration_minutes=self.duration.value(),
            end_date=self.schedule.end(),
            default_venue_id=self.venue.venue_id(),
            description=self.description.toPlainText(),
            headcount_only=self.headcount_only.isChecked(),
        )

    def submit(self) -> None:
        store, today = self._context.store, self._context.today()
        if self._group is None:
            self.saved = groups.create_group(store, self.entered(), today=today)
        else:
            self.saved = groups.update_group(store, self._group.id, self.entered(), today=today)


def saved_message(saved: GroupSaved) -> str:
    """One line for the status bar about what saving a group did to its sessions."""
    change = saved.change
    if change.added or change.removed or change.updated or change.kept:
        return _tr("{name} saved: {changes}").format(
            name=saved.group.name, changes=change.summary()
        )
    return _tr("{name} saved.").format(name=saved.group.name)


def kept_sessions_box(saved: GroupSaved, parent: QWidget) -> QMessageBox | None:
    """If the new schedule left some sessions in place, say which and why (not blocking)."""
    kept = saved.change.kept
    if not kept:
        return None
    dates = "\n".join(f"• {long_date(day, with_year=True)}" for day in kept[:12])
    if len(kept) > 12:
        dates += "\n" + _tr("… and {n} more").format(n=len(kept) - 12)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Some sessions were kept"),
        _tr(
            "The new schedule for {name} no longer includes these sessions, but they were "
            "kept because they were changed by hand or already have records such as "
            "attendance:\n\n{dates}\n\nCancel them on the Groups page if they will not happen."
        ).format(name=saved.group.name, dates=dates),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("keptSessionsBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
