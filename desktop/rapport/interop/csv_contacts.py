"""Contacts from and to CSV files: CRM exports (VAN-style), Google and Outlook contact
exports, sign-in sheets typed into a spreadsheet, and Rapport's own export.

Reading (`read_csv`): the encoding is found as `contact_rows` describes, the delimiter
(, ; tab |) by `csv.Sniffer` on the first lines, checked against the header line; the
header is the first of the first ten non-blank rows that names a known column (rows
above it, such as a report title, are skipped). When the first row already holds an
email or a phone number, the file has no header: columns are called "Column 1", ...
and mapped by what they hold. Then each row goes through `contact_rows.build_row`.

Mapping rules (`guess_mapping`): several columns may feed one list (HomePhone and
CellPhone -> phones); Address, City, State and Zip join into one address (a
"Formatted" address column wins over its parts; a "Home" address wins over a
"Business" or "Other" one); a Name / Full name column is split into first and last
only when there are no separate first- and last-name columns; a Middle name joins
the first name, a Suffix the last name; Tags / Labels / Groups / Categories split on
";" or "," into tags. Columns with no rule are ignored ("").

Rows: blank rows are skipped; a row with more or fewer cells than the header is read
(extra cells left out, missing ones empty) and says so among its problems; a quote
left open at the end of the file refuses the row it swallowed.

Writing (`write_csv`): UTF-8 with a byte-order mark (so Excel reads accents right),
CRLF line endings, Rapport's own column names (which `guess_mapping` maps back),
phones, emails and tags joined with "; ", never private notes; a cell that starts with
= + - or @ gets a leading apostrophe so a spreadsheet does not run it as a formula
(the reader takes it off again).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from rapport.domain.bulk import paused_gc
from rapport.domain.files import atomic_writer
from rapport.domain.problems import Problem
from rapport.domain.records import Contact
from rapport.interop.contact_rows import (
    TEXT_TARGETS,
    Cell,
    ImportRow,
    ParsedFile,
    build_row,
    check_mapping,
)
from rapport.interop.contact_values import (
    cell_value,
    clean,
    export_text,
    guard_formula,
    is_email,
    is_phone,
)
from rapport.interop.csv_lines import RawRow, stream_rows
from rapport.interop.csv_mapping import guess_by_content, guess_mapping
from rapport.interop.plain_rows import PlainPlan, plain_plan, plain_row
from rapport.interop.text_source import ImportFileError, open_source

HEADER_SEARCH = 10  # non-blank rows looked at for the header
GUESS_ROWS = 50  # rows a file without a header is mapped by

# Rapport's own columns, in the order written.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("pronouns", "Pronouns"),
    ("preferred_language", "Preferred language"),
    ("phones", "Phones"),
    ("emails", "Emails"),
    ("address", "Address"),
    ("turf", "Turf"),
    ("how_met", "How met"),
    ("stage", "Stage"),
    ("story", "Story"),
    ("issues", "Issues"),
    ("shared_vision", "Shared vision"),
    ("notes", "Notes"),
    ("do_not_contact", "Do not contact"),
    ("follow_up_days", "Follow-up days"),
    ("tags", "Tags"),
)


def _blank(cells: list[str]) -> bool:
    return not "".join(cells).strip()


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, given in enumerate(names):
        name = given.strip() or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        seen.setdefault(name, 1)
        out.append(name)
    return out


def _looks_like_data(cells: list[str]) -> bool:
    return any(is_email(clean(c)) or (_has_digits(c) and is_phone(clean(c))) for c in cells)


def _has_digits(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= 7


@paused_gc()
def read_csv(
    path: Path, mapping: dict[str, str] | None = None, *, careful: bool = False
) -> ParsedFile:
    """Read a CSV file of contacts; map its columns with `mapping`, or guess them.

    `careful` reads it line by line even when it is plain (see `csv_lines`; for tests).

    Raises ImportFileError for what spoils the whole file (empty, binary, no rows,
    a line or value too long); each row's own problems are in its `problems`.
    """
    parsed = read_csv_columns(path, careful=careful)
    return remap(parsed, parsed.mapping if mapping is None else mapping)


@paused_gc()
def read_csv_columns(path: Path, *, careful: bool = False) -> ParsedFile:
    """`read_csv` up to the mapping: each row's cells by column, no contact built yet
    (`remap` builds them), and the guessed mapping. Raises what `read_csv` does."""
    found = _read_columns(Path(path), careful)
    return ParsedFile(
        path=str(found.path),
        format="csv",
        encoding=found.encoding,
        delimiter=found.delimiter,
        had_bom=found.had_bom,
        columns=found.columns,
        mapping=found.guessed,
        rows=list(_source_rows(found)),
    )


def stream_csv(path: Path) -> tuple[Iterator[ImportRow], int]:
    """The file's rows mapped as `read_csv` guesses, each read and made when it is asked
    for (an import of a whole file plans and writes them as they come), and how many
    there are at most (the lines below the header). The file's encoding, delimiter and
    header are found, and the file refused as `read_csv` refuses it, before this
    returns; but a row that csv cannot read, far down a file read whole, raises its
    ImportFileError only when it is reached."""
    found = _read_columns(Path(path), careful=False, stream=True)
    mapped = mapped_columns(found.columns, found.guessed)
    return (_apply(row, mapped) for row in _source_rows(found)), found.most


@dataclasses.dataclass
class _Columns:
    """What reading a CSV file finds before any of its rows is made."""

    path: Path
    encoding: str
    had_bom: bool
    delimiter: str
    columns: list[str]
    guessed: dict[str, str]
    data: Iterable[RawRow]  # the rows after the header, blank ones left out
    most: int  # how many rows `data` holds at most


def _read_columns(path: Path, careful: bool, stream: bool = False) -> _Columns:
    """The file's columns and data rows; with `stream`, the rows past the first few are
    read as `data` is iterated (when the file has a header, so the columns are known)."""
    source = open_source(path, "CSV", whole=not careful)
    found = stream_rows(source)
    rows = found.rows
    filled = list(islice((r for r in rows if not _blank(r.cells)), GUESS_ROWS))
    rest = (r for r in rows if not _blank(r.cells))
    if not filled:
        raise ImportFileError(
            path, Problem("blank_file", "holds only blank lines; there is nothing to import"), 1
        )

    header_at: int | None = None
    if not _looks_like_data(filled[0].cells):
        header_at = 0
        for i, row in enumerate(filled[:HEADER_SEARCH]):
            if any(guess_mapping(_unique(row.cells)).values()):
                header_at = i
                break
    if header_at is None:
        filled.extend(rest)  # the widest row names the columns
        columns = [f"Column {i + 1}" for i in range(max(len(r.cells) for r in filled))]
        guessed = guess_by_content(columns, [r.cells for r in filled[:GUESS_ROWS]])
        data: Iterable[RawRow] = filled
        most = len(filled)
    else:
        header = filled[header_at]
        columns = _unique(header.cells)
        guessed = guess_mapping(columns)
        head = filled[header_at + 1 :]
        if not stream:
            head.extend(rest)
        if not head:  # (then the first rows were all there are)
            raise ImportFileError(
                path,
                Problem(
                    "header_only",
                    f"line {header.start} is a header, but no contacts follow it",
                    line=header.start,
                ),
                header.start,
            )
        data = chain(head, rest) if stream else head
        most = max(len(head), found.lines - header.end) if stream else len(head)
    return _Columns(
        path, source.encoding, source.had_bom, found.delimiter, columns, guessed, data, most
    )


def _source_rows(found: _Columns) -> Iterator[ImportRow]:
    """Each data row's values by column (no contact yet), made as it is asked for."""
    columns = found.columns
    width = len(columns)
    for raw in found.data:
        source_values = dict(zip(columns, raw.cells, strict=False))
        if len(raw.cells) == width and not raw.problems:  # most rows
            yield ImportRow(raw.start, None, [], [], source_values, [], raw.unreadable)
            continue
        problems = list(raw.problems)
        extra = raw.cells[len(columns) :]
        for i, value in enumerate(extra):
            source_values[f"(extra {i + 1})"] = value
        if len(raw.cells) < len(columns) or not _blank(extra):
            problems.insert(
                0,
                Problem(
                    "extra_cells" if extra else "missing_cells",
                    f"line {raw.start}: {len(raw.cells)} cells where the header has "
                    f"{len(columns)}; "
                    + (
                        "the extra cells were left out"
                        if extra
                        else "the missing ones are taken as empty"
                    ),
                    line=raw.start,
                    cells=len(raw.cells),
                    columns=len(columns),
                ),
            )
        yield ImportRow(
            line=raw.start,
            contact=None,
            tags=[],
            problems=problems,
            source=source_values,
            read_problems=problems,
            unreadable=raw.unreadable,
        )


