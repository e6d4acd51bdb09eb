"""The one write path for synced tables.

Every local change to a synced record goes through a `Writer`: it stamps the fields
that changed, and only those, with a new clock stamp, and gives the row the next
`change_seq`. Nothing else in the application writes synced tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from rapport.domain.clock import Clock
from rapport.domain.fields import field_specs, validate_record
from rapport.domain.records import BY_TABLE
from rapport.store import tables
from rapport.store.rows import column_values, record_values
from rapport.store.tables import SYNCED, stamp_column


def _insert_sql(conn: Connection, table_name: str) -> str:
    """INSERT of a whole row of a synced table in the order `insert_new` builds it: id,
    the fields, their stamps, the tombstone and its stamp, change_seq."""
    key = (conn.dialect.paramstyle, table_name)
    found = _INSERTS.get(key)
    if found is None:
        specs = field_specs(BY_TABLE[table_name])
        columns = [
            "id",
            *(s.name for s in specs),
            *(stamp_column(s.name) for s in specs),
            "deleted",
            stamp_column("deleted"),
            "change_seq",
        ]
        assert sorted(columns) == sorted(c.name for c in SYNCED[table_name].columns)
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        quoted = ", ".join(f'"{c}"' for c in columns)
        found = _INSERTS[key] = (
            f'INSERT INTO "{table_name}" ({quoted}) VALUES ({", ".join([mark] * len(columns))})'
        )
    return found


_INSERTS: dict[tuple[str, str], str] = {}
_CHUNK = 500  # ids per SELECT ... IN (...)


class Writer:
    """Writes inside one open transaction; see `Store.write()`."""

    def __init__(self, conn: Connection, clock: Clock, next_seq: int) -> None:
        self.conn = conn
        self.clock = clock
        self.next_seq = next_seq

    def _seq(self) -> int:
        seq = self.next_seq
        self.next_seq += 1
        return seq

    def save(self, record: Any) -> bool:
        """Create the record, or update the fields that differ. True if anything changed.

        Raises `InvalidRecordError` (naming the field) for a value the record's
        declaration does not allow, so nothing is stored that a bundle could not carry.
        """
        validate_record(record)
        table = SYNCED[record.TABLE]
        values = record_values(record)
        current = (
            self.conn.execute(
                select(*(table.c[name] for name in values)).where(table.c.id == record.id)
            )
            .mappings()
            .first()
        )
        if current is None:
            stamp = self.clock.now()
            row: dict[str, object] = {"id": record.id, **values}
            for name in values:
                row[stamp_column(name)] = stamp
            row["deleted"] = 0
            row[stamp_column("deleted")] = stamp
            row["change_seq"] = self._seq()
            self.conn.execute(insert(table), row)
            return True
        changes = {name: v for name, v in values.items() if current[name] != v}
        return self._stamp_changes(record.TABLE, record.id, changes)

    def set_fields(self, table_name: str, record_id: str, values: dict[str, object]) -> bool:
        """Set some fields of an existing record, given in their stored (column) form."""
        table = SYNCED[table_name]
        current = (
            self.conn.execute(
                select(*(table.c[name] for name in values)).where(table.c.id == record_id)
            )
            .mappings()
            .first()
        )
        if current is None:
            raise KeyError(f"no {table_name} record {record_id}")
        changes = {name: v for name, v in values.items() if current[name] != v}
        return self._stamp_changes(table_name, record_id, changes)

    def _stamp_changes(self, table_name: str, record_id: str, changes: dict[str, object]) -> bool:
        if not changes:
            return False
        table = SYNCED[table_name]
        stamp = self.clock.now()
        update_values: dict[str, object] = dict(changes)
        for name in changes:
            update_values[stamp_column(name)] = stamp
        update_values["change_seq"] = self._seq()
        self.conn.execute(update(table).where(table.c.id == record_id).values(update_values))
        return True

    def set_fields_many(
        self, table_name: str, values_by_id: Mapping[str, Mapping[str, object]]
    ) -> int:
        """`set_fields` for many records at once (bulk actions on 100,000 contacts): the
        current values are read in chunks, and the rows that change are updated with one
        executemany per set of changed columns, each row with its own stamp and
        `change_seq`. Ids with no row are left out. Returns how many rows changed.
        ("deleted" is a field like any other here: 1 deletes, 0 brings back.)
        """
        table = SYNCED[table_name]
        ids = list(values_by_id)
        names = sorted({name for values in values_by_id.values() for name in values})
        groups: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(table.c.id, *(table.c[n] for n in names)).where(table.c.id.in_(chunk))
            for row in self.conn.execute(query).mappings():
                wanted = values_by_id[row["id"]]
                changed = tuple(n for n in names if n in wanted and row[n] != wanted[n])
                if not changed:
                    continue
                stamp = self.clock.now()
                groups.setdefault(changed, []).append(
                    (*(wanted[n] for n in changed), *[stamp] * len(changed), self._seq(), row["id"])
                )
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        for changed, rows in groups.items():
            columns = [*changed, *(stamp_column(n) for n in changed), "change_seq"]
            assignments = ", ".join(f'"{c}" = {mark}' for c in columns)
            self.conn.exec_driver_sql(
                f'UPDATE "{table_name}" SET {assignments} WHERE "id" = {mark}', rows
            )
        return sum(len(rows) for rows in groups.values())

    def next_change_seq(self) -> int:
        """The next local sequence number, for rows a merge changes on this device."""
        return self._seq()

    def set_deleted(self, table_name: str, record_id: str, deleted: bool = True) -> bool:
        """Delete (or undelete) a record: a tombstone is an edit with its own stamp."""
        table = SYNCED[table_name]
        current = self.conn.execute(
            select(table.c.deleted).where(table.c.id == record_id)
        ).scalar_one_or_none()
        if current is None or bool(current) == deleted:
            return False
        self.conn.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(
                {
                    "deleted": int(deleted),
                    stamp_column("deleted"): self.clock.now(),
                    "change_seq": self._seq(),
                }
            )
        )
        return True

    def new_row(self, record: Any, *, checked: bool = False) -> tuple[object, ...]:
        """A new record's row for `insert_rows`, checked and stamped: its id, its fields
        in column form, the one stamp they all get, and its change_seq. `checked`: the
        caller made the record with `validate_record`'s checks already passed (an
        import's rows are checked as they are read, to show the invalid ones)."""
        if not checked:
            validate_record(record)
        return (record.id, *column_values(record), self.clock.now(), self._seq())

    def insert_new(self, records: Iterable[Any], batch: int = 5_000) -> int:
        """Insert many new records at once (imports, demo data). Each gets its own stamp.

        Rows go to the driver's executemany as tuples in column order (what a merge
        does too). `rapport.store.bulk_insert` does the same from a second thread.
        """
        count = 0
        pending: dict[str, list[tuple[object, ...]]] = {}
        for record in records:
            rows = pending.setdefault(record.TABLE, [])
            rows.append(self.new_row(record))
            count += 1
            if len(rows) >= batch:
                self.insert_rows(record.TABLE, rows)
                rows.clear()
        for name, rows in pending.items():
            self.insert_rows(name, rows)
        return count

    def insert_rows(self, table_name: str, rows: Sequence[tuple[object, ...]]) -> None:
        """Insert rows made by `new_row` (each field's stamp, the tombstone's too, is the
        row's one stamp)."""
        if rows:
            width = len(field_specs(BY_TABLE[table_name]))
            self.conn.exec_driver_sql(
                _insert_sql(self.conn, table_name),
                [(*r[:-2], *[r[-2]] * width, 0, r[-2], r[-1]) for r in rows],
            )

    def finish(self, device_id: str) -> None:
        """Persist the clock and the sequence counter with the rest of the transaction."""
        self.conn.execute(
            update(tables.device)
            .where(tables.device.c.id == device_id)
            .values(clock_last=self.clock.last, next_seq=self.next_seq)
        )
