"""The funder report and the CSV exports, opened from the Figures page on a real database."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.core import attendance, audit, export, groups, people, schedule
from peerdesk.core.funder_report import FunderReport, funder_report, groups_active_in
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.export_csv import ATTENDANCE, CONSENT, PEOPLE, ROTA, ExportDialog
from peerdesk.ui.dialogs.funder_report import (
    FunderReportDialog,
    financial_year,
    last_quarter,
    last_twelve_months,
)
from peerdesk.ui.pages.figures import FiguresPage

from .controls import interactive

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 20000
QUARTER = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))  # the last whole quarter before TODAY
TUESDAY_GROUP = "Tuesday Evening Drop-in"


def _page(qtbot: QtBot, store: Store, today: dt.date) -> FiguresPage:
    shown = FiguresPage(AppContext(store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.figures is not None or shown.error_label.isVisible())
    return shown


@pytest.fixture
def page(qtbot: QtBot, demo_store: Store, today: dt.date) -> Iterator[FiguresPage]:
    shown = _page(qtbot, demo_store, today)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


def open_report(qtbot: QtBot, page: FiguresPage) -> FunderReportDialog:
    qtbot.mouseClick(page.report_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, FunderReportDialog)
    qtbot.waitExposed(dialog)
    wait_for_preview(qtbot, dialog)
    return dialog


def wait_for_preview(qtbot: QtBot, dialog: FunderReportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview_current, timeout=WAIT_MS)


def open_export(qtbot: QtBot, page: FiguresPage) -> ExportDialog:
    qtbot.mouseClick(page.export_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, ExportDialog)
    dialog.activateWindow()  # the arrow keys move between the kinds in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def choose_plain(dialog: ExportDialog) -> None:
    """Untick "Protect the file", answering yes to the question it asks."""
    dialog.ask = lambda _parent, _title, _text: True
    dialog.protect.setChecked(False)
    assert not dialog.fields.first.isEnabled()


def printed_texts(report: FunderReport) -> dict[str, str]:
    """The headline figures' words, straight from the core's report."""
    return {
        "Sessions held": str(report.sessions_held),
        "Sessions cancelled": str(report.sessions_cancelled),
        "Average per session": report.average_per_session,
        "Total attendances": report.total_attendances.text,
        "Named": report.named_attendances.text,
        "Anonymous": report.anonymous_attendances.text,
        "Different people": report.unique_people.text,
        "New people": report.new_people.text,
        "Returning people": report.returning_people.text,
    }


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def ask_for(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; what it suggested is kept."""
    suggested: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


# -- the periods ---------------------------------------------------------------------------------
def test_the_quick_periods() -> None:
    today = dt.date(2026, 11, 23)
    assert last_quarter(today) == QUARTER
    assert last_quarter(dt.date(2026, 1, 5)) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert last_quarter(dt.date(2026, 4, 1)) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert last_twelve_months(today) == (dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    assert last_twelve_months(dt.date(2026, 1, 9)) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert financial_year(today) == (dt.date(2026, 4, 1), today)
    assert financial_year(dt.date(2026, 3, 31)) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))


# -- the funder report ---------------------------------------------------------------------------
def test_the_report_starts_on_the_last_quarter_with_the_groups_that_met(
    qtbot: QtBot, page: FiguresPage, demo_store: Store, today: dt.date
) -> None:
    dialog = open_report(qtbot, page)
    assert dialog.windowTitle() == "Funder report"
    assert dialog.period.currentText() == "Last quarter"
    assert dialog.dates() == QUARTER
    active = groups_active_in(demo_store, *QUARTER)
    assert sorted(dialog.ticked()) == sorted(active) and active
    assert dialog.threshold.value() == 5
    assert dialog.threshold_note.text() == (
        "Numbers from 1 to 4 are shown as “fewer than 5”, so that nobody in a small group "
        "can be recognised."
    )
    report = funder_report(demo_store, active, *QUARTER, today=today)
    shown = dialog.preview.values
    assert {key: shown[key] for key in printed_texts(report)} == printed_texts(report)
    assert dialog.preview.tiles["Total attendances"].accessibleName() == (
        f"Total attendances: {report.total_attendances.text}"
    )
    # A line per group, in the words the PDF prints.
    model = dialog.preview.model
    assert [model.text(line, 0) for line in model.rows] == list(report.group_names)
    assert [model.text(line, 5) for line in model.rows] == [
        g.new_people.text for g in report.groups
    ]


