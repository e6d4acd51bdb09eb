"""One contact: reading it with its tags, checking and saving it, merging two into one,
and its history of 1:1s and commitments."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select

from rapport.domain.fields import check_value, field_specs
from rapport.domain.records import Commitment, Contact, Meeting
from rapport.store.contact_tags import link_tag, links_of, set_tags, tags_by_id
from rapport.store.contacts import contact_rows
from rapport.store.core import Store
from rapport.store.rows import record_from_row
from rapport.store.tables import SYNCED

CONTACT_FIELDS = frozenset(s.name for s in field_specs(Contact))


def get_contact(store: Store, contact_id: str) -> tuple[Contact, list[str]] | None:
    """A live contact and its tag names, or None."""
    with store.read() as conn:
        found = contact_rows(conn, [contact_id]).get(contact_id)
        if found is None:
            return None
        return found, tags_by_id(conn, [contact_id]).get(contact_id, [])


def contact_problems(contact: Contact) -> list[str]:
    """Why this contact cannot be saved (field by field); empty when it can."""
    problems = []
    for spec in field_specs(Contact):
        why = check_value(spec, getattr(contact, spec.name))
        if why:
            problems.append(f"{spec.name.replace('_', ' ')} {why}")
    return problems


def save_contact(store: Store, contact: Contact, tags: Iterable[str]) -> None:
    """Create or update a contact and set its tags (by name; new names make new tags),
    in one transaction. Raises ValueError when a field is not acceptable."""
    problems = contact_problems(contact)
    if problems:
        raise ValueError("; ".join(problems))
    with store.write() as w:
        w.save(contact)
        set_tags(w, contact.id, list(tags))


def suggest_merge(keep: Contact, drop: Contact) -> dict[str, object]:
    """A first choice for each field that differs: the kept value unless it is empty;
    phones and emails of both; notes of both, one after the other."""
    chosen: dict[str, object] = {}
    for spec in field_specs(Contact):
        mine, theirs = getattr(keep, spec.name), getattr(drop, spec.name)
        if mine == theirs or theirs in (None, "", [], False):
            continue
        if mine in (None, "", [], False):
            chosen[spec.name] = theirs
        elif spec.kind == "json":
            folded = {str(v).casefold() for v in mine}
            chosen[spec.name] = [*mine, *(v for v in theirs if str(v).casefold() not in folded)]
        elif spec.kind == "text" and spec.max_len > 2_000:
            chosen[spec.name] = f"{mine}\n\n{theirs}"[: spec.max_len]
    return chosen


def merge_contacts(store: Store, keep_id: str, drop_id: str, chosen: Mapping[str, object]) -> None:
    """Make two contacts one: the kept contact takes the `chosen` field values (field
    name -> value as the record holds it); it gets the tags of both; the dropped
    contact's meetings, commitments and training places move to it; the dropped
    contact is deleted (a tombstone, so the merge syncs). One transaction."""
    if keep_id == drop_id:
        raise ValueError("a contact cannot be merged with itself")
    unknown = set(chosen) - CONTACT_FIELDS
    if unknown:
        raise ValueError(f"not contact fields: {', '.join(sorted(unknown))}")
    with store.write() as w:
        found = contact_rows(w.conn, [keep_id, drop_id])
        if keep_id not in found or drop_id not in found:
            raise ValueError("both contacts must exist and not be deleted")
        kept = dataclasses.replace(found[keep_id], **chosen)  # type: ignore[arg-type]
        problems = contact_problems(kept)
        if problems:
            raise ValueError("; ".join(problems))
        w.save(kept)
        links = links_of(w.conn, [keep_id, drop_id])
        for tag_id, link_id in links.get(drop_id, {}).items():
            # A link's id comes from its pair, so the kept contact gets a link of its
            # own (as another device would make it) and the dropped one is deleted.
            if tag_id not in links.get(keep_id, {}):
                link_tag(w, keep_id, tag_id)
            w.set_deleted("contact_tag", link_id, True)
        for table in ("meeting", "commitment", "participant"):
            t = SYNCED[table]
            for (record_id,) in w.conn.execute(select(t.c.id).where(t.c.contact_id == drop_id)):
                w.set_fields(table, record_id, {"contact_id": keep_id})
        w.set_deleted("contact", drop_id, True)


def contact_history(store: Store, contact_id: str) -> tuple[list[Meeting], list[Commitment]]:
    """A contact's meetings and commitments, newest first (undated ones last)."""
    meeting, commitment = SYNCED["meeting"], SYNCED["commitment"]
    with store.read() as conn:
        meetings = [
            record_from_row(Meeting, row)
            for row in conn.execute(
                select(meeting)
                .where(meeting.c.contact_id == contact_id, meeting.c.deleted == 0)
                .order_by(meeting.c.starts_at.is_(None), meeting.c.starts_at.desc(), meeting.c.id)
            ).mappings()
        ]
        when = commitment.c.due_at.is_(None) & commitment.c.follow_up_on.is_(None)
        commitments = [
            record_from_row(Commitment, row)
            for row in conn.execute(
                select(commitment)
                .where(
                    (commitment.c.contact_id == contact_id)
                    | commitment.c.meeting_id.in_(
                        select(meeting.c.id).where(meeting.c.contact_id == contact_id)
                    ),
                    commitment.c.deleted == 0,
                )
                .order_by(
                    when,
                    func.coalesce(commitment.c.due_at, commitment.c.follow_up_on).desc(),
                    commitment.c.id,
                )
            ).mappings()
        ]
    return meetings, commitments
