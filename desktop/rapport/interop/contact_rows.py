"""What the CSV and vCard importers share: the row and file types, reading a text file
safely, and the checks that turn source values into a `Contact`.

Reading. A file is read line by line with bounded memory: a physical line longer than
`MAX_LINE` bytes, a NUL byte or another control character (binary junk), or a file
that is empty is refused as a whole with an `ImportFileError` naming the file and the
line. Encodings: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise every
line is checked as UTF-8. When some lines are not UTF-8, those lines decide the guess:
Windows-1252 (what Excel writes in the Americas and western Europe), then Mac Roman
(old Mac Excel), when the text reads as plausible Latin-script text; otherwise
charset-normalizer's best guess (Cyrillic, Greek, Japanese, ...). A file that is
mostly UTF-8 with a few Windows-1252 lines (pasted text) is read as UTF-8, those lines
as Windows-1252, and each such row says so among its problems.

Rows. `build_row` applies the rules both formats share:
- values are trimmed, put in Unicode NFC form, and line breaks become "\\n";
- a bad email or a value that cannot be a phone number is left out and named in the
  row's problems; the row is still imported when it keeps a name, a phone or an email;
- a row with no name, no phone and no email is not imported, and says why;
- a value longer than its field allows (`field_specs` max_len; for the phone and email
  lists, the list as JSON; 80 characters for a tag) refuses the whole row, naming the
  column: nothing is cut short silently;
- a "name" value (a full name) is used only when the row has no first or last name,
  and is split at the first space ("Juan de la Cruz" -> "Juan" / "de la Cruz"), or
  at the comma of "López, Ana".
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from rapport.domain.fields import FieldSpec, check_value, field_specs, plain_texts
from rapport.domain.phones import normalize_phone, phone_digits
from rapport.domain.problems import Problem
from rapport.domain.records import DEFAULT_LADDER, Contact, Tag

CHUNK = 64 * 1024
MAX_LINE = 1024 * 1024  # bytes in one physical line of a CSV file
MAX_VCARD_LINE = 16 * MAX_LINE  # an unfolded PHOTO can be long; it is skipped, not kept
MAX_VALUE = 1024 * 1024  # characters in one CSV field or one unfolded vCard line
SAMPLE = 256 * 1024  # bytes of undecodable lines given to the encoding guess

# Where a source value may go: Contact fields, plus "name" (a full name, split into
# first and last) and "tags". "" ignores the column.
MAPPING_TARGETS: tuple[tuple[str, str], ...] = (
    ("", "(ignore)"),
    ("name", "full name (split into first and last)"),
    ("first_name", "first name"),
    ("last_name", "last name"),
    ("phones", "phone"),
    ("emails", "email"),
    ("address", "address"),
    ("tags", "tags"),
    ("notes", "notes"),
    ("pronouns", "pronouns"),
    ("preferred_language", "preferred language"),
    ("turf", "turf"),
    ("how_met", "how we met"),
    ("stage", "stage"),
    ("story", "story"),
    ("issues", "issues"),
    ("shared_vision", "shared vision"),
    ("private_notes", "private notes"),
    ("do_not_contact", "do not contact"),
    ("follow_up_days", "follow-up days"),
)
TARGETS = frozenset(t for t, _ in MAPPING_TARGETS)

SPECS: dict[str, FieldSpec] = {s.name: s for s in field_specs(Contact)}
TAG_MAX = next(s.max_len for s in field_specs(Tag) if s.name == "name")


class ImportFileError(Exception):
    """The whole file cannot be imported; the message names the file and the line.

    `reason` is the message without the file name: a `Problem` (English text with a
    `code` and `params`) so a window can say it in its own language."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message if isinstance(message, Problem) else Problem("", message)
        where = Path(path).name
        super().__init__(f"{where}: {message}")