def test_the_keyboard_chooses_the_last_twelve_months(
    qtbot: QtBot, page: FiguresPage, demo_store: Store, today: dt.date
) -> None:
    dialog = open_report(qtbot, page)
    assert dialog.focusWidget() is dialog.period
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)
    assert dialog.dates() == (dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    wait_for_preview(qtbot, dialog)
    year = groups_active_in(demo_store, *dialog.dates())
    assert sorted(dialog.ticked()) == sorted(year)
    archived = [g.name for g in groups.list_groups(demo_store, today=today, include_archived=True)
                if g.archived and g.id in year]  # fmt: skip
    assert archived  # a group archived since still counts for the months it met
    texts = [dialog.group_list.item(row).text() for row in range(dialog.group_list.count())]
    assert f"{archived[0]} (archived)" in texts
    report = funder_report(demo_store, year, *dialog.dates(), today=today)
    assert dialog.report is not None and dialog.report.total_attendances == report.total_attendances
    # Typing a date of your own says so.
    dialog.date_to.setFocus()
    qtbot.keyClick(dialog.date_to, Qt.Key.Key_Up)
    assert dialog.period.currentText() == "Dates of your own"


def test_saving_writes_the_pdf_and_offers_to_open_it(
    qtbot: QtBot,
    page: FiguresPage,
    demo_store: Store,
    today: dt.date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_report(qtbot, page)
    suggested = ask_for(monkeypatch, tmp_path / "For the funder")  # ".pdf" is added
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(suggested[0]).name == "Activity report 2026-07-01 to 2026-09-30.pdf"
    path = tmp_path / "For the funder.pdf"
    assert dialog.saved_path == path and path.is_file()
    assert (path.stat().st_mode & 0o777) == 0o600
    report = funder_report(
        demo_store, groups_active_in(demo_store, *QUARTER), *QUARTER, today=today
    )
    text = pdf_text(path)
    for name in report.group_names:
        assert name in text
    assert report.total_attendances.text in text
    for value in dialog.preview.values.values():  # everything the preview said is on paper
        assert value in text
    assert dialog.result_label.text() == f"The report was saved as {path}."
    assert dialog.open_button.isVisible() and dialog.save_button.isEnabled()

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert opened == [QUrl.fromLocalFile(str(path))]


def test_an_unwritable_place_is_said_plainly(
    qtbot: QtBot, page: FiguresPage, tmp_path: Path
) -> None:
    dialog = open_report(qtbot, page)
    missing = tmp_path / "no such folder" / "report.pdf"
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        dialog.save_to(missing)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        f"The report was not saved. Cannot save {missing}: the folder {missing.parent} does "
        "not exist."
    )
    assert not dialog.open_button.isVisible() and dialog.save_button.isEnabled()


def test_no_group_and_an_empty_period_are_explained(
    qtbot: QtBot, page: FiguresPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_report(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pytest.fail)  # never asked
    listed = dialog.group_list
    listed.setFocus()
    for row in range(listed.count()):  # untick every group from the keyboard
        listed.setCurrentRow(row)
        qtbot.keyClick(listed, Qt.Key.Key_Space)
    assert dialog.ticked() == ()
    wait_for_preview(qtbot, dialog)
    assert dialog.report is None
    assert dialog.preview.message.text() == "Tick at least one group for the report."
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_label.text() == "Tick at least one group for the report."

    dialog.set_dates(dt.date(2020, 1, 1), dt.date(2020, 3, 31))
    assert dialog.preview.message.text() == (
        "No group met between 1 January 2020 and 31 March 2020, so there is nothing to "
        "report. Choose other dates."
    )
    names = [listed.item(row).text() for row in range(listed.count())]
    assert names and all(name.endswith(": no sessions in these dates") for name in names)

    dialog.set_dates(dt.date(2026, 9, 30), dt.date(2026, 7, 1))
    assert dialog.preview.message.text() == (
        "The period ends (1 July 2026) before it starts (30 September 2026)."
    )


@pytest.fixture
def tiny(store: Store, today: dt.date) -> int:
    """A weekly group of three named people and a headcount of two: small enough to hide."""
    start = today - dt.timedelta(days=70)
    group_id = groups.create_group(
        store,
        groups.GroupInput("Small Group", "FREQ=WEEKLY;BYDAY=MO", start, dt.time(18)),
        today=start,
    ).group.id
    ids = [people.create_person(store, people.PersonInput(n)).id for n in ("Ann", "Ben", "Cat")]
    held = [
        m
        for m in schedule.list_meetings(store, group_id=group_id)
        if m.date <= today and not m.is_cancelled
    ]
    for meeting in held[:4]:
        for person_id in ids:
            attendance.mark(store, meeting.id, person_id, "present")
    attendance.set_headcount(store, held[0].id, 2)
    return group_id


def test_a_tiny_group_shows_fewer_than_five(
    qtbot: QtBot, store: Store, today: dt.date, tiny: int
) -> None:
    figures = _page(qtbot, store, today)
    dialog = open_report(qtbot, figures)
    start = today - dt.timedelta(days=70)
    dialog.set_dates(start, today)
    wait_for_preview(qtbot, dialog)
    assert dialog.ticked() == (tiny,)
    report = funder_report(store, [tiny], start, today, today=today)
    values = dialog.preview.values
    assert {key: values[key] for key in printed_texts(report)} == printed_texts(report)
    assert values["Different people"] == "fewer than 5"
    assert values["Anonymous"] == "fewer than 5"
    assert values["Named"] == "not shown"  # it would give the headcount away
    assert dialog.preview.note.isVisible()
    assert "Some small numbers are hidden" in dialog.preview.note.text()
    assert not dialog.preview.table.isVisible()  # one group: no table, as on paper

    dialog.threshold.setFocus()
    qtbot.keyClick(dialog.threshold, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.threshold, Qt.Key.Key_Down)
    assert dialog.threshold.value() == 3
    assert dialog.threshold_note.text().startswith(
        "Numbers from 1 to 2 are shown as “fewer than 3”"
    )
    wait_for_preview(qtbot, dialog)
    assert dialog.preview.values["Different people"] == "3"
    assert dialog.preview.values["Anonymous"] == "fewer than 3"
    dialog.reject()


# -- the exports ---------------------------------------------------------------------------------
def _rows(kind: str, store: Store, today: dt.date, dialog: ExportDialog) -> int:
    """How many rows the core gives for what the dialog has chosen."""
    choice = dialog.choice()
    if kind == PEOPLE:
        return len(export.people_rows(store))
    if kind == CONSENT:
        return len(export.consent_rows(store, today=today))
    if kind == ATTENDANCE:
        rows = export.attendance_rows(
            store, choice.group_id, date_from=choice.date_from, date_to=choice.date_to
        )
        return len(rows)
    every = [g.id for g in groups.list_groups(store, today=today)]
    return len(export.rota_rows(store, every, choice.date_from, choice.date_to))


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        (PEOPLE, export.PEOPLE_HEADER),
        (CONSENT, export.CONSENT_HEADER),
        (ATTENDANCE, export.ATTENDANCE_HEADER),
        (ROTA, export.ROTA_HEADER),
    ],
)
def test_each_export_writes_its_csv(
    qtbot: QtBot,
    page: FiguresPage,
    demo_store: Store,
    today: dt.date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    header: tuple[str, ...],
) -> None:
    page.set_group(groups.find_group(demo_store, TUESDAY_GROUP, today=today).id)
    dialog = open_export(qtbot, page)
    qtbot.mouseClick(dialog.kind_button(kind), LEFT)
    assert dialog.kind() == kind
    choose_plain(dialog)  # sealed files: tests/ui/test_export_protected.py
    suggested = ask_for(monkeypatch, tmp_path / kind)  # ".csv" is added
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert Path(suggested[0]).suffix == ".csv"
    path = tmp_path / f"{kind}.csv"
    with path.open(encoding="utf-8-sig", newline="") as stream:
        read = list(csv.reader(stream))
    assert tuple(read[0]) == header
    count = len(read) - 1
    assert count == _rows(kind, demo_store, today, dialog) > 0
    assert dialog.written == (path, count)
    assert dialog.result_label.text() == (
        f"{count:,} rows written to {path}. It is not protected: anyone who gets it can read it."
    )
    assert (path.stat().st_mode & 0o777) == 0o600
    (logged,) = audit.list_events(demo_store)  # every export of personal data is logged
    assert logged.detail == f"{kind} exported to CSV (plain, unprotected): {count} rows."


