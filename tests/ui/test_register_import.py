"""The register import wizard, driven through its real widgets with the registers of
``tests/data/import/registers`` on a real temporary database: a group meeting on Tuesdays from
1 September 2026, "today" 23 November 2026."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from peerdesk.core import attendance, consent, groups, people, schedule
from peerdesk.core.models import Attendance, ConsentEvent, Meeting, Person
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.register_import import (
    FILE,
    OPTIONS,
    PREVIEW,
    SUMMARY,
    RegisterImportWizard,
)
from peerdesk.ui.pages.groups import GroupsPage
from peerdesk.ui.widgets.register_import_state import HAPPENS, NAME, OUTCOME

from .controls import interactive
from .wizards import press, read_file

DATA = Path(__file__).resolve().parent.parent / "data" / "import" / "registers"
P_AND_A = DATA / "p-and-a.csv"
LEFT = Qt.MouseButton.LeftButton
Button = QWizard.WizardButton
NOV = {day: dt.date(2026, 11, day) for day in (3, 10, 17)}


# -- helpers -------------------------------------------------------------------------------------
def make_group(store: Store, today: dt.date, name: str = "Tuesday Drop-in") -> int:
    data = groups.GroupInput(name, "FREQ=WEEKLY;BYDAY=TU", dt.date(2026, 9, 1), dt.time(18, 30))
    return groups.create_group(store, data, today=today).group.id


def make_person(store: Store, today: dt.date, name: str, *, consented: bool) -> int:
    person = people.create_person(store, people.PersonInput(name))
    if consented:
        version = consent.ensure_default_form(store)
        answer = consent.Answer(person.id, {consent.KEEP_RECORDS: True}, today)
        consent.record(store, answer, version.id, today=today)
    return person.id


@pytest.fixture
def group_id(store: Store, today: dt.date) -> int:
    """The group, with Sam (consent on file) and Priya (no consent) in peerdesk."""
    found = make_group(store, today)
    make_person(store, today, "Sam", consented=True)
    make_person(store, today, "Priya", consented=False)
    return found


@pytest.fixture
def wizard(qtbot: QtBot, context: AppContext, group_id: int) -> RegisterImportWizard:
    make_group(context.store, context.today(), "Another group")  # listed first: not the default
    shown = RegisterImportWizard(context, group_id)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def announced(context: AppContext) -> list[str]:
    heard: list[str] = []
    events = context.events
    for name in ("attendance_changed", "people_changed", "meetings_changed", "consent_changed"):
        getattr(events, name).connect(lambda name=name: heard.append(name))
    return heard


def counts(store: Store) -> tuple[int, ...]:
    with store.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, ConsentEvent, Meeting, Attendance)
        )


def recorded(store: Store, group_id: int) -> set[tuple[str, dt.date, str]]:
    """Every mark of the group, read back through the register of each session."""
    found = set()
    for meeting in schedule.list_meetings(store, group_id=group_id):
        register = attendance.load_register(store, meeting.id)
        for entry in register.entries:
            if entry.status != "absent":
                found.add((entry.preferred_name, register.meeting.date, entry.status))
    return found


def tick(qtbot: QtBot, box: QWidget) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def to_preview(qtbot: QtBot, wizard: RegisterImportWizard) -> None:
    read_file(qtbot, wizard, P_AND_A)
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == OPTIONS
    press(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == PREVIEW


def walk(qtbot: QtBot, wizard: RegisterImportWizard, path: Path, *boxes: str) -> None:
    """Read ``path``, tick the options named, and go on to the preview."""
    read_file(qtbot, wizard, path)
    press(qtbot, wizard, Button.NextButton)
    for box in boxes:
        tick(qtbot, getattr(wizard.options_page, box))
    press(qtbot, wizard, Button.NextButton)


def column(model: object, number: int) -> list[str]:
    from peerdesk.ui.models.rows import RowTableModel

    assert isinstance(model, RowTableModel)
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def people_shown(wizard: RegisterImportWizard) -> list[tuple[str, str]]:
    model = wizard.preview_page.people_model
    return list(zip(column(model, NAME), column(model, OUTCOME), strict=True))


# -- the walk ------------------------------------------------------------------------------------
def test_the_preview_shows_the_dates_and_people_and_names_consented_changes_them(
    qtbot: QtBot, wizard: RegisterImportWizard, store: Store
) -> None:
    before = counts(store)
    assert wizard.file_page.group_combo.currentText() == "Tuesday Drop-in"
    read_file(qtbot, wizard, P_AND_A)
    assert "The dates are on row 1 (3 date columns)" in wizard.file_page.how_label.text()
    to_preview(qtbot, wizard)
    dates = wizard.preview_page.dates_model
    assert column(dates, 0) == ["3 Nov 2026", "10 Nov 2026", "17 Nov 2026"]
    assert column(dates, HAPPENS) == [
        "Session found; 1 to record by name; headcount 3 to set",
        "Session found; 1 to record by name; headcount 1 to set",
        "Session found; 1 to record by name; headcount 3 to set",
    ]
    assert people_shown(wizard) == [
        ("sam", "Matched"),
        ("PRIYA", "Counted anonymously"),
        ("Jo", "Counted anonymously"),
    ]
    notes = wizard.preview_page.notes_label.text()
    assert "row 5 “Total” not imported" in notes

    press(qtbot, wizard, Button.BackButton)
    tick(qtbot, wizard.options_page.consented_box)
    qtbot.waitUntil(lambda: wizard.state.ready)
    assert "Would add 1 new person" in wizard.options_page.status_label.text()
    press(qtbot, wizard, Button.NextButton)
    assert people_shown(wizard) == [
        ("sam", "Matched"),
        ("PRIYA", "Counted anonymously"),  # in peerdesk without consent: never by a tick here
        ("Jo", "New: added"),
    ]
    assert counts(store) == before  # nothing written yet


def test_finish_records_exactly_what_the_preview_said(
    qtbot: QtBot,
    wizard: RegisterImportWizard,
    store: Store,
    group_id: int,
    announced: list[str],
) -> None:
    walk(qtbot, wizard, P_AND_A, "consented_box")
    preview = wizard.state.preview
    assert preview is not None
    said = preview.lines()
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    summary = wizard.summary
    assert summary is not None and summary.preview is preview
    assert [line.replace("Would record", "Recorded") for line in said[:1]] == summary.lines()[:1]
    assert wizard.summary_page.subTitle() == summary.lines()[0]
    assert recorded(store, group_id) == {
        ("Sam", NOV[3], "present"), ("Sam", NOV[10], "apologies"), ("Sam", NOV[17], "present"),
        ("Jo", NOV[3], "present"), ("Jo", NOV[10], "apologies"), ("Jo", NOV[17], "present"),
    }  # fmt: skip
    headcounts = {d.date: d.headcount for d in preview.dates if d.headcount_change == "set"}
    for meeting in schedule.list_meetings(store, group_id=group_id):
        register = attendance.load_register(store, meeting.id)
        assert register.anonymous_count == headcounts.get(register.meeting.date, 0)
    assert sorted(announced) == [
        "attendance_changed",
        "consent_changed",
        "people_changed",
    ]
    press(qtbot, wizard, Button.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_cancel_before_import_writes_nothing(
    qtbot: QtBot, wizard: RegisterImportWizard, store: Store, announced: list[str]
) -> None:
    before = counts(store)
    to_preview(qtbot, wizard)
    press(qtbot, wizard, Button.BackButton)
    tick(qtbot, wizard.options_page.consented_box)
    tick(qtbot, wizard.options_page.add_sessions_box)
    press(qtbot, wizard, Button.NextButton)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert counts(store) == before
    assert announced == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("no-dates.csv", "date"),
        ("no-names.csv", "name"),
    ],
)
def test_a_file_that_is_not_a_register_says_why_and_stays(
    qtbot: QtBot, wizard: RegisterImportWizard, name: str, reason: str
) -> None:
    from peerdesk.core.errors import PeerdeskError
    from peerdesk.core.importing import read_register, read_table

    with pytest.raises(PeerdeskError) as refused:
        read_register(read_table(DATA / name))
    read_file(qtbot, wizard, DATA / name)
    page = wizard.file_page
    assert page.error_label.isVisible()
    assert page.error_label.text() == str(refused.value)
    assert reason in page.error_label.text().lower()
    assert not wizard.button(Button.NextButton).isEnabled()
    assert wizard.currentId() == FILE


def test_a_wrong_year_is_refused_until_a_year_is_given(
    qtbot: QtBot, wizard: RegisterImportWizard
) -> None:
    read_file(qtbot, wizard, DATA / "title-year.csv")
    press(qtbot, wizard, Button.NextButton)
    page = wizard.options_page
    qtbot.waitUntil(lambda: wizard.state.ready)
    assert "2026" in page.status_label.text()
    page.year_spin.setFocus()
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2025")
    qtbot.waitUntil(lambda: wizard.state.ready and wizard.state.options.year == 2025)
    assert "Skipped 3 dates with no session" in page.status_label.text()


# -- accessibility and the Groups page -------------------------------------------------------
def test_every_control_is_named_and_the_walk_goes_by_keyboard(
    qtbot: QtBot, wizard: RegisterImportWizard, store: Store
) -> None:
    def unnamed() -> list[str]:
        return [
            f"{type(widget).__name__} {widget.objectName()!r}"
            for widget in interactive(wizard)
            if not widget.objectName() or not widget.accessibleName()
        ]

    assert wizard.accessibleName() == "Import past registers"
    assert unnamed() == []
    read_file(qtbot, wizard, DATA / "register.xlsx")  # the sheet chooser too
    assert wizard.file_page.sheet_box.isVisible()
    for step, which in (
        (OPTIONS, Button.NextButton),
        (PREVIEW, Button.NextButton),
        (SUMMARY, Button.CommitButton),
    ):
        default = wizard.button(which)
        qtbot.waitUntil(default.isEnabled)
        assert unnamed() == []
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda step=step: wizard.currentId() == step)
    assert unnamed() == []
    assert counts(store)[3] == 2  # Sam's two marks; Priya and Kim counted
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_the_groups_page_opens_it_on_the_selected_group(
    qtbot: QtBot, context: AppContext, group_id: int
) -> None:
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    button = page.import_registers_button
    assert button.accessibleName() == "Import past registers"
    qtbot.mouseClick(button, LEFT)
    wizard = page.dialogs.current
    assert isinstance(wizard, RegisterImportWizard) and wizard.isVisible()
    assert wizard.state.group_id == group_id
    wizard.reject()
    qtbot.waitUntil(lambda: page.dialogs.current is None)


def test_added_sessions_are_announced(
    qtbot: QtBot,
    wizard: RegisterImportWizard,
    store: Store,
    group_id: int,
    announced: list[str],
) -> None:
    walk(qtbot, wizard, DATA / "missing-and-cancelled.csv", "add_sessions_box")
    happens = column(wizard.preview_page.dates_model, HAPPENS)
    assert happens[1] == "No session: one will be added; 1 to record by name"
    assert "E2: “maybe”" in wizard.preview_page.notes_label.text()
    press(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert ("Sam", dt.date(2026, 11, 5), "present") in recorded(store, group_id)
    assert sorted(announced) == ["attendance_changed", "meetings_changed", "people_changed"]
