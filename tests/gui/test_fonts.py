"""The bundled DejaVu Sans fonts load, and the window's text has a real font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo

from rapport.paths import resources_dir
from rapport.ui.fonts import BUNDLED_FAMILY, BUNDLED_FILES, register_bundled_fonts
from rapport.ui.main_window import MainWindow


def test_the_bundled_fonts_and_their_license_are_shipped() -> None:
    fonts = resources_dir() / "fonts"
    for name in BUNDLED_FILES:
        assert (fonts / name).stat().st_size > 100_000
    assert "Bitstream" in (fonts / "LICENSE-DejaVu.txt").read_text()


def test_the_bundled_fonts_register_as_dejavu_sans(qapp: object) -> None:
    assert register_bundled_fonts() == [BUNDLED_FAMILY, BUNDLED_FAMILY]
    assert "Bold" in QFontDatabase.styles(BUNDLED_FAMILY)


def test_page_titles_use_a_real_bold_font(window: MainWindow) -> None:
    title = window.current_page().findChild(object, "pageTitle")
    info = QFontInfo(title.font())
    assert info.family() in QFontDatabase.families()
    assert info.bold()
    assert info.pointSizeF() > QFontInfo(window.font()).pointSizeF()