def test_the_export_starts_with_the_group_and_period_on_the_page(
    qtbot: QtBot, page: FiguresPage, demo_store: Store, today: dt.date
) -> None:
    tuesday = groups.find_group(demo_store, TUESDAY_GROUP, today=today).id
    page.set_group(tuesday)
    page.set_period(*QUARTER)
    dialog = open_export(qtbot, page)
    assert dialog.kind() == ATTENDANCE
    assert dialog.focusWidget() is dialog.kind_button(ATTENDANCE)
    choice = dialog.choice()
    assert (choice.group_id, choice.date_from, choice.date_to) == (tuesday, *QUARTER)
    assert "personal data" in dialog.note.text()
    # Each export keeps its own dates and group: the rota looks ahead, for every group.
    qtbot.keyClick(dialog.kind_button(ATTENDANCE), Qt.Key.Key_Down)
    assert dialog.kind() == ROTA
    assert dialog.group.currentText() == "All groups"
    assert dialog.choice().date_from == today
    qtbot.keyClick(dialog.kind_button(ROTA), Qt.Key.Key_Up)
    assert dialog.choice().date_from == QUARTER[0]
    assert dialog.group.currentText() == TUESDAY_GROUP
    # People has its one choice; the dates and group are greyed.
    qtbot.mouseClick(dialog.kind_button(PEOPLE), LEFT)
    assert dialog.archived.isEnabled() and not dialog.group.isEnabled()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, page: FiguresPage, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, page)
    dialog.set_kind(PEOPLE)
    choose_plain(dialog)
    missing = tmp_path / "gone" / "people.csv"
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        dialog.save_to(missing)
    assert dialog.error_label.text() == (
        f"Nothing was exported. Cannot save {missing}: the folder {missing.parent} does not exist."
    )
    folder = tmp_path / "people.csv"
    folder.mkdir()
    with qtbot.waitSignal(dialog.busy.finished, timeout=WAIT_MS):
        dialog.save_to(folder)
    assert dialog.error_label.text() == (
        f"Nothing was exported. Cannot save {folder}: that is a folder, not a file name."
    )
    assert not dialog.result_label.isVisible() and dialog.written is None
    assert dialog.save_button.isEnabled()


