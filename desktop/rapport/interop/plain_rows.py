"""The plainest rows of a CSV file, made without `build_row`'s care, to the same result.

An import of 100,000 rows spends most of its reading time in `build_row`, which makes
a `Cell` of every value and is ready for every way a value can be wrong. Most rows of
a real file have nothing wrong with them. `plain_row` makes such a row's `ImportRow`
straight from its source values, and gives up (None) at the first thing that needs
`build_row`: a value to leave out or a row to refuse (each with its problem to tell),
a value too long for its field (for phones and emails, anywhere near it), a full name
to split, text no field can hold. The caller then builds the row with `build_row`,
so every row gets the same rules. Where `plain_row` answers, its row equals
`build_row`'s (but for the new contact's id): property tests hold the two to it
(tests/unit/test_plain_rows.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapport.domain.fields import LIST_ITEM_LEN, LIST_ITEMS, check_value, plain_texts
from rapport.domain.records import Contact
from rapport.interop.contact_rows import (
    SPECS,
    TAG_MAX,
    TEXT_TARGETS,
    ImportRow,
    join_values,
    json_list_bound,
)
from rapport.interop.contact_values import (
    bare_email,
    cell_value,
    is_email,
    ladder_stage,
    parse_flag,
    phone_key_if_phone,
    split_emails,
    split_phones,
    split_tags,
    whole_number,
)

_FOLLOW_UP = SPECS["follow_up_days"]
# When a row's phones and emails together, bounded as a JSON list (`json_list_bound`),
# stay within this, each list surely fits its field: in JSON length, in number of
# items (each counts at least 18), and in each item's length.
_LISTED_LIMIT = min(
    SPECS["phones"].max_len, SPECS["emails"].max_len, LIST_ITEM_LEN, 18 * LIST_ITEMS
)


@dataclass(frozen=True)
class PlainPlan:
    """Which source columns feed what, in the file's column order."""

    single: tuple[tuple[str, str, int], ...]  # (column, the text field it alone feeds, max)
    joined: tuple[tuple[str, tuple[str, ...], int], ...]  # (field, its columns, max)
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    tags: tuple[str, ...]
    flags: tuple[str, ...]  # do not contact
    follow_up: tuple[str, ...]
    names: tuple[str, ...]  # full names: only a row without first and last name uses one


def plain_plan(mapped: Iterable[tuple[str, str]]) -> PlainPlan:
    """The plan for (column, target) pairs in column order ("" targets left out)."""
    texts: dict[str, list[str]] = {}
    lists: dict[str, list[str]] = {}
    for column, target in mapped:
        if target in TEXT_TARGETS:
            texts.setdefault(target, []).append(column)
        elif target:
            lists.setdefault(target, []).append(column)
    return PlainPlan(
        single=tuple((c[0], t, SPECS[t].max_len) for t, c in texts.items() if len(c) == 1),
        joined=tuple((t, tuple(c), SPECS[t].max_len) for t, c in texts.items() if len(c) > 1),
        phones=tuple(lists.get("phones", ())),
        emails=tuple(lists.get("emails", ())),
        tags=tuple(lists.get("tags", ())),
        flags=tuple(lists.get("do_not_contact", ())),
        follow_up=tuple(lists.get("follow_up_days", ())),
        names=tuple(lists.get("name", ())),
    )


def plain_row(row: ImportRow, plan: PlainPlan) -> ImportRow | None:
    """The row `build_row` makes of a read row's source values, when nothing in them
    needs its care; else None. (A row with problems from reading it is never plain.)"""
    if row.read_problems or row.unreadable:
        return None
    source = row.source
    values: dict[str, str] = {}
    for column, target, limit in plan.single:  # most text fields
        value = cell_value(source.get(column))
        if value:
            if len(value) > limit:
                return None
            values[target] = value
    for target, columns, limit in plan.joined:
        parts = [v for v in map(cell_value, map(source.get, columns)) if v]
        if parts:
            value = parts[0] if len(parts) == 1 else join_values(target, parts)
            if len(value) > limit:
                return None
            values[target] = value
    stage = values.get("stage")
    if stage is not None:
        values["stage"] = ladder_stage(stage)  # a known stage's key, or the value itself

    phones: dict[str, str] = {}
    for column in plan.phones:
        for phone in split_phones(cell_value(source.get(column))):
            key = phone_key_if_phone(phone)
            if key is None:
                return None
            phones.setdefault(key, phone)
    emails: dict[str, str] = {}
    for column in plan.emails:
        for email in split_emails(cell_value(source.get(column))):
            address = bare_email(email)
            if not is_email(address):
                return None
            emails.setdefault(address.casefold(), address)
    tags: dict[str, str] = {}
    for column in plan.tags:
        for tag in split_tags(cell_value(source.get(column))):
            name = tag.removeprefix("* ").strip()
            if not name or name.casefold() == "mycontacts":
                continue
            if len(name) > TAG_MAX:
                return None
            tags.setdefault(name.casefold(), name)
    do_not_contact = False
    for column in plan.flags:
        value = cell_value(source.get(column))
        if value:
            flag = parse_flag(value)
            if flag is None:
                return None
            do_not_contact = do_not_contact or flag
    follow_up: int | None = None
    for column in plan.follow_up:
        value = cell_value(source.get(column))
        if value:
            number = whole_number(value)
            if number is None or check_value(_FOLLOW_UP, number):
                return None
            follow_up = number

    named = "first_name" in values or "last_name" in values
    if not named and any(cell_value(source.get(c)) for c in plan.names):
        return None  # a full name to split
    if not (named or phones or emails):
        return None
    phone_list, email_list = list(phones.values()), list(emails.values())
    listed = phone_list + email_list
    if json_list_bound(listed) > _LISTED_LIMIT or not plain_texts([*values.values(), *listed]):
        return None
    contact = Contact(
        **values,
        phones=phone_list,
        emails=email_list,
        do_not_contact=do_not_contact,
        follow_up_days=follow_up,
    )
    return ImportRow(row.line, contact, list(tags.values()), [], source, [], False)
