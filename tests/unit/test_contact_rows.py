"""Rules both importers share (rapport.interop.contact_rows.build_row)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.fields import validate_record
from rapport.interop.contact_rows import TARGETS, Cell, build_row


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


_values = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from("0123456789 -+()x"), max_size=20),
    st.builds(lambda n, c: c * n, st.integers(150, 2_100), st.sampled_from("ab\x00é")),
    st.sampled_from(["\ud800", "ana@example.org", "yes", "no", "0", "30", "9999", "a\r\nb"]),
)
_cells = st.lists(
    st.tuples(st.sampled_from(sorted(TARGETS - {""})), _values, st.booleans()), max_size=12
)


@settings(max_examples=300, deadline=None)
@given(_cells)
def test_every_contact_a_row_makes_passes_the_writers_check(
    cells: list[tuple[str, str, bool]],
) -> None:
    """An import writes the contacts rows make without checking them again
    (`Writer.new_row(checked=True)`): whatever cells come, a contact that `build_row`
    makes must pass `validate_record`."""
    row = build_row(3, [Cell(t, 3, f"column {t}", v, split) for t, v, split in cells], {})
    if row.contact is not None:
        validate_record(row.contact)
