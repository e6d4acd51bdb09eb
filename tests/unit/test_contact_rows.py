"""Rules both importers share (rapport.interop.contact_rows.build_row)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.fields import validate_record
from rapport.interop.contact_rows import TARGETS, TEXT_TARGETS, Cell, build_row


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


@settings(max_examples=300, deadline=None)
@given(_cells)
def test_text_fields_given_as_single_values_are_checked_as_cells_are(
    cells: list[tuple[str, str, bool]],
) -> None:
    """A CSV column that alone feeds a text field comes as a `single` value, not a
    cell: the row is the same, and its contact passes the writer's check."""
    counts = {t: sum(1 for c in cells if c[0] == t) for t, _v, _s in cells}
    alone = {t: v for t, v, _s in cells if counts[t] == 1 and t in TEXT_TARGETS and v}
    as_cells = build_row(3, [Cell(t, 3, f"column {t}", v, split) for t, v, split in cells], {})
    rest = [Cell(t, 3, f"column {t}", v, split) for t, v, split in cells if t not in alone]
    labels = {t: f"column {t}" for t in alone}
    as_single = build_row(3, rest, {}, single=alone, labels=labels)
    assert sorted(as_single.problems) == sorted(as_cells.problems)  # (single ones first)
    assert (as_single.contact is None) == (as_cells.contact is None)
    if as_single.contact is not None and as_cells.contact is not None:
        assert as_single.contact == dataclasses.replace(as_cells.contact, id=as_single.contact.id)
        validate_record(as_single.contact)


@pytest.mark.parametrize(
    ("target", "value"),
    [("phones", "555 010 0001\x00"), ("emails", "ana\ud800@example.org")],
)
def test_a_phone_or_email_no_field_can_hold_refuses_the_row(target: str, value: str) -> None:
    cell = Cell(target, 5, f"column {target}", value, False)
    row = build_row(5, [cell], {}, single={"first_name": "Ana"})
    assert row.contact is None
    assert [str(p) for p in row.problems] == [
        f"line 5: {target} must be a list of texts of at most 5,000 characters each"
    ]
