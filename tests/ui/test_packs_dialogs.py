"""The Packs page's dialogs: packs for a date range, the agreement, the plan, the support lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from peerdesk.core import packs, schedule
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dates import to_qdate
from peerdesk.ui.dialogs.pack_range import ALL_GROUPS, PackRangeDialog
from peerdesk.ui.dialogs.pack_texts import AgreementDialog, CoverDetailsDialog, PlanDialog
from peerdesk.ui.dialogs.support_lines import SupportLinesDialog
from peerdesk.ui.pages.packs import PacksPage

from .controls import interactive

TUESDAY_GROUP = "Tuesday Evening Drop-in"
WAIT_MS = 20000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, demo_store: Store, today: dt.date) -> Iterator[PacksPage]:
    shown = PacksPage(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


def coming(store: Store, group: str, today: dt.date) -> list[schedule.MeetingRow]:
    return [
        m
        for m in schedule.list_meetings(store, date_from=today)
        if m.group_name == group and not m.is_cancelled
    ]


def open_range(qtbot: QtBot, page: PacksPage) -> PackRangeDialog:
    qtbot.mouseClick(page.range_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, PackRangeDialog)
    return dialog


def test_four_sessions_make_four_pdfs(
    qtbot: QtBot,
    page: PacksPage,
    demo_store: Store,
    today: dt.date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sessions = coming(demo_store, TUESDAY_GROUP, today)[:4]
    page.open_meeting(sessions[0].id)
    dialog = open_range(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    qtbot.mouseClick(dialog.browse_button, LEFT)
    assert dialog.folder.text() == str(tmp_path)
    assert dialog.group.currentText() == TUESDAY_GROUP
    dialog.date_from.setDate(to_qdate(sessions[0].date))
    dialog.date_to.setDate(to_qdate(sessions[-1].date))

    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT_MS * 3)

    assert dialog.isVisible()  # stays open to say what was written
    written = sorted(tmp_path.glob("*.pdf"))
    assert [path.name[:10] for path in written] == [f"{m.date:%Y-%m-%d}" for m in sessions]
    assert all(len(PdfReader(path).pages) > 5 for path in written)
    assert "4 packs were saved" in dialog.result_label.text()
    assert dialog.progress_dialog is None


def test_cancel_stops_between_packs(
    qtbot: QtBot, page: PacksPage, today: dt.date, tmp_path: Path
) -> None:
    dialog = open_range(qtbot, page)
    dialog.group.setCurrentIndex(dialog.group.findData(ALL_GROUPS))
    dialog.date_from.setDate(to_qdate(today))
    dialog.date_to.setDate(to_qdate(today + dt.timedelta(days=70)))
    dialog.folder.setText(str(tmp_path))

    qtbot.mouseClick(dialog.save_button, LEFT)
    progress = dialog.progress_dialog
    assert progress is not None
    assert progress.labelText().startswith("Pack 1 of ")
    total = progress.maximum()
    assert total > 8
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=WAIT_MS)
    # The packs are quick: the next may already have begun; the label names the one under way.
    done = progress.value()
    assert done < total and progress.labelText().startswith(f"Pack {done + 1} of {total}")
    cancel = progress.findChild(type(dialog.save_button), "packRangeCancelButton")
    assert cancel is not None and cancel.accessibleName() == "Cancel"
    qtbot.mouseClick(cancel, LEFT)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=WAIT_MS)

    result = dialog.result_
    assert result is not None and result.cancelled
    assert 1 <= len(result.written) < total
    assert len(list(tmp_path.glob("*.pdf"))) == len(result.written)
    assert "Stopped as asked" in dialog.result_label.text()


def test_range_problems_are_said_in_the_dialog(
    qtbot: QtBot, page: PacksPage, today: dt.date, tmp_path: Path
) -> None:
    dialog = open_range(qtbot, page)
    dialog.folder.setText(str(tmp_path / "not there"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "choose a folder" in dialog.error_label.text()
    dialog.folder.setText(str(tmp_path))
    dialog.date_to.setDate(to_qdate(today - dt.timedelta(days=3)))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "before its start" in dialog.error_label.text()
    assert dialog.progress_dialog is None


def test_the_agreement_starts_from_the_default_and_is_saved(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    assert page.meeting is not None
    group_id = page.meeting.group_id
    qtbot.mouseClick(page.agreement_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, AgreementDialog)
    assert dialog.text.toPlainText() == packs.default_agreement()
    dialog.text.setPlainText("We listen.\nWhat is said here stays here.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert packs.pack_settings(demo_store, group_id).agreement == (
        "We listen.\nWhat is said here stays here."
    )
    qtbot.waitUntil(lambda: page.preview_current, timeout=WAIT_MS)


def test_who_to_call_and_what_to_bring_reach_the_cover_sheet(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    assert page.meeting is not None
    group_id = page.meeting.group_id
    qtbot.mouseClick(page.cover_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, CoverDetailsDialog)
    assert dialog.bring.toPlainText() == packs.default_what_to_bring()
    dialog.contacts.setPlainText("Priya (organiser) 07700 900111")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    settings = packs.pack_settings(demo_store, group_id)
    assert (settings.contacts, settings.what_to_bring) == ("Priya (organiser) 07700 900111", "")
    data = packs.pack_data(demo_store, page.meeting.id, today=dt.date(2026, 11, 23))
    assert data.contacts.startswith("Priya")


def test_a_bad_plan_row_is_explained_and_nothing_typed_is_lost(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    assert page.meeting is not None
    group_id = page.meeting.group_id
    qtbot.mouseClick(page.plan_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, PlanDialog)
    rows = len(packs.default_plan())
    assert dialog.rows.table.rowCount() == rows
    qtbot.mouseClick(dialog.rows.add_button, LEFT)
    table = dialog.rows.table
    table.setItem(rows, 0, QTableWidgetItem("ten"))
    table.setItem(rows, 1, QTableWidgetItem("Tea and biscuits"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert f"Row {rows + 1}: the minutes should be a number" in dialog.error_label.text()
    assert table.item(rows, 1).text() == "Tea and biscuits"
    table.setItem(rows, 0, QTableWidgetItem("10"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    plan = packs.pack_settings(demo_store, group_id).plan
    assert plan[-1].title == "Tea and biscuits" and plan[-1].minutes == 10


def test_support_lines_are_checked_and_saved(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    qtbot.mouseClick(page.lines_button, LEFT)
    dialog = page.dialogs.current
    assert isinstance(dialog, SupportLinesDialog)
    table = dialog.rows.table
    count = table.rowCount()
    assert count == len(packs.support_lines(demo_store)) > 0
    qtbot.mouseClick(dialog.rows.add_button, LEFT)
    for column, text in enumerate(
        ["Town helpline", "01234 567890", "9–5", "Someone to talk to", "leaflet", "last week"]
    ):
        table.setItem(count, column, QTableWidgetItem(text))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "“last week” is not a date" in dialog.error_label.text()
    table.setItem(count, 5, QTableWidgetItem("2026-11-20"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    saved = packs.support_lines(demo_store)
    assert saved[-1].line.name == "Town helpline"
    assert saved[-1].checked_on == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "button", ["range_button", "agreement_button", "plan_button", "lines_button", "cover_button"]
)
def test_every_dialog_control_is_named(qtbot: QtBot, page: PacksPage, button: str) -> None:
    qtbot.mouseClick(getattr(page, button), LEFT)
    dialog = page.dialogs.current
    assert dialog is not None and dialog.accessibleName()
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in interactive(dialog)
        if not widget.objectName() or not widget.accessibleName()
    ]
    assert unnamed == []