@dataclass
class ImportRow:
    line: int  # 1-based line where the row (CSV) or card (vCard, its BEGIN) starts
    contact: Contact | None  # None when the row cannot be imported
    tags: list[str]
    # Human messages, each naming the line (and column or property): `Problem`s, so
    # a window can translate them by their code.
    problems: list[str]
    source: dict[str, str]  # raw values by source column or property, for the preview
    # Problems found while reading (before mapping), kept so `remap` can re-apply them.
    read_problems: list[str] = field(default_factory=list, repr=False)
    unreadable: bool = field(default=False, repr=False)


@dataclass
class ParsedFile:
    path: str
    format: str  # "csv" | "vcard"
    encoding: str
    delimiter: str | None
    had_bom: bool
    columns: list[str]  # CSV header (empty for vCard)
    mapping: dict[str, str]  # source column -> Contact field, "name", "tags", or "" (ignored)
    rows: list[ImportRow]

    @property
    def valid(self) -> list[ImportRow]:
        return [r for r in self.rows if r.contact is not None]


def check_mapping(mapping: dict[str, str]) -> None:
    unknown = sorted({t for t in mapping.values() if t not in TARGETS})
    if unknown:
        raise ValueError(f"unknown mapping target(s): {', '.join(map(repr, unknown))}")


# --- reading files ------------------------------------------------------------------------

BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (
        b"PK\x03\x04",
        "zip_file",
        "is a ZIP file (an Excel .xlsx workbook?); save it as “CSV UTF-8” first",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "office_file",
        "is an old Excel or Word file; save it as “CSV UTF-8” first",
    ),
    (b"%PDF", "pdf_file", "is a PDF document, not a contacts file"),
)


class _LineTooLong(Exception):
    pass


@dataclass
class Source:
    """A text file opened for line-by-line reading in a known encoding."""

    path: Path
    kind: str  # "CSV" or "vCard", for messages
    encoding: str  # what the file is in, as reported to the user
    codec: str  # how each physical line is decoded (UTF-16/32 files arrive as UTF-8)
    fallback: str | None  # how lines that `codec` cannot decode are read
    had_bom: bool
    skip: int  # bytes of byte-order mark
    wide: str | None  # "utf-16", "utf-16-le", ... when the file is not ASCII-compatible
    max_line: int = MAX_LINE

    def fail(self, message: Problem, line: int | None = None) -> ImportFileError:
        return ImportFileError(self.path, message, line)

    def lines(self) -> Iterator[tuple[int, bytes]]:
        """Physical lines with their line ending, numbered from 1, as bytes in `codec`."""
        n = 0
        try:
            with self.path.open("rb") as f:
                f.seek(self.skip)
                chunks: Iterator[bytes] = iter(lambda: f.read(CHUNK), b"")
                if self.wide:
                    chunks = _transcode(chunks, self.wide)
                for raw in _split_lines(chunks, self.max_line):
                    n += 1
                    body = raw.rstrip(b"\r\n")
                    if body == b"\x1a":  # an old DOS end-of-file mark
                        continue
                    bad = BINARY.search(body)
                    if bad:
                        byte = bad.group()[0]
                        what = "a NUL byte" if byte == 0 else f"the control character 0x{byte:02X}"
                        raise self.fail(
                            Problem(
                                "binary_nul" if byte == 0 else "binary_control",
                                f"line {n} holds binary data ({what}); "
                                f"this does not look like a {self.kind} file",
                                line=n,
                                char=f"0x{byte:02X}",
                                kind=self.kind,
                            ),
                            n,
                        )
                    yield n, raw
        except _LineTooLong:
            raise self.fail(
                Problem(
                    "long_line",
                    f"line {n + 1} is longer than {self.max_line:,} bytes; "
                    f"this does not look like a {self.kind} file",
                    line=n + 1,
                    max=self.max_line,
                    kind=self.kind,
                ),
                n + 1,
            ) from None
        except UnicodeDecodeError:
            raise self.fail(
                Problem(
                    "bad_text",
                    f"line {n + 1} is not valid {self.encoding.upper()} text",
                    line=n + 1,
                    encoding=self.encoding.upper(),
                ),
                n + 1,
            ) from None
        except OSError as e:
            raise self.fail(unreadable_problem(e)) from e

    def decode(self, raw: bytes) -> tuple[str, str | None]:
        """The line as text, and the encoding used when `codec` could not read it."""
        return decode_bytes(raw, self.codec, self.fallback)


