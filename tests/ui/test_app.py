"""The main window as a whole, and starting the program."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.core.storage import Store
from peerdesk.ui import app
from peerdesk.ui.app import build_main_window, run_gui
from peerdesk.ui.context import AppContext
from peerdesk.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _is_a_part_of_qt(widget: QWidget) -> bool:
    """The inner parts of Qt's composite widgets (a table's header, a combo's popup list, a
    search box's clear button, the menu bar's overflow arrow)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, (QAbstractItemView, QComboBox, QAbstractSpinBox, QLineEdit, QMenuBar)
        ):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def window(qtbot: QtBot, demo_store: Store, today: dt.date) -> MainWindow:
    shown = build_main_window(AppContext(demo_store, today=lambda: today))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    for page in range(window.navigation.count()):  # every page built and shown once
        window.show_page(page)
    interactive = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and not _is_a_part_of_qt(widget)
    ]
    assert len(interactive) >= 20
    missing = [
        f"{type(w).__name__} {w.objectName()!r}" for w in interactive if not w.accessibleName()
    ]
    assert missing == []
    assert [type(w).__name__ for w in interactive if not w.objectName()] == []


def test_ctrl_and_a_number_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    for number, page in enumerate((window.home, window.groups, window.venues, window.people)):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
        assert window.navigation.currentRow() == number


def test_title_names_the_database_file(window: MainWindow, demo_store: Store) -> None:
    assert demo_store.path.name in window.windowTitle()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping: milk, bread\n")
    assert run_gui(notes) == 1
    assert len(shown) == 1
    assert "is not a peerdesk database" in shown[0]
    assert notes.read_text() == "shopping: milk, bread\n"


def _run_in_a_process(
    script: str,
    tmp_path: Path,
    quit_at: str = app.QUIT_AFTER_FIRST_PAINT,
    config: Path | None = None,
) -> str:
    """``run_gui`` runs the application's event loop, so it gets its own process: a loop that
    has quit inside the test process would upset the tests after it. ``config``: the folder
    its preferences are read from (XDG_CONFIG_HOME)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{quit_at: "1"})
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_first_paint_is_reported_and_the_program_quits(tmp_path: Path) -> None:
    database = tmp_path / "new.sqlite3"
    out = _run_in_a_process(
        "import sys; from pathlib import Path; from peerdesk.ui.app import run_gui; "
        f"sys.exit(run_gui(Path({str(database)!r})))",
        tmp_path,
    )
    assert out.strip() == "first-paint"
    # A new file waits for the first-run choice (passphrase or not): nothing is made before.
    assert not database.exists()


DEMO_SCRIPT = """
import datetime
import sys
from peerdesk.core.groups import list_groups
from peerdesk.ui import app
from peerdesk.ui.main_window import MainWindow

seen = {}
real_attach = MainWindow.attach

def attach(self, context):
    real_attach(self, context)
    seen["title"] = self.windowTitle()
    seen["folder"] = context.store.path.parent
    seen["groups"] = len(list_groups(context.store, today=datetime.date.today()))
    seen["home rows"] = self.home.model.rowCount()

MainWindow.attach = attach
code = app.run_gui(None, demo=True)
for key, value in seen.items():
    print(f"{key}: {value}")
sys.exit(code)
"""


def test_demo_runs_on_a_throwaway_database(tmp_path: Path) -> None:
    out = _run_in_a_process(DEMO_SCRIPT, tmp_path, quit_at=app.QUIT_WHEN_READY)
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    assert lines["title"] == "peerdesk — demo data (changes are thrown away)"
    assert int(lines["groups"]) >= 3
    assert int(lines["home rows"]) >= 5
    assert not Path(lines["folder"]).exists()
    assert out.splitlines()[:2] == ["first-paint", "ready"]


def test_ready_is_said_on_whichever_page_it_opens(tmp_path: Path) -> None:
    """Closed on the Packs page last time: it opens there, and "ready" still comes."""
    config = tmp_path / "config"
    (config / "peerdesk").mkdir(parents=True)
    (config / "peerdesk" / "peerdesk.conf").write_text("[window]\nlastPage=7\n")
    out = _run_in_a_process(DEMO_SCRIPT, tmp_path, quit_at=app.QUIT_WHEN_READY, config=config)
    assert out.splitlines()[:2] == ["first-paint", "ready"]


def test_every_dialog_names_its_fields_for_a_screen_reader(
    qtbot: QtBot, demo_store: Store, today: dt.date
) -> None:
    from peerdesk.core import groups, schedule
    from peerdesk.ui.dialogs.group_dialog import GroupDialog
    from peerdesk.ui.dialogs.session_dialogs import (
        CancelSessionDialog,
        ExtraSessionDialog,
        MoveSessionDialog,
    )
    from peerdesk.ui.dialogs.venue_dialog import VenueDialog

    context = AppContext(demo_store, today=lambda: today)
    group = groups.list_groups(demo_store, today=today)[0]
    meeting = schedule.upcoming_meetings(demo_store, today)[0]
    dialogs = [
        GroupDialog(context, None),
        GroupDialog(context, group),
        VenueDialog(demo_store, None),
        CancelSessionDialog(context, meeting),
        MoveSessionDialog(context, meeting),
        ExtraSessionDialog(context, group),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        interactive = [
            widget
            for widget in dialog.findChildren(QWidget)
            if isinstance(widget, INTERACTIVE) and not _is_a_part_of_qt(widget)
        ]
        assert interactive
        missing = [
            f"{type(w).__name__} {w.objectName()!r}" for w in interactive if not w.accessibleName()
        ]
        assert missing == [], dialog.objectName()
        assert dialog.save_button.isDefault()


def test_a_database_open_in_another_window_is_refused_and_unharmed(
    monkeypatch: pytest.MonkeyPatch, store: Store, db_path: Path
) -> None:
    from peerdesk.core import people

    people.create_person(store, people.PersonInput("Sam"))
    shown: list[str] = []

    def critical(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    assert run_gui(db_path) == 1
    assert len(shown) == 1 and "already open in another peerdesk window" in shown[0]
    # The first window's database is unharmed and still works.
    people.create_person(store, people.PersonInput("Priya"))
    assert [p.preferred_name for p in people.list_people(store)] == ["Priya", "Sam"]


def _reachable_with_tab(qtbot: QtBot, window: MainWindow, start: QWidget) -> set[QWidget]:
    """The controls that pressing Tab again and again, from ``start``, gives the focus to."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(400):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(focused)
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    return seen


def test_every_page_can_be_used_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """On every page, Tab reaches every visible control a person can use (none is skipped,
    none traps the focus), and every one of them has an accessible name."""
    window.activateWindow()
    for number in range(window.navigation.count()):
        window.show_page(number)
        page = window.current_page()
        assert page is not None
        controls = [
            widget
            for widget in page.findChildren(QWidget)
            if isinstance(widget, INTERACTIVE)
            and not _is_a_part_of_qt(widget)
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ]
        assert controls, f"page {number} has nothing to use"
        assert [w.objectName() for w in controls if not w.accessibleName()] == []
        reached = _reachable_with_tab(qtbot, window, window.navigation)
        skipped = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in controls
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in reached
        ]
        assert skipped == [], f"page {number}: Tab never reaches {skipped}"
        assert window.navigation in reached  # and it comes round again: nothing traps it
