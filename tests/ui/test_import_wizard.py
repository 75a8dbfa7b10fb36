"""The import wizard, driven through its real widgets with the real files of
``tests/data/import`` on a real temporary database."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFileDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from peerdesk.core import people
from peerdesk.core.importing import preview_people, read_table
from peerdesk.core.models import ConsentEvent, Person
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs import import_wizard
from peerdesk.ui.dialogs.import_wizard import FILE, MAPPING, PREVIEW, SUMMARY, ImportWizard
from peerdesk.ui.models import import_preview
from peerdesk.ui.models.import_preview import NAME, NOTES, STATUS
from peerdesk.ui.pages.people import PeoplePage
from peerdesk.ui.widgets import import_file
from peerdesk.ui.widgets.tables import select_row

from .controls import interactive
from .wizards import press, read_file

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
MESSY = DATA / "messy.csv"
LEFT = Qt.MouseButton.LeftButton
Button = QWizard.WizardButton
# messy.csv as guessed: its headings and what each column feeds.
MESSY_GUESS = {
    "First name": "First name",
    "Surname": "Surname",
    "Known as": "Preferred name",
    "Tel.": "Phone",
    "E-mail": "Email",
    "OK to contact?": "Contact consent (yes/no)",
    "Diagnosis": "Never imported: health information",
    "Date of birth": "Don't import",
}


@pytest.fixture
def wizard(qtbot: QtBot, context: AppContext) -> ImportWizard:
    shown = ImportWizard(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def announced(context: AppContext) -> list[str]:
    heard: list[str] = []
    events = context.events
    events.people_changed.connect(lambda: heard.append("people"))
    events.consent_changed.connect(lambda: heard.append("consent"))
    return heard


def _count(store: Store, model: type[Person] | type[ConsentEvent]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path = MESSY) -> None:
    read_file(qtbot, wizard, path)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == MAPPING
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == PREVIEW


def on_page(wizard: ImportWizard, step: int) -> Callable[[], bool]:
    return lambda: wizard.currentId() == step


def default_button(wizard: ImportWizard, which: QWizard.WizardButton) -> QPushButton:
    button = wizard.button(which)
    assert isinstance(button, QPushButton)
    return button


def combo_for(wizard: ImportWizard, heading: str) -> QComboBox:
    headers = wizard.state.table.headers if wizard.state.table is not None else ()
    return wizard.mapping_page.combos[headers.index(heading)]


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item with the keyboard, as a person would (Home, then Down)."""
    wanted = combo.findText(text)
    assert wanted >= 0, text
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(wanted):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def shown_column(wizard: ImportWizard, column: int) -> list[str]:
    model = wizard.preview_page.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def names_in_directory(store: Store) -> list[str]:
    return sorted(person.preferred_name for person in people.list_people(store))


# -- the whole walk ------------------------------------------------------------------------------
def test_the_guessed_mapping_is_shown_and_a_change_updates_the_counts(
    qtbot: QtBot, wizard: ImportWizard, store: Store
) -> None:
    read_file(qtbot, wizard, MESSY)
    assert wizard.file_page.how_label.text().startswith(
        "messy.csv has been read as CSV, UTF-8 with a byte-order mark, columns separated by "
        "commas.\nThe headings are on row 3, with 9 rows below them."
    )
    press(qtbot, wizard, Button.NextButton)
    page = wizard.mapping_page
    shown = {heading: combo_for(wizard, heading).currentText() for heading in MESSY_GUESS}
    assert shown == MESSY_GUESS
    assert not combo_for(wizard, "Diagnosis").isEnabled()
    samples = [label.text() for label in page.findChildren(type(page.counts_label))]
    assert "low mood" not in " ".join(samples)  # a health column's values are not shown
    qtbot.waitUntil(lambda: "4 ready" in page.counts_label.text())
    assert (
        page.counts_label.text() == "With these choices: 4 ready, 2 likely duplicates, 3 skipped."
    )

    # Amina's email cannot be read: without the email column she is ready.
    choose(qtbot, combo_for(wizard, "E-mail"), "Don't import")
    qtbot.waitUntil(lambda: "5 ready" in page.counts_label.text())
    assert (
        page.counts_label.text() == "With these choices: 5 ready, 2 likely duplicates, 2 skipped."
    )
    # A field chosen for two columns is said; the other column's choice is left alone.
    choose(qtbot, combo_for(wizard, "Date of birth"), "Phone")
    qtbot.waitUntil(page.error_label.isVisible)
    assert page.error_label.text() == (
        "“Tel.” and “Date of birth” are both chosen as “Phone”. Choose “Don't import” for one "
        "of them."
    )
    assert combo_for(wizard, "Tel.").currentText() == "Phone"
    assert combo_for(wizard, "Known as").currentText() == "Preferred name"  # stepped past
    assert not wizard.button(Button.NextButton).isEnabled()
    choose(qtbot, combo_for(wizard, "Date of birth"), "Don't import")
    qtbot.waitUntil(lambda: "5 ready" in page.counts_label.text())
    assert not page.error_label.isVisible()
    # No column of names: said in words, and there is no going on.
    for heading in ("First name", "Surname", "Known as"):
        choose(qtbot, combo_for(wizard, heading), "Don't import")
    qtbot.waitUntil(page.error_label.isVisible)
    assert "No column of names was found in messy.csv" in page.error_label.text()
    assert not wizard.button(Button.NextButton).isEnabled()
    assert _count(store, Person) == 0