def decode_bytes(raw: bytes, codec: str, fallback: str | None) -> tuple[str, str | None]:
    try:
        return raw.decode(codec), None
    except (UnicodeDecodeError, LookupError):
        pass
    other = fallback or "cp1252"
    try:
        return raw.decode(other), other
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def fallback_problem(line: int, source: Source | str, used: str) -> Problem:
    encoding = source.encoding if isinstance(source, Source) else source
    return Problem(
        "read_as",
        f"line {line} is not valid {_codec_name(encoding)}; it was read as "
        f"{_codec_name(used)}, so check its accented letters",
        line=line,
        encoding=_codec_name(encoding),
        used=_codec_name(used),
    )


def unreadable_problem(e: OSError) -> Problem:
    error = str(e.strerror or e)
    return Problem("unreadable", f"cannot be read ({error})", error=error)


def empty_problem() -> Problem:
    return Problem("empty_file", "is empty; there is nothing to import")


def _codec_name(codec: str) -> str:
    names = {"cp1252": "Windows-1252", "mac_roman": "Mac Roman", "latin-1": "Latin-1"}
    return names.get(codec, codec.upper().replace("_", "-"))


def _transcode(chunks: Iterable[bytes], codec: str) -> Iterator[bytes]:
    decoder = codecs.getincrementaldecoder(codec)()
    for chunk in chunks:
        text = decoder.decode(chunk)
        if text:
            yield text.encode("utf-8", "surrogatepass")
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail.encode("utf-8", "surrogatepass")


def _split_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """Lines ending in "\\n" (or "\\r" alone, for old Mac files), each at most `limit`."""
    sep: bytes | None = None
    buf = b""
    for chunk in chunks:
        if sep is None:
            sep = b"\r" if b"\n" not in chunk and b"\r" in chunk else b"\n"
        buf += chunk
        start = 0
        while (i := buf.find(sep, start)) >= 0:
            if i + 1 - start > limit:
                raise _LineTooLong
            yield buf[start : i + 1]
            start = i + 1
        buf = buf[start:]
        if len(buf) > limit:
            raise _LineTooLong
    if buf:
        yield buf


