"""Fixtures for the unit tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.sync_helpers import Laptop


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Two laptops, Ana's and Beto's, each with its own data folder and clock."""
    a, b = Laptop(tmp_path / "ana"), Laptop(tmp_path / "beto")
    yield a, b
    a.close()
    b.close()
