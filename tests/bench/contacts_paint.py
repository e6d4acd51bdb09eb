"""The Contacts screen's first paint and scrolling, measured in this process (offscreen Qt).

First paint: a new Contacts screen built, given the open store (count + first page of
the list), and its table painted at 1280x800. Beside it, the same count and first 100
rows read straight with sqlite3 and painted by a QTableView over an in-memory
QStandardItemModel of those rows: the least any table of these rows could cost.
Target: under 150 ms.

Scrolling: a jump to the middle of the list and a repaint (a page read from the store),
then a step of one screen down (already read).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tests.bench import harness

FIRST_PAINT_TARGET_S = 0.150
SIZE = (1280, 800)


def run_paint(store: object, db: Path, contacts: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # The offscreen platform says this of every window it shows; it is not about us.
    qInstallMessageHandler(
        lambda _kind, _context, text: None if "propagateSizeHints" in text else print(text)
    )
    from rapport.store.core import Store

    assert isinstance(store, Store)
    ours = harness.measure(lambda: _first_paint(app, store), warmup=1)
    raw = harness.measure(lambda: _raw_paint(app, db), warmup=1)
    harness.report(
        f"Contacts screen first paint on {contacts:,} contacts (build + count + page + paint)",
        harness.median(ours),
        "sqlite3 count + 100 rows painted in a plain QTableView",
        harness.median(raw),
    )
    harness.report(
        "Contacts first paint against the 150 ms target",
        harness.median(ours),
        "target",
        FIRST_PAINT_TARGET_S,
        target_ratio=1.0,
    )
    _scroll(app, store, contacts)


def _first_paint(app: object, store: object) -> None:
    from rapport.ui.contacts.page import ContactsPage

    page = ContactsPage()
    page.resize(*SIZE)
    page.show()  # builds the screen (its widgets appear on the next event loop turn)
    page.set_store(store)  # type: ignore[arg-type]
    app.processEvents()  # type: ignore[attr-defined]
    page.table.viewport().repaint()
    _check_painted(page)
    page.deleteLater()
    _drain(app)


def _raw_paint(app: object, db: Path) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(db)
    try:
        conn.execute("SELECT count(*) FROM contact_list").fetchone()
        rows = conn.execute(
            "SELECT c.first_name || ' ' || c.last_name, cl.phone_key, cl.email_key, cl.turf, "
            "cl.stage, cl.tags, cl.last_one_on_one, cl.next_step_what "
            "FROM contact_list cl JOIN contact c ON c.id = cl.contact_id "
            "ORDER BY cl.name_key LIMIT 100"
        ).fetchall()
    finally:
        conn.close()
    model = QStandardItemModel(len(rows), 8)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(*SIZE)
    view.show()
    app.processEvents()  # type: ignore[attr-defined]
    view.viewport().repaint()
    view.deleteLater()
    _drain(app)


def _scroll(app: object, store: object, contacts: int) -> None:
    from rapport.ui.contacts.page import ContactsPage

    page = ContactsPage()
    page.resize(*SIZE)
    page.show()
    page.set_store(store)  # type: ignore[arg-type]
    app.processEvents()  # type: ignore[attr-defined]
    _check_painted(page)
    table = page.table
    bar = table.verticalScrollBar()
    positions = [contacts // 2 + step * 997 for step in range(8)]

    def jump() -> None:
        table.scrollTo(page.model.index(positions.pop(0), 0))
        table.viewport().repaint()

    def step() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()

    jumps = harness.measure(jump, repeat=len(positions) - 1, warmup=1)
    steps = harness.measure(step, repeat=20, warmup=1)
    page.deleteLater()
    _drain(app)
    harness.report_value("Contacts: jump to the middle of the list and repaint", max(jumps))
    harness.report_value("Contacts: scroll one screen down and repaint", harness.median(steps))


def _check_painted(page: object) -> None:
    """The measurement is void unless the table really showed rows."""
    table = page.table  # type: ignore[attr-defined]
    assert table.isVisible() and table.rowAt(10) == 0 and table.model().rowCount() > 0


def _drain(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
