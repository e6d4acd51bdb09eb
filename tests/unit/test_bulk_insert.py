"""New records written by a worker thread (`background_inserts`): the same rows as
`insert_new` writes, the contact list and search index in step, and nothing written
when either thread fails."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.records import Contact, ContactTag, Tag
from rapport.store import bulk_insert
from rapport.store.bulk_insert import (
    Inserts,
    background_inserts,
    indexes_set_aside,
    json_insert_sql,
)
from rapport.store.contacts import contact_ids
from rapport.store.core import Store
from rapport.store.search import index_problems
from rapport.store.tables import SYNCED
from rapport.workspace import open_workspace

# Any text a record may hold: no NUL, no lone surrogate (the write path refuses both).
texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
people = st.builds(
    Contact,
    first_name=texts,
    last_name=texts,
    story=texts,
    notes=texts,
    phones=st.lists(texts, max_size=3),
    emails=st.lists(texts, max_size=2),
    do_not_contact=st.booleans(),
    follow_up_days=st.none() | st.integers(1, 3650),
)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_insert, "CHUNK", 3)  # many chunks, many refreshes


def _rows(store: Store, table: str) -> list[tuple[object, ...]]:
    """Every row of `table` with each value's SQLite type, in change_seq order; the
    stamps replaced by whether they are all the row's one stamp."""
    columns = [c.name for c in SYNCED[table].columns]
    stamps = [c for c in columns if c.endswith("__hlc")]
    values = ", ".join(f'"{c}", typeof("{c}")' for c in columns if c not in stamps)
    with store.read() as conn:
        found = conn.exec_driver_sql(
            f'SELECT {values}, {", ".join(stamps)} FROM "{table}" ORDER BY change_seq'
        ).all()
    return [(*row[: -len(stamps)], len(set(row[-len(stamps) :]))) for row in found]


def _write(store: Store, groups: list[list[object]], threaded: bool) -> None:
    with store.write(bulk=True) as w:
        if threaded:
            with background_inserts(w) as inserts:
                for group in groups:
                    inserts.add(group)
        else:
            inserts = Inserts(w, None)
            for group in groups:
                inserts.add(group)
            inserts.send()


