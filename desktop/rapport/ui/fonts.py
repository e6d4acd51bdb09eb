"""Fonts: the system's when it has any, else the DejaVu Sans files shipped in resources/fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from rapport.paths import resources_dir

BUNDLED_FAMILY = "DejaVu Sans"
BUNDLED_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def register_bundled_fonts() -> list[str]:
    """Add the shipped fonts to the application; returns the families they provide."""
    families: list[str] = []
    for name in BUNDLED_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id != -1:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def ensure_fonts(app: QApplication) -> bool:
    """Use the bundled font when the system has no font that can write Latin text.

    Returns True when the bundled font was needed. Checking costs nothing extra (Qt
    builds its font list before the first text is drawn anyway); loading the files is
    skipped on the usual machine that has fonts.
    """
    if QFontDatabase.families():
        return False
    if BUNDLED_FAMILY in register_bundled_fonts():
        font = QFont(BUNDLED_FAMILY)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return True
