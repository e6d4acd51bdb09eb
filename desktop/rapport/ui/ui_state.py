"""The window's own state file, `<data folder>/ui.ini`: geometry, current page, language.

It lives in the data folder (never the user's global settings), so each folder, and each
test, keeps its own. It is read before the database opens, which is why the interface
language is copied here: the translator must be installed before the window is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

UI_INI = "ui.ini"
GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
LANGUAGE_KEY = "interface/language"


def ui_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / UI_INI), QSettings.Format.IniFormat)


def saved_language(ini: QSettings) -> str:
    value = ini.value(LANGUAGE_KEY, "en")
    return value if isinstance(value, str) else "en"


def save_language(ini: QSettings, language: str) -> None:
    ini.setValue(LANGUAGE_KEY, language)
    ini.sync()


def saved_geometry(ini: QSettings) -> QByteArray | None:
    value = ini.value(GEOMETRY_KEY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def saved_page(ini: QSettings) -> str:
    value = ini.value(PAGE_KEY, "")
    return value if isinstance(value, str) else ""


def save_window(ini: QSettings, geometry: QByteArray, page: str) -> None:
    ini.setValue(GEOMETRY_KEY, geometry)
    ini.setValue(PAGE_KEY, page)
    ini.sync()