def test_the_preview_marks_each_row_in_words_and_a_duplicate_says_why(
    qtbot: QtBot, wizard: ImportWizard
) -> None:
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.counts_label.text() == "4 ready, 2 likely duplicates, 3 skipped"
    assert shown_column(wizard, NAME) == [
        "Zoë", "Pepe", "Amina", "(no name)", "Tommy", "Zoë", "Rory", "Priya", "Sam"
    ]  # fmt: skip
    statuses = shown_column(wizard, STATUS)
    assert statuses[5] == "Likely duplicate, skipped"
    assert shown_column(wizard, NOTES)[5].startswith(
        "Probably the same person as row 4: same name."
    )
    model = page.model
    duplicate = model.index(5, STATUS)
    assert model.data(duplicate, Qt.ItemDataRole.DecorationRole) is not None  # an icon, too
    assert "Probably the same person as row 4" in model.data(duplicate, Qt.ItemDataRole.ToolTipRole)
    assert model.data(duplicate, Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Likely duplicate, skipped. Probably the same person as row 4"
    )
    # Choosing a row says all about it, in full.
    assert wizard.focusWidget() is page.table
    assert page.details.text() == (
        "Row 4, Zoë (Zoë Adams): Ready\nContact details kept: 07700 900123, zoe.adams@example.org"
    )
    select_row(page.table, 5)
    assert page.details.text() == (
        "Row 10, Zoë (Zoë Adams): Likely duplicate, skipped\n"
        "Probably the same person as row 4: same name.\n"
        "Phone number left out: consent to contact is not recorded."
    )
    # Showing only the likely duplicates.
    page.filter.setCurrentIndex(page.filter.findData("duplicate"))
    assert page.filter.currentText() == "Likely duplicates (2)"
    assert shown_column(wizard, NAME) == ["Zoë", "Sam"]
    tick(qtbot, page.duplicates_box)
    assert shown_column(wizard, STATUS) == ["Likely duplicate, imported too"] * 2
    assert "Would import 6 people from messy.csv." in page.outcome_label.text()
    assert "“Diagnosis” (health information is never kept)" in page.ignored_label.text()


