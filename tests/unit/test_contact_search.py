"""Contact search: accents, case, prefixes, phones in any format, emails, tags, notes;
and the index kept in step with every write (saves, deletes, tags, sync merges)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rapport.domain.records import Contact, ContactTag, Meeting, Tag
from rapport.store import contacts as store_contacts
from rapport.store.contact_edits import get_contact, save_contact
from rapport.store.contact_tags import rename_tag, tag_contacts, untag_contacts
from rapport.store.contacts import contact_ids, count_contacts, delete_contacts, undelete_contacts
from rapport.store.core import Store
from rapport.store.open import OpenFolder
from rapport.store.search import ensure_current, fts_query, index_problems, phone_digits_query
from tests.unit.sync_helpers import Laptop

ANA = Contact(
    first_name="Ana",
    last_name="García",
    phones=["+1 (555) 010-1234"],
    emails=["Ana.Garcia@Example.org"],
    turf="Las Flores",
    story="Moved from Oaxaca; works nights at the hospital laundry.",
    issues="Rent went up twice this year.",
    private_notes="undocumented brother",
)
JOSE = Contact(
    first_name="José",
    last_name="Núñez",
    phones=["555.010.9876", "(312) 555-0199 ext. 12"],
    emails=["jnunez@example.net"],
    turf="Eastgate",
    shared_vision="A union in every building",
)
BETO = Contact(first_name="Beto", last_name="O'Connor", notes="Tenant union captain")


def ids(store: Store, query: str) -> set[str]:
    return set(contact_ids(store, query))


def assert_in_step(store: Store) -> None:
    with store.read() as conn:
        assert index_problems(conn) == []


@pytest.fixture
def people(folder: OpenFolder) -> Iterator[Store]:
    store = folder.store
    save_contact(store, ANA, ["Tenant Union", "parents"])
    save_contact(store, JOSE, ["bus riders"])
    save_contact(store, BETO, [])
    yield store


# --- the query builder ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ana", '"ana"*'),
        ("  Ana   GAR ", '"ana"* AND "gar"*'),
        ("josé", '"josé"*'),
        ("o'connor", '("o"* AND "connor"*)'),
        ("tag:tenant", 'tag : ("tenant"*)'),
        ("email:example.org", 'email : ("example"* AND "org"*)'),
        ("phone:010-1234", 'phone : ("0101234"*)'),
        ("(555) 010-1234", '"5550101234"*'),
        ("0101", '"0101"*'),
        ('ana" OR "x', '"ana"* AND "or"* AND "x"*'),
        ("NEAR(a b)", '("near"* AND "a"*) AND "b"*'),
        ("", None),
        ("  @@ -- ", None),
        ("12", '"12"*'),
    ],
)
def test_typed_text_becomes_a_safe_prefix_query(typed: str, expected: str | None) -> None:
    assert fts_query(typed) == expected


def test_phone_like_text_is_searched_by_its_digits() -> None:
    assert phone_digits_query("+1 (555) 010-1234") == "15550101234"
    assert phone_digits_query("555") == "555"
    assert phone_digits_query("55") is None  # too short to be worth it
    assert phone_digits_query("ana 555") is None


# --- what finds whom ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("jose", {"José"}),
        ("JOSÉ", {"José"}),
        ("GARCIA", {"Ana"}),
        ("garc", {"Ana"}),
        ("nunez", {"José"}),
        ("ana gar", {"Ana"}),
        ("gar ana", {"Ana"}),
        ("ana nunez", set()),
        ("a", {"Ana", "José"}),  # "Ana"; José's "A union in every building"
        ("oconnor", set()),
        ("o'connor", {"Beto"}),
        ("connor", {"Beto"}),
    ],
)
def test_names_match_without_accents_or_case_and_every_word_is_a_prefix(
    people: Store, typed: str, who: set[str]
) -> None:
    found = {get_contact(people, i)[0].first_name for i in ids(people, typed)}  # type: ignore[index]
    assert found == who


@pytest.mark.parametrize(
    "typed",
    [
        "+1 (555) 010-1234",
        "(555) 010-1234",
        "555-010-1234",
        "5550101234",
        "15550101234",
        "0101234",
        "010-1234",
        "1234",
        "555 010",
        "phone:1234",
    ],
)
def test_a_phone_is_found_in_any_format_and_by_its_last_digits(people: Store, typed: str) -> None:
    assert ANA.id in ids(people, typed)


def test_phone_digits_do_not_find_the_wrong_number(people: Store) -> None:
    assert ids(people, "0109876") == {JOSE.id}
    assert ids(people, "3125550199") == {JOSE.id}  # the second phone, extension left out
    assert ids(people, "0199") == {JOSE.id}
    assert ids(people, "9999999") == set()


@pytest.mark.parametrize(
    "typed",
    ["ana.garcia@example.org", "ANA.GARCIA@EXAMPLE.ORG", "anagarcia", "example.org", "@example"],
)
def test_emails_are_found_whole_by_their_parts_and_by_the_local_part(
    people: Store, typed: str
) -> None:
    assert ANA.id in ids(people, typed)
    assert JOSE.id not in ids(people, "example.org")


def test_tags_turf_and_notes_are_searched_but_private_notes_never(people: Store) -> None:
    assert ids(people, "tenant") == {ANA.id, BETO.id}  # Ana's tag, Beto's notes
    assert ids(people, "tag:tenant") == {ANA.id}
    assert ids(people, "tag:bus") == {JOSE.id}
    assert ids(people, "flores") == {ANA.id}
    assert ids(people, "turf:east") == {JOSE.id}
    assert ids(people, "oaxaca") == {ANA.id}  # story
    assert ids(people, "rent") == {ANA.id}  # issues
    assert ids(people, "union every") == {JOSE.id}  # shared vision
    assert ids(people, "undocumented") == set()  # private notes stay out of the index
    assert count_contacts(people, "brother") == 0


def test_blank_or_punctuation_searches_list_everyone(people: Store) -> None:
    assert count_contacts(people, "") == count_contacts(people, None) == 3
    assert count_contacts(people, " -- ") == 0  # something typed, nothing to look for


# --- kept in step with every write -----------------------------------------------------------


def test_an_edit_is_searchable_at_once_and_the_old_words_are_gone(people: Store) -> None:
    found = get_contact(people, ANA.id)
    assert found is not None
    contact, tags = found
    contact.last_name = "Ibáñez"
    contact.phones = ["(555) 777-0000"]
    save_contact(people, contact, tags)
    assert ids(people, "ibanez") == {ANA.id}
    assert ids(people, "name:garcia") == set()
    assert ids(people, "garcia") == {ANA.id}  # still in her email address
    assert ids(people, "7770000") == {ANA.id}
    assert ids(people, "0101234") == set()
    assert_in_step(people)


def test_deleted_contacts_leave_search_and_come_back_when_undeleted(people: Store) -> None:
    assert delete_contacts(people, [ANA.id, BETO.id]) == 2
    assert ids(people, "ana") == set() and ids(people, "tenant") == set()
    assert count_contacts(people) == 1
    assert_in_step(people)
    assert undelete_contacts(people, [ANA.id]) == 1
    assert ids(people, "ana garcia") == {ANA.id}
    assert ids(people, "tag:tenant") == {ANA.id}  # the tags came back with her
    assert_in_step(people)


def test_tag_changes_and_renames_reach_the_index(people: Store) -> None:
    assert tag_contacts(people, [JOSE.id, BETO.id], ["Flooding"]) == 2
    assert ids(people, "tag:flood") == {JOSE.id, BETO.id}
    assert untag_contacts(people, [BETO.id], ["flooding"]) == 1
    assert ids(people, "tag:flood") == {JOSE.id}
    assert rename_tag(people, "tenant union", "Inquilinos Unidos") == 1
    assert ids(people, "inquilinos") == {ANA.id}
    assert ids(people, "tag:tenant") == set()
    assert_in_step(people)
    # A tag deleted outright takes its name out of every contact's entry.
    with people.write() as w:
        tag_id = next(t for t in _tags(people) if t.name == "Inquilinos Unidos").id
        w.set_deleted("tag", tag_id)
    assert ids(people, "inquilinos") == set()
    assert get_contact(people, ANA.id) == (ANA, ["parents"])
    assert_in_step(people)


def _tags(store: Store) -> list[Tag]:
    from sqlalchemy import select

    from rapport.store.rows import record_from_row
    from rapport.store.tables import SYNCED

    with store.read() as conn:
        rows = conn.execute(select(SYNCED["tag"])).mappings()
        return [record_from_row(Tag, row) for row in rows]


def test_a_failed_write_leaves_the_index_as_it_was(people: Store) -> None:
    with pytest.raises(RuntimeError), people.write() as w:
        w.save(Contact(first_name="Zacarías"))
        w.set_deleted("contact", ANA.id)
        raise RuntimeError("power cut")
    assert ids(people, "zacarias") == set()
    assert ids(people, "ana") == {ANA.id}
    assert_in_step(people)


def test_a_write_made_outside_the_store_is_caught_up_before_a_search(
    folder: OpenFolder,
) -> None:
    store = folder.store
    save_contact(store, ANA, [])
    with store.engine.connect() as conn, conn.begin():  # not through the Writer
        conn.exec_driver_sql("UPDATE contact SET first_name = 'Anita' WHERE id = ?", (ANA.id,))
    with store.read() as conn:
        assert index_problems(conn) != []
    assert ids(store, "anita") == {ANA.id}  # the search caught up first
    assert_in_step(store)
    assert ensure_current(store) is False


def test_a_sync_import_updates_search_and_the_list_on_the_other_laptop(
    laptops: tuple[Laptop, Laptop],
) -> None:
    a, b = laptops
    save_contact(a.store, ANA, ["tenant union"])
    save_contact(a.store, JOSE, [])
    a.store.save(Meeting(contact_id=JOSE.id, status="held", starts_at="2026-01-05T18:00:00Z"))
    b.receive(a.export())
    assert ids(b.store, "garcia") == {ANA.id}
    assert ids(b.store, "tag:tenant") == {ANA.id}
    assert ids(b.store, "0109876") == {JOSE.id}
    [jose] = store_contacts.summaries(b.store, [JOSE.id])
    assert jose.last_one_on_one == "2026-01-05T18:00:00Z"
    assert_in_step(b.store)

    # Edits, a tag, a rename and a delete made on one laptop arrive by the raw merge.
    a.wall.ms += 1_000
    found = get_contact(a.store, ANA.id)
    assert found is not None
    ana, tags = found
    ana.first_name = "Anabel"
    save_contact(a.store, ana, [*tags, "parents"])
    rename_tag(a.store, "tenant union", "Sindicato de Inquilinos")
    delete_contacts(a.store, [JOSE.id])
    b.receive(a.export())
    assert ids(b.store, "anabel garcia") == {ANA.id}
    assert ids(b.store, "ana") == {ANA.id}  # "ana" is a prefix of "anabel"
    assert ids(b.store, "sindicato") == {ANA.id}
    assert ids(b.store, "tag:parents") == {ANA.id}
    assert ids(b.store, "nunez") == set()
    assert count_contacts(b.store) == 1
    assert_in_step(b.store)

    # And back: an undelete on the other laptop.
    b.wall.ms += 5_000
    undelete_contacts(b.store, [JOSE.id])
    a.receive(b.export())
    assert ids(a.store, "jose") == {JOSE.id}
    assert a.state() == b.state()
    assert_in_step(a.store)


def test_links_arriving_before_their_tag_still_reach_the_index(folder: OpenFolder) -> None:
    """A merge may write a contact's tag link before the tag itself."""
    store = folder.store
    save_contact(store, ANA, [])
    tag = Tag(name="vivienda")
    with store.write() as w:
        w.save(ContactTag(contact_id=ANA.id, tag_id=tag.id))
        w.save(tag)
    assert ids(store, "tag:vivienda") == {ANA.id}
    assert_in_step(store)


def test_upgrading_an_old_database_builds_the_list_and_the_index(tmp_path: Path) -> None:
    from rapport.workspace import open_workspace
    from tests.unit.test_migrations import _fill_at_first_revision

    data = tmp_path / "data"
    _fill_at_first_revision(data)  # José García, with a meeting, at revision 0001
    opened = open_workspace(data)
    try:
        store = opened.store
        assert ids(store, "jose garcia") == {"c-1"}
        assert ids(store, "5550100") == {"c-1"}
        assert ids(store, "private") == set() and ids(store, "sundays") == set()
        [row] = store_contacts.summaries(store, ["c-1"])
        assert row.next_step_kind == "meeting" and row.next_step_at == "2026-11-24T23:00:00Z"
        assert_in_step(store)
    finally:
        opened.close()


def test_a_database_that_merges_for_hq_keeps_no_contact_list(folder: OpenFolder) -> None:
    store = folder.store
    with store.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(
            "INSERT INTO hq_device (device_id, device_name, organizer, acked_seq, returned_seq) "
            "VALUES ('aaaaaaaaaaaaaaaa', 'field laptop', 'Rosa', 0, 0)"
        )
    save_contact(store, ANA, ["parents"])
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_list_pending").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_list").scalar() == 0
