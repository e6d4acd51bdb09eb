"""Importing contacts from a read file (`plan_import`, then `apply_import` in one
transaction) and reading them out for the file writers (`iter_contacts`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func, select, text

from rapport.domain.bulk import paused_gc
from rapport.domain.fields import field_specs
from rapport.domain.problems import Problem
from rapport.domain.records import Contact, ContactTag
from rapport.store.bulk_insert import background_inserts, indexes_set_aside
from rapport.store.contact_edits import contact_problems
from rapport.store.contact_tags import ids_of_tags, link_tag, links_of, live_tags, tags_by_id
from rapport.store.contacts import chunks, contact_rows
from rapport.store.core import Store
from rapport.store.duplicates import DuplicateIndex, Match, Owner, Phones, json_list
from rapport.store.search import current
from rapport.store.tables import SYNCED, contact_list
from rapport.store.writes import Writer

if TYPE_CHECKING:
    from rapport.interop.contact_rows import ImportRow, ParsedFile


class ImportCancelled(Exception):
    """The person cancelled an import; nothing was written."""


Action = Literal["new", "duplicate", "invalid"]


@dataclass
class RowPlan:
    """What importing one row of a file would do."""

    line: int
    action: Action
    contact: Contact | None
    tags: list[str]
    problems: list[str]  # from reading the file: why it is invalid, or what was left out
    duplicate_of: str | None = None  # the contact in the store it duplicates
    duplicate_line: int | None = None  # or the earlier row of the file it repeats
    duplicate_name: str = ""
    matches: list[Match] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """Why the row is a duplicate (or invalid), in words."""
        if self.action == "invalid":
            return self.problems
        if self.action != "duplicate":
            return []
        who = self.duplicate_name or "(no name)"
        where = f"line {self.duplicate_line}" if self.duplicate_line else who
        code = "row" if self.duplicate_line else "contact"
        return [
            Problem(
                f"same_{m.kind}_{code}",
                f"{m.describe()} as {where}",
                value=m.value,
                line=self.duplicate_line,
                name=self.duplicate_name,
            )
            for m in self.matches
        ]


@dataclass
class ImportCounts:
    new: int = 0  # rows planned as new
    duplicates: int = 0
    invalid: int = 0
    added: int = 0  # contacts written
    updated: int = 0  # existing contacts updated from duplicate rows
    skipped: int = 0  # duplicate rows left alone

    def count(self, plan: RowPlan) -> None:
        """Count one planned row as new, duplicate or invalid."""
        if plan.action == "new":
            self.new += 1
        elif plan.action == "duplicate":
            self.duplicates += 1
        else:
            self.invalid += 1


@paused_gc()
def plan_import(store: Store, parsed: ParsedFile, default_region: str = "US") -> list[RowPlan]:
    """Classify each row of a read file: new, duplicate (of a contact, or of an earlier
    row of the file, by phone or email), or invalid (with the reasons). Reads only."""
    return list(iter_plans(store, parsed.rows, default_region))


def iter_plans(
    store: Store, rows: Iterable[ImportRow], default_region: str = "US"
) -> Iterator[RowPlan]:
    """`plan_import` row by row, as `rows` come (they may be built as they are asked
    for): the store's contacts are read now, each row is classified when it is reached."""
    index = DuplicateIndex(Phones(default_region))
    contact = SYNCED["contact"]
    with store.read() as conn:
        found = conn.execute(
            select(
                contact.c.id,
                contact.c.first_name,
                contact.c.last_name,
                contact.c.phones,
                contact.c.emails,
            ).where(contact.c.deleted == 0)
        )
        for contact_id, first, last, phones, emails in found:
            owner = Owner(contact_id, None, f"{first} {last}".strip())
            index.add(owner, json_list(phones), json_list(emails))
    return _classified(index, rows)


def _classified(index: DuplicateIndex, rows: Iterable[ImportRow]) -> Iterator[RowPlan]:
    for row in rows:
        if row.contact is None:
            yield RowPlan(row.line, "invalid", None, row.tags, row.problems)
            continue
        person = row.contact
        hits = index.find(person.phones, person.emails)
        if hits:
            owner, matches = hits[0]
            yield RowPlan(
                row.line,
                "duplicate",
                person,
                row.tags,
                row.problems,
                duplicate_of=owner.contact_id,
                duplicate_line=owner.line,
                duplicate_name=owner.name,
                matches=matches,
            )
            continue
        name = f"{person.first_name} {person.last_name}".strip()
        index.add(Owner(None, row.line, name), person.phones, person.emails)
        yield RowPlan(row.line, "new", person, row.tags, row.problems)