@paused_gc()
def remap(
    parsed: ParsedFile,
    mapping: dict[str, str],
    watch: Callable[[Iterable[ImportRow]], Iterable[ImportRow]] = iter,
) -> ParsedFile:
    """The same file with `mapping` applied again (no re-reading); columns left out of
    `mapping` are ignored. Each row is built as `watch` hands it on: the window passes
    one that counts them, to show progress and to stop on Cancel."""
    if parsed.format != "csv":
        raise ValueError("only a CSV file's columns can be mapped")
    mapped = mapped_columns(parsed.columns, mapping)
    rows = [_apply(row, mapped) for row in watch(parsed.rows)]
    return dataclasses.replace(parsed, mapping=_full(parsed.columns, mapping), rows=rows)


@dataclasses.dataclass(frozen=True)
class MappedColumns:
    """The mapped columns, as `_apply` uses them: (column, target, label) of those whose
    values become cells; (column, target) of those that alone feed a text field; the
    labels of the latter by field; and the plan of a plain row (`plain_rows`)."""

    cells: list[tuple[str, str, str]]
    single: list[tuple[str, str]]
    labels: dict[str, str]
    plain: PlainPlan


def mapped_columns(columns: list[str], mapping: dict[str, str]) -> MappedColumns:
    check_mapping(mapping)
    full = [(column, target) for column, target in _full(columns, mapping).items() if target]
    feeds = Counter(target for _column, target in full)
    alone = {t for t, n in feeds.items() if n == 1 and t in TEXT_TARGETS}
    return MappedColumns(
        cells=[(c, t, f"column {c}") for c, t in full if t not in alone],
        single=[(c, t) for c, t in full if t in alone],
        labels={t: f"column {c}" for c, t in full if t in alone},
        plain=plain_plan(full),
    )


