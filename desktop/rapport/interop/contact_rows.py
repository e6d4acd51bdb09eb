"""What the CSV and vCard importers share: the row and file types, and the checks that
turn source values into a `Contact` (reading a text file safely: `text_source`).

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

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapport.domain.fields import (
    LIST_ITEM_LEN,
    LIST_ITEMS,
    FieldSpec,
    check_value,
    field_specs,
    plain_texts,
)
from rapport.domain.problems import Problem
from rapport.domain.records import Contact, Tag
from rapport.interop.contact_values import (
    bare_email,
    is_email,
    join_address,
    ladder_stage,
    parse_flag,
    phone_key_if_phone,
    short,
    show,
    split_emails,
    split_name,
    split_phones,
    split_tags,
    whole_number,
)

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


# Targets whose cells are joined into one text field (the rest are handled one by one).
TEXT_TARGETS = frozenset(SPECS) - {"phones", "emails", "do_not_contact", "follow_up_days"}
# What build_row checks of every Contact it makes (the text values only when needed).
_ALWAYS_CHECKED = tuple(
    s for s in field_specs(Contact) if s.name in ("phones", "emails", "follow_up_days")
)
_TEXT_JOIN = {"first_name": " ", "last_name": " ", "address": ", "}
_LONG_JOIN = "\n"


def json_list_bound(items: list[str]) -> int:
    """At most how long `items` is as a JSON list: six characters for each character
    and for each item's two quotes and comma (the most one takes, as in "\u001f")."""
    return 6 * (sum(map(len, items)) + 3 * len(items)) + 2


def join_values(target: str, values: list[str]) -> str:
    """Values of several source columns that feed one text field, as one text."""
    if target == "address":
        return join_address(values)
    spec = SPECS[target]
    sep = _TEXT_JOIN.get(target, _LONG_JOIN if spec.max_len > 2_000 else "; ")
    return sep.join(values)


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
    single: dict[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> ImportRow:
    """Check the values of one row or card, and make its Contact (or say why not).

    `single`: cleaned values of text fields (`TEXT_TARGETS`) that no cell feeds, by
    field, each from the one source value `labels` names (an import makes millions of
    these: they skip being cells)."""
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
        if target in TEXT_TARGETS:  # most cells: kept to be joined below
            group = texts.get(target)
            if group is None:
                texts[target] = [cell]
            else:
                group.append(cell)
        elif target == "phones":
            phone_cells.append(cell)
            for phone in split_phones(cell.value) if cell.split else [cell.value]:
                key = phone_key_if_phone(phone)
                if key is not None:
                    phones.setdefault(key, phone)
                else:
                    problems.append(
                        left_out("bad_phone", cell, phone, "is not a phone number; it was left out")
                    )
        elif target == "emails":
            email_cells.append(cell)
            for email in split_emails(cell.value) if cell.split else [cell.value]:
                address = bare_email(email)
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
            number = whole_number(cell.value)
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
    if single:
        values.update(single)
        if "stage" in values:
            values["stage"] = ladder_stage(values["stage"])
        for target, value in values.items():
            if len(value) > SPECS[target].max_len:
                at = Cell(target, line, (labels or {}).get(target, target), value)
                too_long("long_value", [at], "the value", len(value), SPECS[target].max_len)
    for target, group in texts.items():
        value = group[0].value if len(group) == 1 else join_values(target, [c.value for c in group])
        if target == "stage":
            value = ladder_stage(value)
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
        if json_list_bound(items) <= SPECS[target].max_len:
            continue  # (counted exactly only near the limit)
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
        # checked above: only a NUL or a lone surrogate could still be wrong in them;
        # nor the follow-up days (checked as read); nor, most often, the phones and
        # emails, when they are few and short enough.
        listed = [*candidate.phones, *candidate.emails]
        checked: tuple[FieldSpec, ...] = ()
        if not plain_texts([*values.values(), *listed]):
            given = {s.name for s in _ALWAYS_CHECKED} | values.keys()
            checked = tuple(s for s in field_specs(Contact) if s.name in given)
        elif (
            max(len(phones), len(emails)) > LIST_ITEMS
            or max(map(len, listed), default=0) > LIST_ITEM_LEN
        ):
            checked = _ALWAYS_CHECKED
        for spec in checked:
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