def count_plans(plans: Iterable[RowPlan]) -> ImportCounts:
    counts = ImportCounts()
    for plan in plans:
        counts.count(plan)
    return counts


def _filled_from(existing: Contact, incoming: Contact) -> Contact:
    """The existing contact with its empty fields filled and phones and emails added."""
    values: dict[str, Any] = {}
    for spec in field_specs(Contact):
        mine, theirs = getattr(existing, spec.name), getattr(incoming, spec.name)
        if spec.name in ("phones", "emails"):
            folded = {v.casefold() for v in mine}
            extra = [v for v in theirs if v.casefold() not in folded]
            if extra:
                values[spec.name] = [*mine, *extra]
        elif spec.name == "stage":
            continue  # the organizer's own judgement stays
        elif mine in ("", None) and theirs not in ("", None):
            values[spec.name] = theirs
    merged = dataclasses.replace(existing, **values)
    return existing if contact_problems(merged) else merged


BIG_IMPORT = 10_000  # rows: from here, and past the contacts listed, see below


def _listing_set_aside(w: Writer, rows: int) -> AbstractContextManager[None]:
    """An import at least as big as the contact list makes its sort indexes again
    after the rows are in, rather than inserting into each (`indexes_set_aside`)."""
    if rows < BIG_IMPORT:
        return nullcontext()
    listed = w.conn.execute(select(func.count()).select_from(contact_list)).scalar_one()
    return indexes_set_aside(w, contact_list.name) if rows >= listed else nullcontext()


@paused_gc()
def apply_import(
    store: Store,
    plans: Iterable[RowPlan],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    update_duplicates: bool = False,
    total: int | None = None,
) -> ImportCounts:
    """Write the new rows (and, with `update_duplicates`, fill in the contacts that
    duplicate rows match: empty fields, more phones, emails and tags), in ONE
    transaction: a failure or a cancel (ImportCancelled) leaves nothing written.

    `plans` may come as they are made (`iter_plans`); the rows are then read, planned
    and checked on this thread while another writes them (`background_inserts`).
    `progress(done, total)` is called every few hundred rows; `total` is how many plans
    there are, when `plans` cannot say."""
    if total is None:
        plans = plans if isinstance(plans, Sequence) else list(plans)
        total = len(plans)
    counts = ImportCounts()
    step = 500

    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    updates: list[RowPlan] = []
    with store.write(bulk=True) as w:
        known = live_tags(w.conn)
        with (
            _listing_set_aside(w, total),
            background_inserts(w) as inserts,
        ):
            for done, plan in enumerate(plans, 1):
                counts.count(plan)
                if plan.action == "new" and plan.contact is not None:
                    group: list[Any] = [plan.contact]
                    tag_ids = ids_of_tags(w, plan.tags, known, make=group.append)
                    group.extend(ContactTag(contact_id=plan.contact.id, tag_id=t) for t in tag_ids)
                    # Checked already: the contact as its row was read (`build_row`), a
                    # new tag by `ids_of_tags`, and the links are made of their ids.
                    inserts.add(group, checked=True)
                    counts.added += 1
                elif update_duplicates and plan.action == "duplicate" and plan.duplicate_of:
                    updates.append(plan)
                if done % step == 0:
                    tick(done)
        if updates:
            existing = contact_rows(w.conn, [p.duplicate_of for p in updates if p.duplicate_of])
            for plan in updates:
                current = existing.get(plan.duplicate_of or "")
                if current is None or plan.contact is None:
                    continue
                merged = _filled_from(current, plan.contact)
                changed = w.save(merged)
                existing[merged.id] = merged
                links = links_of(w.conn, [merged.id]).get(merged.id, {})
                for tag_id in ids_of_tags(w, plan.tags, known):
                    if tag_id not in links:
                        changed = link_tag(w, merged.id, tag_id) or changed
                counts.updated += changed
        counts.skipped = counts.duplicates - counts.updated
        tick(total)
    return counts


# --- export ---------------------------------------------------------------------------------


def iter_contacts(
    store: Store, ids: Sequence[str] | None = None
) -> Iterator[tuple[Contact, list[str]]]:
    """(contact, tag names) for these contacts (None: every live contact, in list
    order), read in chunks within one read transaction, for the interop writers."""
    with current(store) as conn:
        if ids is None:
            order = conn.execute(text("SELECT contact_id FROM contact_list ORDER BY name_key, n"))
            ids = [row[0] for row in order]
        for chunk in chunks(list(ids)):
            contacts = contact_rows(conn, chunk)
            tags = tags_by_id(conn, chunk)
            for contact_id in chunk:
                if contact_id in contacts:
                    yield contacts[contact_id], tags.get(contact_id, [])
