"""Background work: results, readable failures, progress and cancel, all back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from peerdesk.core.errors import ValidationError
from peerdesk.ui.operations import Progress, run_in_background, wait_for_background_work


def test_success_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[object, int]] = []
    worker_threads: list[int] = []

    def work(_: Progress) -> int:
        worker_threads.append(threading.get_ident())
        return 42

    run_in_background(work, lambda r: seen.append((r, threading.get_ident())), seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, gui_thread)]
    assert worker_threads[0] != gui_thread


def test_a_domain_error_becomes_its_message(qtbot: QtBot) -> None:
    failures: list[str] = []

    def work(_: Progress) -> None:
        raise ValidationError("Please enter a preferred name.")

    run_in_background(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == ["Please enter a preferred name."]


def test_an_unexpected_error_is_reported_not_raised(qtbot: QtBot) -> None:
    failures: list[str] = []

    def work(_: Progress) -> None:
        raise RuntimeError("disk on fire")

    run_in_background(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == ["Something went wrong: disk on fire"]


def test_progress_is_reported_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    steps: list[int] = []
    cancelled: list[bool] = []
    finished: list[object] = []
    release = threading.Event()

    def work(progress: Progress) -> str:
        for step in range(1000):
            progress.report(step, 1000, "working")
            if step == 3:
                release.wait(5)
        return "done"

    operation = run_in_background(
        work,
        finished.append,
        finished.append,
        on_progress=lambda done, _total, _text: steps.append(done),
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: len(steps) >= 3)
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert finished == []
    assert max(steps) < 999
    assert wait_for_background_work()
