"""The facilitator dialogs (profiles, training kinds, rota rules) through their real widgets, on
a real temporary database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import groups, people, rota_service, trainings
from peerdesk.core.errors import NotFoundError
from peerdesk.core.groups import GroupInput
from peerdesk.core.people import PersonInput
from peerdesk.core.rota import AwayRange
from peerdesk.core.rota_service import FacilitatorInput, Training
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import to_qdate
from peerdesk.ui.dialogs.facilitator_profile import FacilitatorProfileDialog
from peerdesk.ui.dialogs.facilitators import FacilitatorsDialog, PersonPickerDialog
from peerdesk.ui.dialogs.rota_rules import RotaRulesDialog
from peerdesk.ui.dialogs.training_kinds import TrainingKindsDialog

from .controls import interactive

LEFT = Qt.MouseButton.LeftButton
DialogT = TypeVar("DialogT", bound=QDialog)


@pytest.fixture
def ids(store: Store, today: dt.date) -> dict[str, int]:
    """Two groups and three people; Sam already facilitates the drop-in."""
    found: dict[str, int] = {}
    for name, day in (("Drop-in", "TU"), ("Walk", "SA")):
        data = GroupInput(
            name=name,
            rrule=f"FREQ=WEEKLY;BYDAY={day}",
            start_date=today,
            start_time=dt.time(18, 30),
        )
        found[name] = groups.create_group(store, data, today=today).group.id
    for name in ("Sam", "Priya", "Alex"):
        found[name] = people.create_person(store, PersonInput(name)).id
    rota_service.set_facilitator(
        store, FacilitatorInput(found["Sam"], frozenset({found["Drop-in"]}))
    )
    return found


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, ids: dict[str, int]) -> FacilitatorsDialog:
    """Shown; the dialogs it opens are its children and close with it."""
    return show(qtbot, FacilitatorsDialog(context))


def show(qtbot: QtBot, shown: DialogT) -> DialogT:
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def kind_id(store: Store, name: str) -> int:
    return next(kind.id for kind in trainings.list_kinds(store) if kind.name == name)


def current(qtbot: QtBot, dialog: FacilitatorsDialog, kind: type[DialogT]) -> DialogT:
    """The dialog the facilitators dialog has open, once it is of ``kind`` and showing."""
    qtbot.waitUntil(
        lambda: isinstance(dialog.dialogs.current, kind) and dialog.dialogs.current.isVisible()
    )
    return cast(DialogT, dialog.dialogs.current)


def shown_names(dialog: FacilitatorsDialog) -> list[str]:
    return [row.name for row in dialog.model.rows]


def answer_with(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        asked.append(f"{title}\n{text}")
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def open_profile_for_new(qtbot: QtBot, dialog: FacilitatorsDialog) -> FacilitatorProfileDialog:
    """Add… then type "pri" and Enter in the picker: Priya's new profile opens."""
    qtbot.mouseClick(dialog.add_button, LEFT)
    picker = current(qtbot, dialog, PersonPickerDialog)
    qtbot.keyClicks(picker.search, "pri")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    return current(qtbot, dialog, FacilitatorProfileDialog)


