"""Where Rapport keeps its data: --data-dir, then RAPPORT_DATA_DIR, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "RAPPORT_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Rapport", appauthor=False))


def resolve_data_dir(option: str | None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside a packaged app."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
