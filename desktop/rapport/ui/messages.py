"""Telling the user about a problem: a message box on screen, plain text when headless."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def is_headless() -> bool:
    """True under the offscreen/minimal platforms (tests, self-test), where no one can
    click a message box, so it would only block."""
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Print `message` on stderr, and show it in a box when there is a screen to show it on."""
    print(f"rapport: {message}", file=sys.stderr)
    if not is_headless():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, title, message)
