"""Reading and writing whole rows for a merge. The merge decides; this only moves rows.

These functions copy stamps that arrived in a bundle; they never make new ones.
Local edits go through `rapport.store.writes.Writer`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from rapport.store.tables import SYNCED

ID_CHUNK = 900


def fetch_rows(conn: Connection, table_name: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The current rows for `ids` (those that exist), keyed by id: one driver query per
    chunk of ids (a merge asks this for every batch, and most of its rows are new)."""
    columns = column_names(table_name)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quoted = ", ".join(f'"{c}"' for c in columns)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = tuple(ids[start : start + ID_CHUNK])
        sql = (
            f'SELECT {quoted} FROM "{table_name}" WHERE "id" IN ({", ".join([mark] * len(chunk))})'
        )
        for row in conn.exec_driver_sql(sql, chunk):
            values = dict(zip(columns, row, strict=True))
            found[values["id"]] = values
    return found


def _statements(conn: Connection, table_name: str) -> tuple[list[str], str, str]:
    """Column order, INSERT and UPDATE text for the connection's driver (built once)."""
    key = (conn.dialect.name, table_name)
    found = _SQL.get(key)
    if found is None:
        columns = [c.name for c in SYNCED[table_name].columns]
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        quoted = [f'"{c}"' for c in columns]
        insert_sql = (
            f'INSERT INTO "{table_name}" ({", ".join(quoted)}) '
            f"VALUES ({', '.join(mark for _ in columns)})"
        )
        rest = [c for c in columns if c != "id"]
        update_sql = (
            f'UPDATE "{table_name}" SET {", ".join(f"{q} = {mark}" for q in map(_q, rest))} '
            f'WHERE "id" = {mark}'
        )
        found = _SQL[key] = (columns, insert_sql, update_sql)
    return found


def _q(name: str) -> str:
    return f'"{name}"'


_SQL: dict[tuple[str, str], tuple[list[str], str, str]] = {}


def insert_rows(conn: Connection, table_name: str, rows: Iterable[dict[str, Any]]) -> None:
    """Insert whole rows (every column given) with one executemany on the driver."""
    columns, insert_sql, _ = _statements(conn, table_name)
    pick = itemgetter(*columns)
    batch = [pick(row) for row in rows]
    if batch:
        conn.exec_driver_sql(insert_sql, batch)


def update_rows(conn: Connection, table_name: str, rows: Iterable[dict[str, Any]]) -> None:
    """Replace whole rows (every column given) by id."""
    columns, _, update_sql = _statements(conn, table_name)
    pick = itemgetter(*[c for c in columns if c != "id"], "id")
    batch = [pick(row) for row in rows]
    if batch:
        conn.exec_driver_sql(update_sql, batch)


def column_names(table_name: str) -> list[str]:
    return [c.name for c in SYNCED[table_name].columns]
