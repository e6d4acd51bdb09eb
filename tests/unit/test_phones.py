"""Phone normalisation (rapport.domain.phones): one E.164 key for every way of writing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain import phones
from rapport.domain.phones import normalize_phone, phone_digits


@pytest.mark.parametrize(
    "written",
    [
        "+1 (555) 010-1234",
        "555.010.1234",
        "5550101234",
        "(555) 010 1234 ext 5",
        "  555-010-1234  ",
        "1-555-010-1234",
        "011 1 555 010 1234",  # dialled from the US with the international prefix
    ],
)
def test_us_numbers_written_any_way_give_one_e164(written: str) -> None:
    assert normalize_phone(written) == "+15550101234"


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("+52 55 1234 5678", "US"),
        ("+52 1 55 1234 5678", "US"),  # the retired mobile "1" after +52
        ("011 52 55 1234 5678", "US"),
        ("55 1234 5678", "MX"),
        ("55 1234 5678", "mx"),
    ],
)
def test_mexican_numbers(written: str, region: str) -> None:
    assert normalize_phone(written, region) == "+525512345678"


def test_a_country_code_wins_over_the_default_region() -> None:
    assert normalize_phone("+44 20 7946 0958") == "+442079460958"
    assert normalize_phone("+1 555 010 1234", "MX") == "+15550101234"


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "   ",
        "call me",
        "n/a",
        "12",
        "555-1234",  # no area code: its E.164 form would be wrong
        "+1 555 010 12345",  # one digit too many
        "ana@example.org",
        "9" * 300,
    ],
)
def test_what_cannot_be_a_number_gives_none(garbage: str) -> None:
    assert normalize_phone(garbage) is None


def test_letters_of_a_vanity_number_count_as_digits() -> None:
    assert normalize_phone("1-800-FLOWERS") == "+18003569377"


def test_phone_digits_keeps_only_digits_as_ascii() -> None:
    assert phone_digits("+1 (555) 010-1234 ext 5") == "155501012345"
    assert phone_digits("１２３-４５６") == "123456"  # full-width digits
    assert phone_digits("٥٥٥") == "555"  # Arabic-Indic digits
    assert phone_digits("no digits ²") == ""  # a superscript is not a decimal digit


_SEPARATOR = st.sampled_from(["", " ", "-", ".", "  ", "/", "--"])


@settings(max_examples=400)
@given(
    prefix=st.sampled_from(["", "1", "+1", "+", "11", "01", "0", "+52"]),
    area=st.from_regex(r"\d{3}", fullmatch=True),
    exchange=st.from_regex(r"\d{3}", fullmatch=True),
    line=st.from_regex(r"\d{3,5}", fullmatch=True),
    seps=st.tuples(_SEPARATOR, _SEPARATOR, _SEPARATOR),
    parens=st.booleans(),
    region=st.sampled_from(["US", "CA", "us", "MX"]),
)
def test_the_quick_north_american_reading_agrees_with_libphonenumber(
    prefix: str,
    area: str,
    exchange: str,
    line: str,
    seps: tuple[str, str, str],
    parens: bool,
    region: str,
) -> None:
    written = (
        f"{prefix}{seps[0]}{f'({area})' if parens else area}{seps[1]}{exchange}{seps[2]}{line}"
    )
    assert normalize_phone(written, region) == phones._parsed(written.strip(), region.upper())
