"""Consent in the rest of the window: the fast path for several forms, the register's flag,
the People page's Consent… button and the contact details saved with a consent."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from peerdesk.core import consent, people, schedule
from peerdesk.core.consent import CONTACT_EMAIL, KEEP_RECORDS, TAKE_PART
from peerdesk.core.people import PersonInput
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.consent_batch import BatchConsentDialog
from peerdesk.ui.dialogs.consent_dialog import RecordConsentDialog
from peerdesk.ui.main_window import CONSENT, PEOPLE, REGISTER, MainWindow
from peerdesk.ui.models.register import CONSENT_NOTE_ROLE, NOTE
from peerdesk.ui.pages.consent import ConsentPage

from .test_consent import closed, open_dialog, show_page, tick


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ConsentPage:
    return show_page(qtbot, context)


def add_forms(qtbot: QtBot, dialog: BatchConsentDialog, *names: str) -> None:
    for name in names:
        qtbot.keyClicks(dialog.search, name)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # adds a row; never saves
        assert dialog.search.text() == ""


def tick_cell(qtbot: QtBot, dialog: BatchConsentDialog, row: int, key: str) -> None:
    column = dialog.purpose_keys.index(key) + 1
    dialog.table.setCurrentCell(row, column)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    item = dialog.table.item(row, column)
    assert item is not None and item.checkState() == Qt.CheckState.Checked


def test_the_fast_path_records_three_forms_in_one_go(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ids = {n: people.create_person(store, PersonInput(n)).id for n in ("Ali", "Bea", "Cal")}
    page.reload()
    dialog = open_dialog(qtbot, page, page.batch_button)
    assert isinstance(dialog, BatchConsentDialog)
    add_forms(qtbot, dialog, "Ali", "Be", "Cal")
    assert dialog.person_ids() == [ids["Ali"], ids["Bea"], ids["Cal"]]
    for row in range(3):
        tick_cell(qtbot, dialog, row, TAKE_PART)
    tick_cell(qtbot, dialog, 0, KEEP_RECORDS)
    dialog.table.item(0, dialog.ref_column).setText("folder 3, form 1")  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.recorded_by, "Jo")
    with qtbot.waitSignal(page.context.events.consent_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))

    ali = {e.purpose_key: e for e in consent.history(store, ids["Ali"])}
    assert ali[KEEP_RECORDS].decision == "granted" and ali[CONTACT_EMAIL].decision == "refused"
    assert (ali[TAKE_PART].paper_ref, ali[TAKE_PART].recorded_by) == ("folder 3, form 1", "Jo")
    for name in ("Bea", "Cal"):
        keep = {e.purpose_key: e.decision for e in consent.history(store, ids[name])}
        assert keep[TAKE_PART] == "granted" and keep[KEEP_RECORDS] == "refused"
    assert "3 forms" in page.note_label.text()


def test_one_bad_form_saves_nothing_and_names_the_person(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ids = [people.create_person(store, PersonInput(n)).id for n in ("Ali", "Bea", "Cal")]
    page.reload()
    dialog = open_dialog(qtbot, page, page.batch_button)
    add_forms(qtbot, dialog, "Ali", "Bea", "Cal")
    for row in range(3):
        tick_cell(qtbot, dialog, row, TAKE_PART)
    future = QDate(2026, 11, 30)
    bea_date = dialog.table.item(1, dialog.date_column)
    assert bea_date is not None
    bea_date.setData(Qt.ItemDataRole.EditRole, future)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "Bea" in dialog.error_label.text() and "future" in dialog.error_label.text()
    assert all(consent.history(store, person) == [] for person in ids)
    assert dialog.table.rowCount() == 3  # nothing typed is lost


def test_a_form_with_nothing_ticked_is_questioned(
    qtbot: QtBot, store: Store, page: ConsentPage
) -> None:
    people.create_person(store, PersonInput("Ali"))
    page.reload()
    dialog = open_dialog(qtbot, page, page.batch_button)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Add someone first" in dialog.error_label.text()
    add_forms(qtbot, dialog, "Ali")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing is ticked for Ali" in dialog.error_label.text()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.table.rowCount() == 0


def test_a_bad_phone_number_keeps_the_dialog_open_without_recording_twice(
    qtbot: QtBot, store: Store, today: dt.date, page: ConsentPage
) -> None:
    ali = people.create_person(store, PersonInput("Ali"))
    page.reload()
    page.show_person(ali.id)
    dialog = open_dialog(qtbot, page, page.record_button)
    assert isinstance(dialog, RecordConsentDialog)
    tick(qtbot, dialog, TAKE_PART, KEEP_RECORDS, CONTACT_EMAIL)
    qtbot.keyClicks(dialog.email, "ali at home")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Their consent is saved" in dialog.error_label.text()
    recorded = len(consent.history(store, ali.id))
    assert not dialog.purposes_box.isEnabled() and dialog.email.isEnabled()

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ali@example.org")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(page))
    assert people.get_person(store, ali.id).email == "ali@example.org"
    assert len(consent.history(store, ali.id)) == recorded


def test_the_register_flags_a_walk_in_with_no_consent(
    qtbot: QtBot, demo_store: Store, today: dt.date
) -> None:
    window = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(window)
    window.show()
    tomorrow = today + dt.timedelta(days=1)
    (meeting,) = [
        m.id
        for m in schedule.list_meetings(demo_store, date_from=tomorrow, date_to=tomorrow)
        if m.group_name.startswith("Tuesday")
    ]
    window.take_register(meeting)
    register = window.register
    qtbot.keyClicks(register.search, "Zebedee")
    qtbot.keyClick(register.search, Qt.Key.Key_Return)
    qtbot.keyClick(register.search, Qt.Key.Key_Return)
    walk_in = next(p for p in people.list_people(demo_store) if p.preferred_name == "Zebedee")
    row = register.model.row_of(walk_in.id)
    assert row >= 0
    assert register.model.data(register.model.index(row, NOTE)) == "New · No consent yet"
    assert register.model.data(register.model.index(row, 0), CONSENT_NOTE_ROLE) == "No consent yet"


def test_ctrl_7_and_the_people_page_open_the_consent_page(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    sam = people.create_person(store, PersonInput("Sam"))
    assert window.navigation.item(CONSENT).text() == "Consent"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == CONSENT
    window.show_page(PEOPLE)
    window.people.reload()
    window.people.select_person(sam.id)
    qtbot.mouseClick(window.people.consent_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == CONSENT
    assert window.consent.person is not None and window.consent.person.id == sam.id
    assert window.pages.currentIndex() != REGISTER
