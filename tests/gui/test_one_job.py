"""`OneJob`: a page's one long job at a time, stopped cleanly when the application quits."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rapport.sync.apply import Cancelled
from rapport.ui.one_job import OneJob


def held_work(started: threading.Event, seen: list[str]) -> Callable[..., object]:
    """Work that runs until it is cancelled, noting what it saw."""

    def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        seen.append("cancelled")
        raise Cancelled

    return work


def test_one_job_at_a_time_then_the_next(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ended: list[str] = []
    jobs = OneJob(owner, ended=lambda: ended.append("ended"))
    started, seen = threading.Event(), []
    first = jobs.start("Working…", held_work(started, seen))
    assert first is not None and jobs.busy()
    assert started.wait(5)
    assert jobs.start("Again…", lambda _p, _c: 1) is None  # refused while one runs

    first.cancel()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5_000)
    qtbot.waitUntil(lambda: ended == ["ended"], timeout=5_000)
    assert seen == ["cancelled"] and jobs.job is None

    results: list[object] = []
    second = jobs.start("Counting…", lambda _p, _c: 42)
    assert second is not None
    second.succeeded.connect(results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5_000)
    qtbot.waitUntil(lambda: ended == ["ended", "ended"], timeout=5_000)


def test_quitting_cancels_the_running_job_and_waits_for_it(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = OneJob(owner)
    started, seen = threading.Event(), []
    job = jobs.start("Working…", held_work(started, seen))
    assert job is not None and started.wait(5)

    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what quitting the application sends

    # The work saw the cancel and its thread has ended before the signal returned.
    assert seen == ["cancelled"]
    assert job.wait(0)
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5_000)