def test_import_saves_exactly_the_ready_rows_and_says_which_details_were_left_out(
    qtbot: QtBot, wizard: ImportWizard, store: Store, announced: list[str]
) -> None:
    read_file(qtbot, wizard, MESSY)
    press(qtbot, wizard, Button.NextButton)
    # Without a consent column nobody's phone or email is kept, so none is checked either.
    choose(qtbot, combo_for(wizard, "OK to contact?"), "Don't import")
    counts = wizard.mapping_page.counts_label
    qtbot.waitUntil(lambda: "6 ready" in counts.text())
    assert "so no phone numbers or emails will be kept" in counts.text()
    press(qtbot, wizard, Button.NextButton)
    preview = wizard.state.preview
    assert preview is not None
    ready = [row.person.preferred_name for row in preview.with_status("ready")]
    assert ready == ["Zoë", "Pepe", "Amina", "Tommy", "Rory", "Priya"]
    assert wizard.button(Button.CommitButton).text() == "&Import"
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(on_page(wizard, SUMMARY))
    assert names_in_directory(store) == sorted(ready)
    assert all(not person.phone and not person.email for person in people.list_people(store))
    page = wizard.summary_page
    assert page.subTitle() == "Imported 6 people from messy.csv."
    assert (
        "Contact details left out for 6 people whose consent to be contacted is not recorded: "
        "6 phone numbers and 2 emails." in page.lines_label.text()
    )
    assert page.model.rowCount() == 3  # the rows left out, each with why
    assert announced == ["people"]  # no consent was recorded
    assert not wizard.button(Button.BackButton).isVisible()
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_likely_duplicates_can_be_imported_too(
    qtbot: QtBot, wizard: ImportWizard, store: Store, announced: list[str]
) -> None:
    to_preview(qtbot, wizard)
    tick(qtbot, wizard.preview_page.duplicates_box)
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(on_page(wizard, SUMMARY))
    assert names_in_directory(store) == ["Pepe", "Rory", "Sam", "Tommy", "Zoë", "Zoë"]
    lines = wizard.summary_page.lines_label.text()
    assert "Consent to be contacted recorded for 4 people" in lines
    assert "Contact details left out for 2 people" in lines and "2 phone numbers." in lines
    assert _count(store, ConsentEvent) == 5  # a phone each, and Zoë's email
    assert announced == ["people", "consent"]


