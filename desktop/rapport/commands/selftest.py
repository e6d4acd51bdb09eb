"""`rapport self-test`: open the window as `rapport` does, offscreen, on a fresh temporary
data folder (so it works while the app is open on your real one), visit every page,
check that text is drawn with a real font, and that Qt reported no warnings.

Prints one line per check; exits 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from rapport.ui.session import Session

CheckResult = tuple[bool, str]
TIMEOUT_MS = 60_000


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    warnings: list[str] = []

    def on_message(mode: QtMsgType, _context: object, message: str) -> None:
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            warnings.append(message)

    previous = qInstallMessageHandler(on_message)
    try:
        with tempfile.TemporaryDirectory(prefix="rapport-self-test-") as tmp:
            results = _run_checks(Path(tmp) / "data")
    finally:
        qInstallMessageHandler(previous)
    results.append(
        (not warnings, "no Qt warnings" if not warnings else "Qt warnings: " + " | ".join(warnings))
    )
    for ok, line in results:
        print(f"{'ok  ' if ok else 'FAIL'}  {line}")
    failed = sum(1 for ok, _ in results if not ok)
    print(f"self-test: {len(results) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def _run_checks(data_dir: Path) -> list[CheckResult]:
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from rapport.store.lock import FolderLock
    from rapport.ui.app import create_application, launch

    results: list[CheckResult] = []
    app = create_application()
    results.append((True, f"Qt platform: {QGuiApplication.platformName()}"))
    lock = FolderLock(data_dir).acquire()
    session = launch(app, data_dir, lock)
    try:
        loop = QEventLoop()
        session.storeOpened.connect(loop.quit)
        session.openFailed.connect(loop.quit)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        loop.exec()
        window = session.window
        results.append((window.isVisible(), "main window shown"))
        if session.folder is None:
            results.append((False, f"data folder opened: {session.problem or 'timed out'}"))
            return results
        results.append((True, f"data folder opened (temporary: {data_dir})"))
        for check in (_check_pages, _check_settings_dialog, _check_fonts, _check_spanish):
            try:
                results += check(session)
            except Exception as exc:  # a crash in a check is a failed check, not a traceback
                results.append((False, f"{check.__name__}: {type(exc).__name__}: {exc}"))
    finally:
        session.close()
        session.window.deleteLater()
        # Gone now, not at some later turn of an event loop (processEvents does not
        # delete): run in-process, a window left behind would outlive its closed data.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return results


def _check_pages(session: Session) -> list[CheckResult]:
    from PySide6.QtWidgets import QApplication

    window = session.window
    results: list[CheckResult] = []
    for row, page in enumerate(window.pages()):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        image = page.grab()
        ok = (
            window.current_page() is page
            and page.isVisible()
            and session.folder is not None
            and page.store is session.folder.store
            and bool(page.title())
            and not image.isNull()
        )
        results.append((ok, f"page {page.title()!r} shown"))
    return results


def _check_settings_dialog(session: Session) -> list[CheckResult]:
    from PySide6.QtWidgets import QApplication

    dialog = session.window.open_settings()
    if dialog is None:
        return [(False, "settings dialog opens")]
    QApplication.processEvents()
    shown = dialog.isVisible()
    dialog.reject()
    return [(shown, "settings dialog opens")]


def _check_fonts(_session: Session) -> list[CheckResult]:
    from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QImage, QPalette
    from PySide6.QtWidgets import QApplication, QLabel

    from rapport.ui.fonts import BUNDLED_FAMILY, register_bundled_fonts

    results: list[CheckResult] = []
    families = QFontDatabase.families()
    results.append((bool(families), f"{len(families)} font families available"))
    info = QFontInfo(QApplication.font())
    resolved = info.family()
    known = {family.casefold() for family in families}
    results.append(
        (
            bool(resolved) and resolved.casefold() in known,
            f"interface font resolves to {resolved!r} at {info.pointSizeF():g} pt",
        )
    )
    label = QLabel("Rapport 1:1 · José Ñandú")
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    label.render(image)
    dark = _count_dark_pixels(image)
    results.append((dark > 40, f"text renders ({dark} dark pixels in a sample label)"))
    bundled = register_bundled_fonts()
    results.append(
        (BUNDLED_FAMILY in bundled, f"bundled fonts load: {', '.join(sorted(set(bundled)))}")
    )
    return results


def _count_dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def _check_spanish(_session: Session) -> list[CheckResult]:
    from PySide6.QtCore import QTranslator

    from rapport.ui.language import translation_file

    translator = QTranslator()
    path = translation_file("es")
    loaded = translator.load(path)
    sample = translator.translate("ContactsPage", "Contacts") if loaded else None
    return [(bool(loaded and sample), f"Spanish translation loads ({path}): {sample!r}")]
