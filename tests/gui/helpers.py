"""Helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path

from rapport.domain.settings import Settings
from rapport.store.settings import save_settings
from rapport.ui import ui_state
from rapport.workspace import open_workspace


def save_language(data_dir: Path, language: str) -> None:
    """What saving the language in Settings leaves behind: the setting in the database,
    and its copy in ui.ini that the next start reads before the database opens."""
    folder = open_workspace(data_dir)
    try:
        save_settings(folder.store, Settings(language=language))
    finally:
        folder.close()
    ui_state.save_language(ui_state.ui_settings(data_dir), language)


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF, with runs of white space as single spaces."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
