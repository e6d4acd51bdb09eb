"""Installing the interface language: Rapport's own translations plus Qt's (buttons, menus).

On a switch, the translators installed before are removed and new ones installed; Qt
then sends every widget a LanguageChange event, on which it sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rapport.paths import resources_dir

# Shown in each language's own name, so they are not translated.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
_LOCALES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}

# The translators this module installed. Translators belong to the whole application,
# so this is per process, like Qt's own list. (Asking the application for its QTranslator
# children instead would wrap all its children for Python, which slows start-up.)
_installed: list[QTranslator] = []


def translation_file(language: str) -> str:
    return str(resources_dir() / "translations" / f"rapport_{language}.qm")


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the interface to `language`; returns False if its translation is missing."""
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(_LOCALES.get(language, QLocale.Language.English)))
    if language not in LANGUAGE_NAMES:
        return False
    ours = QTranslator(app)
    if not ours.load(translation_file(language)):
        ours.deleteLater()
        return language == "en"  # English reads well enough without its plural forms
    if language == "en":  # the texts are English: its file holds only plural forms
        app.installTranslator(ours)
        _installed.append(ours)
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        qt.deleteLater()
    app.installTranslator(ours)  # installed last, so it is asked first
    _installed.append(ours)
    return True
