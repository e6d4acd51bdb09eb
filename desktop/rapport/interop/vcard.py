"""Contacts from and to vCard files (.vcf): phones' address books, Google, Outlook, Apple.

Reading (`read_vcards`) takes vCard 2.1, 3.0 and 4.0, several cards per file:
folded lines (a line break followed by a space or tab), quoted-printable values with
soft line breaks and CHARSET parameters (2.1), base64 text values, escaped "\\\\",
"\\;", "\\," and "\\n", grouped properties ("item1.TEL"), a byte-order mark, CRLF or LF.
It uses N (or FN when N holds no name), TEL (any TYPE), EMAIL, ADR (the home one when
there are several), NOTE and CATEGORIES (as tags); every other property (PHOTO,
X-..., ...) is ignored. Each card becomes one row, checked by
`contact_rows.build_row`; its line is that of its BEGIN:VCARD. A card whose END:VCARD
is missing makes the whole file fail, naming the line of its BEGIN, since what
follows it cannot be trusted.

Writing (`write_vcards`): vCard 3.0 (default) or 4.0, UTF-8, CRLF, lines folded at 75
octets without splitting a character, text escaped; N, FN, TEL, EMAIL, ADR (the whole
address as its street part: Rapport keeps one free-text address), NOTE, CATEGORIES
(tags) and UID (the contact's id). Never private notes. A contact without a name gets
an empty FN, so reading the file back gives no made-up name.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapport.domain.bulk import paused_gc
from rapport.domain.files import atomic_writer
from rapport.domain.problems import Problem
from rapport.domain.records import Contact
from rapport.interop.contact_rows import Cell, ImportRow, ParsedFile, build_row
from rapport.interop.contact_values import clean, export_text
from rapport.interop.text_source import (
    MAX_VALUE,
    MAX_VCARD_LINE,
    ImportFileError,
    Source,
    decode_bytes,
    fallback_problem,
    open_source,
)

VERSIONS = ("3.0", "4.0")
FOLD_AT = 75  # octets per line, line break not counted
MAPPING = {
    "N": "name",
    "FN": "name",
    "TEL": "phones",
    "EMAIL": "emails",
    "ADR": "address",
    "NOTE": "notes",
    "CATEGORIES": "tags",
}
_ENCODINGS = frozenset(("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"))


# --- reading ------------------------------------------------------------------------------


@dataclass
class _Prop:
    line: int
    name: str
    params: dict[str, list[str]]
    value: bytes
    overflow: bool


@dataclass
class _Card:
    line: int
    props: list[_Prop] = field(default_factory=list)


def _logical_lines(source: Source) -> Iterator[tuple[int, bytes, bool]]:
    """Unfolded lines: (line where it starts, content, whether it was cut at MAX_VALUE)."""
    pending: bytearray | None = None
    start = 0
    overflow = qp = False
    for n, raw in source.lines():
        line = raw.rstrip(b"\r\n")
        if pending is not None:
            soft_break = qp and pending.endswith(b"=")
            if soft_break or line[:1] in (b" ", b"\t"):
                more = line if soft_break else line[1:]
                if soft_break:
                    del pending[-1]
                if len(pending) + len(more) > MAX_VALUE:
                    overflow = True
                else:
                    pending += more
                continue
            yield start, bytes(pending), overflow
            pending = None
        if not line.strip():
            continue
        pending = bytearray(line[: MAX_VALUE + 1])
        start, overflow = n, len(line) > MAX_VALUE
        qp = b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
    if pending is not None:
        yield start, bytes(pending), overflow


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _parse_line(data: bytes) -> tuple[str, dict[str, list[str]], bytes] | None:
    """(NAME without its group, parameters, raw value), or None for a line with no ':'."""
    colon = data.find(b":")
    while colon >= 0 and data.count(b'"', 0, colon) % 2:
        colon = data.find(b":", colon + 1)
    if colon < 0:
        return None
    head = data[:colon].decode("utf-8", "replace")
    name, *rest = _split_outside_quotes(head, ";")
    name = name.strip().rsplit(".", 1)[-1].upper()
    params: dict[str, list[str]] = {}
    for item in rest:
        key, eq, value = item.partition("=")
        if not eq:  # vCard 2.1: "TEL;HOME;VOICE:", "NOTE;QUOTED-PRINTABLE:"
            bare = key.strip().upper()
            params.setdefault("ENCODING" if bare in _ENCODINGS else "TYPE", []).append(bare)
            continue
        values = [v.strip().strip('"') for v in _split_outside_quotes(value, ",")]
        key = key.strip().upper()
        if key in ("TYPE", "ENCODING"):
            values = [v.upper() for v in values]
        params.setdefault(key, []).extend(values)
    return name, params, data[colon + 1 :]


def _split_escaped(text: str, sep: str) -> list[str]:
    """Split on `sep` where it is not escaped by a backslash; escapes stay in place."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch)
            current.append(next(chars, ""))
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        ch = m.group(1)
        if ch in "nN":
            return "\n"
        return ch if ch in '\\;,:"' else m.group(0)

    return _ESCAPE.sub(one, text)


