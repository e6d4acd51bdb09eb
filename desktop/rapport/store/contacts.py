"""The contact list: paged and sorted queries for the Contacts screen, search, bulk
deletes and stage changes, and the ladder. (Tags: `contact_tags`; one contact's edits,
merging and history: `contact_edits`; duplicates: `duplicates`; import and export:
`contact_import`.)

Reads use `contact_list` (one row per live contact with indexed sort keys) and the
full-text index `contact_fts`; SQL triggers keep both in step with every write, and
each store write transaction recomputes what it touched before it commits (migration
0004). Every change to synced records goes through the `Writer`, one transaction per
call. Nothing here imports Qt; a screen calls these functions from any thread, each
with its own short transaction.

What a table model needs, cheaply: `count_contacts` and `contact_page` (a sorted
page of `ContactSummary` rows; 100 among 100,000 in a few milliseconds), or
`first_screen` for both at once (what the window shows first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, select, text

from rapport.domain import ladder as ladder_rules
from rapport.domain.contact_list import SORT_KEYS, SortKey
from rapport.domain.records import Contact, LadderStage
from rapport.store.core import Store
from rapport.store.keyed_lists import save_items, stored_items
from rapport.store.rows import record_from_row
from rapport.store.search import current, fts_query, match_sql
from rapport.store.tables import SYNCED

# Each sort key's ORDER BY; every one is served by an index of contact_list (n, the
# rowid, breaks ties and is in every index).
_ORDER: dict[str, tuple[str, ...]] = {
    "name": ("cl.name_key",),
    "phone": ("cl.phone_key",),
    "email": ("cl.email_key",),
    "turf": ("cl.turf_key",),
    "stage": ("cl.stage_pos", "cl.name_key"),
    "tags": ("cl.tags_key",),
    "last_one_on_one": ("cl.last_one_on_one",),
    "next_step": ("cl.next_step_key",),
}
PAGE = 100
ID_CHUNK = 500
# Above this many matches a sorted page walks the sort index and checks each row
# against the matches; below it, it sorts the matches.
WALK_INDEX_ABOVE = 1_000


# --- what the list shows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """One row of the contact list."""

    id: str
    name: str  # "first last"; empty when the contact has no name
    phone: str  # the first phone, as written
    email: str  # the first email
    turf: str
    stage: str  # a ladder key
    tags: str  # tag names, sorted, joined with ", "
    last_one_on_one: str | None  # when the latest held 1:1 started (UTC moment)
    next_step_kind: str | None  # "meeting" (a scheduled 1:1) or "commitment" (an open one)
    next_step_at: str | None  # its start, due time or follow-up date
    next_step_what: str | None  # the meeting's purpose, or what was committed to
    do_not_contact: bool


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """Narrows the list; empty tuples do not filter."""

    stages: tuple[str, ...] = ()  # ladder keys, any of
    tags: tuple[str, ...] = ()  # tag names, any of (case does not matter)
    turfs: tuple[str, ...] = ()  # exact turf names, any of

    @property
    def empty(self) -> bool:
        return not (self.stages or self.tags or self.turfs)


NO_FILTER = ContactFilter()

SUMMARY_COLUMNS = """
    c.id, c.first_name, c.last_name, c.phones, c.emails, c.turf, c.stage, cl.tags,
    cl.last_one_on_one, cl.next_step_kind, cl.next_step_at, cl.next_step_what,
    c.do_not_contact
