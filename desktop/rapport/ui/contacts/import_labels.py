"""What the import preview says about a row or a refused file, in the interface language.

The importers (`rapport.interop`) and `plan_import` give each reason as a `Problem`: the
English text the command line prints, with a stable `code` and its `params`. Here each
code has its translated text (context "ContactImport"); a reason without a known code
is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NUMBERS = frozenset(("length", "max", "min"))


def row_texts() -> dict[str, str]:
    """Code → translated text of a row's problem or duplicate reason."""
    return {
        "bad_phone": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: “{value}” is not a phone number; it was left out",
        ),
        "bad_email": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: “{value}” is not an email address; it was left out",
        ),
        "bad_flag": QCoreApplication.translate(
            "ContactImport", "line {line}, {place}: “{value}” is not yes or no; it was left out"
        ),
        "bad_follow_up": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: “{value}” is not a number of follow-up days "
            "(a whole number from {min} to {max}); it was left out",
        ),
        "long_tag": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: the tag “{tag}” is {length} characters long; "
            "at most {max} fit, so this row is not imported",
        ),
        "long_value": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: the value is {length} characters long; "
            "at most {max} fit, so this row is not imported",
        ),
        "long_name": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: the name is {length} characters long; "
            "at most {max} fit, so this row is not imported",
        ),
        "long_phones": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: the list of phones is {length} characters long; "
            "at most {max} fit, so this row is not imported",
        ),
        "long_emails": QCoreApplication.translate(
            "ContactImport",
            "line {line}, {place}: the list of emails is {length} characters long; "
            "at most {max} fit, so this row is not imported",
        ),
        "no_name": QCoreApplication.translate(
            "ContactImport", "line {line}: no name, phone or email, so this row is not imported"
        ),
        "bad_field": QCoreApplication.translate(
            "ContactImport", "line {line}: the field “{field}” is not valid ({why})"
        ),
        "read_as": QCoreApplication.translate(
            "ContactImport",
            "line {line} is not valid {encoding}; it was read as {used}, "
            "so check its accented letters",
        ),
        "extra_cells": QCoreApplication.translate(
            "ContactImport",
            "line {line}: {cells} cells where the header has {columns}; "
            "the extra cells were left out",
        ),
        "missing_cells": QCoreApplication.translate(
            "ContactImport",
            "line {line}: {cells} cells where the header has {columns}; "
            "the missing ones are taken as empty",
        ),
        "open_quote": QCoreApplication.translate(
            "ContactImport",
            'line {line}: a quote (") opened in this row is never closed, so lines '
            "{line}-{end} were read as one row; it is not imported",
        ),
        "long_property": QCoreApplication.translate(
            "ContactImport",
            "line {line}, property {property} is longer than {max} characters; "
            "this card is not imported",
        ),
        "bad_base64": QCoreApplication.translate(
            "ContactImport",
            "line {line}, property {property}: the base64 value is damaged; it was left out",
        ),
        "same_phone_row": QCoreApplication.translate(
            "ContactImport", "same phone {value} as line {line}"
        ),
        "same_email_row": QCoreApplication.translate(
            "ContactImport", "same email {value} as line {line}"
        ),
        "same_phone_contact": QCoreApplication.translate(
            "ContactImport", "same phone {value} as {name}"
        ),
        "same_email_contact": QCoreApplication.translate(
            "ContactImport", "same email {value} as {name}"
        ),
    }


