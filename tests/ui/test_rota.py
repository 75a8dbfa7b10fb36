"""The Rota page on a real database: filling in the background, saving only when asked, locks,
swaps through the dialog, taking off with Undo, fairness, changes and the files."""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peerdesk.core import groups, people, rota_service
from peerdesk.core.models import RotaAssignment
from peerdesk.core.rota_service import FacilitatorInput
from peerdesk.core.rota_view import RotaView
from peerdesk.core.storage import Store
from peerdesk.ui.context import AppContext
from peerdesk.ui.dialogs.rota_swap import RotaSwapDialog
from peerdesk.ui.main_window import ROTA, MainWindow
from peerdesk.ui.models.rota import STATUS, status_text
from peerdesk.ui.pages.rota import CHANGES_TAB, FAIRNESS_TAB, RotaPage
from peerdesk.ui.widgets.rota_print import RotaPrintDialog
from peerdesk.ui.widgets.tables import select_row

from .controls import interactive

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 20000
Saved = set[tuple[int, int, bool]]  # (meeting, person, locked)


def _saved(store: Store) -> Saved:
    with store.reading() as session:
        rows = session.execute(
            select(RotaAssignment.meeting_id, RotaAssignment.person_id, RotaAssignment.locked)
        ).all()
    return {(m, p, locked) for m, p, locked in rows}


def _group(store: Store, today: dt.date, name: str) -> int:
    data = groups.GroupInput(
        name=name, rrule="FREQ=WEEKLY;BYDAY=TU", start_date=today, start_time=dt.time(18, 30)
    )
    return groups.create_group(store, data, today=today).group.id


@pytest.fixture
def weekly(store: Store, today: dt.date) -> dict[str, int]:
    """A weekly group with six facilitators (four experienced) who offered plenty."""
    group_id = _group(store, today, "Tuesday Group")
    ids = {"group": group_id}
    for name, experienced in (
        ("Ann", True),
        ("Ben", True),
        ("Cleo", True),
        ("Dee", True),
        ("Eli", False),
        ("Fay", False),
    ):
        ids[name] = people.create_person(store, people.PersonInput(preferred_name=name)).id
        rota_service.set_facilitator(
            store,
            FacilitatorInput(
                ids[name], frozenset({group_id}), experienced=experienced, sessions_per_month=3
            ),
        )
    return ids


def _page(qtbot: QtBot, context: AppContext) -> RotaPage:
    page = RotaPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts need the page's window to be the active one
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, weekly: dict[str, int]) -> Iterator[RotaPage]:
    shown = _page(qtbot, context)
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


@pytest.fixture
def demo_page(qtbot: QtBot, demo_store: Store, today: dt.date) -> Iterator[RotaPage]:
    shown = _page(qtbot, AppContext(demo_store, today=lambda: today))
    yield shown
    for dialog in shown.findChildren(QDialog):
        dialog.reject()


def fill(qtbot: QtBot, page: RotaPage) -> None:
    """Ctrl+Enter (the button flashes, then fills), and wait for the background work to end."""
    with qtbot.waitSignal(page.busy.finished, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Return, CTRL)


def save(qtbot: QtBot, page: RotaPage) -> None:
    assert page.banner.isVisible()
    qtbot.mouseClick(page.banner.save_button, Qt.MouseButton.LeftButton)
    assert page.proposal is None and not page.banner.isVisible()


def choose(page: RotaPage, row: int, person: int = 0) -> tuple[int, int]:
    """Choose a session in the table and one of its facilitators below; their ids."""
    select_row(page.table, row)
    page.details.people.setCurrentRow(person)
    on = page.details.person()
    assert page.details.session is not None and on is not None
    return page.details.session.meeting_id, on.person_id


def test_fill_save_lock_swap_fill_again_keeps_the_lock_and_lists_the_swap(
    qtbot: QtBot, page: RotaPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _saved(store) == set()
    assert page.model.rowCount() >= 10  # three months of Tuesdays, nobody on them yet
    assert status_text(page.model.rows[0]) == "2 places to fill"

    fill(qtbot, page)
    assert page.proposal is not None and page.view is not None and not page.view.saved
    assert "Proposal" in page.summary_label.text()
    save(qtbot, page)
    first_save = _saved(store)
    assert first_save and page.view is not None and page.view.saved

    # Lock the first session's first facilitator with Ctrl+L.
    locked_meeting, locked_person = choose(page, 0)
    qtbot.keyClick(page.details.people, Qt.Key.Key_L, CTRL)
    # A button's shortcut clicks it after a short flash.
    qtbot.waitUntil(lambda: (locked_meeting, locked_person, True) in _saved(store))
    assert "(locked)" in page.model.text(page.model.rows[0], 4)

    # Swap the third session's first facilitator through the dialog.
    swap_meeting, out_person = choose(page, 2)
    qtbot.mouseClick(page.details.swap_button, Qt.MouseButton.LeftButton)
    dialog = page.dialogs.current
    assert isinstance(dialog, RotaSwapDialog)
    candidate = dialog.candidate()
    assert candidate is not None and candidate.allowed  # the fairest who fits comes first
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("?"))
    dialog.note.setText("Asked at the last session")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == []  # no rule broken, no question
    assert page.dialogs.current is None
    after_swap = _saved(store)
    assert (swap_meeting, candidate.person_id, True) in after_swap
    assert all(p != out_person for m, p, _ in after_swap if m == swap_meeting)

    fill(qtbot, page)
    assert _saved(store) == after_swap  # the new proposal is not saved yet
    save(qtbot, page)
    final = _saved(store)
    assert (locked_meeting, locked_person, True) in final
    assert (swap_meeting, candidate.person_id, True) in final

    page.tabs.setCurrentIndex(CHANGES_TAB)
    changes = page.changes.model.rows
    assert [c.kind for c in changes] == ["swap"]
    assert changes[0].note == "Asked at the last session"
    what = page.changes.model.text(changes[0], 2)
    assert f"{candidate.name} took" in what


