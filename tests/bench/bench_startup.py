"""Start-up: time until Rapport's main window is first on screen, against a bare Qt window.

Both are whole-subprocess wall times (interpreter start, imports, window shown, quit),
offscreen, on a data folder with 10,000 demo contacts. The bare baseline is a
QApplication with an empty QMainWindow that quits as soon as the window is first
exposed, which is when Rapport quits under RAPPORT_EXIT_AFTER_SHOW=1. Rapport starts
with no page remembered, then on each page it may have been closed on; all of these
and the bare window are started once a round, five rounds, and compared by medians.
Target: Rapport within 1.5x the bare window, on every page.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from tests.bench import harness

CONTACTS = 10_000
TARGET_RATIO = 1.5
APP_TIMEOUT_S = 60.0

BARE_WINDOW = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class QuitWhenExposed(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
handle = window.windowHandle()
if handle.isExposed():
    QTimer.singleShot(0, QApplication.quit)
else:
    watcher = QuitWhenExposed()
    handle.installEventFilter(watcher)
QTimer.singleShot(10_000, lambda: sys.exit(3))  # never exposed: fail rather than hang
sys.exit(app.exec())
"""


def app_unavailable() -> str | None:
    """Why Rapport's window cannot be measured, or None when it can."""
    try:
        spec = importlib.util.find_spec("rapport.ui.app")
    except ImportError as exc:
        return f"rapport.ui cannot be imported ({exc})"
    if spec is None:
        return "rapport.ui.app does not exist yet"
    return None


PAGES = ("today", "contacts", "calendar", "meetings", "trainings", "sync")


def run() -> None:
    with harness.temp_dir("rapport-bench-startup-") as tmp:
        data = tmp / "data"
        built = harness.make_demo_folder(data, CONTACTS)
        harness.info(f"demo folder with {CONTACTS:,} contacts built in {built:.1f} s")

        script = tmp / "bare_window.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        bare_name = "bare QMainWindow"
        name = f"start-up to first show ({CONTACTS:,} contacts)"

        def bare_run() -> float:
            return harness.run_process([sys.executable, str(script)])

        reason = app_unavailable()
        if reason is None:
            # The window opens on the page it was closed on: each one must start as fast.
            # Every start (the bare window's too) is measured once a round, so a change in
            # the machine's load falls on the baseline as much as on Rapport.
            starts: dict[str, Callable[[], float]] = {
                "bare": bare_run,
                "app": partial(_run_app, data),
            }
            starts.update({page: partial(_run_app, data, page) for page in PAGES})
            try:
                times = harness.measure_rounds(starts)
            except harness.BenchError as exc:
                reason = str(exc)
        if reason is not None:
            harness.report_value(
                f"start-up: {bare_name}", harness.median(harness.measure(bare_run))
            )
            harness.skipped(name, reason)
            return
        bare = times.pop("bare")
        app = times.pop("app")
        harness.info(_spread("bare window", bare))
        harness.info(_spread("rapport", app))
        harness.report(name, harness.median(app), bare_name, harness.median(bare), TARGET_RATIO)
        by_page = {page: harness.median(times[page]) for page in PAGES}
        harness.info(
            "start-up by remembered page (ms): "
            + ", ".join(f"{page} {t * 1000:.0f}" for page, t in by_page.items())
        )
        slowest = max(by_page, key=by_page.__getitem__)
        harness.report(
            f"start-up on the slowest remembered page ({slowest})",
            by_page[slowest],
            bare_name,
            harness.median(bare),
            TARGET_RATIO,
        )


def _run_app(data: Path, page: str | None = None) -> float:
    """One start of Rapport, on `page` as the page it was closed on (None: no page saved)."""
    ui = data / "ui.ini"
    if page is None:
        ui.unlink(missing_ok=True)
    else:  # what the window saves in ui.ini when it closes on a page
        ui.write_text(f"[window]\npage={page}\n", encoding="utf-8")
    try:
        return harness.run_process(
            harness.rapport_command(data),
            env={"RAPPORT_EXIT_AFTER_SHOW": "1"},
            timeout=APP_TIMEOUT_S,
        )
    except harness.BenchError as exc:
        if "did not finish" in str(exc):
            raise harness.BenchError(
                f"{exc}; does the window quit under RAPPORT_EXIT_AFTER_SHOW=1?"
            ) from None
        raise


def _spread(label: str, times: list[float]) -> str:
    ms = sorted(round(t * 1000) for t in times)
    return f"{label}: {len(times)} runs, ms {ms}"