"""


def _first(items_json: str) -> str:
    try:
        items = orjson.loads(items_json)
    except orjson.JSONDecodeError:
        return ""
    return items[0] if isinstance(items, list) and items and isinstance(items[0], str) else ""


def summary_of(row: Sequence[Any]) -> ContactSummary:
    return ContactSummary(
        id=row[0],
        name=f"{row[1]} {row[2]}".strip(),
        phone=_first(row[3]),
        email=_first(row[4]),
        turf=row[5],
        stage=row[6],
        tags=row[7],
        last_one_on_one=row[8],
        next_step_kind=row[9],
        next_step_at=row[10],
        next_step_what=row[11],
        do_not_contact=bool(row[12]),
    )


def _where(query: str | None, filters: ContactFilter, params: dict[str, Any]) -> list[str]:
    """WHERE terms (on contact_list cl) for a search and filters; fills `params`."""
    terms: list[str] = []
    if query is not None:
        params["q"] = query
        terms.append(f"cl.n IN ({match_sql()})")
    if filters.stages:
        names = bind_values(params, "stage", filters.stages)
        terms.append(f"cl.stage IN ({names})")
    if filters.turfs:
        names = bind_values(params, "turf", filters.turfs)
        terms.append(f"cl.turf IN ({names})")
    if filters.tags:
        names = bind_values(params, "tag", [_ascii_lower(t) for t in filters.tags])
        terms.append(
            "cl.contact_id IN (SELECT ct.contact_id FROM contact_tag ct "
            "JOIN tag t ON t.id = ct.tag_id WHERE ct.deleted = 0 AND t.deleted = 0 "
            f"AND lower(t.name) IN ({names}))"
        )
    return terms


def bind_values(params: dict[str, Any], prefix: str, values: Iterable[str]) -> str:
    """Put `values` in `params` as prefix0, prefix1, ...; their placeholders for IN (...)."""
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names)


def _ascii_lower(value: str) -> str:
    """Lower case as SQLite's lower() does it: ASCII letters only."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in value)


def _search(query: str | None) -> tuple[bool, str | None]:
    """(whether anything can match, the MATCH expression or None for "everyone")."""
    if query is None or not query.strip():
        return True, None
    expression = fts_query(query)
    return expression is not None, expression


def _count(conn: Connection, expression: str | None, filters: ContactFilter) -> int:
    if filters.empty:
        if expression is None:
            sql = "SELECT count(*) FROM contact_list"
        else:
            sql = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :q"
        return int(conn.execute(text(sql), {"q": expression}).scalar_one())
    params: dict[str, Any] = {}
    terms = _where(expression, filters, params)
    sql = f"SELECT count(*) FROM contact_list cl WHERE {' AND '.join(terms)}"
    return int(conn.execute(text(sql), params).scalar_one())


def _page(
    conn: Connection,
    expression: str | None,
    filters: ContactFilter,
    sort_key: SortKey,
    descending: bool,
    offset: int,
    limit: int,
    matches: int | None,
) -> list[ContactSummary]:
    if sort_key not in _ORDER:
        raise ValueError(f"unknown sort key {sort_key!r}; one of {', '.join(SORT_KEYS)}")
    params: dict[str, Any] = {"limit": max(0, limit), "offset": max(0, offset)}
    terms = _where(expression, filters, params)
    if expression is not None and (matches is None or matches > WALK_INDEX_ABOVE):
        # Many matches: walk the sort index, testing each row against the matches (the
        # unary + keeps SQLite from starting from the matches and sorting them all).
        terms[0] = "+" + terms[0]
    direction = " DESC" if descending else ""
    order = ", ".join(f"{c}{direction}" for c in (*_ORDER[sort_key], "cl.n"))
    where = f" WHERE {' AND '.join(terms)}" if terms else ""
    # The page is chosen from contact_list alone (its indexes cover the sort keys);
    # only its rows are then joined to their contacts.
    sql = (
        f"SELECT {SUMMARY_COLUMNS} FROM ("
        f"SELECT cl.n FROM contact_list cl{where} ORDER BY {order} LIMIT :limit OFFSET :offset"
        ") page CROSS JOIN contact_list cl ON cl.n = page.n "
        f"CROSS JOIN contact c ON c.id = cl.contact_id ORDER BY {order}"
    )
    return [summary_of(row) for row in conn.execute(text(sql), params)]


def count_contacts(
    store: Store, query: str | None = None, filters: ContactFilter = NO_FILTER
) -> int:
    """How many live contacts match the search (None or blank: everyone) and filters."""
    possible, expression = _search(query)
    if not possible:
        return 0
    with current(store) as conn:
        return _count(conn, expression, filters)