@pytest.fixture
def two_stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a, b = open_workspace(tmp_path / "a"), open_workspace(tmp_path / "b")
    yield a.store, b.store
    a.close()
    b.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder made once; each example copies it (making one takes a while)."""
    path = tmp_path_factory.mktemp("template") / "data"
    open_workspace(path).close()
    return path


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(people, st.lists(st.sampled_from("abc"), max_size=3)), max_size=12))
def test_the_worker_writes_the_rows_insert_new_writes(
    tmp_path_factory: pytest.TempPathFactory,
    template: Path,
    small_chunks: None,
    batch: list[tuple[Contact, list[str]]],
) -> None:
    tags = {name: Tag(name=name) for name in "abc"}
    groups: list[list[object]] = [list(tags.values())]
    for person, names in batch:
        links = [ContactTag(contact_id=person.id, tag_id=tags[n].id) for n in dict.fromkeys(names)]
        groups.append([person, *links])
    tmp = tmp_path_factory.mktemp("stores")
    for name in ("threaded", "direct"):
        shutil.copytree(template, tmp / name)
    threaded, direct = open_workspace(tmp / "threaded"), open_workspace(tmp / "direct")
    try:
        _write(threaded.store, groups, threaded=True)
        _write(direct.store, groups, threaded=False)
        for table in ("contact", "tag", "contact_tag"):
            assert _rows(threaded.store, table) == _rows(direct.store, table)
        assert all(row[-1] == 1 for row in _rows(threaded.store, "contact"))
        with threaded.store.read() as conn:
            assert index_problems(conn) == []
    finally:
        threaded.close()
        direct.close()


def test_chunks_are_listed_and_searchable_as_they_are_written(
    two_stores: tuple[Store, Store], small_chunks: None
) -> None:
    store, _ = two_stores
    tag = Tag(name="Vecinos")
    people = [Contact(first_name=f"Nombre{i}", last_name="Ávila") for i in range(10)]
    with store.write(bulk=True) as w, background_inserts(w) as inserts:
        inserts.add([tag])
        for person in people:
            inserts.add([person, ContactTag(contact_id=person.id, tag_id=tag.id)])
    assert sorted(contact_ids(store, "avila vecinos")) == sorted(p.id for p in people)
    assert contact_ids(store, "nombre7") == [people[7].id]
    with store.read() as conn:
        assert index_problems(conn) == []


def test_a_failure_in_the_worker_reaches_the_caller_and_nothing_is_written(
    two_stores: tuple[Store, Store], small_chunks: None
) -> None:
    store, _ = two_stores
    first = [Contact(first_name=f"p{i}") for i in range(7)]
    again = Contact(id=first[0].id, first_name="same id")  # refused by the primary key
    with (
        pytest.raises(sqlite3.IntegrityError),
        store.write(bulk=True) as w,
        background_inserts(w) as inserts,
    ):
        for person in first:
            inserts.add([person])
        inserts.add([again])
        for i in range(20):  # the caller goes on until it hears of the failure
            inserts.add([Contact(first_name=f"later {i}")])
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_list").scalar() == 0


def test_a_failure_in_the_caller_stops_the_worker_and_nothing_is_written(
    two_stores: tuple[Store, Store], small_chunks: None
) -> None:
    store, _ = two_stores
    with (
        pytest.raises(RuntimeError, match="cancelled"),
        store.write(bulk=True) as w,
        background_inserts(w) as inserts,
    ):
        for i in range(50):
            inserts.add([Contact(first_name=f"p{i}")])
        raise RuntimeError("cancelled")
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0
        assert index_problems(conn) == []


def test_a_table_with_a_float_field_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from rapport.domain import fields

    real = fields.field_specs

    def with_float(cls: type) -> tuple[fields.FieldSpec, ...]:
        return tuple(
            dataclasses.replace(s, kind="float") if s.name == "position" else s for s in real(cls)
        )

    json_insert_sql.cache_clear()
    monkeypatch.setattr(bulk_insert, "field_specs", with_float)
    try:
        with pytest.raises(ValueError, match="float"):
            json_insert_sql("ladder_stage")
    finally:
        json_insert_sql.cache_clear()


def _indexes(store: Store, table: str) -> set[tuple[str, str]]:
    with store.read() as conn:
        found = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).all()
    return {(name, sql) for name, sql in found}


def test_indexes_set_aside_are_made_again_as_they_were(
    two_stores: tuple[Store, Store], small_chunks: None
) -> None:
    store, _ = two_stores
    before = _indexes(store, "contact_list")
    unique = {(n, sql) for n, sql in before if sql.startswith("CREATE UNIQUE")}
    assert unique and len(before) > len(unique) + 5
    people = [Contact(first_name=f"Zoé{i:02d}", last_name="Ortiz") for i in range(30)]
    with store.write(bulk=True) as w, indexes_set_aside(w, "contact_list"):
        kept = w.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'contact_list' AND sql IS NOT NULL"
        ).all()
        assert {(n, sql) for n, sql in kept} == unique  # the unique one still checks
        with background_inserts(w) as inserts:
            for person in people:
                inserts.add([person])
    assert _indexes(store, "contact_list") == before
    assert contact_ids(store, "zoe") == [p.id for p in people]  # sorted by name
    with store.read() as conn:
        assert index_problems(conn) == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_indexes_set_aside_come_back_when_the_write_fails(
    two_stores: tuple[Store, Store],
) -> None:
    store, _ = two_stores
    before = _indexes(store, "contact_list")
    with (
        pytest.raises(RuntimeError, match="cancelled"),
        store.write(bulk=True) as w,
        indexes_set_aside(w, "contact_list"),
        background_inserts(w) as inserts,
    ):
        inserts.add([Contact(first_name="Ana")])
        raise RuntimeError("cancelled")
    assert _indexes(store, "contact_list") == before
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0
