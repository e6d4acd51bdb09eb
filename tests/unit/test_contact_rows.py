"""Rules both importers share (rapport.interop.contact_rows.build_row)."""

from __future__ import annotations

import pytest

from rapport.interop.contact_rows import Cell, build_row


@pytest.mark.parametrize(
    ("notes", "why"),
    [
        ("a lone \ud800 surrogate", "is not valid Unicode text (it holds a lone surrogate)"),
        ("a NUL \x00 byte", "contains a NUL character, which is not allowed in text"),
        ("ascii then \x00", "contains a NUL character, which is not allowed in text"),
    ],
)
def test_text_no_field_can_hold_refuses_the_row(notes: str, why: str) -> None:
    cells = [
        Cell("first_name", 4, "column First", "Ana"),
        Cell("last_name", 4, "column Last", "Núñez"),
        Cell("notes", 4, "column Notes", notes),
    ]
    row = build_row(4, cells, {})
    assert row.contact is None
    assert [str(p) for p in row.problems] == [f"line 4: notes {why}"]


def test_accented_text_is_accepted() -> None:
    cells = [Cell("first_name", 2, "column First", "José"), Cell("notes", 2, "column N", "añil")]
    row = build_row(2, cells, {})
    assert row.contact is not None
    assert (row.contact.first_name, row.contact.notes, row.problems) == ("José", "añil", [])