def contact_page(
    store: Store,
    query: str | None = None,
    sort_key: SortKey = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE,
    filters: ContactFilter = NO_FILTER,
) -> list[ContactSummary]:
    """Rows `offset` to `offset + limit` of the list, searched, filtered and sorted."""
    possible, expression = _search(query)
    if not possible:
        return []
    with current(store) as conn:
        matches = None if expression is None else _count(conn, expression, NO_FILTER)
        return _page(conn, expression, filters, sort_key, descending, offset, limit, matches)


def first_screen(
    store: Store,
    query: str | None = None,
    sort_key: SortKey = "name",
    descending: bool = False,
    limit: int = PAGE,
    filters: ContactFilter = NO_FILTER,
) -> tuple[int, list[ContactSummary]]:
    """The count and the first page, in one read: what the window shows first (and what
    a benchmark of the first paint should time)."""
    possible, expression = _search(query)
    if not possible:
        return 0, []
    with current(store) as conn:
        total = _count(conn, expression, filters)
        matches = total if filters.empty else None
        page = _page(conn, expression, filters, sort_key, descending, 0, limit, matches)
    return total, page


def contact_ids(
    store: Store,
    query: str | None = None,
    sort_key: SortKey = "name",
    descending: bool = False,
    filters: ContactFilter = NO_FILTER,
) -> list[str]:
    """Every matching contact's id, in list order (for "select all" and exports)."""
    possible, expression = _search(query)
    if not possible:
        return []
    params: dict[str, Any] = {}
    terms = _where(expression, filters, params)
    direction = " DESC" if descending else ""
    order = ", ".join(f"{c}{direction}" for c in (*_ORDER[sort_key], "cl.n"))
    sql = "SELECT cl.contact_id FROM contact_list cl"
    if terms:
        sql += f" WHERE {' AND '.join(terms)}"
    with current(store) as conn:
        return [row[0] for row in conn.execute(text(f"{sql} ORDER BY {order}"), params)]


_IS_TARGET = "cl.contact_id = :cid"


def contact_position(
    store: Store,
    contact_id: str,
    query: str | None = None,
    sort_key: SortKey = "name",
    descending: bool = False,
    filters: ContactFilter = NO_FILTER,
) -> int | None:
    """The row a contact has in the list (searched, filtered, sorted), or None when it is
    not in it: the screen selects a contact it just saved wherever it sorts."""
    possible, expression = _search(query)
    if not possible:
        return None
    params: dict[str, Any] = {"cid": contact_id}
    terms = _where(expression, filters, params)
    keys = [f"coalesce({c}, '')" for c in (*_ORDER[sort_key], "cl.n")]
    target = f"SELECT {', '.join(keys)} FROM contact_list cl WHERE cl.contact_id = :cid"
    present = text(f"SELECT 1 FROM contact_list cl WHERE {' AND '.join([*terms, _IS_TARGET])}")
    with current(store) as conn:
        if conn.execute(present, params).first() is None:
            return None
        before = f"({', '.join(keys)}) {'>' if descending else '<'} ({target})"
        sql = f"SELECT count(*) FROM contact_list cl WHERE {' AND '.join([*terms, before])}"
        return int(conn.execute(text(sql), params).scalar_one())


def summaries(store: Store, ids: Sequence[str]) -> list[ContactSummary]:
    """The list rows of these contacts (live ones), in the order given."""
    found: dict[str, ContactSummary] = {}
    with current(store) as conn:
        for chunk in chunks(list(ids)):
            params: dict[str, Any] = {}
            names = bind_values(params, "id", chunk)
            sql = (
                f"SELECT {SUMMARY_COLUMNS} FROM contact_list cl "
                f"JOIN contact c ON c.id = cl.contact_id WHERE cl.contact_id IN ({names})"
            )
            for row in conn.execute(text(sql), params):
                found[row[0]] = summary_of(row)
    return [found[i] for i in ids if i in found]


