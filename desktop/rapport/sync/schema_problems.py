"""Why a bundle line breaks the bundle schema, as a `Problem` a window can translate.

The schema checker (fastjsonschema) explains a failure in its own English ("data.x must
be integer"). Each rule the bundle schema uses gets its own code here, with what was
expected and what was found as parameters, so the command line prints plain English
and the Sync screen says the same in the interface language. Rules the schema does not
use, and a value no branch of an `anyOf` accepts, keep the checker's explanation
(code "bad_value").
"""

from __future__ import annotations

from typing import Any

import orjson

from rapport.domain.problems import Problem

# JSON Schema types, in the words the English messages use (the window translates the
# type names itself).
TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "empty (null)",
}
SHOWN = 40  # characters of a value quoted in a message


def shown(value: object) -> str:
    """A value as a message quotes it: JSON, cut short."""
    try:
        text = orjson.dumps(value).decode()
    except TypeError:
        text = str(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def schema_problem(exc: Any) -> Problem:
    """The Problem for a `fastjsonschema.JsonSchemaValueException`."""
    rule, limit, value = exc.rule, exc.rule_definition, exc.value
    if rule == "type":
        return _wrong_type(limit if isinstance(limit, list) else [limit], value)
    if rule == "maxLength" and isinstance(value, str):
        return Problem(
            "too_long",
            f"is {len(value):,} characters long; at most {limit:,} are allowed",
            length=len(value),
            max=limit,
        )
    if rule == "minLength":
        return Problem("empty_value", "must not be empty")
    if rule in _BOUNDS:
        code, words, key = _BOUNDS[rule]
        text = f"must be {words} {limit:,}, not {shown(value)}"
        return Problem(code, text, value=shown(value), **{key: limit})
    if rule == "maxItems" and isinstance(value, list):
        return _too_many("too_many_items", "holds", "items", len(value), limit)
    if rule == "required" and isinstance(value, dict):
        missing = ", ".join(str(name) for name in limit if name not in value)
        return Problem("missing_fields", f"is missing {missing}", fields=missing)
    if rule == "pattern":
        if "u0000" in str(limit):
            return Problem("nul_text", "contains a NUL character, which is not allowed in text")
        return Problem(
            "bad_format",
            f"{shown(value)} is not in the form this field takes ({limit})",
            value=shown(value),
            pattern=str(limit),
        )
    if rule in ("enum", "const"):
        allowed = ", ".join(shown(v) for v in (limit if rule == "enum" else [limit]))
        return Problem(
            "not_allowed",
            f"must be one of {allowed}, not {shown(value)}",
            allowed=allowed,
            value=shown(value),
        )
    if rule == "additionalProperties" and isinstance(value, dict):
        known = set((exc.definition or {}).get("properties", {}))
        extra = ", ".join(sorted(str(k) for k in value if k not in known)) or "?"
        return Problem(
            "unknown_field", f"has a field this version does not know: {extra}", fields=extra
        )
    if rule == "maxProperties" and isinstance(value, dict):
        return _too_many("too_many_fields", "has", "fields", len(value), limit)
    if rule == "anyOf" and isinstance(limit, list):
        return _no_branch(limit, value)
    detail = str(exc.message).replace(str(exc.name), "the value").strip()
    return Problem("bad_value", detail, detail=detail)


# rule -> (code, words before the limit, the limit's parameter)
_BOUNDS = {"maximum": ("too_big", "at most", "max"), "minimum": ("too_small", "at least", "min")}


def _too_many(code: str, verb: str, noun: str, found: int, limit: int) -> Problem:
    return Problem(
        code, f"{verb} {found:,} {noun}; at most {limit:,} are allowed", found=found, max=limit
    )


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _of_type(value: object, kind: object) -> bool:
    types = _PYTHON_TYPES.get(str(kind), ())
    return isinstance(value, types) and (kind == "boolean" or not isinstance(value, bool))


def _no_branch(branches: list[Any], value: object) -> Problem:
    """A value no branch of an `anyOf` takes (the schema's "text or null", "a number
    from 1 to 3650 or null"): what is wrong with it in the branch of its own type, else
    that it has none of the types."""
    import fastjsonschema

    kinds = [b.get("type") for b in branches if isinstance(b, dict)]
    for branch in branches:
        if isinstance(branch, dict) and _of_type(value, branch.get("type")):
            try:
                fastjsonschema.validate(branch, value)
            except fastjsonschema.JsonSchemaValueException as inner:
                return schema_problem(inner)
    return _wrong_type(kinds, value)


def _wrong_type(types: list[Any], value: object) -> Problem:
    expected = " or ".join(TYPE_WORDS.get(str(t), str(t)) for t in types)
    return Problem(
        "wrong_type",
        f"must be {expected}, not {shown(value)}",
        types="|".join(map(str, types)),
        value=shown(value),
    )
