"""Opening a window at a comfortable size that still fits a small laptop's screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a window for a title bar, a task bar and the window's frame.
SPARE_WIDTH, SPARE_HEIGHT = 40, 60


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`window` at `width` x `height`, or smaller where the screen has less free room
    (never below the window's own minimum). The primary screen, where new windows open:
    asking a window not yet shown for its own screen has crashed Qt."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - SPARE_WIDTH)
        height = min(height, room.height() - SPARE_HEIGHT)
    window.resize(width, height)