# -- for everyone ----------------------------------------------------------------------------------
@pytest.mark.parametrize("button", ["report_button", "export_button"])
def test_every_dialog_control_is_named_and_reached_by_keyboard(
    qtbot: QtBot, page: FiguresPage, button: str
) -> None:
    assert getattr(page, button).accessibleName() in ("Funder report", "Export")
    qtbot.mouseClick(getattr(page, button), LEFT)
    dialog = page.dialogs.current
    assert dialog is not None and dialog.accessibleName()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, FunderReportDialog):
        wait_for_preview(qtbot, dialog)
    controls = interactive(dialog)
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in controls
        if not widget.objectName() or not widget.accessibleName()
    ]
    assert unnamed == []
    # Tab goes round every control that is on screen, and back to where it started.
    wanted = {w for w in controls if w.isVisible() and w.isEnabled()}
    start = dialog.focusWidget()
    assert start is not None
    reached: set[QWidget] = set()
    for _ in range(60):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
        focused: QWidget | None = dialog.focusWidget()
        if focused is None or focused is start:
            break
        while focused is not None and focused not in wanted and focused is not dialog:
            focused = focused.parentWidget()
        if focused is not None:
            reached.add(focused)
    missing = sorted(w.objectName() for w in wanted - reached - {start})
    # Radio buttons share one stop: the arrow keys move between them.
    assert [name for name in missing if not name.endswith("Radio")] == []
    # Every label with an Alt+letter leads to its field.
    for label in dialog.findChildren(QLabel):
        if re.search(r"&\w", label.text()) and not label.text().startswith("<"):
            assert label.buddy() is not None, label.text()
