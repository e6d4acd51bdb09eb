"""Search over contacts: from what a person types to an FTS5 query, and the index itself.

The index (`contact_fts`, made by migration 0004) holds, for each live contact, six
columns: name, phone, email, tag, turf and notes (story, issues, shared vision and
notes; never private notes). Its tokenizer is `unicode61 remove_diacritics 2`, so
case and accents do not matter: "jose" finds "José", "GARCIA" finds "García".

`fts_query` turns typed text into a query where every word is a prefix and all must
match: "ana gar" finds "Ana García". Phone numbers are indexed as written, as digits,
and by their last 10, 7 and 4 digits, so text that looks like (part of) a phone number
is searched by its digits: "0101234", "(555) 010-1234" and "1234" all find
"+1 (555) 010-1234". A word may name a column: "tag:tenant", "email:example.org".
Words are quoted, so nothing typed is ever read as FTS5 syntax.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, exists, select

from rapport.store.core import Store
from rapport.store.tables import SEARCH_TABLE, contact_list_pending

SEARCH_COLUMNS = ("name", "phone", "email", "tag", "turf", "notes")

# Column names a person may type before a colon (English and Spanish).
COLUMN_WORDS: dict[str, str] = {
    "name": "name",
    "nombre": "name",
    "phone": "phone",
    "tel": "phone",
    "telefono": "phone",
    "email": "email",
    "mail": "email",
    "correo": "email",
    "tag": "tag",
    "tags": "tag",
    "etiqueta": "tag",
    "turf": "turf",
    "zona": "turf",
    "notes": "notes",
    "notas": "notes",
}
MAX_WORDS = 16  # more words than anyone types; bounds the query's cost
MIN_PHONE_DIGITS = 3
_PHONE_LIKE = re.compile(r"[0-9\s+().\-/]+")
_COLUMN = re.compile(r"(?P<column>[^\W\d_]+):(?P<rest>.*)", re.DOTALL)


def words(text: str) -> list[str]:
    """The words of `text` as the index's tokenizer splits them: runs of letters and
    digits (any script), lower case. Accents are kept; FTS5 folds them itself."""
    out: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if category[0] in "LN" or category in ("Co", "Mn", "Mc"):
            current.append(ch)
        elif current:
            out.append("".join(current).lower())
            current = []
    if current:
        out.append("".join(current).lower())
    return out


def phone_digits_query(text: str) -> str | None:
    """The digits to look for when `text` looks like (part of) a phone number."""
    text = text.strip()
    if not _PHONE_LIKE.fullmatch(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what a person typed; None when there is nothing
    to search for (blank, or punctuation only)."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    digits = phone_digits_query(text)
    if digits is not None:
        return _prefix(digits)
    parts: list[str] = []
    count = 0
    for typed in text.split():
        column, chunk = None, typed
        match = _COLUMN.fullmatch(typed)
        if match and match["column"].lower() in COLUMN_WORDS:
            column = COLUMN_WORDS[match["column"].lower()]
            chunk = match["rest"]
        found = words(chunk)[: MAX_WORDS - count]
        if column == "phone" and (d := phone_digits_query(chunk)) is not None:
            found = [d]
        if not found:
            continue
        count += len(found)
        terms = " AND ".join(_prefix(w) for w in found)
        if column is not None:
            parts.append(f"{column} : ({terms})")
        else:
            parts.append(terms if len(found) == 1 else f"({terms})")
        if count >= MAX_WORDS:
            break
    return " AND ".join(parts) if parts else None


def match_sql() -> str:
    """SQL selecting the index rows (contact_list.n) that match the parameter :q."""
    return f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"


def pending(conn: Connection) -> bool:
    """Whether some contacts' list rows and index entries wait to be recomputed."""
    return bool(conn.execute(select(exists().select_from(contact_list_pending))).scalar())


@contextmanager
def current(store: Store) -> Iterator[Connection]:
    """A read transaction in which contact_list and the index are up to date."""
    with store.read() as conn:
        if not pending(conn):
            yield conn
            return
    ensure_current(store)
    with store.read() as conn:
        yield conn


def ensure_current(store: Store) -> bool:
    """Recompute what writes made outside the store left pending; True if there was any.

    Every write transaction through the store recomputes what it touched before it
    commits (see migration 0004), so this finds work only after a write by another
    program (the sqlite3 shell) or an interrupted upgrade. Ending an (empty) store
    transaction is what runs the recompute: the trigger on the device row does it.
    """
    with store.read() as conn:
        if not pending(conn):
            return False
    with store.write():
        pass
    return True


LIST_SOURCE_COLUMNS = (
    "contact_id, name_key, phone_key, email_key, turf, turf_key, stage, stage_pos, tags, tags_key"
)


def index_problems(conn: Connection) -> list[str]:
    """How contact_list and the search index differ from what the contacts say; an
    empty list when they agree. For checks and tests: it reads every contact."""
    problems: list[str] = []

    def count(sql: str) -> int:
        return int(conn.exec_driver_sql(sql).scalar_one())

    waiting = count("SELECT count(*) FROM contact_list_pending")
    if waiting:
        problems.append(f"{waiting} contact(s) wait to be recomputed")
    missing = count(
        "SELECT count(*) FROM contact WHERE deleted = 0 AND id NOT IN "
        "(SELECT contact_id FROM contact_list)"
    )
    if missing:
        problems.append(f"{missing} live contact(s) are not in the list")
    extra = count(
        "SELECT count(*) FROM contact_list WHERE contact_id NOT IN "
        "(SELECT id FROM contact WHERE deleted = 0)"
    )
    if extra:
        problems.append(f"{extra} row(s) of the list are not live contacts")
    stale = count(
        f"SELECT count(*) FROM (SELECT {LIST_SOURCE_COLUMNS} FROM contact_list "
        f"EXCEPT SELECT {LIST_SOURCE_COLUMNS} FROM contact_list_source WHERE deleted = 0)"
    )
    if stale:
        problems.append(f"{stale} row(s) of the list are out of date")
    columns = ", ".join(SEARCH_COLUMNS)
    differ = count(
        f"SELECT count(*) FROM (SELECT rowid, {columns} FROM {SEARCH_TABLE} "
        f"EXCEPT SELECT n, {columns} FROM contact_fts_source)"
    ) + count(
        f"SELECT count(*) FROM (SELECT n, {columns} FROM contact_fts_source "
        f"EXCEPT SELECT rowid, {columns} FROM {SEARCH_TABLE})"
    )
    if differ:
        problems.append(f"{differ} entr(y/ies) of the search index are out of date")
    try:
        conn.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('integrity-check')"
        )
    except Exception as exc:  # sqlite3.DatabaseError through SQLAlchemy
        problems.append(f"the search index is damaged: {exc}")
    return problems
