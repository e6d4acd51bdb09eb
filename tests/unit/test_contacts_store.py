"""The contact list's store functions: sorted pages, the list's columns, duplicates,
merging, bulk actions, the ladder, history, and import in one transaction."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from rapport.domain import demo
from rapport.domain.ladder import default_ladder, make_key, renumbered
from rapport.domain.records import (
    Commitment,
    Contact,
    ContactTag,
    LadderStage,
    Meeting,
    Participant,
    Tag,
)
from rapport.interop.contact_rows import ParsedFile
from rapport.interop.csv_contacts import read_csv, write_csv
from rapport.store import contact_import as ci
from rapport.store import contacts as cs
from rapport.store.contact_edits import (
    contact_history,
    get_contact,
    merge_contacts,
    save_contact,
    suggest_merge,
)
from rapport.store.contact_import import ImportCancelled, apply_import, iter_contacts, plan_import
from rapport.store.contact_tags import tag_contacts
from rapport.store.contacts import (
    SORT_KEYS,
    ContactFilter,
    contact_ids,
    contact_page,
    count_contacts,
    delete_contacts,
    first_screen,
    load_ladder,
    save_ladder,
    set_stage,
    summaries,
    undelete_contacts,
)
from rapport.store.core import Store
from rapport.store.duplicates import Match, find_duplicates, match_duplicates
from rapport.store.open import OpenFolder
from rapport.store.rows import record_from_row
from rapport.store.search import index_problems
from rapport.store.tables import SYNCED

TODAY = date(2026, 3, 2)


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


def in_step(store: Store) -> list[str]:
    with store.read() as conn:
        return index_problems(conn)


def records(store: Store, cls: type) -> list:  # type: ignore[type-arg]
    table = SYNCED[cls.TABLE]
    with store.read() as conn:
        rows = conn.execute(select(table).where(table.c.deleted == 0)).mappings()
        return [record_from_row(cls, row) for row in rows]


@pytest.fixture
def demo_store(folder: OpenFolder) -> Iterator[Store]:
    """About 500 demo contacts with tags, meetings and commitments."""
    with folder.store.write() as w:
        w.insert_new(demo.generate(7, 500, TODAY))
    yield folder.store


# --- sorted pages -------------------------------------------------------------------------


def expected_keys(store: Store) -> dict[str, dict[str, object]]:
    """Each contact's sort key for each column, worked out in Python from the records."""
    people = {c.id: c for c in records(store, Contact)}
    tags = {t.id: t.name for t in records(store, Tag)}
    tags_of: dict[str, set[str]] = {}
    for link in records(store, ContactTag):
        if link.tag_id in tags:
            tags_of.setdefault(link.contact_id, set()).add(tags[link.tag_id])
    held: dict[str, str] = {}
    upcoming: dict[str, list[tuple[str, int]]] = {}
    for m in records(store, Meeting):
        if m.status == "held" and m.starts_at and m.starts_at > held.get(m.contact_id, ""):
            held[m.contact_id] = m.starts_at
        if m.status in ("scheduled", "confirmed") and m.starts_at:
            upcoming.setdefault(m.contact_id, []).append((m.starts_at, 0))
    for k in records(store, Commitment):
        when = k.due_at or k.follow_up_on
        if k.status == "open":
            upcoming.setdefault(k.contact_id, []).append((when or "~", 1))
    positions = {s.key: s.position for s in load_ladder(store)}
    out: dict[str, dict[str, object]] = {}
    for cid, c in people.items():
        name = fold(f"{c.first_name} {c.last_name}".strip())
        out[cid] = {
            "name": name,
            "phone": "".join(ch for ch in (c.phones or [""])[0] if ch.isdigit()),
            "email": (c.emails or [""])[0].lower(),
            "turf": fold(c.turf),
            "stage": (positions.get(c.stage, 1000), name),
            "tags": fold(", ".join(sorted(tags_of.get(cid, ()), key=str.casefold))),
            "last_one_on_one": held.get(cid, ""),
            "next_step": min(upcoming.get(cid, [("~", 2)]))[0],
        }
    return out


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort_key", SORT_KEYS)
def test_pages_sorted_by_any_column_match_a_python_sort(
    demo_store: Store, sort_key: cs.SortKey, descending: bool
) -> None:
    keys = expected_keys(demo_store)
    total = count_contacts(demo_store)
    assert total == len(keys) == 500
    seen: list[str] = []
    while len(seen) < total:
        page = contact_page(demo_store, None, sort_key, descending, offset=len(seen), limit=37)
        assert page, "a page came back empty before the end"
        seen += [row.id for row in page]
    assert len(set(seen)) == total
    got = [keys[i][sort_key] for i in seen]
    assert got == sorted(got, reverse=descending)
    assert seen == contact_ids(demo_store, None, sort_key, descending)
    assert contact_page(demo_store, None, sort_key, descending, offset=total) == []


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("sort_key", SORT_KEYS)
@pytest.mark.parametrize("query", [None, "mar"])
def test_a_contacts_position_is_its_row_in_the_sorted_list(
    demo_store: Store, sort_key: cs.SortKey, descending: bool, query: str | None
) -> None:
    listed = contact_ids(demo_store, query, sort_key, descending)
    for row in (0, 1, len(listed) // 3, len(listed) // 2, len(listed) - 1):
        assert cs.contact_position(demo_store, listed[row], query, sort_key, descending) == row
    outside = set(contact_ids(demo_store)) - set(listed)
    if outside:
        assert cs.contact_position(demo_store, outside.pop(), query, sort_key) is None


@pytest.mark.parametrize("walk_above", [0, 10_000], ids=["walk-index", "sort-matches"])
@pytest.mark.parametrize("query", ["a", "mar", "tenant", "555", "jo gar"])
def test_search_and_sort_together_keep_the_sort_order(
    demo_store: Store, query: str, walk_above: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cs, "WALK_INDEX_ABOVE", walk_above)
    for sort_key in ("name", "next_step", "stage"):
        everyone = contact_ids(demo_store, None, sort_key)
        matching = set(contact_ids(demo_store, query, sort_key))
        assert len(matching) == count_contacts(demo_store, query)
        expected = [i for i in everyone if i in matching]
        pages: list[str] = []
        for offset in range(0, len(expected) + 10, 10):
            pages += [r.id for r in contact_page(demo_store, query, sort_key, False, offset, 10)]
        assert pages == expected


def test_first_screen_is_the_count_and_the_first_page(demo_store: Store) -> None:
    total, page = first_screen(demo_store, "mar", "turf", limit=20)
    assert total == count_contacts(demo_store, "mar")
    assert page == contact_page(demo_store, "mar", "turf", limit=20)


def test_filters_by_stage_tag_and_turf(demo_store: Store) -> None:
    people = {c.id: c for c in records(demo_store, Contact)}
    leaders = ContactFilter(stages=("leader", "volunteer"))
    got = contact_ids(demo_store, filters=leaders)
    assert set(got) == {i for i, c in people.items() if c.stage in ("leader", "volunteer")}
    assert count_contacts(demo_store, None, leaders) == len(got)
    turf = next(iter(people.values())).turf
    in_turf = ContactFilter(turfs=(turf,))
    assert set(contact_ids(demo_store, filters=in_turf)) == {
        i for i, c in people.items() if c.turf == turf
    }
    tagged = ContactFilter(tags=("TENANT UNION",))
    expected = {i for i, c in people.items() if "tenant union" in _tags(demo_store, i)}
    assert set(contact_ids(demo_store, filters=tagged)) == expected
    both = ContactFilter(stages=("prospect",), tags=("tenant union",))
    page = contact_page(demo_store, "a", "name", filters=both, limit=500)
    assert all(r.stage == "prospect" and "tenant union" in r.tags for r in page)
    assert len(page) == count_contacts(demo_store, "a", both)


def _tags(store: Store, contact_id: str) -> list[str]:
    found = get_contact(store, contact_id)
    return [] if found is None else found[1]


def test_a_summary_row_has_what_the_list_shows(folder: OpenFolder) -> None:
    store = folder.store
    c = Contact(
        first_name="Zoë",
        last_name="Ibáñez",
        phones=["(555) 010-4444", "555-0199"],
        emails=["zoe@example.org"],
        turf="Las Flores",
        stage="volunteer",
        do_not_contact=True,
    )
    save_contact(store, c, ["parents", "Bus riders"])
    m1 = Meeting(contact_id=c.id, status="held", starts_at="2026-01-10T18:00:00Z")
    m2 = Meeting(contact_id=c.id, status="held", starts_at="2026-02-10T18:00:00Z")
    m3 = Meeting(contact_id=c.id, status="no_show", starts_at="2026-02-20T18:00:00Z")
    soon = Meeting(
        contact_id=c.id, status="scheduled", starts_at="2026-03-20T18:00:00Z", purpose="Ask"
    )
    due = Commitment(contact_id=c.id, what="Bring two neighbours", due_at="2026-03-12T23:00:00Z")
    for record in (m1, m2, m3, soon, due):
        store.save(record)
    [row] = summaries(store, [c.id])
    assert row == cs.ContactSummary(
        id=c.id,
        name="Zoë Ibáñez",
        phone="(555) 010-4444",
        email="zoe@example.org",
        turf="Las Flores",
        stage="volunteer",
        tags="Bus riders, parents",
        last_one_on_one="2026-02-10T18:00:00Z",
        next_step_kind="commitment",  # due before the meeting
        next_step_at="2026-03-12T23:00:00Z",
        next_step_what="Bring two neighbours",
        do_not_contact=True,
    )
    store.delete("commitment", due.id)
    [row] = summaries(store, [c.id])
    assert (row.next_step_kind, row.next_step_at, row.next_step_what) == (
        "meeting",
        "2026-03-20T18:00:00Z",
        "Ask",
    )
    soon.status = "held"
    store.save(soon)
    [row] = summaries(store, [c.id])
    assert row.last_one_on_one == "2026-03-20T18:00:00Z" and row.next_step_kind is None
    assert in_step(store) == []


def test_names_sort_by_their_letters_whatever_the_accents(folder: OpenFolder) -> None:
    store = folder.store
    names = ["Zúñiga", "Álvarez", "alvarez", "Ñandú", "Nunez", "Núñez", "Łukasz", "Émile", "Ellen"]
    for n in names:
        save_contact(store, Contact(first_name=n), [])
    got = [r.name for r in contact_page(store, None, "name")]
    assert [fold(n).replace("ł", "l") for n in got] == sorted(
        fold(n).replace("ł", "l") for n in names
    )
    assert got.index("Álvarez") < got.index("Ellen")


# --- duplicates -----------------------------------------------------------------------------


@pytest.fixture
def ana(folder: OpenFolder) -> Contact:
    c = Contact(
        first_name="Ana",
        last_name="García",
        phones=["+1 (555) 010-1234"],
        emails=["Ana.Garcia@Example.org"],
    )
    save_contact(folder.store, c, [])
    save_contact(folder.store, Contact(first_name="Otra", phones=["(555) 010-9999"]), [])
    return c


@pytest.mark.parametrize(
    "phone", ["555.010.1234", "5550101234", "+15550101234", "1-555-010-1234", "(555)0101234"]
)
def test_duplicates_are_found_by_a_phone_in_any_format(
    folder: OpenFolder, ana: Contact, phone: str
) -> None:
    found = match_duplicates(folder.store, [phone], [])
    assert [m.contact.id for m in found] == [ana.id]
    assert found[0].matches == (Match("phone", "+1 (555) 010-1234"),)


def test_duplicates_by_email_ignore_case_and_a_short_number_proves_nothing(
    folder: OpenFolder, ana: Contact
) -> None:
    store = folder.store
    assert [c.id for c in find_duplicates(store, [], ["ana.garcia@EXAMPLE.ORG"])] == [ana.id]
    assert find_duplicates(store, ["010-1234"], []) == []  # no area code: cannot tell
    assert find_duplicates(store, ["+44 20 7010 1234"], []) == []  # same last 7, other number
    assert find_duplicates(store, [], ["garcia@example.org"]) == []
    assert find_duplicates(store, ["555-010-1234"], [], exclude_id=ana.id) == []
    delete_contacts(store, [ana.id])
    assert find_duplicates(store, ["555-010-1234"], []) == []


# --- merging --------------------------------------------------------------------------------


def test_merging_repoints_everything_and_tombstones_the_dropped_contact(
    folder: OpenFolder,
) -> None:
    store = folder.store
    keep = Contact(first_name="Ana", last_name="García", phones=["555-010-1234"])
    drop = Contact(
        first_name="Ana María",
        last_name="Garcia",
        phones=["(555) 010-1234", "555-010-7777"],
        emails=["ana@example.org"],
        story="From Oaxaca.",
    )
    save_contact(store, keep, ["parents"])
    save_contact(store, drop, ["parents", "tenant union"])
    meeting = Meeting(contact_id=drop.id, status="held", starts_at="2026-02-01T18:00:00Z")
    commitment = Commitment(contact_id=drop.id, meeting_id=meeting.id, what="Come to the vigil")
    participant = Participant(training_id="t-1", contact_id=drop.id)
    for record in (meeting, commitment, participant):
        store.save(record)
    seq_before = store.change_seq("meeting", meeting.id)

    chosen = suggest_merge(keep, drop)
    assert chosen["phones"] == ["555-010-1234", "(555) 010-1234", "555-010-7777"]
    assert chosen["emails"] == ["ana@example.org"] and chosen["story"] == "From Oaxaca."
    assert "first_name" not in chosen
    chosen["first_name"] = "Ana María"
    merge_contacts(store, keep.id, drop.id, chosen)

    merged, tags = get_contact(store, keep.id)  # type: ignore[misc]
    assert merged.first_name == "Ana María" and merged.story == "From Oaxaca."
    assert merged.emails == ["ana@example.org"]
    assert tags == ["parents", "tenant union"]
    assert get_contact(store, drop.id) is None
    assert store.get(Meeting, meeting.id).contact_id == keep.id  # type: ignore[union-attr]
    assert store.get(Commitment, commitment.id).contact_id == keep.id  # type: ignore[union-attr]
    assert store.get(Participant, participant.id).contact_id == keep.id  # type: ignore[union-attr]
    assert store.change_seq("meeting", meeting.id) > seq_before  # stamped: it will sync
    assert contact_history(store, keep.id)[0] == [store.get(Meeting, meeting.id)]
    assert contact_ids(store, "tenant") == [keep.id]
    [row] = summaries(store, [keep.id])
    assert row.last_one_on_one == "2026-02-01T18:00:00Z"
    assert count_contacts(store) == 1
    assert in_step(store) == []


def test_a_bad_merge_changes_nothing(folder: OpenFolder) -> None:
    store = folder.store
    a, b = Contact(first_name="Uno"), Contact(first_name="Dos")
    save_contact(store, a, [])
    save_contact(store, b, [])
    with pytest.raises(ValueError, match="not contact fields"):
        merge_contacts(store, a.id, b.id, {"nickname": "x"})
    with pytest.raises(ValueError, match="follow up days"):
        merge_contacts(store, a.id, b.id, {"follow_up_days": 0})
    with pytest.raises(ValueError, match="itself"):
        merge_contacts(store, a.id, a.id, {})
    assert count_contacts(store) == 2 and get_contact(store, b.id) == (b, [])


# --- bulk actions and the ladder -----------------------------------------------------------


def test_bulk_actions_each_run_in_one_transaction(demo_store: Store) -> None:
    some = contact_ids(demo_store, None, "name")[:40]
    moving = sum(1 for r in summaries(demo_store, some) if r.stage != "leader")
    assert set_stage(demo_store, some, "leader") == moving > 0
    assert {r.stage for r in summaries(demo_store, some)} == {"leader"}
    with pytest.raises(ValueError, match="not a stage"):
        set_stage(demo_store, some, "boss")
    assert tag_contacts(demo_store, some, ["Phone Tree"]) == 40
    assert tag_contacts(demo_store, some, ["phone tree"]) == 0  # same tag, any case
    assert count_contacts(demo_store, "tag:phone tree") == 40
    assert delete_contacts(demo_store, some) == 40
    assert count_contacts(demo_store) == 460
    assert undelete_contacts(demo_store, some) == 40
    assert count_contacts(demo_store, "tag:tree") == 40
    assert in_step(demo_store) == []


def test_the_ladder_is_the_default_until_the_organization_edits_it(demo_store: Store) -> None:
    assert [s.key for s in load_ladder(demo_store)] == [s.key for s in default_ladder()]
    ladder = load_ladder(demo_store)
    new_key = make_key("Had a 1:1", [s.key for s in ladder])
    assert new_key == "had_a_1_1"
    # Put leaders first and add a stage; the list re-sorts at once.
    reordered = [ladder[4], *ladder[:4], LadderStage(key="trainer", label="Trainer")]
    save_ladder(demo_store, reordered)
    assert [s.key for s in load_ladder(demo_store)] == [s.key for s in renumbered(reordered)]
    first = contact_page(demo_store, None, "stage", limit=1)[0]
    assert first.stage == "leader"
    keys = [r.stage for r in contact_page(demo_store, None, "stage", limit=500)]
    order = {s.key: s.position for s in load_ladder(demo_store)}
    assert keys == sorted(keys, key=order.__getitem__)
    assert set_stage(demo_store, [first.id], "trainer") == 1
    assert contact_page(demo_store, None, "stage", descending=True, limit=1)[0].id == first.id
    # A stage taken off the ladder sorts after every stage on it.
    save_ladder(demo_store, [s for s in load_ladder(demo_store) if s.key != "trainer"])
    assert contact_page(demo_store, None, "stage", descending=True, limit=1)[0].id == first.id
    with pytest.raises(ValueError, match="used twice"):
        save_ladder(demo_store, [LadderStage(key="a"), LadderStage(key="a")])
    assert in_step(demo_store) == []


def test_history_is_newest_first(folder: OpenFolder) -> None:
    store = folder.store
    c = Contact(first_name="Luz")
    save_contact(store, c, [])
    old = Meeting(contact_id=c.id, starts_at="2025-01-01T18:00:00Z", status="held")
    new = Meeting(contact_id=c.id, starts_at="2026-01-01T18:00:00Z", status="held")
    draft = Meeting(contact_id=c.id)
    k1 = Commitment(contact_id=c.id, what="a", due_at="2025-02-01T18:00:00Z")
    k2 = Commitment(meeting_id=new.id, what="b", follow_up_on="2026-02-01")
    for r in (old, new, draft, k1, k2):
        store.save(r)
    meetings, commitments = contact_history(store, c.id)
    assert [m.id for m in meetings] == [new.id, old.id, draft.id]
    assert [k.id for k in commitments] == [k2.id, k1.id]


# --- import and export ---------------------------------------------------------------------


def write_file(path: Path, text: str) -> ParsedFile:
    path.write_text(text, encoding="utf-8")
    return read_csv(path)


CSV = """First Name,Last Name,Phone,Email,Tags
Ana,García,555.010.1234,,parents
Beto,Ruiz,,beto@example.org,tenant union; parents
,,,,
Carla,,not a phone,carla@example.org,
Beto,R.,,BETO@EXAMPLE.ORG,
,,,x,
"""


def test_import_plans_new_duplicate_and_invalid_rows(folder: OpenFolder, tmp_path: Path) -> None:
    store = folder.store
    existing = Contact(first_name="Ana", phones=["+1 (555) 010-1234"])
    save_contact(store, existing, [])
    plans = plan_import(store, write_file(tmp_path / "people.csv", CSV))
    by_line = {p.line: p for p in plans}
    assert by_line[2].action == "duplicate" and by_line[2].duplicate_of == existing.id
    assert by_line[2].reasons == ["same phone +1 (555) 010-1234 as Ana"]
    assert by_line[3].action == "new" and by_line[3].tags == ["tenant union", "parents"]
    assert by_line[5].action == "new" and by_line[5].problems  # the bad phone was left out
    assert by_line[6].action == "duplicate" and by_line[6].duplicate_line == 3
    assert by_line[7].action == "invalid" and by_line[7].reasons
    counts = ci.count_plans(plans)
    assert (counts.new, counts.duplicates, counts.invalid) == (2, 2, 1)

    ticks: list[tuple[int, int]] = []
    done = apply_import(store, plans, progress=lambda d, t: ticks.append((d, t)))
    assert (done.added, done.updated, done.skipped) == (2, 0, 2)
    assert ticks[-1] == (len(plans), len(plans))
    assert count_contacts(store) == 3
    assert count_contacts(store, "tag:tenant") == 1 and count_contacts(store, "tag:parents") == 1
    assert count_contacts(store, "carla@example.org") == 1
    assert in_step(store) == []
    # Everything was written through the one write path: stamped and sequenced.
    with store.read() as conn:
        unstamped = conn.exec_driver_sql(
            "SELECT count(*) FROM contact WHERE first_name__hlc LIKE '000000000000%'"
        ).scalar()
    assert unstamped == 0


def test_duplicates_can_fill_in_the_contacts_they_match(folder: OpenFolder, tmp_path: Path) -> None:
    store = folder.store
    existing = Contact(first_name="Beto", emails=["beto@example.org"], turf="")
    save_contact(store, existing, ["parents"])
    parsed = write_file(
        tmp_path / "more.csv",
        "Name,Email,Phone,Turf,Tags\nBeto Ruiz,Beto@Example.org,555-010-2222,Eastgate,bus riders\n",
    )
    done = apply_import(store, plan_import(store, parsed), update_duplicates=True)
    assert (done.added, done.updated) == (0, 1)
    beto, tags = get_contact(store, existing.id)  # type: ignore[misc]
    assert beto.last_name == "Ruiz" and beto.turf == "Eastgate"
    assert beto.phones == ["555-010-2222"] and beto.emails == ["beto@example.org"]
    assert tags == ["bus riders", "parents"]
    assert in_step(store) == []


def test_a_cancelled_or_failed_import_writes_nothing(
    folder: OpenFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = folder.store
    rows = "\n".join(f"Persona {i},555{i:07d}" for i in range(6_000))
    plans = plan_import(store, write_file(tmp_path / "big.csv", "Name,Phone\n" + rows))
    assert ci.count_plans(plans).new == 6_000
    calls = iter(range(100))
    with pytest.raises(ImportCancelled):
        apply_import(store, plans, cancelled=lambda: next(calls) >= 3)
    assert count_contacts(store) == 0

    real = ci.ids_of_tags

    def broken(w: object, names: list[str], known: object, **kw: Any) -> list[str]:
        if names == ["boom"]:
            raise RuntimeError("disk full")
        return real(w, names, known, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ci, "ids_of_tags", broken)
    plans[10].tags = ["a new tag"]
    plans[5_500].tags = ["boom"]  # after the first 5,000 contacts went to the database
    with pytest.raises(RuntimeError, match="disk full"):
        apply_import(store, plans)
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM tag").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_list").scalar() == 0
    assert in_step(store) == []


def test_export_streams_every_live_contact_with_its_tags(demo_store: Store, tmp_path: Path) -> None:
    delete_contacts(demo_store, contact_ids(demo_store)[:5])
    pairs = list(iter_contacts(demo_store))
    assert len(pairs) == 495
    assert [c.id for c, _ in pairs] == contact_ids(demo_store)
    assert all(t == _tags(demo_store, c.id) for c, t in pairs[:50])
    assert write_csv(iter_contacts(demo_store), tmp_path / "all.csv") == 495
    some = contact_ids(demo_store, "mar")
    assert [c.id for c, _ in iter_contacts(demo_store, some)] == some
