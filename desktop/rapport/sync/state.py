"""The canonical state of every synced record: the same bytes wherever the same
bundles were merged, on a laptop or at headquarters (SQLite or PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
from sqlalchemy import Connection, select

from rapport.store.core import Store
from rapport.store.tables import SYNCED, stamp_column
from rapport.sync.merge import SHAPES


def state_lines(conn: Connection) -> Iterator[bytes]:
    """Canonical JSON, streamed: an object of tables, each a list of records sorted by id."""
    yield b"{"
    for t_index, table in enumerate(sorted(SYNCED)):
        shape = SHAPES[table]
        t = SYNCED[table]
        yield (b"," if t_index else b"") + b"\n" + orjson.dumps(table) + b":["
        first = True
        # Byte order of ids everywhere: PostgreSQL would otherwise sort by its locale.
        by_id = t.c.id.collate("C") if conn.dialect.name == "postgresql" else t.c.id
        for row in conn.execute(select(t).order_by(by_id)).mappings():
            fields = {}
            for spec in shape.shared:
                value = row[spec.name]
                if spec.kind == "json" and value is not None:
                    value = orjson.loads(value)
                elif spec.kind == "bool":
                    value = bool(value)
                fields[spec.name] = [value, row[stamp_column(spec.name)]]
            record = {
                "id": row["id"],
                "fields": fields,
                "deleted": [bool(row["deleted"]), row[stamp_column("deleted")]],
            }
            yield (b"\n" if first else b",\n") + orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
            first = False
        yield b"]"
    yield b"\n}\n"


def state_bytes(conn: Connection) -> bytes:
    return b"".join(state_lines(conn))


def store_state(store: Store) -> bytes:
    with store.read() as conn:
        return state_bytes(conn)
