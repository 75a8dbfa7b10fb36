"""This computer's preferences: window place and page, print choices; a bad file falls back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from peerdesk.core import packs
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import HOME, PACKS, VENUES, MainWindow
from peerdesk.ui.preferences import Preferences, settings_file
from peerdesk.ui.widgets.rota_print import RotaPrintDialog, usual_print


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_go_to_the_tests_own_file(private_preferences: Path) -> None:
    assert settings_file().is_relative_to(private_preferences)
    assert QSettings().format() == QSettings.Format.IniFormat


def test_a_new_window_opens_at_the_page_and_place_of_the_last(
    qtbot: QtBot, context: AppContext
) -> None:
    first = make_window(qtbot, context)
    first.show_page(VENUES)
    first.setGeometry(QRect(40, 50, 720, 500))
    qtbot.waitUntil(lambda: first.geometry().size().width() == 720)
    where = first.geometry()
    first.close()

    second = make_window(qtbot, context)
    assert second.pages.currentIndex() == VENUES
    assert second.navigation.currentRow() == VENUES
    assert second.geometry() == where


def test_no_saved_place_opens_home_and_fits_the_screen(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    screen = window.screen() or QGuiApplication.primaryScreen()
    assert screen is not None
    assert window.pages.currentIndex() == HOME
    assert screen.availableGeometry().contains(window.frameGeometry())


def test_a_window_saved_on_a_bigger_screen_is_made_to_fit(
    qtbot: QtBot, context: AppContext
) -> None:
    first = make_window(qtbot, context)
    free = (first.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    first.close()
    big = MainWindow()  # saved as if on a monitor twice the size, far to the right
    qtbot.addWidget(big)
    big.setGeometry(QRect(free.width() * 2, 10, free.width() * 2, free.height() * 2))
    Preferences().geometry = big.saveGeometry()

    second = make_window(qtbot, context)
    assert second.width() <= free.width() and second.height() <= free.height()
    assert free.contains(second.frameGeometry().topLeft())


def test_the_rota_print_dialog_starts_from_the_paper_chosen_last(
    qtbot: QtBot, store: Store
) -> None:
    assert usual_print(store, []).paper == "A4"
    dialog = RotaPrintDialog("Print the rota", usual_print(store, []))
    qtbot.addWidget(dialog)
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("Letter"))
    dialog.options.large_print.setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == RotaPrintDialog.DialogCode.Accepted

    again = RotaPrintDialog("Print the rota", usual_print(store, []))
    qtbot.addWidget(again)
    assert again.options.paper_size() == "Letter"
    assert again.options.large_print.isChecked()


def test_cancelling_the_print_dialog_keeps_the_earlier_choice(qtbot: QtBot, store: Store) -> None:
    dialog = RotaPrintDialog("Print the rota", usual_print(store, []))
    qtbot.addWidget(dialog)
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("Letter"))
    dialog.cancel_button.click()
    assert usual_print(store, []).paper == "A4"


def test_the_packs_page_remembers_paper_for_a_group_with_nothing_saved(
    qtbot: QtBot, demo_store: Store, today: dt.date
) -> None:
    window = make_window(qtbot, AppContext(demo_store, today=lambda: today))
    window.show_page(PACKS)
    page = window.packs
    assert page.meeting is not None
    page.options.paper.setCurrentIndex(page.options.paper.findData("Letter"))
    assert Preferences().paper == "Letter"
    window.close()

    # Another group, never printed for: its pack starts on this computer's paper.
    group = page.meeting.group_id
    other = next(
        row
        for row in packs_groups(demo_store, today)
        if row != group and packs.pack_settings(demo_store, row) == packs.PackSettings()
    )
    Preferences().large_print = True
    fresh = make_window(qtbot, AppContext(demo_store, today=lambda: today))
    assert fresh.pages.currentIndex() == PACKS
    fresh.packs.open_meeting(upcoming(demo_store, other, today))
    assert fresh.packs.options.paper_size() == "Letter"
    assert fresh.packs.options.large_print.isChecked()


def packs_groups(store: Store, today: dt.date) -> list[int]:
    from peerdesk.core import groups

    return [group.id for group in groups.list_groups(store, today=today)]


def upcoming(store: Store, group_id: int, today: dt.date) -> int:
    from peerdesk.core import schedule

    rows = schedule.list_meetings(
        store, group_id=group_id, date_from=today, date_to=today + dt.timedelta(days=60)
    )
    return rows[0].id


def test_hand_edited_nonsense_falls_back_to_the_defaults(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    settings = Preferences().settings
    for key, value in (
        ("window/geometry", "not a geometry"),
        ("window/state", 42),
        ("window/lastPage", "the rota please"),
        ("print/paper", "B5"),
        ("print/largePrint", "maybe"),
        ("print/chosen", "yes"),
        ("print/duplex", "99"),
        ("funderReport/threshold", "1"),
    ):
        settings.setValue(key, value)
    settings.sync()

    preferences = Preferences()
    assert preferences.paper == "A4"
    assert preferences.large_print is False
    assert preferences.duplex == -1
    assert preferences.report_threshold(5, 3, 20) == 5
    assert preferences.last_page(9) == HOME
    window = make_window(qtbot, context)  # opens, on the home page, at the usual size
    assert window.pages.currentIndex() == HOME
    assert window.width() > 300
    assert usual_print(store, []).paper == "A4"


def test_a_page_number_out_of_range_is_home(qtbot: QtBot, context: AppContext) -> None:
    Preferences().set_last_page(99)
    window = make_window(qtbot, context)
    assert window.pages.currentIndex() == HOME


def test_the_funder_report_starts_from_the_choices_saved_last(
    qtbot: QtBot, demo_store: Store, today: dt.date, tmp_path: Path
) -> None:
    from peerdesk.ui.dialogs.funder_report import FunderReportDialog, last_twelve_months

    context = AppContext(demo_store, today=lambda: today)
    dialog = FunderReportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.threshold.value() == 5 and dialog.period.currentIndex() == 0
    dialog.period.setCurrentIndex(1)  # the last 12 months
    dialog.threshold.setValue(8)
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("Letter"))
    qtbot.waitUntil(lambda: dialog.preview_current, timeout=20_000)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.start_writing(tmp_path / "report.pdf")

    again = FunderReportDialog(context)
    qtbot.addWidget(again)
    assert again.period.currentIndex() == 1
    assert again.dates() == last_twelve_months(today)
    assert again.threshold.value() == 8
    assert again.options.paper_size() == "Letter"


def test_the_printer_chosen_is_kept_and_a_missing_one_is_not_asked_for(qapp: object) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from peerdesk.ui.dialogs.pack_print import remember_printer, start_from_last_printer

    chosen = QPrinter()
    chosen.setPrinterName("")  # the system's default, or none on a test machine
    remember_printer(chosen)
    assert Preferences().printer == chosen.printerName()
    assert Preferences().duplex == chosen.duplex().value
    Preferences().printer = "A printer that was unplugged"
    later = QPrinter()
    start_from_last_printer(later)
    assert later.printerName() != "A printer that was unplugged"