def _words(component: str) -> str:
    """A structured component's comma-separated values joined by spaces."""
    return " ".join(v for v in (clean(_unescape(p)) for p in _split_escaped(component, ",")) if v)


def _address(text: str) -> str:
    parts = _split_escaped(text, ";") + [""] * 7
    pobox, ext, street, city, region, code, country = (
        ", ".join(v for v in (clean(_unescape(p)) for p in _split_escaped(c, ",")) if v)
        for c in parts[:7]
    )
    first = ", ".join(x for x in (pobox, ext, street) if x)
    region_code = " ".join(x for x in (region, code) if x)
    return ", ".join(x for x in (first, city, region_code, country) if x)


def _phone(text: str) -> str:
    value = clean(_unescape(text))
    if value[:4].casefold() == "tel:":
        value = value[4:].replace(";ext=", " ext. ")
    return value


class _CardReader:
    def __init__(self, source: Source, card: _Card) -> None:
        self.source = source
        self.card = card
        self.problems: list[str] = []
        self.unreadable = False
        self.values: dict[str, str] = {}

    def text(self, prop: _Prop) -> str | None:
        """The property's value decoded to text (escapes still in place)."""
        label = f"line {prop.line}, property {prop.name}"
        if prop.overflow:
            self.problems.append(
                Problem(
                    "long_property",
                    f"{label} is longer than {MAX_VALUE:,} characters; this card is not imported",
                    line=prop.line,
                    property=prop.name,
                    max=MAX_VALUE,
                )
            )
            self.unreadable = True
            return None
        data = prop.value
        encoding = (prop.params.get("ENCODING") or [""])[0]
        if encoding == "QUOTED-PRINTABLE":
            data = quopri.decodestring(data)
        elif encoding in ("BASE64", "B"):
            try:
                data = base64.b64decode(data)
            except (binascii.Error, ValueError):
                self.problems.append(
                    Problem(
                        "bad_base64",
                        f"{label}: the base64 value is damaged; it was left out",
                        line=prop.line,
                        property=prop.name,
                    )
                )
                return None
        charset = (prop.params.get("CHARSET") or [""])[0]
        if charset:
            text, used = decode_bytes(data, charset, None)
        else:
            text, used = decode_bytes(data, self.source.codec, self.source.fallback)
        if used:
            self.problems.append(fallback_problem(prop.line, charset or self.source.encoding, used))
        key, n = prop.name, 1
        while key in self.values:
            n += 1
            key = f"{prop.name} ({n})"
        self.values[key] = text
        return text

    def row(self) -> ImportRow:
        cells: list[Cell] = []
        addresses: list[tuple[_Prop, str]] = []
        for prop in self.card.props:
            if prop.name not in MAPPING:
                continue
            text = self.text(prop)
            if text is None:
                continue
            label = f"property {prop.name}"

            def cell(target: str, value: str, label: str = label, line: int = prop.line) -> None:
                cells.append(Cell(target, line, label, value, split=False))

            if prop.name == "N":
                parts = _split_escaped(text, ";") + [""] * 5
                family, given, additional, _prefix, suffix = (_words(p) for p in parts[:5])
                cell("first_name", " ".join(x for x in (given, additional) if x))
                cell("last_name", " ".join(x for x in (family, suffix) if x))
            elif prop.name == "FN":
                cell("name", clean(_unescape(text)))
            elif prop.name == "TEL":
                cell("phones", _phone(text))
            elif prop.name == "EMAIL":
                cell("emails", clean(_unescape(text)))
            elif prop.name == "ADR":
                addresses.append((prop, text))
            elif prop.name == "NOTE":
                cell("notes", clean(_unescape(text)))
            elif prop.name == "CATEGORIES":
                for tag in _split_escaped(text, ","):
                    cell("tags", clean(_unescape(tag)))
        if addresses:
            home = [a for a in addresses if "HOME" in a[0].params.get("TYPE", [])]
            prop, text = (home or addresses)[0]
            cells.append(Cell("address", prop.line, "property ADR", _address(text), split=False))
        return build_row(
            self.card.line, cells, self.values, self.problems, unreadable=self.unreadable
        )


