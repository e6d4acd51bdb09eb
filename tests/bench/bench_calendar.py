"""The Calendar's week view on a folder with 5,000 demo 1:1s (`rapport demo --contacts
25000`, whose history holds 5,000 meetings).

First paint: a new Calendar screen built, given the open store (the week's meetings,
its blocks and free slots, tomorrow's calls to confirm) and its week grid painted at
1280x800 offscreen; for the current week and for a busy week of the history. Beside it,
the same week's drawn columns read straight with sqlite3 and an empty widget of the
same size painted: the least any week view could cost. Target: under 100 ms.
RAPPORT_BENCH_SCALE=0.1 runs a tenth of the size.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from tests.bench import harness

CONTACTS = 25_000  # the demo makes one 1:1 for five contacts: 5,000 meetings
TARGET_S = 0.100
SIZE = (1280, 800)
SCALE = float(os.environ.get("RAPPORT_BENCH_SCALE", "1"))


def run() -> None:
    contacts = max(1_000, int(CONTACTS * SCALE))
    with harness.temp_dir("rapport-bench-calendar-") as tmp:
        data = tmp / "data"
        built = harness.make_demo_folder(data, contacts)
        harness.report_value(f"rapport demo --contacts {contacts:,}", built, "s")
        from rapport.workspace import open_workspace

        folder = open_workspace(data)
        try:
            _run(folder.store, data / "rapport.sqlite3")
        finally:
            folder.close()


def _run(store: object, db: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(
        lambda _kind, _context, text: None if "propagateSizeHints" in text else print(text)
    )
    conn = sqlite3.connect(db)
    meetings = conn.execute("SELECT count(*) FROM meeting WHERE deleted = 0").fetchone()[0]
    busiest = conn.execute(
        "SELECT substr(starts_at, 1, 10) AS d FROM meeting GROUP BY d ORDER BY count(*) DESC, d "
        "LIMIT 1"
    ).fetchone()[0]
    conn.close()
    for label, day in (("this week", date.today()), ("busiest week", date.fromisoformat(busiest))):
        drawn = _count_drawn(store, day)
        ours = harness.measure(lambda d=day: _first_paint(app, store, d), warmup=1)
        raw = harness.measure(lambda d=day: _raw_paint(app, db, d), warmup=1)
        name = f"Calendar week view first paint, {label} ({drawn} 1:1s of {meetings:,})"
        harness.report(
            name,
            harness.median(ours),
            "sqlite3 query of the week + an empty widget painted",
            harness.median(raw),
        )
        harness.report(
            f"Calendar week first paint ({label}) against the 100 ms target",
            harness.median(ours),
            "target",
            TARGET_S,
            target_ratio=1.0,
        )


def _count_drawn(store: object, day: date) -> int:
    from rapport.domain.scheduling import day_bounds, week_start
    from rapport.store.meetings import calendar_items
    from rapport.ui.calendar.labels import system_time_zone

    monday = week_start(day)
    start, end = day_bounds(monday, monday + timedelta(days=6), system_time_zone())
    return len(calendar_items(store, start, end))  # type: ignore[arg-type]


def _first_paint(app: object, store: object, day: date) -> None:
    from rapport.domain.scheduling import week_start
    from rapport.ui.calendar.page import CalendarPage

    page = CalendarPage()
    page.resize(*SIZE)
    page.show()
    page.set_store(store)  # type: ignore[arg-type]  (builds the view on this week)
    assert page.view is not None
    if page.view.first_day() != week_start(day):  # then goes to the week asked for
        page.view.anchor = day
        page.view.refresh()
    app.processEvents()  # type: ignore[attr-defined]
    page.view.grid.repaint()
    assert page.view.grid.days == 7
    page.deleteLater()
    _drain()


def _raw_paint(app: object, db: Path, day: date) -> None:
    from PySide6.QtWidgets import QWidget

    from rapport.domain.scheduling import day_bounds, week_start
    from rapport.ui.calendar.labels import system_time_zone

    monday = week_start(day)
    start, end = day_bounds(monday, monday + timedelta(days=6), system_time_zone())
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "SELECT m.id, m.contact_id, c.first_name, c.last_name, m.kind, m.starts_at, "
            "m.duration_min, m.time_zone, m.location, m.status, m.block_id, m.confirm_call "
            "FROM meeting m LEFT JOIN contact c ON c.id = m.contact_id "
            "WHERE m.deleted = 0 AND m.starts_at >= ? AND m.starts_at < ?",
            (start, end),
        ).fetchall()
    finally:
        conn.close()
    widget = QWidget()
    widget.resize(*SIZE)
    widget.show()
    app.processEvents()  # type: ignore[attr-defined]
    widget.repaint()
    widget.deleteLater()
    _drain()


def _drain() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
