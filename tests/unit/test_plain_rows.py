"""The quick way to a plain CSV row (rapport.interop.plain_rows) gives what
`build_row` gives, or gives up."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.interop.contact_rows import TARGETS, ImportRow
from rapport.interop.csv_contacts import built_row, mapped_columns
from rapport.interop.plain_rows import plain_row

_TRICKY = [
    "",
    "  ",
    "Ana",
    " José ",
    "Jose\u0301",  # an accent as a combining mark: NFC makes it one letter
    "López, Ana",
    "Ana María López",
    "'=1+1",
    "'+1 (555) 010-1234",
    "'hello",
    "(555) 010-1234",
    "555.010.1234 x12",
    "+52 1 55 1234 5678",
    "555",
    "5550101234; 5550109999",
    "ana@example.org",
    "<Ana@Example.org>",
    "mailto:ana@example.org",
    "ana@example",
    "ana@example.org bo@example.net",
    "ana@example.org, ana@EXAMPLE.org",
    "yes",
    "No",
    "maybe",
    "30",
    "12.0",
    "0",
    "4000",
    "prospect",
    "Had 1:1",
    "* starred",
    "myContacts",
    "food; housing, transit",
    "x" * 61,
    "y" * 90,
    "z" * 600,
    "a\r\nb",
    "nul\x00",
    "\ud800",
    "1234 Main St",
    "Springfield",
    "62701",
    "1234",
]
# Values each target usually gets: most rows of a file are plain.
_USUAL = {
    "phones": ["5550101234", "(555) 010-1234", "'+1 555 010 9999; 555-010-1234",
               "+44 20 7946 0958", "555.010.1234 x12", "5550101234, (555) 010-1234"],
    "emails": ["ana@example.org", "<Bo@Example.org>", "mailto:c@example.net",
               "a@example.org, A@EXAMPLE.org", "a@example.org b@example.org"],
    "tags": ["housing", "housing; Housing", "* starred", "myContacts", "food; transit, parks"],
    "do_not_contact": ["yes", "no", "Y", "sí", "x", "0", ""],
    "follow_up_days": ["7", "30", "12.0", "+5", "3650", ""],
    "stage": ["prospect", "Had 1 on 1", "Volunteer", "LEADER", "something else"],
    "name": ["Ana López", "López, Ana", "Ana", ""],
}  # fmt: skip
_TEXTS = ["Ana", " José ", "Jose\u0301", "García", "'=x", "a\r\nb", "Springfield", "62701", ""]
# Targets several columns often feed (HomePhone, CellPhone; Address, City, Zip).
_OFTEN_SEVERAL = ["phones", "emails", "tags", "do_not_contact", "follow_up_days", "address"]
_targets = st.sampled_from(sorted(TARGETS)) | st.sampled_from(_OFTEN_SEVERAL)


@st.composite
def _usual_column(draw: st.DrawFn) -> tuple[str, str]:
    target = draw(_targets)
    return target, draw(st.sampled_from(_USUAL.get(target, _TEXTS)))


_any_column = st.tuples(_targets, st.one_of(st.sampled_from(_TRICKY), st.text(max_size=12)))


def _both_ways(columns: list[tuple[str, str]]) -> tuple[ImportRow | None, ImportRow]:
    """The row of these (target, value) columns made by `plain_row` and by `build_row`."""
    names = [f"C{i}" for i in range(len(columns))]
    mapping = {name: target for name, (target, _v) in zip(names, columns, strict=True)}
    source = {name: value for name, (_t, value) in zip(names, columns, strict=True)}
    mapped = mapped_columns(names, mapping)
    row = ImportRow(7, None, [], [], source, [], False)
    return plain_row(row, mapped.plain), built_row(row, mapped)


def _compare(row: ImportRow) -> ImportRow:
    """The row with its contact's new id left out."""
    contact = row.contact and dataclasses.replace(row.contact, id="")
    return dataclasses.replace(row, contact=contact)


@settings(max_examples=400, deadline=None)
@given(st.lists(_usual_column(), min_size=1, max_size=8), st.booleans())
def test_a_plain_row_is_the_row_build_row_makes(
    columns: list[tuple[str, str]], named: bool
) -> None:
    if named:  # most rows of a file have a name
        columns = [("last_name", "Núñez"), *columns]
    plain, built = _both_ways(columns)
    if plain is not None:
        assert _compare(plain) == _compare(built)


