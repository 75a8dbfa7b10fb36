"""The Consent page: recording from a paper form, withdrawing in two clicks, erasure, wording.

Driven through the real widgets on a real temporary database; only the yes/no question boxes
are answered by the test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import attendance, consent, people
from peerdesk.core.consent import CONTACT_PHONE, KEEP_RECORDS, TAKE_PART, Answer
from peerdesk.core.errors import NotFoundError
from peerdesk.core.people import PersonInput
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.consent_dialog import RecordConsentDialog
from peerdesk.ui.dialogs.consent_version import VersionDialog
from peerdesk.ui.dialogs.consent_withdraw import WithdrawDialog
from peerdesk.ui.pages.consent import ConsentPage


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ConsentPage:
    return show_page(qtbot, context)


def show_page(qtbot: QtBot, context: AppContext) -> ConsentPage:
    shown = ConsentPage(context)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def answer_questions_with(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: Any, **_kwargs: Any) -> Any:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def open_dialog(qtbot: QtBot, page: ConsentPage, button: QWidget) -> Any:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialogs.current is not None and page.dialogs.current.isVisible())
    return page.dialogs.current


def closed(page: ConsentPage) -> bool:
    return page.dialogs.current is None


def tick(qtbot: QtBot, dialog: RecordConsentDialog, *keys: str) -> None:
    for key in keys:
        check = dialog.checks[key]
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert check.isChecked()


def choose(qtbot: QtBot, page: ConsentPage, name: str) -> None:
    """Type a name in the search and press Enter: the first match is shown."""
    page.search.clear()
    qtbot.keyClicks(page.search, name)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.person is not None and page.person.preferred_name == name


def test_record_a_paper_form_then_withdraw_phone_contact_in_two_clicks(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    robin = people.create_person(store, PersonInput("Robin"))
    page.reload()
    assert "Robin" in page.people_list.item(0).text()  # newcomer: no consent yet
    choose(qtbot, page, "Robin")
    assert page.state_panel.states[CONTACT_PHONE].text() == "Not asked yet"

    dialog = open_dialog(qtbot, page, page.record_button)
    assert isinstance(dialog, RecordConsentDialog)
    assert not any(check.isChecked() for check in dialog.checks.values())  # nothing pre-ticked
    assert not dialog.phone.isEnabled()
    tick(qtbot, dialog, TAKE_PART, KEEP_RECORDS, CONTACT_PHONE)
    assert dialog.phone.isEnabled() and not dialog.email.isEnabled()
    assert not dialog.keep_warning.isVisible()
    qtbot.keyClicks(dialog.phone, "07700 900123")
    dialog.date.setDate(QDate(2026, 11, 20))
    dialog.method.setCurrentIndex(dialog.method.findData("paper"))
    dialog.recorded_by.clear()
    qtbot.keyClicks(dialog.recorded_by, "Priya")
    qtbot.keyClicks(dialog.paper_ref, "folder 2, form 14")
    with qtbot.waitSignal(page.context.events.consent_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))

    assert people.get_person(store, robin.id).phone == "07700 900123"
    assert "Agreed on Fri 20 Nov 2026" in page.state_panel.states[CONTACT_PHONE].text()
    assert page.context.recorded_by == "Priya"  # remembered for the next form

    # Click 1: Withdraw… beside phone calls. Click 2: confirm in the small dialog.
    withdraw = open_dialog(qtbot, page, page.state_panel.buttons[CONTACT_PHONE])
    assert isinstance(withdraw, WithdrawDialog)
    assert "Their phone number will be deleted now." in withdraw.effects.text()
    assert withdraw.recorded_by.text() == "Priya"
    with qtbot.waitSignal(page.context.events.people_changed):
        qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))

    assert people.get_person(store, robin.id).phone == ""
    assert "phone number has been deleted" in page.note_label.text()
    assert page.state_panel.states[CONTACT_PHONE].text().startswith("Withdrawn on")
    assert CONTACT_PHONE not in page.state_panel.buttons
    events = [(e.purpose_key, e.decision) for e in consent.history(store, robin.id)]
    assert events[0] == (CONTACT_PHONE, "withdrawn")
    assert (CONTACT_PHONE, "granted") in events
    grant = next(e for e in consent.history(store, robin.id) if e.decision == "granted")
    assert (grant.decided_on, grant.method, grant.recorded_by, grant.paper_ref) == (
        dt.date(2026, 11, 20),
        "paper",
        "Priya",
        "folder 2, form 14",
    )
    assert page.history_model.rowCount() == len(events)


def test_not_keeping_their_name_offers_erasure_and_keeps_the_count(
    qtbot: QtBot, demo_store: Store, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    (meeting,) = [m for m in attendance_meetings(demo_store, today)]
    before = attendance.load_register(demo_store, meeting).anonymous_count
    quinn = attendance.add_walk_in(demo_store, meeting, "Quinn")
    page = show_page(qtbot, AppContext(demo_store, today=lambda: today))
    choose(qtbot, page, "Quinn")
    dialog = open_dialog(qtbot, page, page.record_button)
    tick(qtbot, dialog, TAKE_PART)
    assert dialog.keep_warning.isVisible()
    assert "counted at sessions but not kept by name" in dialog.keep_warning.text()

    asked = answer_questions_with(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))
    assert asked == ["Erase Quinn after recording?"]
    with pytest.raises(NotFoundError):
        people.get_person(demo_store, quinn.person_id)
    register = attendance.load_register(demo_store, meeting)
    assert register.anonymous_count == before + 1
    assert quinn.person_id not in {e.person_id for e in register.entries}
    assert page.person is None and "erased Quinn" in page.note_label.text()


def attendance_meetings(store: Store, today: dt.date) -> list[int]:
    """Last Tuesday's drop-in: a session before today that people came to."""
    from peerdesk.core import schedule

    day = today - dt.timedelta(days=6)
    return [
        m.id
        for m in schedule.list_meetings(store, date_from=day, date_to=day)
        if m.group_name == "Tuesday Evening Drop-in"
    ]


