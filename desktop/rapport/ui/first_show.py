"""Knowing when the window is first on screen (exposed and painted)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class FirstShow(QObject):
    """Emits `shown` once, just after `window` is first exposed and painted.

    Watches the native window's Expose event; the signal is queued so the window paints
    first. A fallback timer covers platforms that never report exposure (e.g. a window
    started minimized), so whatever waits for `shown` always happens.
    """

    shown = Signal()

    def __init__(self, window: QWidget, fallback_ms: int = 2000) -> None:
        super().__init__(window)
        self._window = window
        self._handle: QWindow | None = None
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._fire)

    def watch(self) -> None:
        """Call right after `window.show()` (exposure is reported by a later event)."""
        self._fallback.start()
        handle = self._window.windowHandle()
        if handle is None:
            return
        self._handle = handle
        if handle.isExposed():
            QTimer.singleShot(0, self._fire)
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and self._handle is not None
            and watched is self._handle
            and self._handle.isExposed()
        ):
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        self.shown.emit()
