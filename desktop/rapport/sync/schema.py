"""The bundle's JSON Schema, made from the record declarations and kept in `resources/`.

`build_schema()` makes it; the copy in `resources/schema/` is what the importer
compiles (once) and what HQ staff can read. A test keeps the two identical, and
`python -m rapport.sync.schema` rewrites the file after a record changes.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapport.domain.fields import LIST_ITEM_LEN, LIST_ITEMS, FieldSpec, field_specs
from rapport.domain.records import RECORD_TYPES

BUNDLE_SCHEMA = 1
SUPPORTED_SCHEMAS = (1,)  # this version and the one before it, once there is one
FORMAT = "rapport-bundle"
KINDS = ("delta", "full", "return")
STAMP_PATTERN = "^[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{16}$"
DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
MOMENT_PATTERN = (
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"
)
# maxLength as well as the pattern: "$" in a pattern would let a trailing newline through.
STAMP_SCHEMA = {"type": "string", "maxLength": 34, "pattern": STAMP_PATTERN}
# Text never holds NUL: PostgreSQL cannot store it, so SQLite must not accept it either.
NO_NUL = "^[^\\u0000]*$"
ID_SCHEMA = {"type": "string", "minLength": 1, "maxLength": 64, "pattern": NO_NUL}


def schema_path() -> Path:
    from rapport.paths import resources_dir

    return resources_dir() / "schema" / f"bundle-{BUNDLE_SCHEMA}.schema.json"


def _value_schema(spec: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any]
    if spec.kind == "text":
        schema = {"type": "string", "maxLength": spec.max_len, "pattern": NO_NUL}
    elif spec.kind == "date":
        schema = {"type": "string", "maxLength": 10, "pattern": DATE_PATTERN}
    elif spec.kind == "datetime":
        schema = {"type": "string", "maxLength": 20, "pattern": MOMENT_PATTERN}
    elif spec.kind == "int":
        schema = {"type": "integer"}
        if spec.minimum is not None:
            schema["minimum"] = spec.minimum
        if spec.maximum is not None:
            schema["maximum"] = spec.maximum
    elif spec.kind == "bool":
        schema = {"type": "boolean"}
    elif spec.kind == "float":
        schema = {"type": "number"}
    else:
        schema = {
            "type": "array",
            "maxItems": LIST_ITEMS,
            "items": {"type": "string", "maxLength": LIST_ITEM_LEN, "pattern": NO_NUL},
        }
    if spec.nullable:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _versioned(value: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["v", "hlc"],
        "additionalProperties": False,
        "properties": {"v": value, "hlc": STAMP_SCHEMA},
    }


def record_schema(cls: type) -> dict[str, Any]:
    fields = {s.name: _versioned(_value_schema(s)) for s in field_specs(cls) if not s.private}
    return {
        "type": "object",
        "required": ["type", "table", "id", "fields", "deleted"],
        "additionalProperties": False,
        "properties": {
            "type": {"const": "record"},
            "table": {"const": cls.TABLE},  # type: ignore[attr-defined]
            "id": ID_SCHEMA,
            "fields": {"type": "object", "additionalProperties": False, "properties": fields},
            "deleted": _versioned({"type": "boolean"}),
        },
    }


def header_schema() -> dict[str, Any]:
    seq = {"type": "integer", "minimum": 0}
    text = {"type": "string", "maxLength": 200}
    return {
        "type": "object",
        "required": [
            "type",
            "format",
            "bundle_schema",
            "bundle_id",
            "device_id",
            "device_name",
            "organizer",
            "app_version",
            "created_hlc",
            "kind",
            "since_seq",
            "upto_seq",
        ],
        "additionalProperties": False,
        "properties": {
            "type": {"const": "header"},
            "format": {"const": FORMAT},
            "bundle_schema": {"type": "integer"},
            "bundle_id": ID_SCHEMA,
            "device_id": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
            "device_name": text,
            "organizer": text,
            "app_version": {"type": "string", "maxLength": 40},
            "created_hlc": STAMP_SCHEMA,
            "kind": {"enum": list(KINDS)},
            "since_seq": seq,
            "upto_seq": seq,
            "to_device": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
            "ack_seq": seq,
            "return_ack_seq": seq,
        },
    }


def trailer_schema() -> dict[str, Any]:
    tables = RECORD_TYPES
    return {
        "type": "object",
        "required": ["type", "counts", "records", "sha256"],
        "additionalProperties": False,
        "properties": {
            "type": {"const": "trailer"},
            # Any table name: a record line of an unknown table is reported where it is.
            "counts": {
                "type": "object",
                "maxProperties": 4 * len(tables),
                "additionalProperties": {"type": "integer", "minimum": 0},
            },
            "records": {"type": "integer", "minimum": 0},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        },
    }


def build_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Rapport sync bundle, schema {BUNDLE_SCHEMA}",
        "description": "Each line of a bundle is one JSON object: a header, records, a trailer.",
        "$defs": {
            "header": header_schema(),
            "trailer": trailer_schema(),
            **{f"record_{cls.TABLE}": record_schema(cls) for cls in RECORD_TYPES},
        },
        "oneOf": [
            {"$ref": "#/$defs/header"},
            {"$ref": "#/$defs/trailer"},
            *({"$ref": f"#/$defs/record_{cls.TABLE}"} for cls in RECORD_TYPES),
        ],
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


Validator = Callable[[Any], Any]


@functools.cache
def validators() -> dict[str, Validator]:
    """Compiled validators for "header", "trailer" and each table, from the resources copy."""
    import fastjsonschema

    defs = json.loads(schema_path().read_text(encoding="utf-8"))["$defs"]
    compiled: dict[str, Validator] = {}
    for name, definition in defs.items():
        key = name.removeprefix("record_")
        compiled[key] = fastjsonschema.compile(definition)
    return compiled


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    schema_path().parent.mkdir(parents=True, exist_ok=True)
    schema_path().write_text(schema_text(), encoding="utf-8")
    print(f"wrote {schema_path()}")
