"""Phone numbers: one comparable form (E.164) for matching, and bare digits for search.

Contacts keep their phones as the person wrote them ("(555) 010-1234 ext 5"); these
helpers give a key to compare them by. `normalize_phone` uses Google's libphonenumber
rules (the `phonenumbers` package), so "+1 (555) 010-1234", "555.010.1234" and
"5550101234" all give "+15550101234" in the default region "US".
"""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

MAX_INPUT = 250  # libphonenumber refuses longer input anyway
MEXICO = 52
# The plain ways a North American number is written ("(555) 010-1234", "555.010.1234",
# "+1 555 010 1234", "1-555-010-1234"). For these libphonenumber's answer is always
# "+1" and the ten digits (a property test holds it to that), and working it out here
# is some fifty times faster: an import of 100,000 contacts reads every phone.
_NANP_PLAIN = re.compile(
    r"(?:\+?1[ .\-]?)?(?:\(([2-9]\d\d)\)|([2-9]\d\d))[ .\-]?(\d{3})[ .\-]?(\d{4})"
)
_NANP_REGIONS = frozenset({"US", "CA"})


def normalize_phone(text: str, default_region: str = "US") -> str | None:
    """The number in E.164 form ("+15550101234"), or None when it cannot be one.

    A number without a country code is read as a number of `default_region` (an ISO
    3166 two-letter code). An extension ("ext 5", "x5") is left out: E.164 has none.
    "Possible" means the right length for its country, checked against
    libphonenumber's metadata; a number known only locally (a US number without its
    area code, "555-1234") is not, since its E.164 form would be wrong. Mexican
    mobiles written with the retired "1" after +52 ("+52 1 55 1234 5678") lose it.
    """
    text = text.strip()
    if not text or len(text) > MAX_INPUT:
        return None
    region = default_region.upper()
    if region in _NANP_REGIONS:
        plain = _NANP_PLAIN.fullmatch(text)
        if plain is not None:
            area = plain.group(1) or plain.group(2)
            return f"+1{area}{plain.group(3)}{plain.group(4)}"
    return _parsed(text, region)


@functools.lru_cache(maxsize=4_096)
def _parsed(text: str, region: str) -> str | None:
    """libphonenumber's reading (cached: an import asks twice for each phone)."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    if (
        number.country_code == MEXICO
        and len(str(number.national_number)) == 11
        and str(number.national_number).startswith("1")
    ):
        number.national_number = int(str(number.national_number)[1:])
    if phonenumbers.is_possible_number_with_reason(number) != ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def phone_digits(text: str) -> str:
    """Just the digits of `text`, as ASCII ("(555) 010-1234" -> "5550101234").

    Digits of other scripts (full-width, Arabic-Indic, ...) count as their ASCII digit.
    """
    out = []
    for ch in text:
        if "0" <= ch <= "9":
            out.append(ch)
        elif ord(ch) > 127:
            value = unicodedata.decimal(ch, None)
            if value is not None:
                out.append(str(value))
    return "".join(out)