def open_source(path: Path, kind: str, max_line: int = MAX_LINE) -> Source:
    """Open `path`, find its encoding, and refuse empty or binary files (pass one)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(CHUNK)
    except OSError as e:
        raise ImportFileError(path, unreadable_problem(e)) from e
    if size == 0 or not head.strip(b" \t\r\n\x1a" + codecs.BOM_UTF8):
        raise ImportFileError(path, empty_problem(), 1)
    for magic, code, why in _MAGIC:
        if head.startswith(magic):
            raise ImportFileError(path, Problem(code, why), 1)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if codec == "utf-8":
                return _check_utf8(
                    Source(path, kind, "utf-8", "utf-8", None, True, len(bom), None, max_line)
                )
            return _wide_source(Source(path, kind, codec, "utf-8", None, True, 0, codec, max_line))
    wide = _bomless_utf16(head)
    if wide:
        return _wide_source(Source(path, kind, wide, "utf-8", None, False, 0, wide, max_line))
    return _check_utf8(Source(path, kind, "utf-8", "utf-8", None, False, 0, None, max_line))


def _wide_source(source: Source) -> Source:
    blank = True
    for _n, raw in source.lines():  # checks decoding, binary data and line lengths
        blank = blank and not raw.strip()
    if blank:
        raise source.fail(empty_problem(), 1)
    return source


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.4 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.4 and zero_odd < 0.05:
        return "utf-16-be"
    return None


def _check_utf8(source: Source) -> Source:
    """Read every line once: UTF-8 or not, and if not, guess from the lines that are not."""
    bad_sample = bytearray()
    first_bad = 0
    good_non_ascii = 0
    for n, raw in source.lines():
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or n
            if len(bad_sample) < SAMPLE:
                bad_sample += raw
        else:
            good_non_ascii += not raw.isascii()
    if not first_bad:
        return source
    guess = guess_8bit(bytes(bad_sample))
    if guess is None:
        raise source.fail(
            Problem(
                "unknown_encoding",
                f"line {first_bad} is not text in any encoding Rapport knows; "
                f"this does not look like a {source.kind} file",
                line=first_bad,
                kind=source.kind,
            ),
            first_bad,
        )
    if good_non_ascii:  # mostly UTF-8, with some lines in another encoding
        source.fallback = guess
        return source
    source.encoding = source.codec = guess
    return source


_LATIN_PUNCT = frozenset("’‘“”–—…€¿¡ºª°·•«»×÷\xa0©®™§¶")
_APOSTROPHES = frozenset("’‘")


def guess_8bit(sample: bytes) -> str | None:
    """The likeliest 8-bit encoding of `sample` (not UTF-8), or None for binary junk."""
    for codec in ("cp1252", "mac_roman"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_latin(text):
            return codec
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    return None if best is None else str(best.encoding)


def _plausible_latin(text: str) -> bool:
    """Accented letters inside mostly-ASCII words, and no stray symbols between letters."""
    letters = foreign = 0
    prev_alpha = False
    for i, ch in enumerate(text):
        if ch.isalpha():
            letters += 1
            if ord(ch) > 127:
                foreign += 1
                if ord(ch) > 0x24F:
                    return False
            prev_alpha = True
            continue
        if ord(ch) > 127:
            if ch not in _LATIN_PUNCT:
                return False
            following = text[i + 1 : i + 2]
            if prev_alpha and following.isalpha() and ch not in _APOSTROPHES:
                return False
        prev_alpha = False
    return letters > 0 and foreign <= 0.4 * letters


# --- values -------------------------------------------------------------------------------

_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(raw: str, *, unguard: bool = False) -> str:
    """A source value as stored: NFC, "\\n" line breaks, trimmed.

    With `unguard`, one leading apostrophe before = + - @ is removed: `write_csv` adds
    it so spreadsheets do not run the cell as a formula.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip() if "\r" in raw else raw.strip()
    if unguard and text[:1] == "'" and _GUARDED.match(text):
        text = text[1:]
    return text if text.isascii() else unicodedata.normalize("NFC", text)


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


def _phone_key_if_phone(value: str) -> str | None:
    """`phone_key(value)` when `is_phone(value)`, else None (libphonenumber asked once)."""
    key = normalize_phone(value)
    if key is not None:
        return key
    return phone_digits(value) if _loose_phone(value) else None


_PHONE_SEPARATORS = re.compile(r"\s*(?:;|,|:::|\n|\|)\s*")
_EMAIL_SEPARATORS = re.compile(r"\s*(?:[;,]|:::)\s*")
_TAG_SEPARATORS = re.compile(r"\s*(?:;|,|:::|\n)\s*")


def split_phones(value: str) -> list[str]:
    return [p for p in _PHONE_SEPARATORS.split(value) if p]


def split_emails(value: str) -> list[str]:
    """On ; , or :::, and on spaces only when each part is an email ("a@x.org b@y.org")."""
    out: list[str] = []
    for part in _EMAIL_SEPARATORS.split(value):
        words = part.split()
        if len(words) > 1 and all(is_email(_bare_email(w)) for w in words):
            out += words
        elif part:
            out.append(part)
    return out


def split_tags(value: str) -> list[str]:
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
def _ladder_stage(value: str) -> str:
    slug = re.sub(r"[\s\-:]+", "_", value.strip().casefold()).replace("1", "one")
    for stage in DEFAULT_LADDER:
        if slug in (stage, stage.replace("_", "")):
            return stage
    return value