def test_add_a_facilitator_through_the_dialog(
    qtbot: QtBot, dialog: FacilitatorsDialog, store: Store, ids: dict[str, int], today: dt.date
) -> None:
    assert shown_names(dialog) == ["Sam"]
    qtbot.mouseClick(dialog.add_button, LEFT)
    picker = current(qtbot, dialog, PersonPickerDialog)
    # Only people who are not facilitators yet are offered.
    offered = [picker.model.person_at(row) for row in range(picker.model.rowCount())]
    assert [person.preferred_name for person in offered if person is not None] == [
        "Alex",
        "Priya",
    ]
    picker.reject()
    profile = open_profile_for_new(qtbot, dialog)
    assert profile.windowTitle() == "Add Priya as a facilitator"

    # Tick the walk with the keyboard: it is the second group in the list.
    profile.groups.setFocus()
    profile.groups.setCurrentRow(1)
    qtbot.keyClick(profile.groups, Qt.Key.Key_Space)
    qtbot.mouseClick(profile.learning, LEFT)
    profile.offer.selectAll()
    qtbot.keyClicks(profile.offer, "3")
    for day in (0, 1, 2, 3, 4, 6):  # leave only Saturday ticked
        qtbot.keyClick(profile.weekdays[day], Qt.Key.Key_Space)
    away = AwayRange(today + dt.timedelta(days=10), today + dt.timedelta(days=20))
    qtbot.mouseClick(profile.away.add_button, LEFT)
    assert profile.away.start.hasFocus()
    profile.away.start.setDate(to_qdate(away.start))
    profile.away.end.setDate(to_qdate(away.end))
    qtbot.mouseClick(profile.trainings.add_button, LEFT)
    profile.trainings.kind.setCurrentIndex(profile.trainings.kind.findText("Safeguarding"))
    profile.trainings.completed.setDate(to_qdate(dt.date(2026, 3, 12)))
    qtbot.keyClicks(profile.note, "Brings the tea")
    with qtbot.waitSignal(dialog.context.events.rota_changed):
        qtbot.mouseClick(profile.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.dialogs.current is None)

    saved = rota_service.get_facilitator(store, ids["Priya"])
    assert saved.group_ids == {ids["Walk"]}
    assert not saved.experienced
    assert saved.sessions_per_month == 3
    assert saved.weekdays == {5}
    assert saved.away == (away,)
    assert saved.trainings == (
        Training(kind_id(store, "Safeguarding"), dt.date(2026, 3, 12), "Safeguarding"),
    )
    assert saved.note == "Brings the tea"
    assert saved.since == today  # someone added today is taken to start today
    # The list shows the new facilitator, chosen.
    assert shown_names(dialog) == ["Priya", "Sam"]
    chosen = dialog.selected()
    assert chosen is not None and chosen.name == "Priya"


def test_the_picker_works_from_the_keyboard(qtbot: QtBot, dialog: FacilitatorsDialog) -> None:
    qtbot.mouseClick(dialog.add_button, LEFT)
    picker = current(qtbot, dialog, PersonPickerDialog)
    qtbot.waitUntil(picker.search.hasFocus)
    qtbot.keyClicks(picker.search, "a")  # Alex and Priya
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.waitUntil(picker.table.hasFocus)
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    profile = current(qtbot, dialog, FacilitatorProfileDialog)
    assert profile.windowTitle() == "Add Priya as a facilitator"


def test_edit_a_facilitator(
    qtbot: QtBot, dialog: FacilitatorsDialog, store: Store, ids: dict[str, int], today: dt.date
) -> None:
    start = rota_service.get_facilitator(store, ids["Sam"]).as_input()
    away = (AwayRange(today, today + dt.timedelta(days=3)),)
    rota_service.set_facilitator(store, FacilitatorInput(**{**start.__dict__, "away": away}))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter edits the selected one
    profile = current(qtbot, dialog, FacilitatorProfileDialog)
    assert profile.windowTitle() == "Sam: facilitator profile"
    assert profile.away.values() == list(away)

    qtbot.mouseClick(profile.experienced, LEFT)
    profile.away.table.setCurrentCell(0, 0)
    qtbot.mouseClick(profile.away.remove_button, LEFT)
    profile.offer.setFocus()
    qtbot.waitUntil(profile.offer.hasFocus)
    profile.offer.selectAll()
    qtbot.keyClicks(profile.offer, "1")
    with qtbot.waitSignal(dialog.context.events.rota_changed):
        qtbot.keyClick(profile.offer, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: dialog.dialogs.current is None)

    saved = rota_service.get_facilitator(store, ids["Sam"])
    assert (saved.experienced, saved.sessions_per_month, saved.away) == (True, 1, ())
    assert saved.group_ids == {ids["Drop-in"]}
    assert dialog.model.text(dialog.model.rows[0], 2) == "Experienced"