@paused_gc()
def read_vcards(path: Path) -> ParsedFile:
    """Read every card of a .vcf file; see the module's docstring for what is used.

    Raises ImportFileError when the file is empty, binary, holds no BEGIN:VCARD, or
    a card has no END:VCARD; a card's own problems are in its row's `problems`.
    """
    path = Path(path)
    source = open_source(path, "vCard", MAX_VCARD_LINE)
    rows: list[ImportRow] = []
    card: _Card | None = None
    for start, data, overflow in _logical_lines(source):
        parsed = _parse_line(data)
        if parsed is None:
            continue  # stray data outside a property, such as unindented base64
        name, params, value = parsed
        is_vcard = value.strip().upper() == b"VCARD"
        if name == "BEGIN" and is_vcard:
            if card is not None:
                raise ImportFileError(
                    path,
                    Problem(
                        "card_not_ended",
                        f"the card that begins on line {card.line} has no END:VCARD "
                        f"before the next BEGIN:VCARD on line {start}",
                        line=card.line,
                        next=start,
                    ),
                    card.line,
                )
            card = _Card(start)
        elif name == "END" and is_vcard:
            if card is not None:
                rows.append(_CardReader(source, card).row())
                card = None
        elif card is not None and name in MAPPING:
            card.props.append(_Prop(start, name, params, value, overflow))
    if card is not None:
        raise ImportFileError(
            path,
            Problem(
                "card_cut_short",
                f"the card that begins on line {card.line} has no END:VCARD; "
                "the file may be cut short",
                line=card.line,
            ),
            card.line,
        )
    if not rows:
        raise ImportFileError(
            path,
            Problem("no_vcard", "has no BEGIN:VCARD line; this does not look like a vCard file"),
            1,
        )
    return ParsedFile(
        path=str(path),
        format="vcard",
        encoding=source.encoding,
        delimiter=None,
        had_bom=source.had_bom,
        columns=[],
        mapping=dict(MAPPING),
        rows=rows,
    )


# --- writing ------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return (
        export_text(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8 with CRLF, folded so no line exceeds 75 octets.

    A fold never splits a character: continuation lines start with one space.
    """
    out = bytearray()
    width = 0
    for ch in line:
        encoded = ch.encode("utf-8")
        if width + len(encoded) > FOLD_AT:
            out += b"\r\n "
            width = 1
        out += encoded
        width += len(encoded)
    out += b"\r\n"
    return bytes(out)


def card_lines(contact: Contact, tags: list[str], version: str = "3.0") -> list[str]:
    """The unfolded content lines of one card."""
    first, last = export_text(contact.first_name), export_text(contact.last_name)
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"N:{_escape(last)};{_escape(first)};;;",
        f"FN:{_escape(' '.join(p for p in (first, last) if p))}",
    ]
    lines += [f"TEL:{_escape(p)}" for p in contact.phones]
    lines += [f"EMAIL:{_escape(e)}" for e in contact.emails]
    if contact.address:
        lines.append(f"ADR;TYPE=home:;;{_escape(contact.address)};;;;")
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in tags))
    uid = f"urn:uuid:{contact.id}" if version == "4.0" else contact.id
    lines += [f"UID:{uid}", "END:VCARD"]
    return lines


def write_vcards(
    contacts: Iterable[tuple[Contact, list[str]]], path: Path, version: str = "3.0"
) -> int:
    """Write (contact, tag names) pairs as vCard 3.0 or 4.0; returns how many.

    The file appears only once complete (temporary file, fsync, rename).
    """
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {', '.join(VERSIONS)}, not {version!r}")
    count = 0
    with atomic_writer(Path(path)) as f:
        for contact, tags in contacts:
            f.write(b"".join(fold(line) for line in card_lines(contact, tags, version)))
            count += 1
    return count