@pytest.mark.parametrize("step", [FILE, MAPPING, PREVIEW])
def test_cancel_before_import_writes_nothing(
    qtbot: QtBot, wizard: ImportWizard, store: Store, announced: list[str], step: int
) -> None:
    if step != FILE:
        read_file(qtbot, wizard, MESSY)
        press(qtbot, wizard, Button.NextButton)
    if step == PREVIEW:
        press(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == step
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    assert _count(store, Person) == 0 and announced == []


def big_file(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        out = csv.writer(stream)
        out.writerow(["Name", "Surname", "Mobile", "Email", "OK to contact", "Diagnosis"])
        for number in range(rows):
            out.writerow(
                [f"Member{number}", f"Family{number}", f"07700 9{number:05d}",
                 f"m{number}@example.org", "yes" if number % 4 else "no", ""]
            )  # fmt: skip
    return path


def test_stopping_the_import_saves_nothing(
    qtbot: QtBot, wizard: ImportWizard, store: Store, announced: list[str], tmp_path: Path
) -> None:
    to_preview(qtbot, wizard, big_file(tmp_path / "members.csv", 10_000))
    press(qtbot, wizard, Button.CommitButton)
    assert wizard.preview_page.progress.running
    assert not wizard.button(Button.BackButton).isEnabled()
    qtbot.mouseClick(wizard.button(Button.CancelButton), LEFT)  # stop, then close
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.summary is None
    assert _count(store, Person) == 0 and _count(store, ConsentEvent) == 0
    assert announced == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("junk.bin", "junk.bin does not look like a spreadsheet (it holds binary data"),
        ("empty.csv", "empty.csv is empty: there is nothing to import."),
        ("password-protected.xlsx", "password-protected.xlsx is password-protected"),
    ],
)
def test_a_bad_file_says_why_and_another_can_be_chosen(
    qtbot: QtBot,
    wizard: ImportWizard,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    message: str,
) -> None:
    read_file(qtbot, wizard, DATA / name)
    page = wizard.file_page
    assert page.error_label.isVisible() and page.error_label.text().startswith(message)
    assert wizard.currentId() == FILE
    assert not wizard.button(Button.NextButton).isEnabled()
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)  # Enter reads again; it goes nowhere
    qtbot.waitUntil(lambda: not page.progress.running)
    assert wizard.currentId() == FILE
    # "Choose a file…" picks another, which is read at once.
    chosen: list[str] = []

    def pick(_parent: Any, _title: str, folder: str, filters: str) -> tuple[str, str]:
        chosen.append(filters)
        return str(DATA / "people-semicolon.csv"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    qtbot.mouseClick(page.choose_button, LEFT)
    qtbot.waitUntil(lambda: wizard.button(Button.NextButton).isEnabled())
    assert chosen == ["Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"]
    assert not page.error_label.isVisible()
    assert "CSV, Windows-1252, columns separated by semicolons" in page.how_label.text()
    assert _count(store, Person) == 0


def test_a_workbook_with_several_sheets_offers_the_others(
    qtbot: QtBot, wizard: ImportWizard
) -> None:
    read_file(qtbot, wizard, DATA / "people.xlsx")
    page = wizard.file_page
    assert "Excel workbook, sheet “Members”" in page.how_label.text()
    assert page.sheet_box.isVisible()
    combo = page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Members", "Notes"]
    choose(qtbot, combo, "Notes")
    qtbot.waitUntil(lambda: "sheet “Notes”" in page.how_label.text())
    press(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(wizard.mapping_page.error_label.isVisible)
    assert "No column of names was found" in wizard.mapping_page.error_label.text()
    assert not wizard.button(Button.NextButton).isEnabled()


def test_ten_thousand_rows_are_read_and_previewed_off_the_gui_thread(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, list[bool]] = {"read": [], "preview": []}

    def watched(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            threads[name].append(threading.current_thread() is threading.main_thread())
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(import_file, "read_table", watched("read", read_table))
    monkeypatch.setattr(import_preview, "preview_people", watched("preview", preview_people))
    path = big_file(tmp_path / "members.csv", 10_000)
    page = wizard.file_page
    page.path_edit.setText(str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert page.progress.running and page.progress.isVisible()  # Enter came straight back
    assert page.progress.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not page.progress.running, timeout=10_000)
    press(qtbot, wizard, Button.NextButton)
    qtbot.waitUntil(lambda: wizard.state.ready, timeout=10_000)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.preview_page.counts_label.text() == "10000 ready"
    assert wizard.preview_page.model.rowCount() == 10_000
    assert threads == {"read": [False], "preview": [False]}


def test_every_control_is_named_on_every_step(qtbot: QtBot, wizard: ImportWizard) -> None:
    def unnamed() -> list[str]:
        return [
            f"{type(widget).__name__} {widget.objectName()!r}"
            for widget in interactive(wizard)
            if not widget.objectName() or not widget.accessibleName()
        ]

    assert wizard.accessibleName() == "Import people from a spreadsheet"
    assert unnamed() == []
    read_file(qtbot, wizard, DATA / "people.xlsx")  # the sheet chooser too
    read_file(qtbot, wizard, MESSY)
    for _step in (MAPPING, PREVIEW):
        press(qtbot, wizard, Button.NextButton)
        assert unnamed() == []
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(on_page(wizard, SUMMARY))
    assert unnamed() == []
    assert default_button(wizard, Button.FinishButton).isDefault()


def test_the_whole_import_by_keyboard(qtbot: QtBot, wizard: ImportWizard, store: Store) -> None:
    """Enter reads the file, then Next, Next, Import and Finish are each the default button."""
    read_file(qtbot, wizard, MESSY)
    for step, which in (
        (MAPPING, Button.NextButton),
        (PREVIEW, Button.NextButton),
        (SUMMARY, Button.CommitButton),
    ):
        default = default_button(wizard, which)
        qtbot.waitUntil(default.isEnabled)
        assert default.isDefault()
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        qtbot.waitUntil(on_page(wizard, step))
    assert len(names_in_directory(store)) == 4
    assert default_button(wizard, Button.FinishButton).isDefault()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.result() == QDialog.DialogCode.Accepted


# -- from the People page ------------------------------------------------------------------------
def test_the_people_page_imports_and_shows_who_came_in(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.import_button.accessibleName() == "Import"
    qtbot.mouseClick(page.import_button, LEFT)
    wizard = page.imports.current
    assert isinstance(wizard, import_wizard.ImportWizard) and wizard.isVisible()
    to_preview(qtbot, wizard)
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(on_page(wizard, SUMMARY))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)  # the page heard people_changed
    press(qtbot, wizard, Button.FinishButton)
    qtbot.waitUntil(lambda: page.imports.current is None)
    selected = page.selected_person()
    assert selected is not None and selected.preferred_name == "Zoë"
    assert page.count_label.text() == "4 people"