def file_texts() -> dict[str, str]:
    """Code → translated text of why a whole file is refused (after its name)."""
    return {
        "unreadable": QCoreApplication.translate("ContactImport", "cannot be read ({error})"),
        "empty_file": QCoreApplication.translate(
            "ContactImport", "is empty; there is nothing to import"
        ),
        "blank_file": QCoreApplication.translate(
            "ContactImport", "holds only blank lines; there is nothing to import"
        ),
        "zip_file": QCoreApplication.translate(
            "ContactImport",
            "is a ZIP file (an Excel .xlsx workbook?); save it as “CSV UTF-8” first",
        ),
        "office_file": QCoreApplication.translate(
            "ContactImport", "is an old Excel or Word file; save it as “CSV UTF-8” first"
        ),
        "pdf_file": QCoreApplication.translate(
            "ContactImport", "is a PDF document, not a contacts file"
        ),
        "binary_nul": QCoreApplication.translate(
            "ContactImport",
            "line {line} holds binary data (a NUL byte); this does not look like a {kind} file",
        ),
        "binary_control": QCoreApplication.translate(
            "ContactImport",
            "line {line} holds binary data (the control character {char}); "
            "this does not look like a {kind} file",
        ),
        "long_line": QCoreApplication.translate(
            "ContactImport",
            "line {line} is longer than {max} bytes; this does not look like a {kind} file",
        ),
        "bad_text": QCoreApplication.translate(
            "ContactImport", "line {line} is not valid {encoding} text"
        ),
        "unknown_encoding": QCoreApplication.translate(
            "ContactImport",
            "line {line} is not text in any encoding Rapport knows; "
            "this does not look like a {kind} file",
        ),
        "bad_csv": QCoreApplication.translate(
            "ContactImport", "line {line}: {why}; this does not look like a CSV file"
        ),
        "long_csv_value": QCoreApplication.translate(
            "ContactImport",
            "line {line}: a value is longer than {max} characters; "
            "this does not look like a CSV file",
        ),
        "header_only": QCoreApplication.translate(
            "ContactImport", "line {line} is a header, but no contacts follow it"
        ),
        "card_not_ended": QCoreApplication.translate(
            "ContactImport",
            "the card that begins on line {line} has no END:VCARD "
            "before the next BEGIN:VCARD on line {next}",
        ),
        "card_cut_short": QCoreApplication.translate(
            "ContactImport",
            "the card that begins on line {line} has no END:VCARD; the file may be cut short",
        ),
        "no_vcard": QCoreApplication.translate(
            "ContactImport", "has no BEGIN:VCARD line; this does not look like a vCard file"
        ),
    }


def place_text(label: str) -> str:
    """A place in the file ("column Phone", "property TEL") in the interface language."""
    kind, _, name = label.partition(" ")
    if kind == "column":
        return QCoreApplication.translate("ContactImport", "column {name}").replace("{name}", name)
    if kind == "property":
        return QCoreApplication.translate("ContactImport", "property {name}").replace(
            "{name}", name
        )
    return label


def fill(text: str, params: Mapping[str, object], numbers: Collection[str] = _NUMBERS) -> str:
    """`text` with each {placeholder} replaced by its parameter (on one line); the ones
    named in `numbers` that are whole numbers are written the way the locale writes them.
    A placeholder without a parameter is left as it is."""
    locale = QLocale()

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            return match.group(0)
        given = params[name]
        if name in numbers and isinstance(given, int):
            return locale.toString(given)
        return str(given).replace("\n", " ")

    return _PLACEHOLDER.sub(value, text)


def _translated(
    problem: str, texts: dict[str, str], field_label: Callable[[str], str] | None = None
) -> str:
    text = texts.get(str(getattr(problem, "code", "")))
    if text is None:
        return str(problem)
    params: dict[str, object] = dict(getattr(problem, "params", {}))
    if "place" in params:
        params["place"] = ", ".join(place_text(str(p)) for p in params["place"])  # type: ignore[attr-defined]
    if params.get("name") == "":
        params["name"] = QCoreApplication.translate("ContactImport", "(no name)")
    if "field" in params and field_label is not None:
        params["field"] = field_label(str(params["field"]))
    return fill(text, params)


def problem_text(
    problem: str,
    field_label: Callable[[str], str] | None = None,
    texts: dict[str, str] | None = None,
) -> str:
    """A row's problem or duplicate reason in the interface language (as it is when its
    code is unknown); `field_label` names a contact field ("first_name"); `texts`, from
    `row_texts()`, saves looking the texts up again for each row."""
    return _translated(problem, row_texts() if texts is None else texts, field_label)


def file_error_text(path: str, reason: str) -> str:
    """Why the file at `path` cannot be imported at all, in the interface language."""
    from pathlib import Path

    template = QCoreApplication.translate("ContactImport", "{file}: {reason}")
    return fill(template, {"file": Path(path).name, "reason": _translated(reason, file_texts())})
