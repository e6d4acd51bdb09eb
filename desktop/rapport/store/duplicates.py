"""Contacts that look like one person: a phone number (in any format) or an email (in
any case) they share. The contact editor warns with `match_duplicates`; an import plans
with `DuplicateIndex` (`rapport.store.contact_import`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import orjson
from sqlalchemy import text

from rapport.domain.phones import normalize_phone, phone_digits
from rapport.store.contacts import SUMMARY_COLUMNS, ContactSummary, summary_of
from rapport.store.core import Store
from rapport.store.search import current, match_sql, words

MIN_PHONE_MATCH = 7  # digits two numbers must share at the end to be the same number


@dataclass(frozen=True, slots=True)
class Match:
    """Why two contacts look like one person: a phone number or an email they share."""

    kind: Literal["phone", "email"]
    value: str  # as the other contact has it

    def describe(self) -> str:
        return f"same {self.kind} {self.value}"


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    contact: ContactSummary
    matches: tuple[Match, ...]


class Phones:
    """Compares phone numbers: same digits, or one is the other with a country code,
    or libphonenumber gives both the same E.164 form (normalize_phone; cached)."""

    def __init__(self, default_region: str) -> None:
        self.region = default_region
        self._e164: dict[str, str | None] = {}

    def e164(self, phone: str) -> str | None:
        if phone not in self._e164:
            self._e164[phone] = normalize_phone(phone, self.region)
        return self._e164[phone]

    def same(self, a: str, a_digits: str, b: str, b_digits: str) -> bool:
        if a_digits == b_digits:
            return True
        short, long_ = sorted((a_digits, b_digits), key=len)
        if len(short) >= 10 and long_.endswith(short):
            return True
        e = self.e164(a)
        return e is not None and e == self.e164(b)


_NON_DIGITS = str.maketrans("", "", "".join(chr(i) for i in range(128) if not chr(i).isdigit()))


def _digits(phone: str) -> str:
    """`phone_digits`, quicker for the usual ASCII text (imports call it 200,000 times)."""
    return phone.translate(_NON_DIGITS) if phone.isascii() else phone_digits(phone)


def _phone_key(digits: str) -> str | None:
    return digits[-MIN_PHONE_MATCH:] if len(digits) >= MIN_PHONE_MATCH else None


@dataclass
class Owner:
    contact_id: str | None  # a contact in the store
    line: int | None  # or an earlier row of the file being imported
    name: str


class DuplicateIndex:
    """Phones (by their last 7 digits) and emails (case-folded) of known people."""

    def __init__(self, phones: Phones) -> None:
        self.phones = phones
        self.by_phone: dict[str, list[tuple[Owner, str, str]]] = {}
        self.by_email: dict[str, tuple[Owner, str]] = {}

    def add(self, owner: Owner, phones: Iterable[str], emails: Iterable[str]) -> None:
        for phone in phones:
            digits = _digits(phone)
            key = _phone_key(digits)
            if key is not None:
                self.by_phone.setdefault(key, []).append((owner, phone, digits))
        for email in emails:
            self.by_email.setdefault(email.strip().casefold(), (owner, email))

    def find(self, phones: Iterable[str], emails: Iterable[str]) -> list[tuple[Owner, list[Match]]]:
        found: dict[int, tuple[Owner, list[Match]]] = {}
        for phone in phones:
            digits = _digits(phone)
            key = _phone_key(digits)
            for owner, theirs, their_digits in self.by_phone.get(key or "", ()):
                if self.phones.same(phone, digits, theirs, their_digits):
                    entry = found.setdefault(id(owner), (owner, []))
                    if not any(m.value == theirs for m in entry[1]):
                        entry[1].append(Match("phone", theirs))
        for email in emails:
            hit = self.by_email.get(email.strip().casefold())
            if hit is not None:
                found.setdefault(id(hit[0]), (hit[0], []))[1].append(Match("email", hit[1]))
        return list(found.values())


def _candidate_query(phones: Iterable[str], emails: Iterable[str]) -> str | None:
    """An FTS5 query for contacts that may share a phone or an email."""
    terms = []
    for phone in phones:
        key = _phone_key(_digits(phone))
        if key is not None:
            terms.append(f'phone : "{key}"')
    for email in emails:
        parts = words(email)
        if parts:
            terms.append("email : (" + " AND ".join(f'"{p}"' for p in parts) + ")")
    return " OR ".join(terms) if terms else None


def match_duplicates(
    store: Store,
    phones: Iterable[str],
    emails: Iterable[str],
    exclude_id: str | None = None,
    default_region: str = "US",
) -> list[DuplicateMatch]:
    """Live contacts that share a phone number (in any format) or an email (in any
    case) with these, each with what matched."""
    phones, emails = list(phones), list(emails)
    expression = _candidate_query(phones, emails)
    if expression is None:
        return []
    with current(store) as conn:
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM contact_list cl JOIN contact c "
            f"ON c.id = cl.contact_id WHERE cl.n IN ({match_sql()}) ORDER BY cl.name_key, cl.n"
        )
        rows = conn.execute(text(sql), {"q": expression}).all()
    index = DuplicateIndex(Phones(default_region))
    owners: dict[str, tuple[Owner, ContactSummary]] = {}
    for row in rows:
        if row[0] == exclude_id:
            continue
        owner = Owner(row[0], None, f"{row[1]} {row[2]}".strip())
        owners[row[0]] = (owner, summary_of(row))
        index.add(owner, json_list(row[3]), json_list(row[4]))
    hits = {owner.contact_id: matches for owner, matches in index.find(phones, emails)}
    return [
        DuplicateMatch(summary, tuple(hits[cid]))
        for cid, (_owner, summary) in owners.items()
        if cid in hits
    ]


def find_duplicates(
    store: Store,
    phones: Iterable[str],
    emails: Iterable[str],
    exclude_id: str | None = None,
) -> list[ContactSummary]:
    """Live contacts that share a phone number or an email with these (see
    `match_duplicates` for what matched)."""
    return [m.contact for m in match_duplicates(store, phones, emails, exclude_id)]


def json_list(items_json: str) -> list[str]:
    try:
        items = orjson.loads(items_json)
    except orjson.JSONDecodeError:
        return []
    return [i for i in items if isinstance(i, str)] if isinstance(items, list) else []
