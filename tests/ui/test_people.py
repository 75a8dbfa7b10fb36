"""The People page, driven through its real widgets on a real temporary database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import consent, people
from peerdesk.core.consent import CONTACT_EMAIL, CONTACT_PHONE, Answer
from peerdesk.core.people import PersonInput
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.person_dialog import PersonDialog
from peerdesk.ui.pages.people import PeoplePage

NAMES = [
    PersonInput("Samira", "Samira Haddad", "she/her"),
    PersonInput("Jo", "Joanna Sampson"),
    PersonInput("Priya", "Priya Shah", "she/her"),
    PersonInput("Alex", "", "they/them"),
]


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> PeoplePage:
    shown = PeoplePage(context)
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


@pytest.fixture
def filled(store: Store, page: PeoplePage) -> PeoplePage:
    for data in NAMES:
        people.create_person(store, data)
    page.reload()
    return page


def shown_names(page: PeoplePage) -> list[str]:
    model = page.model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def open_dialog(qtbot: QtBot, page: PeoplePage) -> PersonDialog:
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    return page.dialog


def click_save(qtbot: QtBot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def answer_archive_with(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: Any, **_kwargs: Any) -> Any:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_add_a_person_with_only_a_preferred_name(
    qtbot: QtBot, store: Store, page: PeoplePage
) -> None:
    assert "No one in the directory yet" in page.count_label.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    qtbot.waitUntil(dialog.preferred_name.hasFocus)
    qtbot.keyClicks(dialog.preferred_name, "Sam")
    with qtbot.waitSignal(page.context.events.people_changed):
        qtbot.keyClick(dialog.preferred_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None)

    assert shown_names(page) == ["Sam"]
    assert page.count_label.text() == "1 person"
    selected = page.selected_person()
    assert selected is not None and selected.preferred_name == "Sam"
    (stored,) = people.list_people(store)
    assert (stored.preferred_name, stored.full_name, stored.phone, stored.email) == (
        "Sam",
        "",
        "",
        "",
    )


def test_ctrl_n_adds_and_selects_the_new_person(qtbot: QtBot, filled: PeoplePage) -> None:
    qtbot.keyClick(filled.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, filled)
    qtbot.keyClicks(dialog.preferred_name, "Bea")
    qtbot.keyClicks(dialog.pronouns, "she/her")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: filled.dialog is None)

    assert shown_names(filled) == ["Alex", "Bea", "Jo", "Priya", "Samira"]
    selected = filled.selected_person()
    assert selected is not None and selected.preferred_name == "Bea"
    assert filled.count_label.text() == "5 people"


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_name_shows_the_error_and_keeps_what_was_typed(
    qtbot: QtBot, page: PeoplePage, blank: str
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.preferred_name, blank)
    qtbot.keyClicks(dialog.full_name, "Samuel Okafor")
    qtbot.keyClicks(dialog.notes, "Needs a lift home")
    click_save(qtbot, dialog)

    qtbot.waitUntil(dialog.error_label.isVisible)
    assert dialog.error_label.text() == "Please enter a preferred name."
    assert dialog.isVisible() and page.dialog is dialog
    assert dialog.preferred_name.text() == blank
    assert dialog.full_name.text() == "Samuel Okafor"
    assert dialog.notes.toPlainText() == "Needs a lift home"
    assert page.model.rowCount() == 0

    # Put it right and the same dialog saves.
    qtbot.keyClicks(dialog.preferred_name, "Sam")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert shown_names(page) == ["Sam"]


def agree_to(store: Store, person_id: int, today: dt.date, *keys: str) -> None:
    version = consent.ensure_default_form(store)
    answer = Answer(person_id, dict.fromkeys(keys, True), today)
    consent.record(store, answer, version.id, today=today)


def edit_dialog(qtbot: QtBot, page: PeoplePage, person_id: int) -> PersonDialog:
    page.reload()
    assert page.select_person(person_id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    return open_dialog(qtbot, page)


def test_bad_email_shows_an_error(
    qtbot: QtBot, store: Store, today: dt.date, page: PeoplePage
) -> None:
    sam = people.create_person(store, PersonInput("Sam"))
    agree_to(store, sam.id, today, CONTACT_EMAIL)
    dialog = edit_dialog(qtbot, page, sam.id)
    qtbot.keyClicks(dialog.email, "sam at home")
    click_save(qtbot, dialog)

    qtbot.waitUntil(dialog.error_label.isVisible)
    assert "does not look like an email address" in dialog.error_label.text()
    assert dialog.isVisible()
    assert (dialog.preferred_name.text(), dialog.email.text()) == ("Sam", "sam at home")
    assert people.get_person(store, sam.id).email == ""


def test_phone_is_greyed_out_until_they_agree_to_be_phoned(
    qtbot: QtBot, store: Store, today: dt.date, page: PeoplePage
) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    new = open_dialog(qtbot, page)
    assert not new.phone.isEnabled() and not new.email.isEnabled()
    assert "consent" in new.phone_note.text() and new.phone_note.isVisibleTo(new)
    new.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    sam = people.create_person(store, PersonInput("Sam"))
    dialog = edit_dialog(qtbot, page, sam.id)
    assert not dialog.phone.isEnabled()
    assert "phoned" in dialog.phone_note.text()
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    agree_to(store, sam.id, today, CONTACT_PHONE)
    dialog = edit_dialog(qtbot, page, sam.id)
    assert dialog.phone.isEnabled() and not dialog.phone_note.isVisibleTo(dialog)
    assert not dialog.email.isEnabled()  # phoning is not emailing
    qtbot.keyClicks(dialog.phone, "07700 900123")
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert people.get_person(store, sam.id).phone == "07700 900123"


def test_consent_button_asks_for_the_consent_page(
    qtbot: QtBot, store: Store, filled: PeoplePage
) -> None:
    assert not filled.consent_button.isEnabled()
    filled.select_person(people.list_people(store)[0].id)
    with qtbot.waitSignal(filled.consent_requested) as asked:
        qtbot.mouseClick(filled.consent_button, Qt.MouseButton.LeftButton)
    assert asked.args == [people.list_people(store)[0].id]


def test_escape_cancels_the_dialog(qtbot: QtBot, store: Store, page: PeoplePage) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.preferred_name, "Sam")
    qtbot.keyClick(dialog.preferred_name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert people.list_people(store) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sam", ["Jo", "Samira"]),  # preferred name, and part of Jo's full name
        ("HADD", ["Samira"]),  # part of a full name, any case
        ("riy", ["Priya"]),  # the middle of a preferred name
        ("jo samp", ["Jo"]),  # several words must all match
        ("shah priya", ["Priya"]),  # in any order
        ("sam shah", []),
    ],
)
def test_search_by_any_part_of_a_name(
    qtbot: QtBot, filled: PeoplePage, query: str, expected: list[str]
) -> None:
    assert filled.count_label.text() == "4 people"
    qtbot.keyClicks(filled.search, query)
    qtbot.waitUntil(lambda: shown_names(filled) == expected)
    if expected:
        assert filled.count_label.text() == f"{len(expected)} of 4 match “{query}”"
    else:
        assert filled.count_label.text() == f"No one matches “{query}”"
    filled.search.clear()
    qtbot.waitUntil(lambda: shown_names(filled) == ["Alex", "Jo", "Priya", "Samira"])


def test_keyboard_search_down_enter_edit(qtbot: QtBot, filled: PeoplePage) -> None:
    qtbot.keyClick(filled.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(filled.search.hasFocus)
    qtbot.keyClicks(filled.search, "pri")
    qtbot.keyClick(filled.search, Qt.Key.Key_Down)
    qtbot.waitUntil(filled.table.hasFocus)
    selected = filled.selected_person()
    assert selected is not None and selected.preferred_name == "Priya"

    qtbot.keyClick(filled.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, filled)
    assert dialog.full_name.text() == "Priya Shah"
    dialog.pronouns.clear()
    qtbot.keyClicks(dialog.pronouns, "she/they")
    with (
        qtbot.assertNotEmitted(filled.model.modelReset),
        qtbot.waitSignal(filled.model.dataChanged),
    ):
        click_save(qtbot, dialog)
        qtbot.waitUntil(lambda: filled.dialog is None)
    row = filled.model.row_of(selected.id)
    assert filled.model.data(filled.model.index(row, 2)) == "she/they"
    assert shown_names(filled) == ["Priya"]  # the search is kept


def test_double_click_edits(qtbot: QtBot, filled: PeoplePage) -> None:
    rect = filled.table.visualRect(filled.model.index(1, 0))
    qtbot.mouseClick(filled.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(filled.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(qtbot, filled)
    assert dialog.preferred_name.text() == "Jo"


def test_archive_show_archived_and_restore(
    qtbot: QtBot, store: Store, filled: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_archive_with(monkeypatch, QMessageBox.StandardButton.Yes)
    assert filled.select_person(filled.model.person_at(1).id)  # type: ignore[union-attr]
    assert filled.archive_button.accessibleName() == "Archive"
    qtbot.mouseClick(filled.archive_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: shown_names(filled) == ["Alex", "Priya", "Samira"])
    assert asked == ["Archive Jo?"]
    assert filled.count_label.text() == "3 people"
    assert [row.preferred_name for row in people.list_people(store)] == ["Alex", "Priya", "Samira"]

    qtbot.mouseClick(filled.show_archived, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Jo (archived)" in shown_names(filled))
    row = shown_names(filled).index("Jo (archived)")
    assert filled.model.data(filled.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    alex = shown_names(filled).index("Alex")
    assert filled.model.data(filled.model.index(alex, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert filled.count_label.text() == "4 people, 1 of them archived"

    filled.select_person(filled.model.person_at(row).id)  # type: ignore[union-attr]
    assert filled.archive_button.accessibleName() == "Restore"
    qtbot.mouseClick(filled.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_names(filled) == ["Alex", "Jo", "Priya", "Samira"])
    assert asked == ["Archive Jo?"]  # restoring asks nothing
    assert filled.archive_button.accessibleName() == "Archive"
    qtbot.mouseClick(filled.show_archived, Qt.MouseButton.LeftButton)
    assert shown_names(filled) == ["Alex", "Jo", "Priya", "Samira"]


def test_archive_can_be_called_off(
    qtbot: QtBot, store: Store, filled: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_archive_with(monkeypatch, QMessageBox.StandardButton.No)
    filled.select_person(filled.model.person_at(0).id)  # type: ignore[union-attr]
    qtbot.mouseClick(filled.archive_button, Qt.MouseButton.LeftButton)
    assert asked == ["Archive Alex?"]
    assert shown_names(filled) == ["Alex", "Jo", "Priya", "Samira"]
    assert len(people.list_people(store)) == 4


def test_a_change_announced_elsewhere_reloads(
    qtbot: QtBot, store: Store, filled: PeoplePage
) -> None:
    people.create_person(store, PersonInput("Kofi"))
    filled.context.events.people_changed.emit()
    qtbot.waitUntil(lambda: "Kofi" in shown_names(filled))


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, filled: PeoplePage) -> None:
    qtbot.mouseClick(filled.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, filled)
    for root in (filled, dialog):
        interactive = [
            widget
            for widget in root.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(root)
        ]
        assert len(interactive) >= 6
        unnamed = [
            w.objectName() or type(w).__name__ for w in interactive if not w.accessibleName()
        ]
        assert unnamed == []
        assert all(widget.objectName() for widget in interactive)
    QApplication.processEvents()


def test_a_hidden_page_reloads_when_shown_again(
    qtbot: QtBot, store: Store, filled: PeoplePage
) -> None:
    filled.hide()
    people.create_person(store, PersonInput("Kofi"))
    filled.context.events.people_changed.emit()
    assert "Kofi" not in shown_names(filled)  # no database read for a page no one sees
    filled.show()
    qtbot.waitUntil(lambda: "Kofi" in shown_names(filled))