# Targets whose cells are joined into one text field (the rest are handled one by one).
_TEXT_TARGETS = frozenset(SPECS) - {"phones", "emails", "do_not_contact", "follow_up_days"}
_TEXT_JOIN = {"first_name": " ", "last_name": " ", "address": ", "}
_LONG_JOIN = "\n"


def _join(target: str, values: list[str]) -> str:
    if target == "address":
        return join_address(values)
    spec = SPECS[target]
    sep = _TEXT_JOIN.get(target, _LONG_JOIN if spec.max_len > 2_000 else "; ")
    return sep.join(values)


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


class Cell(NamedTuple):
    """One source value on its way to a Contact field (a tuple: an import makes millions)."""

    target: str  # a Contact field, "name", "tags" or ""
    line: int
    label: str  # "column Email", "property TEL"
    value: str  # already cleaned
    split: bool = True  # whether the value may hold several phones, emails or tags

    @property
    def where(self) -> str:
        return f"line {self.line}, {self.label}"


def left_out(code: str, cell: Cell, value: str, text: str, **params: object) -> Problem:
    """A value of `cell` that was left out: "line 5, column Phone: '555' is ..."."""
    return Problem(
        code,
        f"{cell.where}: {show(value)} {text}",
        line=cell.line,
        place=(cell.label,),
        value=short(value),
        **params,
    )


