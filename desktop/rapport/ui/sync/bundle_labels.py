"""Why a bundle is refused, or HQ's key cannot be used, in the interface language.

`rapport.sync` gives each reason as a `Problem` (the English text the command line
prints, with a stable `code` and its `params`) inside a `BundleError` that names the
file, the line and the field. Here each code has its translated text (context
"BundleProblem"); a reason without a known code is shown as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rapport.sync.bundle import BundleError
from rapport.ui.contacts.import_labels import fill

if TYPE_CHECKING:
    from rapport.sync.crypto import CryptoError

# Parameters written the way the interface's locale writes numbers (8.388.608 in Spanish).
_NUMBERS = frozenset(("length", "max", "min", "records", "found"))


def reason_texts() -> dict[str, str]:
    """Code → translated text of why a bundle cannot be imported (after its file, line
    and field)."""
    return {
        "long_line": QCoreApplication.translate(
            "BundleProblem", "the line is {length} bytes long; at most {max} are allowed"
        ),
        "not_record": QCoreApplication.translate(
            "BundleProblem", "expected a record, found '{found}'"
        ),
        "unknown_table": QCoreApplication.translate("BundleProblem", "unknown table '{table}'"),
        "counts_mismatch": QCoreApplication.translate(
            "BundleProblem", "the trailer counts {counts} but the file holds {found}"
        ),
        "empty_file": QCoreApplication.translate("BundleProblem", "the file is empty"),
        "truncated": QCoreApplication.translate(
            "BundleProblem",
            "the file does not end with a complete line: it was cut short (truncated)",
        ),
        "no_header": QCoreApplication.translate(
            "BundleProblem", "the first line is not a bundle header"
        ),
        "not_bundle": QCoreApplication.translate(
            "BundleProblem", "this is not a Rapport bundle (format '{format}')"
        ),
        "newer_schema": QCoreApplication.translate(
            "BundleProblem",
            "the bundle uses schema {version}; this version of Rapport reads {supported}. "
            "Update Rapport to import it.",
        ),
        "older_schema": QCoreApplication.translate(
            "BundleProblem",
            "the bundle uses schema {version}; this version of Rapport reads {supported}.",
        ),
        "no_trailer": QCoreApplication.translate(
            "BundleProblem", "the file has a header but no trailer: it was cut short"
        ),
        "last_not_trailer": QCoreApplication.translate(
            "BundleProblem", "the last line is not the trailer: the file was cut short (truncated)"
        ),
        "checksum": QCoreApplication.translate(
            "BundleProblem",
            "the checksum does not match the contents: the file was damaged or altered",
        ),
        "records_mismatch": QCoreApplication.translate(
            "BundleProblem", "the trailer says {records} records but the file holds {found}"
        ),
        "unreadable": QCoreApplication.translate("BundleProblem", "cannot read the file: {error}"),
        "encrypted_for_hq": QCoreApplication.translate(
            "BundleProblem",
            "the bundle is encrypted for headquarters; give HQ's private key to read it",
        ),
        # The detail is the decryption's own (English) explanation.
        "decrypt_failed": QCoreApplication.translate(
            "BundleProblem", "the bundle cannot be decrypted: {detail}"
        ),
        "bad_json": QCoreApplication.translate(
            "BundleProblem", "not valid JSON ({detail} at column {column})"
        ),
        "unknown_field": QCoreApplication.translate(
            "BundleProblem", "has a field this version does not know: {fields}"
        ),
        "nul_text": QCoreApplication.translate(
            "BundleProblem", "contains a NUL character, which is not allowed in text"
        ),
        # {expected}: the kinds of value the field takes ("a whole number or empty (null)").
        "wrong_type": QCoreApplication.translate(
            "BundleProblem", "must be {expected}, not {value}"
        ),
        "too_long": QCoreApplication.translate(
            "BundleProblem", "is {length} characters long; at most {max} are allowed"
        ),
        "empty_value": QCoreApplication.translate("BundleProblem", "must not be empty"),
        "too_big": QCoreApplication.translate(
            "BundleProblem", "must be at most {max}, not {value}"
        ),
        "too_small": QCoreApplication.translate(
            "BundleProblem", "must be at least {min}, not {value}"
        ),
        "too_many_items": QCoreApplication.translate(
            "BundleProblem", "holds {found} items; at most {max} are allowed"
        ),
        "too_many_fields": QCoreApplication.translate(
            "BundleProblem", "has {found} fields; at most {max} are allowed"
        ),
        "missing_fields": QCoreApplication.translate("BundleProblem", "is missing {fields}"),
        # {pattern}: the regular expression the value should match.
        "bad_format": QCoreApplication.translate(
            "BundleProblem", "{value} is not in the form this field takes ({pattern})"
        ),
        "not_allowed": QCoreApplication.translate(
            "BundleProblem", "must be one of {allowed}, not {value}"
        ),
        "own_bundle": QCoreApplication.translate(
            "BundleProblem", "this bundle was written by this laptop; there is nothing to import"
        ),
        "other_laptop": QCoreApplication.translate(
            "BundleProblem",
            "this return bundle from headquarters is for another laptop (device {device}); "
            "this laptop is {this_device}",
        ),
        "return_for_laptop": QCoreApplication.translate(
            "BundleProblem", "this is a return bundle for a laptop, not a bundle for HQ"
        ),
        "no_device_bundle": QCoreApplication.translate(
            "BundleProblem", "HQ has received no bundle from device {device}"
        ),
    }


# The kinds of value a bundle field takes (JSON Schema types), for "must be {expected}".
_TYPE_WORDS = {
    "string": QT_TRANSLATE_NOOP("BundleProblem", "text"),
    "integer": QT_TRANSLATE_NOOP("BundleProblem", "a whole number"),
    "number": QT_TRANSLATE_NOOP("BundleProblem", "a number"),
    "boolean": QT_TRANSLATE_NOOP("BundleProblem", "true or false"),
    "array": QT_TRANSLATE_NOOP("BundleProblem", "a list"),
    "object": QT_TRANSLATE_NOOP("BundleProblem", "an object"),
    "null": QT_TRANSLATE_NOOP("BundleProblem", "empty (null)"),
}


def expected_words(types: str) -> str:
    """ "integer|null" -> "a whole number or empty (null)", in the interface language."""
    words = [
        QCoreApplication.translate("BundleProblem", str(_TYPE_WORDS[t])) if t in _TYPE_WORDS else t
        for t in types.split("|")
    ]
    either = QCoreApplication.translate("BundleProblem", "{one} or {other}")
    said = words[0]
    for word in words[1:]:
        said = fill(either, {"one": said, "other": word}, ())
    return said


def reason_text(reason: str, texts: dict[str, str] | None = None) -> str:
    """A refused bundle's reason in the interface language (as it is when its code is
    unknown)."""
    text = (reason_texts() if texts is None else texts).get(str(getattr(reason, "code", "")))
    if text is None:
        return str(reason)
    params = dict(getattr(reason, "params", {}))
    if "types" in params:
        params["expected"] = expected_words(str(params["types"]))
    return fill(text, params, _NUMBERS)


# (a file is named, a line, a field) -> how the place and the reason are put together
_WHERE = {
    (True, True, True): QT_TRANSLATE_NOOP(
        "BundleProblem", "{file}, line {line}, field {field}: {reason}"
    ),
    (True, True, False): QT_TRANSLATE_NOOP("BundleProblem", "{file}, line {line}: {reason}"),
    (True, False, False): QT_TRANSLATE_NOOP("BundleProblem", "{file}: {reason}"),
    (False, True, True): QT_TRANSLATE_NOOP("BundleProblem", "line {line}, field {field}: {reason}"),
    (False, True, False): QT_TRANSLATE_NOOP("BundleProblem", "line {line}: {reason}"),
}


def bundle_problem_text(exc: BundleError) -> str:
    """The whole explanation of a refused bundle: its file (as given), line and field, and
    the reason, in the interface language."""
    params: dict[str, object] = {
        "file": exc.source,
        "line": exc.line,
        "field": exc.field_path,
        "reason": reason_text(exc.reason),
    }
    where = (bool(exc.source), bool(exc.line), bool(exc.line and exc.field_path))
    found = _WHERE.get(where)
    template = (
        "{reason}" if found is None else QCoreApplication.translate("BundleProblem", str(found))
    )
    return fill(template, params, ())


def key_texts() -> dict[str, str]:
    """Code → translated text of the key and encryption problems a laptop can meet:
    importing HQ's public key, and encrypting an export with it (`rapport.sync.crypto`;
    only HQ decrypts, from the command line)."""
    return {
        "public_key_is_private": QCoreApplication.translate(
            "KeyProblem",
            "This is not an HQ public key: it is a private key. Never send the private key "
            "to laptops; export HQ's public key and import that instead.",
        ),
        "not_public_key": QCoreApplication.translate(
            "KeyProblem",
            "This is not an HQ public key: the file is not a PEM public key "
            "(it should start with '-----BEGIN PUBLIC KEY-----').",
        ),
        # {kind}: the kind of key it is instead, such as RSA or Ed25519.
        "public_key_other_kind": QCoreApplication.translate(
            "KeyProblem",
            "This is not an HQ public key: it is a {kind} key, not a Rapport (X25519) key. "
            "Export the public key from Rapport at HQ.",
        ),
        "unusable_public_key": QCoreApplication.translate(
            "KeyProblem", "This HQ public key cannot be used for encryption; ask HQ for a new key."
        ),
        "too_large_to_encrypt": QCoreApplication.translate(
            "KeyProblem", "This file is too large to encrypt as one bundle."
        ),
    }


def key_problem_text(exc: CryptoError) -> str:
    """A key or encryption problem in the interface language (as it is when the window
    has no text for its code)."""
    text = key_texts().get(exc.reason.code)
    return str(exc) if text is None else fill(text, exc.reason.params, ())
