"""Start-up migrations: back up, check, migrate in one transaction; refuse newer schemas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

from rapport.store import migrate as migrate_mod
from rapport.store.backup import list_backups, make_backup
from rapport.store.migrate import (
    HEAD,
    REVISIONS,
    NewerSchemaError,
    current_revision,
    migrate,
    needs_migration,
    quick_check,
)
from rapport.store.open import db_path
from rapport.workspace import open_workspace


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate_mod.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == REVISIONS


def test_the_schema_at_head_is_the_one_the_tables_declare(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rapport.store.engine import make_engine
    from rapport.store.tables import SEARCH_TABLE, is_undeclared_table, metadata

    def declared(name: str | None, type_: str, _parents: object) -> bool:
        # The FTS5 index (a virtual table and its shadow tables) cannot be declared.
        return not (type_ == "table" and name is not None and is_undeclared_table(name))

    opened = open_workspace(tmp_path)
    opened.close()
    engine = make_engine(db_path(tmp_path))
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": declared})
        diff = compare_metadata(context, metadata)
        virtual = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        ).all()
    engine.dispose()
    assert diff == []
    assert [name for (name,) in virtual] == [SEARCH_TABLE]


def _fill_at_first_revision(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    path = db_path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    migrate(path, data_dir, target=REVISIONS[0])
    assert current_revision(path) == REVISIONS[0]
    conn = sqlite3.connect(path)
    stamp = "0190a1b2c3d4-0000-aaaaaaaaaaaaaaaa"
    conn.execute(
        "INSERT INTO device (id, name, clock_last, next_seq) VALUES (?, ?, ?, ?)",
        ("aaaaaaaaaaaaaaaa", "field laptop", stamp, 3),
    )
    contact_cols = [
        "id", "first_name", "last_name", "pronouns", "preferred_language", "phones", "emails",
        "address", "turf", "how_met", "stage", "story", "issues", "shared_vision", "notes",
        "private_notes", "do_not_contact", "follow_up_days",
    ]  # fmt: skip
    values = [
        "c-1", "José", "García", "él", "es", '["+1 555 0100"]', '["jose@example.org"]',
        "12 Elm St", "Eastside", "phone bank", "volunteer", "Bus rider for 20 years.",
        "transit", "A bus every ten minutes.", "", "asked not to call Sundays", 0, 30,
    ]  # fmt: skip
    stamped = [*contact_cols[1:], "deleted"]
    conn.execute(
        f"INSERT INTO contact ({', '.join(contact_cols + [c + '__hlc' for c in stamped])}, "
        "deleted, change_seq) VALUES "
        f"({', '.join('?' * (len(contact_cols) + len(stamped) + 2))})",
        [*values, *([stamp] * len(stamped)), 0, 1],
    )
    meeting_cols = ["id", "contact_id", "kind", "starts_at", "location", "status"]
    meeting_stamped = [
        "contact_id", "kind", "starts_at", "time_zone", "duration_min", "location", "purpose",
        "status", "rescheduled_from", "answer", "summary", "went_well", "do_better",
        "traits_met", "deleted",
    ]  # fmt: skip
    conn.execute(
        f"INSERT INTO meeting ({', '.join(meeting_cols)}, time_zone, duration_min, purpose, "
        "answer, summary, went_well, do_better, traits_met, "
        f"{', '.join(c + '__hlc' for c in meeting_stamped)}, deleted, change_seq) "
        f"VALUES ({', '.join('?' * (len(meeting_cols) + 8 + len(meeting_stamped) + 2))})",
        [
            "m-1", "c-1", "introductory", "2026-11-24T23:00:00Z", "Café Luna", "scheduled",
            "America/Chicago", 45, "Hear her story", "", "", "[]", "[]", "[]",
            *([stamp] * len(meeting_stamped)), 0, 2,
        ],
    )  # fmt: skip
    conn.execute("INSERT INTO setting (key, value) VALUES ('organizer_name', '\"Rosa\"')")
    conn.commit()
    snapshot = _rows(conn, ("device", "contact", "meeting", "setting"))
    conn.close()
    return snapshot


def _rows(conn: sqlite3.Connection, tables: Iterable[str]) -> dict[str, list[dict[str, object]]]:
    conn.row_factory = sqlite3.Row
    return {t: [dict(row) for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}


def test_upgrading_from_the_first_revision_keeps_every_row(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    before = _fill_at_first_revision(data_dir)
    assert needs_migration(db_path(data_dir))

    opened = open_workspace(data_dir)
    from rapport.domain.records import Contact, Meeting
    from rapport.store.settings import load_settings

    assert current_revision(db_path(data_dir)) == HEAD
    assert opened.backup is not None and opened.backup.exists()
    contact = opened.store.get(Contact, "c-1")
    assert (
        contact is not None and contact.first_name == "José" and contact.phones == ["+1 555 0100"]
    )
    meeting = opened.store.get(Meeting, "m-1")
    assert meeting is not None and meeting.location == "Café Luna"
    assert load_settings(opened.store).organizer_name == "Rosa"
    assert opened.store.device_id == "aaaaaaaaaaaaaaaa"
    opened.close()

    conn = sqlite3.connect(db_path(data_dir))
    after = _rows(conn, before)
    conn.close()
    # Every value is still there; columns added since hold their defaults, never stamped.
    for table, rows in before.items():
        kept = [{k: v for k, v in row.items() if k in rows[0]} for row in after[table]]
        assert kept == rows
    assert after["meeting"][0]["confirm_call"] == ""
    assert after["meeting"][0]["block_id"] is None
    assert after["meeting"][0]["ask__hlc"] == "000000000000-0000-0000000000000000"
    # The backup holds the database as it was before the upgrade.
    assert current_revision(opened.backup) == REVISIONS[0]


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    opened = open_workspace(tmp_path)
    opened.close()
    path = db_path(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version of Rapport"):
        open_workspace(tmp_path)
    assert path.read_bytes() == before
    # The lock was released: the folder can be opened once the schema is fixed.
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE alembic_version SET version_num = '{HEAD}'")
    conn.commit()
    conn.close()
    open_workspace(tmp_path).close()


def test_a_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    before = _fill_at_first_revision(data_dir)
    from alembic.operations import Operations

    real = Operations.create_index

    def failing(self: Operations, name: str, *args: object, **kw: object) -> object:
        if name == "ix_training_starts_at":  # the last step of revision 0002
            raise RuntimeError("disk full")
        return real(self, name, *args, **kw)

    monkeypatch.setattr(Operations, "create_index", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        open_workspace(data_dir)
    assert current_revision(db_path(data_dir)) == REVISIONS[0]
    conn = sqlite3.connect(db_path(data_dir))
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    rows = _rows(conn, ["contact"])
    conn.close()
    assert "ix_meeting_starts_at" not in indexes  # the first step was rolled back too
    assert rows == {"contact": before["contact"]}


def test_backups_are_pruned_to_the_newest_few(tmp_path: Path) -> None:
    opened = open_workspace(tmp_path)
    opened.close()
    made = [make_backup(db_path(tmp_path), tmp_path, f"b{i}", keep=3) for i in range(5)]
    kept = list_backups(tmp_path)
    assert [b.path for b in kept] == list(reversed(made[-3:]))
    for b in kept:
        assert sqlite3.connect(b.path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_pragmas_are_set_on_every_connection(folder) -> None:
    with folder.store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def test_a_new_database_gets_large_pages_and_an_old_one_keeps_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.domain.records import Contact
    from rapport.store import engine

    open_workspace(tmp_path / "new").close()
    assert _page_size(db_path(tmp_path / "new")) == engine.PAGE_SIZE == 16 * 1024

    with monkeypatch.context() as patched:  # a database made before pages grew
        patched.setattr(engine, "PAGE_SIZE", 4096)
        open_workspace(tmp_path / "old").close()
    assert _page_size(db_path(tmp_path / "old")) == 4096
    opened = open_workspace(tmp_path / "old")
    opened.store.save(Contact(id="c-1", first_name="Ana"))
    found = opened.store.get(Contact, "c-1")
    opened.close()
    assert found is not None and found.first_name == "Ana"
    assert _page_size(db_path(tmp_path / "old")) == 4096
    assert quick_check(db_path(tmp_path / "old")) == []


def _refresh_sql(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'contact_list_refresh'"
        ).fetchone()
    finally:
        conn.close()
    return str(sql)


def test_the_refresh_works_out_steps_only_for_contacts_with_meetings(tmp_path: Path) -> None:
    from rapport.domain.records import Contact, Meeting
    from rapport.store.contact_edits import save_contact
    from rapport.store.contacts import summaries
    from rapport.store.search import ensure_current

    path = db_path(tmp_path)
    tmp_path.mkdir(parents=True, exist_ok=True)
    migrate(path, tmp_path, target="0005")
    guard = "EXISTS (SELECT 1 FROM meeting m WHERE m.contact_id = contact_list.contact_id)"
    assert guard not in _refresh_sql(path)
    migrate(path, tmp_path)
    assert _refresh_sql(path).count(guard) == 1

    folder = open_workspace(tmp_path)
    try:
        store = folder.store
        met, new = Contact(first_name="Ana"), Contact(first_name="Bo")
        save_contact(store, met, [])
        save_contact(store, new, [])
        soon = Meeting(contact_id=met.id, status="scheduled", starts_at="2026-03-20T18:00:00Z")
        store.save(soon)
        rows = {r.id: r for r in summaries(store, [met.id, new.id])}
        assert (rows[met.id].next_step_kind, rows[met.id].next_step_at) == (
            "meeting",
            "2026-03-20T18:00:00Z",
        )
        assert rows[new.id].next_step_kind is None and rows[new.id].last_one_on_one is None

        # Another program removes the meeting outright: the contact has none left, and
        # its row is made again with no next step.
        raw = sqlite3.connect(path)
        with raw:
            raw.execute("DELETE FROM meeting WHERE id = ?", (soon.id,))
        raw.close()
        assert ensure_current(store)
        [row] = summaries(store, [met.id])
        assert row.next_step_kind is None and row.next_step_at is None
        with store.read() as conn:
            keys = conn.exec_driver_sql("SELECT DISTINCT next_step_key FROM contact_list").all()
        assert keys == [("~",)]
    finally:
        folder.close()


def test_the_search_index_gathers_16_mib_before_writing_a_segment(tmp_path: Path) -> None:
    from rapport.domain.records import Contact
    from rapport.store.contact_edits import save_contact
    from rapport.store.contacts import contact_ids
    from rapport.store.search import index_problems

    path = db_path(tmp_path)
    tmp_path.mkdir(parents=True, exist_ok=True)
    migrate(path, tmp_path, target="0006")

    def hash_size() -> list[tuple[object, ...]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("SELECT v FROM contact_fts_config WHERE k = 'hashsize'").fetchall()
        finally:
            conn.close()

    assert hash_size() == []  # FTS5's default, 1 MiB
    migrate(path, tmp_path)
    assert hash_size() == [(16 * 1024 * 1024,)]

    folder = open_workspace(tmp_path)
    try:
        save_contact(folder.store, Contact(first_name="Ximena", notes="tenant union"), [])
        assert len(contact_ids(folder.store, "tenant")) == 1
        with folder.store.read() as conn:
            assert index_problems(conn) == []
    finally:
        folder.close()
