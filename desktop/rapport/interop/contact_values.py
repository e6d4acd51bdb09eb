"""Source values of contacts, one at a time: cleaning and guarding text, telling
phones and emails, splitting lists, names and addresses, reading yes/no, stages and
numbers. `contact_rows.build_row` puts them together into a row."""

from __future__ import annotations

import functools
import re
import unicodedata

from rapport.domain.phones import normalize_phone, phone_digits
from rapport.domain.records import DEFAULT_LADDER

_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(raw: str, *, unguard: bool = False) -> str:
    """A source value as stored: NFC, "\\n" line breaks, trimmed.

    With `unguard`, one leading apostrophe before = + - @ is removed: `write_csv` adds
    it so spreadsheets do not run the cell as a formula.
    """
    text = raw.strip()
    if text.isascii() and "\r" not in text and not (unguard and text[:1] == "'"):
        return text  # most values: plain ASCII, only stripped (an import cleans millions)
    if "\r" in raw:
        text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    if unguard and text[:1] == "'" and _GUARDED.match(text):
        text = text[1:]
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def cell_value(raw: str | None) -> str:
    """A source cell as stored (`clean`, with a spreadsheet's apostrophe guard taken
    off); "" for a missing cell. Most cells are plain ASCII and only need stripping:
    they skip the call (an import reads over a million)."""
    if not raw:
        return ""
    value = raw.strip()
    if not value.isascii() or "\r" in value or value[:1] == "'":
        value = clean(raw, unguard=True)
    return value


def export_text(value: str) -> str:
    """A value as written to a file: "\\n" line breaks, no control characters."""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def guard_formula(value: str) -> str:
    """Prefix an apostrophe when a spreadsheet would take the cell for a formula."""
    return "'" + value if _NEEDS_GUARD.match(value) else value


def show(value: str, width: int = 60) -> str:
    """A value quoted for a message, cut short when long."""
    return repr(short(value, width))


def short(value: str, width: int = 60) -> str:
    """A value cut short when long, for a message."""
    return value if len(value) <= width else value[: width - 1] + "…"


_EMAIL_CHARS = r"[^@\s,;<>()\[\]\\\"]"
_EMAIL = re.compile(rf"{_EMAIL_CHARS}+@(?:{_EMAIL_CHARS}+\.)+[^@\s,;<>()\[\]\\\".]{{2,}}")
_PHONEISH = re.compile(
    r"(?P<main>\+?[\d\s().\-/]+?)\s*(?:(?:ext\.?|extension|ext|x|#)\s*\d{1,6})?", re.IGNORECASE
)


def is_email(value: str) -> bool:
    return (
        len(value) <= 254
        and _EMAIL.fullmatch(value) is not None
        and ".." not in value
        and not value.startswith(".")
        and ".@" not in value
        and "@." not in value
    )


def is_phone(value: str) -> bool:
    """Whether `value` can be a phone number.

    Yes when libphonenumber reads it as a possible number (US numbers without a
    country code); also, so numbers from other countries written without their
    country code are kept, when it is only digits, spaces and + ( ) . - / with 7 to 15
    digits, and maybe an extension ("x12", "ext. 12").
    """
    return normalize_phone(value) is not None or _loose_phone(value)


def _loose_phone(value: str) -> bool:
    m = _PHONEISH.fullmatch(value)
    return m is not None and 7 <= len(phone_digits(m.group("main"))) <= 15


def phone_key(value: str) -> str:
    return normalize_phone(value) or phone_digits(value)


def phone_key_if_phone(value: str) -> str | None:
    """`phone_key(value)` when `is_phone(value)`, else None (libphonenumber asked once)."""
    key = normalize_phone(value)
    if key is not None:
        return key
    return phone_digits(value) if _loose_phone(value) else None


_PHONE_SEPARATORS = re.compile(r"\s*(?:;|,|:::|\n|\|)\s*")
_EMAIL_SEPARATORS = re.compile(r"\s*(?:[;,]|:::)\s*")
_TAG_SEPARATORS = re.compile(r"\s*(?:;|,|:::|\n)\s*")
# A character a separator starts with: a value with none is one item (most values; an
# import splits hundreds of thousands, and this look is a third of a split's cost).
_PHONE_SPLIT_AT = re.compile(r"[;,:\n|]")
_EMAIL_SPLIT_AT = re.compile(r"[\s;,:]")
_TAG_SPLIT_AT = re.compile(r"[;,:\n]")


def split_phones(value: str) -> list[str]:
    if not _PHONE_SPLIT_AT.search(value):
        return [value] if value else []
    return [p for p in _PHONE_SEPARATORS.split(value) if p]


def split_emails(value: str) -> list[str]:
    """On ; , or :::, and on spaces only when each part is an email ("a@x.org b@y.org")."""
    if not _EMAIL_SPLIT_AT.search(value):
        return [value] if value else []
    out: list[str] = []
    for part in _EMAIL_SEPARATORS.split(value):
        words = part.split()
        if len(words) > 1 and all(is_email(bare_email(w)) for w in words):
            out += words
        elif part:
            out.append(part)
    return out


def split_tags(value: str) -> list[str]:
    if not _TAG_SPLIT_AT.search(value):
        return [value] if value else []
    return [t for t in _TAG_SEPARATORS.split(value) if t]


def split_name(full: str) -> tuple[str, str]:
    """("first", "last") from a full name: "López, Ana" or "Ana María López"."""
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.partition(" ")
    return first.strip(), last.strip()


_YES = frozenset(("yes", "y", "true", "t", "1", "x", "si", "sí", "s", "✓", "✔", "dnc"))
_NO = frozenset(("no", "n", "false", "f", "0", "-"))


def parse_flag(value: str) -> bool | None:
    word = value.strip().casefold().rstrip(".")
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


@functools.lru_cache(maxsize=1_024)
def ladder_stage(value: str) -> str:
    slug = re.sub(r"[\s\-:]+", "_", value.strip().casefold()).replace("1", "one")
    for stage in DEFAULT_LADDER:
        if slug in (stage, stage.replace("_", "")):
            return stage
    return value


_ZIP = re.compile(r"\d{4,5}(?:-\d{4})?")


def join_address(parts: list[str]) -> str:
    """Address parts, in order: "123 Main St, Springfield, IL 62701-1234"."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif len(part) == 4 and part.isdigit() and re.search(r"\b\d{5}$", out):
            out += "-" + part  # ZIP+4 after the ZIP
        elif _ZIP.fullmatch(part):
            out += " " + part  # "IL 62701"
        else:
            out += ", " + part
    return out


def bare_email(value: str) -> str:
    value = value.strip().strip("<>")
    if value[:7].casefold() == "mailto:":
        value = value[7:]
    return value


def whole_number(value: str) -> int | None:
    text = value.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if re.fullmatch(r"[+-]?\d{1,9}", text) else None
