"""Tags on contacts: names, links, and tagging many contacts at once (with what undo
needs). A tag's name is matched without regard to case; two tags of one name (made on
two devices) are one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select, text

from rapport.domain.fields import check_value, field_specs
from rapport.domain.records import ContactTag, Tag
from rapport.store.contacts import bind_values, chunks, live_ids
from rapport.store.core import Store
from rapport.store.tables import SYNCED
from rapport.store.writes import Writer


def tag_names(store: Store) -> list[str]:
    """The names of the live tags, sorted, for a filter menu and tag completion."""
    with store.read() as conn:
        return sorted({name for _id, name in live_tags(conn).values()}, key=str.casefold)


def tags_by_id(conn: Connection, ids: Sequence[str]) -> dict[str, list[str]]:
    """Live tag names of each contact (sorted, without repeats)."""
    out: dict[str, list[str]] = {}
    for chunk in chunks(ids):
        params: dict[str, Any] = {}
        names = bind_values(params, "id", chunk)
        rows = conn.execute(
            text(
                "SELECT DISTINCT ct.contact_id, t.name FROM contact_tag ct "
                "JOIN tag t ON t.id = ct.tag_id WHERE ct.deleted = 0 AND t.deleted = 0 "
                f"AND t.name <> '' AND ct.contact_id IN ({names})"
            ),
            params,
        )
        for contact_id, name in rows:
            out.setdefault(contact_id, []).append(name)
    for names_ in out.values():
        names_.sort(key=lambda n: (n.casefold(), n))
    return out


def live_tags(conn: Connection) -> dict[str, tuple[str, str]]:
    """Live tags by folded name: (id, name). Two tags of one name (made on two devices)
    are one: the older id wins."""
    tag = SYNCED["tag"]
    found: dict[str, tuple[str, str]] = {}
    for tag_id, name in conn.execute(
        select(tag.c.id, tag.c.name).where(tag.c.deleted == 0).order_by(tag.c.id)
    ):
        if name.strip():
            found.setdefault(name.strip().casefold(), (tag_id, name))
    return found


def ids_of_tags(
    w: Writer,
    names: Iterable[str],
    known: dict[str, tuple[str, str]],
    make: Callable[[Tag], object] | None = None,
) -> list[str]:
    """Ids of the tags with these names, making the missing ones (with `make`, or else
    saved at once)."""
    ids: list[str] = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        key = name.casefold()
        if key not in known:
            tag = Tag(name=name)
            problems = [check_value(s, getattr(tag, s.name)) for s in field_specs(Tag)]
            if any(problems):
                raise ValueError(f"tag {name[:40]!r}: {next(p for p in problems if p)}")
            (w.save if make is None else make)(tag)
            known[key] = (tag.id, name)
        if known[key][0] not in ids:
            ids.append(known[key][0])
    return ids


def links_of(conn: Connection, contact_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Live links of each contact: tag id -> link id."""
    ct = SYNCED["contact_tag"]
    out: dict[str, dict[str, str]] = {}
    for chunk in chunks(contact_ids):
        rows = conn.execute(
            select(ct.c.contact_id, ct.c.tag_id, ct.c.id).where(
                ct.c.contact_id.in_(chunk), ct.c.deleted == 0
            )
        )
        for contact_id, tag_id, link_id in rows:
            out.setdefault(contact_id, {})[tag_id] = link_id
    return out


def link_tag(w: Writer, contact_id: str, tag_id: str) -> bool:
    link = ContactTag(contact_id=contact_id, tag_id=tag_id)
    ct = SYNCED["contact_tag"]
    deleted = w.conn.execute(select(ct.c.deleted).where(ct.c.id == link.id)).scalar_one_or_none()
    if deleted is None:
        return w.save(link)
    return w.set_deleted("contact_tag", link.id, False) if deleted else False