def test_away_range_ending_before_it_starts_is_refused(
    qtbot: QtBot, dialog: FacilitatorsDialog, store: Store, ids: dict[str, int], today: dt.date
) -> None:
    profile = open_profile_for_new(qtbot, dialog)
    qtbot.mouseClick(profile.away.add_button, LEFT)
    qtbot.mouseClick(profile.away.add_button, LEFT)  # a second range, then the first is wrong
    profile.away.table.setCurrentCell(0, 0)
    profile.away.start.setDate(to_qdate(dt.date(2026, 12, 10)))
    profile.away.end.setDate(to_qdate(dt.date(2026, 12, 1)))
    to_cell = profile.away.table.item(0, 1)
    assert to_cell is not None and to_cell.text() == "Tue 1 Dec 2026: before the start"
    profile.away.table.setCurrentCell(1, 0)
    qtbot.keyClicks(profile.note, "Keep this")
    qtbot.mouseClick(profile.save_button, LEFT)

    qtbot.waitUntil(profile.error_label.isVisible)
    assert profile.error_label.text() == (
        "Priya is away from Thursday 10 December to Tuesday 1 December: "
        "the end is before the start."
    )
    assert profile.isVisible() and dialog.dialogs.current is profile
    assert profile.away.table.currentRow() == 0  # the wrong range is chosen
    assert profile.note.toPlainText() == "Keep this"
    assert len(profile.away.values()) == 2
    with pytest.raises(NotFoundError):
        rota_service.get_facilitator(store, ids["Priya"])


def test_training_kinds_add_rename_and_refuse_removing_one_in_use(
    qtbot: QtBot, dialog: FacilitatorsDialog, store: Store, ids: dict[str, int], today: dt.date
) -> None:
    start = rota_service.get_facilitator(store, ids["Sam"]).as_input()
    safeguarding = Training(kind_id(store, "Safeguarding"), today)
    rota_service.set_facilitator(
        store, FacilitatorInput(**{**start.__dict__, "trainings": (safeguarding,)})
    )
    qtbot.mouseClick(dialog.kinds_button, LEFT)
    kinds = current(qtbot, dialog, TrainingKindsDialog)
    qtbot.waitUntil(kinds.name.hasFocus)

    with qtbot.waitSignal(dialog.context.events.rota_changed):
        qtbot.keyClicks(kinds.name, "Suicide awarenes")
        qtbot.keyClick(kinds.name, Qt.Key.Key_Return)  # Enter adds
    assert "Suicide awarenes" in [kind.name for kind in trainings.list_kinds(store)]
    # The new kind is chosen, its name ready to put right.
    added = kinds.kinds.currentItem()
    assert added is not None and added.text() == "Suicide awarenes"
    assert kinds.name.text() == "Suicide awarenes"
    qtbot.keyClick(kinds.name, Qt.Key.Key_End)
    qtbot.keyClicks(kinds.name, "s")
    qtbot.mouseClick(kinds.rename_button, LEFT)
    names = [kind.name for kind in trainings.list_kinds(store)]
    assert "Suicide awareness" in names and "Suicide awarenes" not in names

    in_use = kinds.kinds.findItems("Safeguarding", Qt.MatchFlag.MatchStartsWith)[0]
    assert in_use.text() == "Safeguarding (on 1 profile)"
    kinds.kinds.setCurrentItem(in_use)
    qtbot.mouseClick(kinds.remove_button, LEFT)
    assert kinds.error_label.isVisible()
    assert kinds.error_label.text() == (
        "“Safeguarding” is recorded for 1 facilitator; remove it from their profiles first."
    )
    assert "Safeguarding" in [kind.name for kind in trainings.list_kinds(store)]

    # An unused kind goes.
    unused = kinds.kinds.findItems("Suicide awareness", Qt.MatchFlag.MatchExactly)[0]
    kinds.kinds.setCurrentItem(unused)
    qtbot.mouseClick(kinds.remove_button, LEFT)
    assert not kinds.error_label.isVisible()
    assert "Suicide awareness" not in [kind.name for kind in trainings.list_kinds(store)]