def test_a_proposal_is_not_saved_until_asked(
    qtbot: QtBot, demo_page: RotaPage, demo_store: Store
) -> None:
    before = _saved(demo_store)
    fill(qtbot, demo_page)
    assert demo_page.banner.isVisible()
    assert "not saved yet" in demo_page.banner.label.text()
    assert not demo_page.controls.group_combo.isEnabled()  # the choice waits for Save/Discard
    assert not demo_page.details.swap_button.isEnabled()
    assert _saved(demo_store) == before
    qtbot.mouseClick(demo_page.banner.discard_button, Qt.MouseButton.LeftButton)
    assert _saved(demo_store) == before
    assert demo_page.view is not None and demo_page.view.saved
    assert not demo_page.banner.isVisible() and demo_page.controls.group_combo.isEnabled()


def test_the_fairness_table_shows_each_facilitator_and_sorts(
    qtbot: QtBot, demo_page: RotaPage, demo_store: Store
) -> None:
    demo_page.tabs.setCurrentIndex(FAIRNESS_TAB)
    fairness = demo_page.fairness
    names = [row.name for row in fairness.people_model.rows]
    assert sorted(names) == sorted(f.name for f in rota_service.list_facilitators(demo_store))
    assert names == sorted(names, key=str.casefold)
    assert fairness.pairs_model.rowCount() > 0
    # Sorting by the share of what was offered, largest first.
    fairness.people.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    shares = [fairness.people_model.sort_key(row, 5) for row in fairness.people_model.rows]
    assert shares == sorted(shares, reverse=True)
    assert "in proportion to what they offered" in fairness.intro.text()


def test_a_group_without_facilitators_says_so_and_saves_nothing(
    qtbot: QtBot, store: Store, context: AppContext, today: dt.date
) -> None:
    group_id = _group(store, today, "Wednesday Walk")
    page = _page(qtbot, context)
    page.controls.choose_group(group_id)
    fill(qtbot, page)
    assert page.proposal is None
    assert page.error_label.isVisible()
    assert page.error_label.text() == (
        "Nobody facilitates Wednesday Walk yet: add facilitators to the group first."
    )
    assert _saved(store) == set()


def test_taking_someone_off_can_be_undone(qtbot: QtBot, page: RotaPage, store: Store) -> None:
    fill(qtbot, page)
    save(qtbot, page)
    meeting_id, person_id = choose(page, 1)
    qtbot.mouseClick(page.details.take_off_button, Qt.MouseButton.LeftButton)
    assert all((m, p) != (meeting_id, person_id) for m, p, _ in _saved(store))
    assert page.undo_bar.isVisible() and "was taken off" in page.undo_bar.label.text()
    assert page.model.text(page.model.rows[1], STATUS) == "1 place to fill"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert (meeting_id, person_id, False) in _saved(store)  # back, unlocked as before
    assert page.model.text(page.model.rows[1], STATUS) == "Filled"
    page.tabs.setCurrentIndex(CHANGES_TAB)
    assert page.changes.model.rows == []  # undone: as if it had not happened


def test_calendar_files_and_the_printed_rota_are_written_in_the_background(
    qtbot: QtBot, page: RotaPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(qtbot, page)
    save(qtbot, page)
    messages: list[str] = []
    page.message.connect(messages.append)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(page.busy.finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.controls.calendar_button, Qt.MouseButton.LeftButton)
    assert len(list(tmp_path.glob("*.ics"))) == 6
    assert messages[-1] == (
        f"6 calendar files, one for each facilitator, were saved in {tmp_path}."
    )

    # The printed rota: the paper asked for reaches the printing module.
    written: list[tuple[Path, RotaView, str, bool]] = []

    def write_rota_pdf(path: Path, view: RotaView, *, paper: str, large_print: bool) -> Path:
        written.append((path, view, paper, large_print))
        path.write_bytes(b"%PDF-1.4\n")
        return path

    fake = types.ModuleType("peerdesk.printing.rota")
    fake.write_rota_pdf = write_rota_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "peerdesk.printing.rota", fake)

    def accept(dialog: RotaPrintDialog) -> int:
        dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("Letter"))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(RotaPrintDialog, "exec", accept)
    target = tmp_path / "rota"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.busy.finished, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    assert [(w[0].name, w[2], w[3]) for w in written] == [("rota.pdf", "Letter", False)]
    assert written[0][1] is page.view
    assert messages[-1] == f"Saved the rota as {target}.pdf."


def test_ctrl_9_shows_the_rota_page(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, CTRL)
    assert window.navigation.currentRow() == ROTA
    assert isinstance(window.current_page(), RotaPage)
    assert window.navigation.item(ROTA).text() == "Rota"


def test_every_control_is_named_for_screen_readers(
    qtbot: QtBot, demo_page: RotaPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(qtbot, demo_page)  # the proposal's buttons too
    roots: list[Any] = [demo_page]
    demo_page.discard()
    choose(demo_page, 2)
    demo_page.open_swap(adding=False)
    assert demo_page.dialogs.current is not None
    roots.append(demo_page.dialogs.current)
    for root in roots:
        unnamed = [
            f"{type(widget).__name__} {widget.objectName()!r}"
            for widget in interactive(root)
            if not widget.objectName() or not widget.accessibleName()
        ]
        assert unnamed == []
