"""A CSV file's rows as lists of cells, each with the physical lines it came from.

Two ways to the same rows. Most files are plain: one encoding throughout, no binary
bytes, no very long line, "\\n" line ends. Those are read whole and decoded once
(`open_source(whole=True)`) and split into lines in C (`_plain_lines`), which is
several times faster than going line by line. Any other file (a few lines in another
encoding, UTF-16, old Mac "\\r" line ends, a DOS end-of-file mark, or something to
refuse) takes the careful path (`_Feed`), which checks and decodes each physical line
and names the line of a problem. A property test holds the two paths to the same rows.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapport.domain.problems import Problem
from rapport.interop.text_source import MAX_VALUE, ImportFileError, Source, fallback_problem

DELIMITERS = ",;\t|"
SNIFF_LINES = 50

_field_limit_lock = threading.Lock()


@dataclass(slots=True)
class RawRow:
    start: int
    end: int
    cells: list[str]
    problems: list[str] = field(default_factory=list)
    unreadable: bool = False


@dataclass
class RowStream:
    """A CSV file's delimiter, its rows (blank ones included) as they are read, and how
    many physical lines it has."""

    delimiter: str
    rows: Iterator[RawRow]
    lines: int


def read_rows(source: Source) -> tuple[str, list[RawRow]]:
    """The delimiter and every row of `source` (blank rows included): from its `text`
    when it was read whole, else line by line. Raises ImportFileError when the file
    cannot be read as CSV."""
    stream = stream_rows(source)
    return stream.delimiter, list(stream.rows)


def stream_rows(source: Source) -> RowStream:
    """As `read_rows`, but a file read whole is split into rows only as they are asked
    for (the ImportFileError of a row csv cannot read comes then); any other is read
    now."""
    lines = _plain_lines(source)
    if lines is not None:
        delimiter = _sniff(lines[:SNIFF_LINES])
        return RowStream(delimiter, _plain_rows(source, lines, delimiter), len(lines))
    feed = _Feed(source)
    delimiter = _sniff(feed.sample())
    rows, open_quote = _careful_rows(source, feed, delimiter)
    if open_quote:
        _refuse_open_quote(rows[-1])
    return RowStream(delimiter, iter(rows), rows[-1].end if rows else 0)


def _refuse_open_quote(last: RawRow) -> None:
    last.unreadable = True
    last.problems.append(
        Problem(
            "open_quote",
            f'line {last.start}: a quote (") opened in this row is never closed, so '
            f"lines {last.start}-{last.end} were read as one row; it is not imported",
            line=last.start,
            end=last.end,
        )
    )


def _plain_lines(source: Source) -> list[str] | None:
    """The file's lines (each with its "\\n") when it was read whole, else None."""
    text, source.text = source.text, None  # (the lines take its place in memory)
    if text is None:
        return None
    lines = text.split("\n")
    last = lines.pop()
    lines = [line + "\n" for line in lines]
    if last:
        lines.append(last)
    return lines


def _next_row(reader: Iterator[list[str]], source: Source, start: int) -> list[str] | None:
    """The next row's cells (None at the end); a row csv cannot read refuses the file,
    naming the line it starts on. A value may be up to MAX_VALUE characters long (csv's
    limit is the module's: it is raised for this row only)."""
    with _field_limit_lock:
        old_limit = csv.field_size_limit(MAX_VALUE)
        try:
            return next(reader)
        except StopIteration:
            return None
        except csv.Error as e:
            raise _csv_error(source, start, e) from e
        finally:
            csv.field_size_limit(old_limit)


def _csv_error(source: Source, start: int, e: csv.Error) -> ImportFileError:
    why = str(e)
    code = "bad_csv"
    if "field limit" in why:
        why = f"a value is longer than {MAX_VALUE:,} characters"
        code = "long_csv_value"
    return ImportFileError(
        source.path,
        Problem(
            code,
            f"line {start}: {why}; this does not look like a CSV file",
            line=start,
            max=MAX_VALUE,
            why=why,
        ),
        start,
    )


def _plain_rows(source: Source, lines: list[str], delimiter: str) -> Iterator[RawRow]:
    """The rows, one behind the reader: the last one is refused when it spans lines
    with a quote never closed."""
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', skipinitialspace=True)
    end = 0
    row: RawRow | None = None
    while (cells := _next_row(reader, source, end + 1)) is not None:
        start, end = end + 1, reader.line_num
        if row is not None:
            yield row
        row = RawRow(start, end, cells)
    if row is None:
        return
    if row.end > row.start and sum(line.count('"') for line in lines[row.start - 1 : row.end]) % 2:
        _refuse_open_quote(row)
    yield row


class _Feed:
    """Decoded lines for csv.reader, tracking the line number and quotes per row."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.lines = source.lines()
        self.buffer: list[tuple[int, str, str | None]] = []
        self.lineno = 0
        self.quotes = 0
        self.fallbacks: dict[int, str] = {}

    def _pull(self) -> tuple[int, str, str | None] | None:
        for n, raw in self.lines:
            text, used = self.source.decode(raw)
            return n, text, used
        return None

    def sample(self) -> list[str]:
        while len(self.buffer) < SNIFF_LINES:
            item = self._pull()
            if item is None:
                break
            self.buffer.append(item)
        return [text for _n, text, _u in self.buffer]

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        item = self.buffer.pop(0) if self.buffer else self._pull()
        if item is None:
            raise StopIteration
        n, text, used = item
        self.lineno = n
        self.quotes += text.count('"')
        if used:
            self.fallbacks[n] = used
        return text


def _careful_rows(source: Source, feed: _Feed, delimiter: str) -> tuple[list[RawRow], bool]:
    """As `_plain_rows`, line by line."""
    reader = csv.reader(feed, delimiter=delimiter, quotechar='"', skipinitialspace=True)
    rows: list[RawRow] = []
    last_quotes = 0
    while True:
        start = feed.lineno + 1
        feed.quotes = 0
        cells = _next_row(reader, source, start)
        if cells is None:
            break
        problems: list[str] = [
            fallback_problem(n, source, used)
            for n, used in sorted(feed.fallbacks.items())
            if start <= n <= feed.lineno
        ]
        feed.fallbacks.clear()
        rows.append(RawRow(start, feed.lineno, cells, problems))
        last_quotes = feed.quotes
    return rows, bool(rows) and rows[-1].end > rows[-1].start and last_quotes % 2 == 1


def _sniff(sample: list[str]) -> str:
    first = next((line for line in sample if line.strip()), "")
    counts = {d: first.count(d) for d in DELIMITERS}
    try:
        found: str | None = csv.Sniffer().sniff("".join(sample), delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = None
    if found is None or (counts.get(found, 0) == 0 and max(counts.values()) > 0):
        best = max(DELIMITERS, key=lambda d: counts[d])
        found = best if counts[best] else ","
    return found
