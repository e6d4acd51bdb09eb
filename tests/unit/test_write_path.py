"""The one write path: it stamps exactly the fields that changed and bumps change_seq."""

from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.fields import InvalidRecordError, field_specs
from rapport.domain.records import RECORD_TYPES, Contact, ContactTag, Evaluation, Meeting, Tag
from rapport.store.open import OpenFolder
from rapport.store.tables import ZERO_STAMP
from rapport.sync.hlc import is_stamp

EDITABLE_TEXT = ("first_name", "last_name", "turf", "story", "notes", "private_notes", "stage")


def test_a_new_record_gets_one_stamp_on_every_field_and_the_next_seq(folder: OpenFolder) -> None:
    store = folder.store
    c = Contact(first_name="Ana", last_name="Ruiz", phones=["555-0101"])
    assert store.save(c)
    stamps = store.stamps("contact", c.id)
    assert set(stamps) == {s.name for s in field_specs(Contact)} | {"deleted"}
    assert len(set(stamps.values())) == 1
    assert is_stamp(next(iter(stamps.values())))
    assert store.change_seq("contact", c.id) == 1
    assert store.get(Contact, c.id) == c


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    changes=st.dictionaries(
        st.sampled_from(EDITABLE_TEXT),
        st.text(
            st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
            max_size=30,
        ),
        min_size=1,
    )
)
def test_only_changed_fields_get_a_new_stamp(folder: OpenFolder, changes: dict[str, str]) -> None:
    store = folder.store
    c = Contact(first_name="Ana", last_name="Ruiz", story="Grew up on the east side.")
    store.save(c)
    before = store.stamps("contact", c.id)
    seq_before = store.change_seq("contact", c.id)
    edited = dataclasses.replace(c, **changes)
    changed = {k for k, v in changes.items() if getattr(c, k) != v}

    assert store.save(edited) == bool(changed)

    after = store.stamps("contact", c.id)
    assert {k for k in after if after[k] != before[k]} == changed
    assert all(after[k] > before[k] for k in changed)
    assert (store.change_seq("contact", c.id) > seq_before) == bool(changed)
    assert store.get(Contact, c.id) == edited


def test_change_seq_is_monotonic_across_tables_and_restarts(tmp_path) -> None:
    from rapport.workspace import open_workspace

    seqs = []
    for _ in range(2):
        opened = open_workspace(tmp_path)
        t = Tag(name="tenant union")
        opened.store.save(t)
        m = Meeting(location="Café Luna", starts_at="2026-11-24T23:00:00Z")
        opened.store.save(m)
        seqs += [opened.store.change_seq("tag", t.id), opened.store.change_seq("meeting", m.id)]
        opened.close()
    assert seqs == sorted(seqs) and len(set(seqs)) == 4


def test_stamps_keep_increasing_after_a_restart(tmp_path) -> None:
    from rapport.workspace import open_workspace

    first = open_workspace(tmp_path)
    c = Contact(first_name="Luz")
    first.store.save(c)
    s1 = first.store.stamps("contact", c.id)["first_name"]
    first.close()
    second = open_workspace(tmp_path)
    c.first_name = "Luz María"
    second.store.save(c)
    assert second.store.stamps("contact", c.id)["first_name"] > s1
    second.close()


def test_delete_is_a_stamped_edit_and_undelete_works(folder: OpenFolder) -> None:
    store = folder.store
    c = Contact(first_name="Beto")
    store.save(c)
    created = store.stamps("contact", c.id)["deleted"]
    assert store.delete("contact", c.id)
    assert store.get(Contact, c.id) is None
    assert store.get(Contact, c.id, include_deleted=True) == c
    deleted_at = store.stamps("contact", c.id)["deleted"]
    assert deleted_at > created
    assert not store.delete("contact", c.id)  # already deleted: nothing to do
    assert store.delete("contact", c.id, deleted=False)
    assert store.get(Contact, c.id) == c
    assert store.stamps("contact", c.id)["deleted"] > deleted_at
    assert store.stamps("contact", c.id)["first_name"] == created


def test_a_failed_write_leaves_nothing_behind(folder: OpenFolder) -> None:
    store = folder.store
    a, b = Contact(first_name="Uno"), Contact(first_name="Dos")
    with pytest.raises(RuntimeError), store.write() as w:
        w.save(a)
        w.save(b)
        raise RuntimeError("power cut")
    assert store.get(Contact, a.id) is None and store.get(Contact, b.id) is None
    store.save(Contact(first_name="Tres"))  # the sequence counter was not advanced by the failure
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT max(change_seq) FROM contact").scalar() == 1


def test_insert_new_stamps_and_sequences_every_record(folder: OpenFolder) -> None:
    store = folder.store
    contacts = [Contact(first_name=f"Persona {i}") for i in range(1200)]
    with store.write() as w:
        assert w.insert_new(contacts, batch=500) == 1200
    with store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT change_seq, first_name__hlc, deleted__hlc FROM contact ORDER BY change_seq"
        ).all()
    assert [r[0] for r in rows] == list(range(1, 1201))
    assert all(r[1] == r[2] != ZERO_STAMP for r in rows)
    assert len({r[1] for r in rows}) == 1200


def test_link_records_made_on_two_devices_share_an_id() -> None:
    assert (
        ContactTag(contact_id="c1", tag_id="t1").id == ContactTag(contact_id="c1", tag_id="t1").id
    )
    assert (
        ContactTag(contact_id="c1", tag_id="t1").id != ContactTag(contact_id="c1", tag_id="t2").id
    )


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.TABLE)
def test_every_record_type_round_trips_through_the_store(folder: OpenFolder, cls: type) -> None:
    record = cls() if cls is not ContactTag else ContactTag(contact_id="c", tag_id="t")
    folder.store.save(record)
    assert folder.store.get(cls, record.id) == record


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        (Contact(first_name="x" * 201), "first_name", "at most 200"),
        (Contact(notes="a\x00b"), "notes", "NUL"),
        (Contact(first_name="\ud800"), "first_name", "lone surrogate"),
        (Evaluation(training_id="t", rating=9), "rating", "at most 5"),
        (Contact(follow_up_days=0), "follow_up_days", "at least 1"),
        (Meeting(starts_at="next Tuesday"), "starts_at", "YYYY-MM-DDTHH:MM:SSZ"),
        (Contact(phones=["ok", "x" * 6_000]), "phones", "5,000 characters"),
    ],
)
def test_the_write_path_refuses_what_a_bundle_could_not_carry(
    folder: OpenFolder, record: object, field: str, words: str
) -> None:
    with pytest.raises(InvalidRecordError, match=words) as info:
        folder.store.save(record)
    assert info.value.field == field
    with pytest.raises(InvalidRecordError), folder.store.write() as w:
        w.insert_new([Contact(first_name="fine"), record])
    with folder.store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0


def test_a_forked_process_draws_its_own_random_bits_for_ids() -> None:
    from rapport.domain.ids import uuid7

    uuid7()  # the parent has random bytes in hand
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.write(write_end, uuid7().encode())
        os._exit(0)
    os.close(write_end)
    theirs = os.read(read_end, 64).decode()
    os.close(read_end)
    os.waitpid(pid, 0)
    mine = uuid7()
    assert len({mine[-17:], theirs[-17:]}) == 2, (mine, theirs)


@given(st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_link_ids_are_the_name_based_uuids_of_their_parts(parts: list[str]) -> None:
    import uuid

    from rapport.domain.ids import link_id

    name = "rapport:" + "/".join(parts)
    assert link_id(*parts) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))