def build_row(
    line: int,
    cells: Iterable[Cell],
    source: dict[str, str],
    read_problems: Iterable[str] = (),
    *,
    unreadable: bool = False,
) -> ImportRow:
    """Check the values of one row or card, and make its Contact (or say why not)."""
    read_problems = list(read_problems)
    problems = list(read_problems)
    refused = unreadable
    texts: dict[str, list[Cell]] = {}
    names: list[Cell] = []
    phones: dict[str, str] = {}
    phone_cells: list[Cell] = []
    emails: dict[str, str] = {}
    email_cells: list[Cell] = []
    tags: dict[str, str] = {}
    do_not_contact = False
    follow_up: int | None = None

    def too_long(
        code: str, group: list[Cell], what: str, length: int, limit: int, **params: object
    ) -> None:
        nonlocal refused
        refused = True
        labels = tuple(dict.fromkeys(c.label for c in group))
        problems.append(
            Problem(
                code,
                f"line {group[0].line}, {', '.join(labels)}: {what} is {length:,} characters "
                f"long; at most {limit:,} fit, so this row is not imported",
                line=group[0].line,
                place=labels,
                length=length,
                max=limit,
                **params,
            )
        )

    for cell in cells:
        target = cell.target
        if not cell.value or not target:
            continue
        if target in _TEXT_TARGETS:  # most cells: kept to be joined below
            group = texts.get(target)
            if group is None:
                texts[target] = [cell]
            else:
                group.append(cell)
        elif target == "phones":
            phone_cells.append(cell)
            for phone in split_phones(cell.value) if cell.split else [cell.value]:
                key = _phone_key_if_phone(phone)
                if key is not None:
                    phones.setdefault(key, phone)
                else:
                    problems.append(
                        left_out("bad_phone", cell, phone, "is not a phone number; it was left out")
                    )
        elif target == "emails":
            email_cells.append(cell)
            for email in split_emails(cell.value) if cell.split else [cell.value]:
                address = _bare_email(email)
                if is_email(address):
                    emails.setdefault(address.casefold(), address)
                else:
                    problems.append(
                        left_out(
                            "bad_email", cell, email, "is not an email address; it was left out"
                        )
                    )
        elif target == "tags":
            for tag in split_tags(cell.value) if cell.split else [cell.value]:
                name = tag.removeprefix("* ").strip()
                if not name or name.casefold() == "mycontacts":  # Google's built-in group
                    continue
                if len(name) > TAG_MAX:
                    too_long(
                        "long_tag",
                        [cell],
                        f"the tag {show(name, 30)}",
                        len(name),
                        TAG_MAX,
                        tag=short(name, 30),
                    )
                    continue
                tags.setdefault(name.casefold(), name)
        elif target == "name":
            names.append(cell)
        elif target == "do_not_contact":
            flag = parse_flag(cell.value)
            if flag is None:
                problems.append(
                    left_out("bad_flag", cell, cell.value, "is not yes or no; it was left out")
                )
            else:
                do_not_contact = do_not_contact or flag
        elif target == "follow_up_days":
            spec = SPECS[target]
            number = _whole_number(cell.value)
            why = "is not a whole number" if number is None else check_value(spec, number)
            if why:
                problems.append(
                    left_out(
                        "bad_follow_up",
                        cell,
                        cell.value,
                        f"is not a number of follow-up days ({why.removeprefix('must be ')}); "
                        "it was left out",
                        min=spec.minimum,
                        max=spec.maximum,
                    )
                )
            else:
                follow_up = number
        else:
            raise ValueError(f"unknown mapping target {target!r}")

    values: dict[str, str] = {}
    for target, group in texts.items():
        value = group[0].value if len(group) == 1 else _join(target, [c.value for c in group])
        if target == "stage":
            value = _ladder_stage(value)
        limit = SPECS[target].max_len
        if len(value) > limit:
            too_long("long_value", group, "the value", len(value), limit)
        values[target] = value

    if not values.get("first_name") and not values.get("last_name") and names:
        first, last = split_name(names[0].value)
        for target, part in (("first_name", first), ("last_name", last)):
            if len(part) > SPECS[target].max_len:
                too_long(
                    "long_name", names[:1], "the name", len(names[0].value), SPECS[target].max_len
                )
            values[target] = part

    for target, items, group in (
        ("phones", list(phones.values()), phone_cells),
        ("emails", list(emails.values()), email_cells),
    ):
        # (A character takes at most six in JSON, "\u001f": count exactly only near the limit.)
        if 6 * sum(len(i) + 3 for i in items) + 2 <= SPECS[target].max_len:
            continue
        size = len(json.dumps(items, ensure_ascii=False))
        if size > SPECS[target].max_len:
            too_long(f"long_{target}", group, f"the {target} list", size, SPECS[target].max_len)

    if not refused and not (
        values.get("first_name") or values.get("last_name") or phones or emails
    ):
        refused = True
        problems.append(
            Problem(
                "no_name",
                f"line {line}: no name, phone or email, so this row is not imported",
                line=line,
            )
        )

    contact: Contact | None = None
    if not refused:
        candidate = Contact(
            **values,
            phones=list(phones.values()),
            emails=list(emails.values()),
            do_not_contact=do_not_contact,
            follow_up_days=follow_up,
        )
        contact = candidate
        # Defaults need no check, nor (most often) the text values, whose lengths were
        # checked above: only a NUL or a lone surrogate could still be wrong in them.
        given = {"phones", "emails", "follow_up_days"}
        if not plain_texts(values.values()):
            given |= values.keys()
        for spec in field_specs(Contact):
            if spec.name not in given:
                continue
            why = check_value(spec, getattr(candidate, spec.name))
            if why:
                problems.append(
                    Problem(
                        "bad_field",
                        f"line {line}: {spec.name.replace('_', ' ')} {why}",
                        line=line,
                        field=spec.name,
                        why=why,
                    )
                )
                contact = None
    return ImportRow(
        line=line,
        contact=contact,
        tags=list(tags.values()),
        problems=problems,
        source=source,
        read_problems=read_problems,
        unreadable=unreadable,
    )


def _bare_email(value: str) -> str:
    value = value.strip().strip("<>")
    if value[:7].casefold() == "mailto:":
        value = value[7:]
    return value


def _whole_number(value: str) -> int | None:
    text = value.strip()
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if re.fullmatch(r"[+-]?\d{1,9}", text) else None


# --- writing ------------------------------------------------------------------------------


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file that replaces `path` only once it is fully written and synced.

    Written to a temporary file beside `path`, flushed and fsynced, then renamed over
    it; on any error the temporary file is removed and `path` is left as it was.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
