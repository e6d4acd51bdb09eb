"""The bundle file: a header line, one line per record, and a trailer with a checksum.

Writing streams records to a temporary file and renames it into place. Reading checks
the trailer and checksum first, then yields validated lines; any problem raises a
`BundleError` naming the line and the field.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import orjson

from rapport.domain.problems import Problem
from rapport.sync.fastcheck import CHECKS
from rapport.sync.schema import BUNDLE_SCHEMA, FORMAT, SUPPORTED_SCHEMAS, validators
from rapport.sync.schema_problems import schema_problem

MAX_LINE_BYTES = 8 * 1024 * 1024


class BundleError(Exception):
    """A bundle that cannot be imported. `line` is 1-based; 0 for the file as a whole.

    `reason` is a `Problem`: the English text (which `str()` prints after the file, line
    and field) with a code and its parameters, so a window can say it in its language.
    """

    def __init__(
        self, message: Problem, *, line: int = 0, field_path: str = "", source: str = ""
    ) -> None:
        where = []
        if source:
            where.append(source)
        if line:
            where.append(f"line {line}")
        if field_path:
            where.append(f"field {field_path}")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
        self.reason = message
        self.line = line
        self.field_path = field_path
        self.source = source


@dataclass
class Header:
    bundle_id: str
    device_id: str
    device_name: str
    organizer: str
    app_version: str
    created_hlc: str
    kind: str
    since_seq: int
    upto_seq: int
    bundle_schema: int = BUNDLE_SCHEMA
    to_device: str | None = None
    ack_seq: int | None = None
    return_ack_seq: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": "header",
            "format": FORMAT,
            "bundle_schema": self.bundle_schema,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "organizer": self.organizer,
            "app_version": self.app_version,
            "created_hlc": self.created_hlc,
            "kind": self.kind,
            "since_seq": self.since_seq,
            "upto_seq": self.upto_seq,
        }
        for optional in ("to_device", "ack_seq", "return_ack_seq"):
            value = getattr(self, optional)
            if value is not None:
                data[optional] = value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Header:
        return cls(**{k: v for k, v in data.items() if k not in ("type", "format")})


@dataclass
class Trailer:
    counts: dict[str, int]
    records: int
    sha256: str


class BundleWriter:
    """Writes one bundle to an open binary file, hashing as it goes."""

    def __init__(self, out: BinaryIO, header: Header) -> None:
        self._out = out
        self._hash = hashlib.sha256()
        self.counts: dict[str, int] = {}
        self.records = 0
        self.bytes = 0
        self._emit(orjson.dumps(header.to_json()))

    def _emit(self, line: bytes) -> None:
        data = line + b"\n"
        self._hash.update(data)
        self._out.write(data)
        self.bytes += len(data)

    def add_lines(self, table: str, lines: list[bytes]) -> None:
        """Add many record lines of one table at once (one hash update, one write)."""
        if lines:
            self.add_block(table, b"\n".join(lines), len(lines))

    def add_block(self, table: str, block: bytes, count: int) -> None:
        """Add `count` record lines of one table already joined by newlines."""
        if count:
            self._hash.update(block)  # (no copy of a block of megabytes to add its newline)
            self._hash.update(b"\n")
            self._out.write(block)
            self._out.write(b"\n")
            self.bytes += len(block) + 1
            self.counts[table] = self.counts.get(table, 0) + count
            self.records += count

    def record(self, table: str, line: bytes) -> None:
        """Add one record line (already serialized by `record_line`)."""
        self._emit(line)
        self.counts[table] = self.counts.get(table, 0) + 1
        self.records += 1

    def finish(self) -> Trailer:
        trailer = Trailer(dict(sorted(self.counts.items())), self.records, self._hash.hexdigest())
        data = orjson.dumps(
            {
                "type": "trailer",
                "counts": trailer.counts,
                "records": trailer.records,
                "sha256": trailer.sha256,
            }
        )
        self._out.write(data + b"\n")
        self.bytes += len(data) + 1
        return trailer


def record_line(table: str, record_id: str, fields: dict[str, Any], deleted: Any) -> bytes:
    return orjson.dumps(
        {"type": "record", "table": table, "id": record_id, "fields": fields, "deleted": deleted}
    )


class BundleRecord(NamedTuple):  # a tuple: a merge makes a million of them
    line: int
    table: str
    id: str
    fields: dict[str, dict[str, Any]]
    deleted: dict[str, Any]


@dataclass
class OpenedBundle:
    """A bundle whose trailer and checksum are sound; iterate `records()` to validate lines."""

    source: str
    data: bytes
    header: Header
    trailer: Trailer
    _body_end: int = field(repr=False, default=0)

    def records(self) -> Iterator[BundleRecord]:
        checks = validators()
        counts: dict[str, int] = {}
        first = self.data.index(b"\n") + 1
        body = self.data[first : self._body_end - 1].split(b"\n") if self._body_end > first else []
        line_no = 1
        for raw in body:
            line_no += 1
            if len(raw) > MAX_LINE_BYTES:
                raise BundleError(
                    Problem(
                        "long_line",
                        f"the line is {len(raw):,} bytes long; "
                        f"at most {MAX_LINE_BYTES:,} are allowed",
                        length=len(raw),
                        max=MAX_LINE_BYTES,
                    ),
                    line=line_no,
                    source=self.source,
                )
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                obj = _parse(raw, line_no, self.source)  # raises, naming the line
            if type(obj) is not dict or obj.get("type") != "record":
                kind = obj.get("type") if isinstance(obj, dict) else type(obj).__name__
                found = str(kind)[:40]
                raise BundleError(
                    Problem("not_record", f"expected a record, found {found!r}", found=found),
                    line=line_no,
                    source=self.source,
                )
            table = obj.get("table")
            fast = CHECKS.get(table) if isinstance(table, str) else None
            if fast is None or not isinstance(table, str):
                name = str(table)[:60]
                raise BundleError(
                    Problem("unknown_table", f"unknown table {name!r}", table=name),
                    line=line_no,
                    field_path="table",
                    source=self.source,
                )
            if not fast(obj):
                _validate(checks[table], obj, line_no, self.source)
            counts[table] = counts.get(table, 0) + 1
            yield BundleRecord(line_no, table, obj["id"], obj["fields"], obj["deleted"])
        if counts != {t: n for t, n in self.trailer.counts.items() if n}:
            raise BundleError(
                Problem(
                    "counts_mismatch",
                    f"the trailer counts {self.trailer.counts} but the file holds {counts}",
                    counts=self.trailer.counts,
                    found=counts,
                ),
                line=line_no + 1,
                field_path="counts",
                source=self.source,
            )


def open_bundle(data: bytes, source: str = "") -> OpenedBundle:
    """Check the header, the trailer and the checksum of a whole bundle held in memory."""
    if not data.strip():
        raise BundleError(Problem("empty_file", "the file is empty"), source=source)
    first_end = data.find(b"\n")
    if first_end < 0 or not data.endswith(b"\n"):
        raise BundleError(
            Problem(
                "truncated",
                "the file does not end with a complete line: it was cut short (truncated)",
            ),
            line=data.count(b"\n") + 1,
            source=source,
        )
    head = _parse(memoryview(data)[:first_end], 1, source)
    if not isinstance(head, dict) or head.get("type") != "header":
        raise BundleError(
            Problem("no_header", "the first line is not a bundle header"), line=1, source=source
        )
    if head.get("format") != FORMAT:
        given = str(head.get("format"))[:40]
        raise BundleError(
            Problem("not_bundle", f"this is not a Rapport bundle (format {given!r})", format=given),
            line=1,
            field_path="format",
            source=source,
        )
    version = head.get("bundle_schema")
    if isinstance(version, int) and version not in SUPPORTED_SCHEMAS:
        newer = version > max(SUPPORTED_SCHEMAS)
        supported = ", ".join(map(str, SUPPORTED_SCHEMAS))
        raise BundleError(
            Problem(
                "newer_schema" if newer else "older_schema",
                f"the bundle uses schema {version}; this version of Rapport reads {supported}"
                + (". Update Rapport to import it." if newer else "."),
                version=version,
                supported=supported,
            ),
            line=1,
            field_path="bundle_schema",
            source=source,
        )
    _validate(validators()["header"], head, 1, source)
    last_start = data.rfind(b"\n", 0, len(data) - 1) + 1
    if last_start == 0:
        raise BundleError(
            Problem("no_trailer", "the file has a header but no trailer: it was cut short"),
            source=source,
        )
    last_no = data.count(b"\n")
    tail = _parse(memoryview(data)[last_start:-1], last_no, source)
    if not isinstance(tail, dict) or tail.get("type") != "trailer":
        raise BundleError(
            Problem(
                "last_not_trailer",
                "the last line is not the trailer: the file was cut short (truncated)",
            ),
            line=last_no,
            source=source,
        )
    _validate(validators()["trailer"], tail, last_no, source)
    digest = hashlib.sha256(memoryview(data)[:last_start]).hexdigest()
    if digest != tail["sha256"]:
        raise BundleError(
            Problem(
                "checksum",
                "the checksum does not match the contents: the file was damaged or altered",
            ),
            line=last_no,
            field_path="sha256",
            source=source,
        )
    if tail["records"] != last_no - 2:
        raise BundleError(
            Problem(
                "records_mismatch",
                f"the trailer says {tail['records']} records but the file holds {last_no - 2}",
                records=tail["records"],
                found=last_no - 2,
            ),
            line=last_no,
            field_path="records",
            source=source,
        )
    trailer = Trailer(tail["counts"], tail["records"], tail["sha256"])
    return OpenedBundle(source, data, Header.from_json(head), trailer, last_start)


def read_bundle_file(path: Path, private_key: bytes | None = None) -> OpenedBundle:
    """Read (and, with HQ's private key, decrypt) a bundle file and check its envelope."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        error = exc.strerror or str(exc)
        raise BundleError(
            Problem("unreadable", f"cannot read the file: {error}", error=error),
            source=str(path),
        ) from exc
    from rapport.sync import crypto

    if crypto.is_encrypted(data[:64]):
        if private_key is None:
            raise BundleError(
                Problem(
                    "encrypted_for_hq",
                    "the bundle is encrypted for headquarters; give HQ's private key to read it",
                ),
                source=str(path),
            )
        try:
            data = crypto.decrypt(data, private_key)
        except crypto.CryptoError as exc:
            raise BundleError(
                Problem("decrypt_failed", str(exc), detail=str(exc)), source=str(path)
            ) from exc
    return open_bundle(data, str(path))


def _parse(raw: bytes | memoryview, line: int, source: str) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BundleError(
            Problem(
                "bad_json",
                f"not valid JSON ({exc.msg} at column {exc.colno})",
                detail=exc.msg,
                column=exc.colno,
            ),
            line=line,
            source=source,
        ) from None


def _validate(check: Any, obj: Any, line: int, source: str) -> None:
    import fastjsonschema

    try:
        check(obj)
    except fastjsonschema.JsonSchemaValueException as exc:
        path = ".".join(str(p) for p in exc.path[1:]) if exc.path else ""
        raise BundleError(schema_problem(exc), line=line, field_path=path, source=source) from None
