"""English and Spanish: the .ts is complete, and the window speaks Spanish when asked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QListWidget, QMenu
from pytestqt.qtbot import QtBot

from rapport.paths import resources_dir
from rapport.store.lock import FolderLock
from rapport.ui.app import launch
from rapport.ui.language import LANGUAGE_NAMES, install_language
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from tests.gui.helpers import save_language

TS = resources_dir() / "translations" / "rapport_es.ts"
EN_TS = resources_dir() / "translations" / "rapport_en.ts"  # English plural forms
PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def ts_messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    """A message's translation: its plural forms (Spanish: one, other), or the one text."""
    translation = message.find("translation")
    assert translation is not None
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_every_message_in_the_spanish_ts_is_translated() -> None:
    messages = ts_messages()
    assert len(messages) > 40
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        if message.get("numerus") == "yes":
            assert len(forms(message)) == 2, (context, source)  # Spanish: one, other
        for text in forms(message):
            assert text.strip(), (context, source)
            # Placeholders such as {folder} and %n must survive translation; {detail}
            # (a library's own English words) may be left out.
            assert kept_placeholders(text) == kept_placeholders(source), source


def kept_placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "{detail}")


def test_the_compiled_qm_matches_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    stale = []
    for context, source, message in ts_messages():
        if message.get("numerus") == "yes":
            one, other = forms(message)
            found = [translator.translate(context, source, None, n) for n in (1, 5)]
            if found != [one, other]:
                stale.append(source)
        elif translator.translate(context, source) != forms(message)[0]:
            stale.append(source)
    assert stale == [], "run `make translations`"


def test_english_has_a_singular_for_every_plural_message(qapp: QApplication) -> None:
    """English texts are the sources; its file gives each "%n …" message its singular."""
    from PySide6.QtCore import QCoreApplication

    spanish_plurals = {(c, s) for c, s, m in ts_messages() if m.get("numerus") == "yes"}
    english = ts_messages(EN_TS)
    assert {(c, s) for c, s, _m in english} == spanish_plurals  # every one, nothing else
    translator = QTranslator()
    assert translator.load(str(EN_TS.with_suffix(".qm")))
    for context, source, message in english:
        one, other = forms(message)
        assert other == source and one, source
        found = [translator.translate(context, source, None, n) for n in (1, 5)]
        assert found == [one, source], "run `make translations`"
    try:
        assert install_language(qapp, "en")
        minutes = QCoreApplication.translate("MeetingDialog", "%n minutes", None, 1)
        assert minutes == "1 minute"
        assert QCoreApplication.translate("BlockDialog", "%n slots", None, 3) == "3 slots"
    finally:
        install_language(qapp, "en")


def visible_texts(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QTabWidget, QTreeWidget

    texts = [action.text() for action in window.findChildren(QAction)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [box.title() for box in window.findChildren(QGroupBox)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(i) for i in range(tree.columnCount())]
    texts += [action.statusTip() for action in window.findChildren(QAction)]
    texts += [menu.title() for menu in window.findChildren(QMenu)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    for widget in window.findChildren(QListWidget):
        texts += [widget.item(row).text() for row in range(widget.count())]
    return [text for text in texts if text]


def test_spanish_is_installed_before_the_window_is_built(
    app: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    save_language(data_dir, "es")
    session = launch(app, data_dir, FolderLock(data_dir).acquire())
    try:
        assert session.folder is None  # the database opens only after the window is shown
        assert session.window.sidebar.item(0).text() == "Hoy"
        assert session.window.status.organizer_label.text() == "Abriendo tus datos…"
        qtbot.waitUntil(lambda: session.folder is not None)
    finally:
        session.close()
        install_language(app, "en")


def test_the_window_starts_in_spanish_when_that_is_the_saved_language(
    launch_window: Callable[..., Session],
) -> None:
    window = launch_window(language="es").window
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sidebar == [
        "Hoy",
        "Contactos",
        "Calendario",
        "Reuniones 1:1",
        "Capacitaciones",
        "Sincronización",
    ]
    menus = window.menu_actions.menus
    assert [m.title() for m in (menus.file, menus.edit, menus.view, menus.help)] == [
        "&Archivo",
        "&Edición",
        "&Ver",
        "A&yuda",
    ]
    today = window.current_page()
    assert today.findChild(QLabel, "pageTitle").text() == "Hoy"
    boxes = [box.title() for box in today.findChildren(QGroupBox)]
    assert boxes and "Today's 1:1s" not in boxes and all(boxes)


def test_nothing_in_the_spanish_window_is_left_in_english(
    launch_window: Callable[..., Session],
) -> None:
    session = launch_window(language="es")
    for page in session.window.pages():  # every screen built, with its data
        session.window.show_page(page.key)
    english = {source.replace("&", "") for _, source, _ in ts_messages()}
    spanish = {(m.findtext("translation") or "").replace("&", "") for _, _, m in ts_messages()}
    leftovers = {
        text
        for text in (t.replace("&", "") for t in visible_texts(session.window))
        if text in english and text not in spanish
    }
    assert leftovers == set()
    dialog = session.window.open_settings()
    assert dialog is not None
    assert dialog.windowTitle() == "Configuración"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == list(
        LANGUAGE_NAMES.values()
    )
    dialog.reject()


def test_choosing_spanish_in_settings_switches_the_window_at_once(
    qtbot: QtBot, launch_window: Callable[..., Session]
) -> None:
    session = launch_window()
    window = session.window
    assert window.sidebar.item(1).text() == "Contacts"
    dialog = window.open_settings()
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Contactos")
    assert window.menu_actions.menus.file.title() == "&Archivo"
    assert window.status.organizer_label.text() == "Añade tu nombre en Configuración"
    assert "language=es" in (session.data_dir / "ui.ini").read_text()

    # ...and the next start installs Spanish before the window is built.
    session.close()
    again = launch_window()
    assert again.window.sidebar.item(0).text() == "Hoy"
