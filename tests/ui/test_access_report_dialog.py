"""The right of access report from the window: People ▸ Right of access report… and File menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import access, audit, people, sealed
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import to_qdate
from peerdesk.ui.dialogs.access_report import AccessReportDialog
from peerdesk.ui.main_window import PEOPLE, MainWindow

from .controls import interactive

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 30_000
SAM, FULL_NAME = "Sam", "Sam Fitzgerald"
PASSPHRASE = "three tall lighthouses"


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, today: dt.date) -> Iterator[MainWindow]:
    shown = MainWindow(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "for Sam"
    made.mkdir()
    return made


def _open_for(qtbot: QtBot, window: MainWindow, name: str) -> AccessReportDialog:
    window.show_page(PEOPLE)
    page = window.people
    assert not page.access_button.isEnabled()  # nobody chosen yet
    assert page.select_person(access.find_subject(window.context.store, name).id)
    qtbot.mouseClick(page.access_button, LEFT)
    return _dialog(qtbot, window)


def _dialog(qtbot: QtBot, window: MainWindow) -> AccessReportDialog:
    found: list[AccessReportDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(AccessReportDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _make(qtbot: QtBot, dialog: AccessReportDialog) -> None:
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(
        lambda: dialog.saved is not None or dialog.error_label.isVisible(), timeout=WAIT_MS
    )
    assert not dialog.error_label.isVisible(), dialog.error_label.text()


def test_the_report_is_made_with_an_encrypted_pdf_and_a_sealed_json(
    qtbot: QtBot, window: MainWindow, demo_store: Store, folder: Path, today: dt.date
) -> None:
    dialog = _open_for(qtbot, window, SAM)
    assert dialog.person.currentText() == f"{SAM} ({FULL_NAME})"
    assert dialog.protect.isChecked()
    assert dialog.requested.date() == to_qdate(today)
    assert dialog.requested.maximumDate() == to_qdate(today)  # never in the future
    assert dialog.focusWidget() is dialog.fields.first
    asked = today - dt.timedelta(days=40)  # the reply is already overdue
    dialog.requested.setDate(to_qdate(asked))
    dialog.folder.setText(str(folder))
    dialog.large_print.setChecked(True)
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, PASSPHRASE)
    _make(qtbot, dialog)
    saved = dialog.saved
    assert saved is not None and saved.protected
    assert sorted(p.name for p in folder.iterdir()) == sorted([saved.pdf.name, saved.json.name])
    assert saved.json.name.endswith(".json.sealed")
    reader = PdfReader(saved.pdf)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    locked = PdfReader(saved.pdf)
    assert not locked.decrypt("not the passphrase")
    opened = PdfReader(saved.pdf)
    assert opened.decrypt(PASSPHRASE)
    assert FULL_NAME in " ".join(page.extract_text() for page in opened.pages)
    report = access.from_json(sealed.read_sealed(saved.json, PASSPHRASE).decode("utf-8"))
    assert report.person.details.full_name == FULL_NAME
    assert report.requested_on == asked
    text = dialog.result_label.text()
    assert str(saved.pdf) in text and str(saved.json) in text
    due = access.reply_due_by(asked)
    assert f"{due.day} {due:%B} {due.year}" in text
    assert "That date has passed" in text
    assert "Give it to the person separately" in text
    event = audit.list_events(demo_store)[0]
    assert event.action == audit.ACCESS_REPORT
    assert "protected with a passphrase" in event.detail and "sam" not in event.detail.casefold()


def test_plain_files_need_a_confirmation_and_are_noted_in_the_audit_log(
    qtbot: QtBot, window: MainWindow, demo_store: Store, folder: Path
) -> None:
    dialog = _open_for(qtbot, window, SAM)
    questions: list[str] = []
    answers = [False, True]

    def ask(_parent: QWidget, _title: str, text: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    dialog.ask = ask
    dialog.protect.setChecked(False)
    assert dialog.protect.isChecked()  # "No": still protected
    assert "anyone who gets these files" in questions[0]
    dialog.protect.setChecked(False)
    assert not dialog.protect.isChecked() and not dialog.fields.first.isEnabled()
    dialog.folder.setText(str(folder))
    _make(qtbot, dialog)
    saved = dialog.saved
    assert saved is not None and not saved.protected
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".pdf"]
    assert not PdfReader(saved.pdf).is_encrypted
    assert access.from_json(saved.json.read_text(encoding="utf-8")).person.id > 0
    assert "not protected" in dialog.result_label.text()
    event = audit.list_events(demo_store)[0]
    assert event.action == audit.ACCESS_REPORT and "not protected" in event.detail


def test_bad_choices_are_told_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, demo_store: Store, folder: Path
) -> None:
    dialog = _open_for(qtbot, window, SAM)
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, PASSPHRASE + "!")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "not the same" in dialog.error_label.text()
    dialog.fields.again.setText(PASSPHRASE)
    dialog.folder.setText(str(folder / "missing"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "does not exist" in dialog.error_label.text()
    assert list(folder.iterdir()) == [] and dialog.saved is None
    assert audit.list_events(demo_store) == []
    assert dialog.fields.first.text() == PASSPHRASE  # what was typed stays


def test_the_file_menu_opens_it_for_the_person_chosen_or_asks_who(
    qtbot: QtBot, window: MainWindow, demo_store: Store
) -> None:
    window.show_page(PEOPLE)
    window.menus.access_report_action.trigger()
    dialog = _dialog(qtbot, window)
    assert dialog.person.currentText() == ""
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.again, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_label.text() == "Choose the person the report is for."
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wren = people.create_person(demo_store, people.PersonInput("Wren"))
    window.people.reload()
    assert window.people.select_person(wren.id)
    window.menus.access_report_action.trigger()
    dialog = _dialog(qtbot, window)
    assert dialog.person.currentText() == "Wren"
    assert dialog.person_id() == wren.id


def test_every_control_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_for(qtbot, window, SAM)
    controls = interactive(dialog)
    assert len(controls) >= 10
    assert [c.objectName() for c in controls if not c.accessibleName()] == []
    assert [type(c).__name__ for c in controls if not c.objectName()] == []