@settings(max_examples=300, deadline=None)
@given(st.lists(_usual_column() | _any_column, min_size=1, max_size=8))
def test_whatever_the_values_a_plain_row_is_never_another_row(
    columns: list[tuple[str, str]],
) -> None:
    plain, built = _both_ways(columns)
    if plain is not None:
        assert _compare(plain) == _compare(built)


VAN_LIKE = {
    "FirstName": "first_name",
    "MiddleName": "first_name",
    "LastName": "last_name",
    "Address": "address",
    "City": "address",
    "Zip5": "address",
    "HomePhone": "phones",
    "CellPhone": "phones",
    "Email": "emails",
    "Tags": "tags",
    "DoNotContact": "do_not_contact",
    "FollowUp": "follow_up_days",
    "Stage": "stage",
    "Notes": "notes",
    "Name": "name",
}


def test_an_ordinary_row_takes_the_quick_way_to_the_same_contact() -> None:
    source = {
        "FirstName": "María",
        "MiddleName": "José",
        "LastName": "Núñez",
        "Address": "12 Elm St",
        "City": "Springfield",
        "Zip5": "62701",
        "HomePhone": "(555) 010-1234",
        "CellPhone": "'+1 555 010 9999; 555-010-1234",
        "Email": "<Maria@Example.org>",
        "Tags": "housing; * tenants",
        "DoNotContact": "no",
        "FollowUp": "14",
        "Stage": "Had 1 on 1",
        "Notes": "met at the\r\nclinic",
        "Name": "Someone Else",
    }
    mapped = mapped_columns(list(VAN_LIKE), VAN_LIKE)
    row = ImportRow(3, None, [], [], source, [], False)
    plain = plain_row(row, mapped.plain)
    assert plain is not None and plain.contact is not None
    assert _compare(plain) == _compare(built_row(row, mapped))
    contact = plain.contact
    assert (contact.first_name, contact.last_name) == ("María José", "Núñez")
    assert contact.address == "12 Elm St, Springfield 62701"
    assert contact.phones == ["(555) 010-1234", "+1 555 010 9999"]
    assert contact.emails == ["Maria@Example.org"]
    assert (contact.stage, contact.follow_up_days, contact.notes) == (
        "had_one_on_one",
        14,
        "met at the\nclinic",
    )
    assert plain.tags == ["housing", "tenants"]


def test_a_row_with_something_to_tell_is_left_to_build_row() -> None:
    mapped = mapped_columns(list(VAN_LIKE), VAN_LIKE)
    ordinary = {"FirstName": "Ana", "HomePhone": "5550101234"}
    for change in (
        {"HomePhone": "555"},  # not a phone: left out, with a problem
        {"Email": "ana@"},  # not an email
        {"DoNotContact": "maybe"},
        {"FollowUp": "0"},
        {"Stage": "s" * 61},  # too long: the row is refused
        {"Notes": "nul\x00"},
    ):
        row = ImportRow(3, None, [], [], {**ordinary, **change}, [], False)
        assert plain_row(row, mapped.plain) is None, change
        assert built_row(row, mapped).problems, change
    assert plain_row(ImportRow(3, None, [], [], ordinary, [], False), mapped.plain) is not None
    named = {"Name": "Ana López", "Email": "a@example.org"}
    full_name = ImportRow(3, None, [], [], named, [], False)
    assert plain_row(full_name, mapped.plain) is None
    split = built_row(full_name, mapped).contact
    assert split is not None and (split.first_name, split.last_name) == ("Ana", "López")
    read_problem = ImportRow(3, None, [], ["line 3: 2 cells"], ordinary, ["line 3: 2 cells"], False)
    assert plain_row(read_problem, mapped.plain) is None


_pieces = st.sampled_from(["a@x.org", "555 0101", "tag", " ", ";", ",", ":::", ":", "\n", "|"])


@given(st.lists(_pieces | st.text(max_size=4), max_size=6).map("".join))
def test_a_value_with_no_separator_splits_as_the_separators_would_split_it(value: str) -> None:
    """The split helpers skip their patterns for a value with no separator in it; what
    they give must not change."""
    from rapport.interop import contact_values as cv

    assert cv.split_phones(value) == [p for p in cv._PHONE_SEPARATORS.split(value) if p]
    assert cv.split_tags(value) == [t for t in cv._TAG_SEPARATORS.split(value) if t]
    emails: list[str] = []
    for part in cv._EMAIL_SEPARATORS.split(value):
        words = part.split()
        if len(words) > 1 and all(cv.is_email(cv.bare_email(w)) for w in words):
            emails += words
        elif part:
            emails.append(part)
    assert cv.split_emails(value) == emails