def _add_links(w: Writer, pairs: Iterable[tuple[str, str]]) -> int:
    """Link many (contact id, tag id) pairs at once: new links inserted together, links
    taken off before brought back; returns how many were added."""
    wanted = {ContactTag(contact_id=c, tag_id=t).id: (c, t) for c, t in pairs}
    ct = SYNCED["contact_tag"]
    deleted: dict[str, int] = {}
    link_ids = list(wanted)
    for chunk in chunks(link_ids):
        query = select(ct.c.id, ct.c.deleted).where(ct.c.id.in_(chunk))
        deleted.update((link_id, gone) for link_id, gone in w.conn.execute(query))
    new = [
        ContactTag(id=link_id, contact_id=c, tag_id=t)
        for link_id, (c, t) in wanted.items()
        if link_id not in deleted
    ]
    back = {link_id: {"deleted": 0} for link_id, gone in deleted.items() if gone}
    return w.insert_new(new) + w.set_fields_many("contact_tag", back)


def _drop_links(w: Writer, link_ids: Iterable[str]) -> int:
    return w.set_fields_many("contact_tag", {link_id: {"deleted": 1} for link_id in link_ids})


def set_tags(w: Writer, contact_id: str, names: list[str]) -> None:
    wanted = ids_of_tags(w, names, live_tags(w.conn))
    current = links_of(w.conn, [contact_id]).get(contact_id, {})
    for tag_id in wanted:
        if tag_id not in current:
            link_tag(w, contact_id, tag_id)
    for tag_id, link_id in current.items():
        if tag_id not in wanted:
            w.set_deleted("contact_tag", link_id, True)


def tag_contacts(store: Store, ids: Iterable[str], tags: Iterable[str]) -> int:
    """Add tags (by name) to contacts; returns how many tags were added."""
    ids = list(dict.fromkeys(ids))
    with store.write() as w:
        tag_ids = ids_of_tags(w, tags, live_tags(w.conn))
        live = live_ids(w.conn, ids)
        current = links_of(w.conn, ids)
        return _add_links(
            w,
            (
                (contact_id, tag_id)
                for contact_id in ids
                if contact_id in live
                for tag_id in tag_ids
                if tag_id not in current.get(contact_id, {})
            ),
        )


def untag_contacts(store: Store, ids: Iterable[str], tags: Iterable[str]) -> int:
    """Take tags (by name, any case) off contacts; returns how many were taken off."""
    ids = list(dict.fromkeys(ids))
    folded = {t.strip().casefold() for t in tags}
    with store.write() as w:
        tag = SYNCED["tag"]
        tag_ids = {
            tag_id
            for tag_id, name in w.conn.execute(select(tag.c.id, tag.c.name))
            if name.strip().casefold() in folded
        }
        return _drop_links(
            w,
            (
                link_id
                for links in links_of(w.conn, ids).values()
                for tag_id, link_id in links.items()
                if tag_id in tag_ids
            ),
        )


def rename_tag(store: Store, old: str, new: str) -> int:
    """Rename every live tag called `old` (any case) to `new`; returns how many."""
    new = new.strip()
    if not new:
        raise ValueError("a tag needs a name")
    folded = old.strip().casefold()
    tag = SYNCED["tag"]
    with store.write() as w:
        rows = w.conn.execute(select(tag.c.id, tag.c.name).where(tag.c.deleted == 0)).all()
        return sum(
            w.set_fields("tag", tag_id, {"name": new})
            for tag_id, name in rows
            if name.strip().casefold() == folded
        )


def tags_of(store: Store, ids: Sequence[str]) -> dict[str, list[str]]:
    """Each live contact's tag names (contacts without tags map to an empty list)."""
    with store.read() as conn:
        found = tags_by_id(conn, ids)
        return {cid: found.get(cid, []) for cid in live_ids(conn, ids)}


def set_contact_tags(store: Store, tags_by_id: Mapping[str, Sequence[str]]) -> int:
    """Give each contact exactly these tags (by name), in one transaction; returns how
    many links were added or taken off. Undoes a bulk tag or untag."""
    with store.write() as w:
        known = live_tags(w.conn)
        ids = list(tags_by_id)
        current = links_of(w.conn, ids)
        add: list[tuple[str, str]] = []
        drop: list[str] = []
        for contact_id in live_ids(w.conn, ids):
            wanted = set(ids_of_tags(w, tags_by_id[contact_id], known))
            links = current.get(contact_id, {})
            add += [(contact_id, tag_id) for tag_id in wanted - links.keys()]
            drop += [link_id for tag_id, link_id in links.items() if tag_id not in wanted]
        return _add_links(w, add) + _drop_links(w, drop)