def turfs(store: Store) -> list[str]:
    """The turfs live contacts are in, for a filter menu."""
    with current(store) as conn:
        rows = conn.execute(
            text("SELECT turf FROM contact_list WHERE turf <> '' GROUP BY turf_key, turf")
        )
        return sorted({r[0] for r in rows}, key=lambda t: (t.casefold(), t))


# --- contacts by id ------------------------------------------------------------------------


def chunks(items: Sequence[str], size: int = ID_CHUNK) -> Iterator[Sequence[str]]:
    """`items` a few hundred at a time, for SELECT ... IN (...)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def contact_rows(conn: Connection, ids: Sequence[str]) -> dict[str, Contact]:
    table = SYNCED["contact"]
    found: dict[str, Contact] = {}
    for chunk in chunks(ids):
        query = select(table).where(table.c.id.in_(chunk), table.c.deleted == 0)
        for row in conn.execute(query).mappings():
            found[row["id"]] = record_from_row(Contact, row)
    return found


# --- bulk actions ---------------------------------------------------------------------------


def live_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` that are live (not deleted) contacts."""
    table = SYNCED["contact"]
    found: set[str] = set()
    for chunk in chunks(ids):
        found.update(
            r[0]
            for r in conn.execute(
                select(table.c.id).where(table.c.id.in_(chunk), table.c.deleted == 0)
            )
        )
    return found


def delete_contacts(store: Store, ids: Iterable[str]) -> int:
    """Delete contacts (tombstones: they leave the list and search at once, and
    `undelete_contacts` brings them back with their tags). Returns how many."""
    with store.write() as w:
        return w.set_fields_many("contact", {i: {"deleted": 1} for i in ids})


def undelete_contacts(store: Store, ids: Iterable[str]) -> int:
    """Bring deleted contacts back (undo); returns how many."""
    with store.write() as w:
        return w.set_fields_many("contact", {i: {"deleted": 0} for i in ids})


# --- what bulk actions change, so they can be undone -------------------------------------


def stages_of(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """Each live contact's stage key."""
    table = SYNCED["contact"]
    found: dict[str, str] = {}
    with store.read() as conn:
        for chunk in chunks(ids):
            query = select(table.c.id, table.c.stage).where(
                table.c.id.in_(chunk), table.c.deleted == 0
            )
            found.update((cid, stage) for cid, stage in conn.execute(query))
    return found


def restore_stages(store: Store, stages: Mapping[str, str]) -> int:
    """Put contacts back on the stages they had (undoes a bulk stage change), in one
    transaction, whether or not those stages are still on the ladder."""
    with store.write() as w:
        live = live_ids(w.conn, list(stages))
        return w.set_fields_many(
            "contact", {cid: {"stage": stage} for cid, stage in stages.items() if cid in live}
        )


def set_stage(store: Store, ids: Iterable[str], stage: str) -> int:
    """Move contacts to a stage of the ladder; returns how many changed."""
    with store.write() as w:
        ladder = ladder_rules.effective_ladder(_stored_ladder(w.conn))
        if stage not in {s.key for s in ladder}:
            raise ValueError(f"{stage!r} is not a stage of the ladder")
        ids = list(dict.fromkeys(ids))
        live = live_ids(w.conn, ids)
        return w.set_fields_many("contact", {i: {"stage": stage} for i in ids if i in live})


# --- the ladder -----------------------------------------------------------------------------


def _stored_ladder(conn: Connection) -> list[LadderStage]:
    return stored_items(conn, LadderStage)


def load_ladder(store: Store) -> list[LadderStage]:
    """The ladder in use, in order (the default one until the organization sets one)."""
    with store.read() as conn:
        return ladder_rules.effective_ladder(_stored_ladder(conn))


def save_ladder(store: Store, stages: Sequence[LadderStage]) -> None:
    """Store the ladder in the order given (positions are renumbered); stages left out
    are deleted. Contacts keep their stage key; the list re-sorts at once."""
    problems = ladder_rules.check_ladder(stages)
    if problems:
        raise ValueError("; ".join(problems))
    with store.write() as w:
        save_items(w, LadderStage, stages)