def test_stop_facilitating_asks_first_and_says_past_entries_stay(
    qtbot: QtBot,
    dialog: FacilitatorsDialog,
    store: Store,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_with(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.stop_button, LEFT)
    assert len(asked) == 1 and "Past rota entries stay as they are" in asked[0]
    assert shown_names(dialog) == ["Sam"]

    answer_with(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.context.events.rota_changed):
        qtbot.mouseClick(dialog.stop_button, LEFT)
    assert rota_service.list_facilitators(store) == []
    assert shown_names(dialog) == []
    assert people.get_person(store, ids["Sam"]).preferred_name == "Sam"


def test_the_list_can_show_one_group(
    qtbot: QtBot, context: AppContext, store: Store, ids: dict[str, int]
) -> None:
    rota_service.set_facilitator(
        store, FacilitatorInput(ids["Alex"], frozenset({ids["Walk"]}), weekdays=frozenset({5}))
    )
    shown = FacilitatorsDialog(context, group_id=ids["Walk"])
    qtbot.addWidget(shown)
    assert shown_names(shown) == ["Alex"]
    row = shown.model.rows[0]
    assert [shown.model.text(row, column) for column in range(7)] == [
        "Alex",
        "Walk",
        "Learning",
        "2 a month",
        "Sat",
        "—",
        "—",
    ]
    shown.group.setCurrentIndex(shown.group.findText("All groups"))
    assert shown_names(shown) == ["Alex", "Sam"]


def test_rules_dialog_saves_per_session(
    qtbot: QtBot, context: AppContext, store: Store, ids: dict[str, int]
) -> None:
    rules = show(qtbot, RotaRulesDialog(context, ids["Walk"]))
    assert rules.windowTitle() == "Rota rules for Walk"
    assert rules.per_session.value() == 2
    rules.per_session.setFocus()
    rules.per_session.selectAll()
    qtbot.keyClicks(rules.per_session, "3")
    qtbot.keyClick(rules.respect_offer, Qt.Key.Key_Space)
    with qtbot.waitSignal(context.events.rota_changed):
        qtbot.keyClick(rules.per_session, Qt.Key.Key_Return)
    assert not rules.isVisible()

    saved = rota_service.get_rules(store, ids["Walk"])
    assert (saved.per_session, saved.respect_offer) == (3, False)
    assert rules.saved == saved
    assert rota_service.get_rules(store, ids["Drop-in"]).per_session == 2


def test_rules_for_a_group_that_is_gone_say_so(
    qtbot: QtBot, context: AppContext, ids: dict[str, int]
) -> None:
    rules = RotaRulesDialog(context, 9999)
    qtbot.addWidget(rules)
    assert rules.error_label.text() == "That group no longer exists."
    assert not rules.save_button.isEnabled()


def _profile(context: AppContext, ids: dict[str, int]) -> QDialog:
    profile = rota_service.get_facilitator(context.store, ids["Sam"])
    return FacilitatorProfileDialog(context, profile.person_id, profile.name, profile=profile)


def _picker(context: AppContext, ids: dict[str, int]) -> QDialog:
    return PersonPickerDialog(people.list_people(context.store))


DIALOGS: dict[str, Callable[[AppContext, dict[str, int]], QDialog]] = {
    "facilitators": lambda context, _ids: FacilitatorsDialog(context),
    "profile": _profile,
    "picker": _picker,
    "training kinds": lambda context, _ids: TrainingKindsDialog(context),
    "rules": lambda context, ids: RotaRulesDialog(context, ids["Walk"]),
}


@pytest.mark.parametrize("which", list(DIALOGS))
def test_every_control_is_named_and_every_mnemonic_is_unique_with_a_field(
    qtbot: QtBot, context: AppContext, ids: dict[str, int], which: str
) -> None:
    shown = show(qtbot, DIALOGS[which](context, ids))
    assert shown.accessibleName()
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in interactive(shown)
        if not widget.objectName() or not widget.accessibleName()
    ]
    assert unnamed == []
    no_buddy = [
        label.text()
        for label in shown.findChildren(QLabel)
        if "&" in label.text() and label.buddy() is None
    ]
    assert no_buddy == []
    texts = [label.text() for label in shown.findChildren(QLabel)]
    texts += [button.text() for button in shown.findChildren(QAbstractButton)]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert sorted(letters) == sorted(set(letters)), "two controls share an Alt+letter"
