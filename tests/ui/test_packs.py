"""The Packs page on the small demo: the preview, Save as PDF, printing, and the options."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
)
from pytestqt.qtbot import QtBot

from peerdesk.core import packs, schedule
from peerdesk.core.pack_data import SECTIONS
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import PACKS, MainWindow
from peerdesk.ui.pages.packs import PacksPage
from peerdesk.ui.widgets.pdf_preview import print_pdf

from .controls import interactive

TUESDAY_GROUP = "Tuesday Evening Drop-in"
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 20000
# The title at the top of each part's first page.
PRINTED_TITLES = {
    "cover": "Facilitator cover sheet",
    "plan": "Session plan",
    "agreement": "Our group agreement",
    "sign_in": "Sign-in sheet",
    "consent_forms": "Your information and this group",
    "signposting": "Support lines",
    "feedback": "How was today?",
    "debrief": "Facilitator debrief",
}


@pytest.fixture
def demo_context(demo_store: Store, today: dt.date) -> AppContext:
    return AppContext(demo_store, today=lambda: today)


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[PacksPage]:
    shown = PacksPage(demo_context)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


def next_session(store: Store, group: str, today: dt.date) -> schedule.MeetingRow:
    return next(
        m
        for m in schedule.list_meetings(store, date_from=today)
        if m.group_name == group and not m.is_cancelled
    )


def wait_for_preview(qtbot: QtBot, page: PacksPage) -> None:
    qtbot.waitUntil(lambda: page.preview_current, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: page.preview.document.status() == QPdfDocument.Status.Ready, timeout=WAIT_MS
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_next_session_is_chosen_and_previewed_without_blocking(
    qtbot: QtBot, page: PacksPage, demo_store: Store, today: dt.date
) -> None:
    assert page.meeting is not None
    assert page.meeting.date >= today and not page.meeting.is_cancelled
    assert page.preview.document.status() != QPdfDocument.Status.Ready  # built in the background
    wait_for_preview(qtbot, page)
    assert page.preview.document.pageCount() > 5
    built = page.built
    assert built is not None
    status = page.status_label.text()
    assert f"{built.result.pages} pages · " in status
    assert f"{built.data.facilitator_copies} copies for facilitators" in status
    assert f"{built.data.participant_copies} for participants" in status
    # The demo's rota has facilitators for this session, so nothing is missing.
    assert built.data.facilitators
    assert not page.problems_label.isVisible()


def test_switching_a_part_off_and_saving_as_pdf(
    qtbot: QtBot,
    page: PacksPage,
    demo_store: Store,
    today: dt.date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting = next_session(demo_store, TUESDAY_GROUP, today)
    page.open_meeting(meeting.id)
    assert page.picker.current_meeting_id() == meeting.id
    wait_for_preview(qtbot, page)

    sections = page.sections
    sections.list.setFocus()
    sections.list.setCurrentRow(sections.row_of("feedback"))
    qtbot.keyClick(sections.list, Qt.Key.Key_Space)
    assert "feedback" not in sections.sections()
    wait_for_preview(qtbot, page)
    saved = packs.pack_settings(demo_store, meeting.group_id).sections
    assert saved == tuple(name for name in SECTIONS if name != "feedback")

    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    messages: list[str] = []
    page.message.connect(messages.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT_MS)
    assert "saved" in messages[-1]
    reader = PdfReader(target)
    starts = [page.extract_text()[:80] for page in reader.pages]
    assert not any(PRINTED_TITLES["feedback"] in start for start in starts)
    firsts = [
        next(number for number, start in enumerate(starts) if PRINTED_TITLES[name] in start)
        for name in saved
        if name != "handouts"  # none are ticked in the demo
    ]
    assert firsts == sorted(firsts) and firsts[0] == 0
    assert "How was today?" not in pdf_text(target.read_bytes())


def test_keyboard_moves_parts_and_the_order_is_kept_for_the_group(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    assert page.meeting is not None
    sections = page.sections
    sections.list.setFocus()
    sections.list.setCurrentRow(sections.row_of("signposting"))
    qtbot.keyClick(sections.list, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(sections.list, Qt.Key.Key_Up, CTRL)
    assert sections.current_section() == "signposting"
    order = sections.sections()
    assert order.index("signposting") == SECTIONS.index("signposting") - 2
    qtbot.waitUntil(lambda: page.preview_current, timeout=WAIT_MS)
    assert packs.pack_settings(demo_store, page.meeting.group_id).sections == order
    qtbot.keyClick(sections.list, Qt.Key.Key_Down, CTRL)
    assert sections.sections().index("signposting") == SECTIONS.index("signposting") - 1


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, page: PacksPage, tmp_path: Path
) -> None:
    wait_for_preview(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))

    sent = print_pdf(page.preview.document, printer)

    assert sent == page.preview.document.pageCount() > 5
    assert len(PdfReader(printed).pages) == sent


def test_importing_a_damaged_pdf_says_so_in_place(
    qtbot: QtBot, page: PacksPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "leaflet.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), ""))
    before = page.handouts.list.count()
    qtbot.mouseClick(page.handouts.import_button, Qt.MouseButton.LeftButton)
    error = page.handouts.error_label
    assert error.isVisible()
    assert "leaflet.pdf was not added" in error.text()
    assert "could not be read as a PDF" in error.text()
    assert page.handouts.list.count() == before


def test_importing_a_good_pdf_adds_and_ticks_it(
    qtbot: QtBot, page: PacksPage, demo_store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(source))
    from PySide6.QtGui import QPainter

    painter = QPainter(printer)
    painter.drawText(100, 100, "Our own leaflet")
    painter.end()
    choice = page.handouts.import_pdf(source)
    assert choice is not None and choice.pages == 1
    assert choice.ref in page.handouts.ticked()
    assert not page.handouts.error_label.isVisible()
    assert page.meeting is not None
    qtbot.waitUntil(lambda: page.preview_current, timeout=WAIT_MS)
    # Chosen for this session; the group's usual handouts are unchanged.
    assert choice.ref in packs.session_handouts(demo_store, page.meeting.id)
    assert choice.ref not in packs.pack_settings(demo_store, page.meeting.group_id).handouts


def test_paper_and_print_size_are_remembered_for_the_group(
    qtbot: QtBot, page: PacksPage, demo_store: Store
) -> None:
    assert page.meeting is not None
    page.options.paper.setCurrentIndex(page.options.paper.findData("Letter"))
    qtbot.mouseClick(page.options.large_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_current, timeout=WAIT_MS)
    saved = packs.pack_settings(demo_store, page.meeting.group_id)
    assert (saved.paper, saved.large_print) == ("Letter", True)


def test_the_home_page_opens_the_pack_of_the_next_session(
    qtbot: QtBot, demo_context: AppContext, today: dt.date
) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    button = window.home.pack_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == PACKS
    coming = [m for m in schedule.upcoming_meetings(demo_context.store, today) if m.date >= today]
    first = next(m for m in coming if not m.is_cancelled)
    assert window.packs.meeting is not None and window.packs.meeting.id == first.id
    qtbot.waitUntil(lambda: window.packs.preview_current, timeout=WAIT_MS)


def test_every_control_is_named_for_screen_readers(qtbot: QtBot, page: PacksPage) -> None:
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in interactive(page)
        if not widget.objectName() or not widget.accessibleName()
    ]
    assert unnamed == []