def test_withdrawing_keep_records_offers_erasure(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ali = people.create_person(store, PersonInput("Ali"))
    version = consent.ensure_default_form(store)
    answer = Answer(ali.id, {TAKE_PART: True, KEEP_RECORDS: True}, today)
    consent.record(store, answer, version.id, today=today)
    page.reload()
    choose(qtbot, page, "Ali")
    asked = answer_questions_with(monkeypatch, QMessageBox.StandardButton.No)
    dialog = open_dialog(qtbot, page, page.withdraw_button)
    assert "no longer keep their name" in dialog.effects.text()
    qtbot.keyClick(dialog.recorded_by, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: closed(page))
    assert asked == ["Erase Ali now?"]
    assert people.get_person(store, ali.id).preferred_name == "Ali"  # they said no: kept
    assert all(s.state != "granted" for s in consent.current_state(store, ali.id, today=today))


def test_escape_cancels_a_withdrawal(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ali = people.create_person(store, PersonInput("Ali"))
    version = consent.ensure_default_form(store)
    consent.record(store, Answer(ali.id, {TAKE_PART: True}, today), version.id, today=today)
    page.reload()
    choose(qtbot, page, "Ali")
    dialog = open_dialog(qtbot, page, page.state_panel.buttons[TAKE_PART])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(page))
    assert consent.current_state(store, ali.id, today=today)[0].state == "granted"


def test_editing_a_version_already_answered_is_refused(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ali = people.create_person(store, PersonInput("Ali"))
    version = consent.ensure_default_form(store)
    consent.record(store, Answer(ali.id, {TAKE_PART: True}, today), version.id, today=today)
    page.reload()
    dialog = open_dialog(qtbot, page, page.new_version_button)
    assert isinstance(dialog, VersionDialog)
    qtbot.keyClick(dialog.title, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title, " (2027)")
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert "already been agreed to" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.title.text().endswith(" (2027)")  # nothing lost

    with qtbot.waitSignal(page.context.events.consent_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))
    current = consent.current_version(store)
    assert (current.number, current.title) == (2, version.title + " (2027)")
    assert [p.key for p in current.purposes] == [p.key for p in version.purposes]
    assert "version 2" in page.form_label.text()


def test_every_interactive_widget_has_a_name(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ali = people.create_person(store, PersonInput("Ali"))
    version = consent.ensure_default_form(store)
    consent.record(store, Answer(ali.id, {TAKE_PART: True}, today), version.id, today=today)
    page.reload()
    choose(qtbot, page, "Ali")
    unnamed = nameless(page)
    for button in (
        page.record_button,
        page.batch_button,
        page.wording_button,
        page.new_version_button,
        page.state_panel.buttons[TAKE_PART],
    ):
        dialog = open_dialog(qtbot, page, button)
        unnamed += nameless(dialog)
        dialog.reject()
        qtbot.waitUntil(lambda: closed(page))
    assert unnamed == []


def nameless(root: QWidget) -> list[str]:
    """Focusable widgets without an object name or accessible name (spin box insides aside)."""
    found = [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(root)
        and w.objectName() != "qt_spinbox_lineedit"
    ]
    assert found
    return [
        f"{type(root).__name__}: {w.objectName() or type(w).__name__}"
        for w in found
        if not (w.objectName() and w.accessibleName())
    ]


def test_a_new_version_can_reword_add_and_remove_boxes(
    qtbot: QtBot, store: Store, page: ConsentPage
) -> None:
    version = consent.ensure_default_form(store)
    dialog = open_dialog(qtbot, page, page.new_version_button)
    assert isinstance(dialog, VersionDialog)
    boxes = dialog.purpose_list
    assert boxes.count() == len(version.purposes)
    boxes.setCurrentRow(5)  # photographs
    qtbot.mouseClick(dialog.remove_purpose_button, Qt.MouseButton.LeftButton)
    boxes.setCurrentRow(1)  # keep_records must stay
    qtbot.mouseClick(dialog.remove_purpose_button, Qt.MouseButton.LeftButton)
    assert "must stay" in dialog.error_label.text()
    qtbot.mouseClick(dialog.add_purpose_button, Qt.MouseButton.LeftButton)
    boxes.currentItem().setText("You may tell me about the summer outing.")
    boxes.item(2).setText("You may ring me about the group.")
    with qtbot.waitSignal(page.context.events.consent_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    current = consent.current_version(store)
    assert current.number == 2
    keys = [p.key for p in current.purposes]
    assert "photographs" not in keys and keys[-1] == "extra_1"
    assert current.purpose("contact_phone").label == "You may ring me about the group."
    assert current.purpose("extra_1").label == "You may tell me about the summer outing."
    # Version 1 keeps its own boxes.
    assert len(consent.get_version(store, version.id).purposes) == 7
