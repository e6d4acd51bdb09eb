"""Shared fixtures: every test gets its own data folder; nothing touches the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest_plugins = ["tests.pg"]

if TYPE_CHECKING:
    from rapport.store.open import OpenFolder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point RAPPORT_DATA_DIR away from the real user folder for every test."""
    monkeypatch.setenv("RAPPORT_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[OpenFolder]:
    from rapport.workspace import open_workspace

    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()