def _full(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    return {column: mapping.get(column, "") for column in columns}


def _apply(row: ImportRow, mapped: MappedColumns) -> ImportRow:
    """Build one row from its source values: most rows the quick way (`plain_rows`)."""
    return plain_row(row, mapped.plain) or built_row(row, mapped)


def built_row(row: ImportRow, mapped: MappedColumns) -> ImportRow:
    """`build_row` on one read row's source values, mapped as `mapped` says."""
    source = row.source
    line = row.line
    cells = []
    for column, target, label in mapped.cells:
        raw = source.get(column)
        if raw:
            cells.append(_new_cell(target, line, label, clean(raw, unguard=True)))
    single = {}
    for column, target in mapped.single:
        value = cell_value(source.get(column))
        if value:
            single[target] = value
    return build_row(
        line,
        cells,
        source,
        row.read_problems,
        unreadable=row.unreadable,
        single=single,
        labels=mapped.labels,
    )


def _new_cell(target: str, line: int, label: str, value: str) -> Cell:
    """Cell(target, line, label, value), without the Python-level __new__ of a NamedTuple."""
    return tuple.__new__(Cell, (target, line, label, value, True))


# --- writing ------------------------------------------------------------------------------


def _cell(contact: Contact, tags: list[str], name: str) -> str:
    if name == "phones":
        value = "; ".join(export_text(p) for p in contact.phones)
    elif name == "emails":
        value = "; ".join(export_text(e) for e in contact.emails)
    elif name == "tags":
        value = "; ".join(export_text(t) for t in tags)
    elif name == "do_not_contact":
        value = "yes" if contact.do_not_contact else "no"
    elif name == "follow_up_days":
        value = "" if contact.follow_up_days is None else str(contact.follow_up_days)
    else:
        value = export_text(getattr(contact, name))
    return guard_formula(value)


def write_csv(contacts: Iterable[tuple[Contact, list[str]]], path: Path) -> int:
    """Write (contact, tag names) pairs as CSV; returns how many contacts were written.

    UTF-8 with a byte-order mark, Rapport's column names, private notes never written.
    The file appears only once complete (temporary file, fsync, rename).
    """
    count = 0
    with atomic_writer(Path(path)) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow([label for _name, label in COLUMNS])
        for contact, tags in contacts:
            writer.writerow([_cell(contact, tags, name) for name, _label in COLUMNS])
            count += 1
        text.flush()
        text.detach()
    return count
