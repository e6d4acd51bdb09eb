"""Reading a contacts file as text, safely.

A file is read line by line with bounded memory: a physical line longer than
`MAX_LINE` bytes, a NUL byte or another control character (binary junk), or a file
that is empty is refused as a whole with an `ImportFileError` naming the file and the
line. Encodings: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise every
line is checked as UTF-8. When some lines are not UTF-8, those lines decide the guess:
Windows-1252 (what Excel writes in the Americas and western Europe), then Mac Roman
(old Mac Excel), when the text reads as plausible Latin-script text; otherwise
charset-normalizer's best guess (Cyrillic, Greek, Japanese, ...). A file that is
mostly UTF-8 with a few Windows-1252 lines (pasted text) is read as UTF-8, those lines
as Windows-1252, and each such row says so among its problems.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rapport.domain.problems import Problem

CHUNK = 64 * 1024
MAX_LINE = 1024 * 1024  # bytes in one physical line of a CSV file
MAX_VCARD_LINE = 16 * MAX_LINE  # an unfolded PHOTO can be long; it is skipped, not kept
MAX_VALUE = 1024 * 1024  # characters in one CSV field or one unfolded vCard line
SAMPLE = 256 * 1024  # bytes of undecodable lines given to the encoding guess
# A larger file is read line by line, so memory stays bounded by the rows kept.
WHOLE_MAX_BYTES = 256 * 1024 * 1024


class ImportFileError(Exception):
    """The whole file cannot be imported; the message names the file and the line.

    `reason` is the message without the file name: a `Problem` (English text with a
    `code` and `params`) so a window can say it in its own language."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = message if isinstance(message, Problem) else Problem("", message)
        where = Path(path).name
        super().__init__(f"{where}: {message}")


BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")
# Every byte but those, for `_has_binary`: deleting them leaves only binary bytes.
_NOT_BINARY = bytes(b for b in range(256) if not BINARY.match(bytes([b])))


def _has_binary(data: bytes) -> bool:
    """Whether `data` holds a byte BINARY matches (twenty times quicker than searching
    for one, on a file read whole)."""
    return bool(data.translate(None, _NOT_BINARY))


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (
        b"PK\x03\x04",
        "zip_file",
        "is a ZIP file (an Excel .xlsx workbook?); save it as “CSV UTF-8” first",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "office_file",
        "is an old Excel or Word file; save it as “CSV UTF-8” first",
    ),
    (b"%PDF", "pdf_file", "is a PDF document, not a contacts file"),
)


class _LineTooLong(Exception):
    pass


@dataclass
class Source:
    """A text file opened for line-by-line reading in a known encoding."""

    path: Path
    kind: str  # "CSV" or "vCard", for messages
    encoding: str  # what the file is in, as reported to the user
    codec: str  # how each physical line is decoded (UTF-16/32 files arrive as UTF-8)
    fallback: str | None  # how lines that `codec` cannot decode are read
    had_bom: bool
    skip: int  # bytes of byte-order mark
    wide: str | None  # "utf-16", "utf-16-le", ... when the file is not ASCII-compatible
    max_line: int = MAX_LINE
    # The whole file decoded, when it was asked for (`open_source(whole=True)`) and the
    # file is plain: one encoding, no binary bytes, no line too long, "\n" line ends.
    text: str | None = field(default=None, repr=False)

    def fail(self, message: Problem, line: int | None = None) -> ImportFileError:
        return ImportFileError(self.path, message, line)

    def lines(self) -> Iterator[tuple[int, bytes]]:
        """Physical lines with their line ending, numbered from 1, as bytes in `codec`."""
        n = 0
        try:
            with self.path.open("rb") as f:
                f.seek(self.skip)
                chunks: Iterator[bytes] = iter(lambda: f.read(CHUNK), b"")
                if self.wide:
                    chunks = _transcode(chunks, self.wide)
                for raw in _split_lines(chunks, self.max_line):
                    n += 1
                    body = raw.rstrip(b"\r\n")
                    if body == b"\x1a":  # an old DOS end-of-file mark
                        continue
                    bad = BINARY.search(body)
                    if bad:
                        byte = bad.group()[0]
                        what = "a NUL byte" if byte == 0 else f"the control character 0x{byte:02X}"
                        raise self.fail(
                            Problem(
                                "binary_nul" if byte == 0 else "binary_control",
                                f"line {n} holds binary data ({what}); "
                                f"this does not look like a {self.kind} file",
                                line=n,
                                char=f"0x{byte:02X}",
                                kind=self.kind,
                            ),
                            n,
                        )
                    yield n, raw
        except _LineTooLong:
            raise self.fail(
                Problem(
                    "long_line",
                    f"line {n + 1} is longer than {self.max_line:,} bytes; "
                    f"this does not look like a {self.kind} file",
                    line=n + 1,
                    max=self.max_line,
                    kind=self.kind,
                ),
                n + 1,
            ) from None
        except UnicodeDecodeError:
            raise self.fail(
                Problem(
                    "bad_text",
                    f"line {n + 1} is not valid {self.encoding.upper()} text",
                    line=n + 1,
                    encoding=self.encoding.upper(),
                ),
                n + 1,
            ) from None
        except OSError as e:
            raise self.fail(unreadable_problem(e)) from e

    def decode(self, raw: bytes) -> tuple[str, str | None]:
        """The line as text, and the encoding used when `codec` could not read it."""
        return decode_bytes(raw, self.codec, self.fallback)


def decode_bytes(raw: bytes, codec: str, fallback: str | None) -> tuple[str, str | None]:
    try:
        return raw.decode(codec), None
    except (UnicodeDecodeError, LookupError):
        pass
    other = fallback or "cp1252"
    try:
        return raw.decode(other), other
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def fallback_problem(line: int, source: Source | str, used: str) -> Problem:
    encoding = source.encoding if isinstance(source, Source) else source
    return Problem(
        "read_as",
        f"line {line} is not valid {_codec_name(encoding)}; it was read as "
        f"{_codec_name(used)}, so check its accented letters",
        line=line,
        encoding=_codec_name(encoding),
        used=_codec_name(used),
    )


def unreadable_problem(e: OSError) -> Problem:
    error = str(e.strerror or e)
    return Problem("unreadable", f"cannot be read ({error})", error=error)


def empty_problem() -> Problem:
    return Problem("empty_file", "is empty; there is nothing to import")


def _codec_name(codec: str) -> str:
    names = {"cp1252": "Windows-1252", "mac_roman": "Mac Roman", "latin-1": "Latin-1"}
    return names.get(codec, codec.upper().replace("_", "-"))


def _transcode(chunks: Iterable[bytes], codec: str) -> Iterator[bytes]:
    decoder = codecs.getincrementaldecoder(codec)()
    for chunk in chunks:
        text = decoder.decode(chunk)
        if text:
            yield text.encode("utf-8", "surrogatepass")
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail.encode("utf-8", "surrogatepass")


def _split_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """Lines ending in "\\n" (or "\\r" alone, for old Mac files), each at most `limit`."""
    sep: bytes | None = None
    buf = b""
    for chunk in chunks:
        if sep is None:
            sep = b"\r" if b"\n" not in chunk and b"\r" in chunk else b"\n"
        buf += chunk
        start = 0
        while (i := buf.find(sep, start)) >= 0:
            if i + 1 - start > limit:
                raise _LineTooLong
            yield buf[start : i + 1]
            start = i + 1
        buf = buf[start:]
        if len(buf) > limit:
            raise _LineTooLong
    if buf:
        yield buf


def open_source(path: Path, kind: str, max_line: int = MAX_LINE, *, whole: bool = False) -> Source:
    """Open `path`, find its encoding, and refuse empty or binary files (pass one).

    With `whole`, a plain file (see `Source.text`) is read and decoded at once and kept
    in `text`: checking it whole is several times faster than line by line."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(CHUNK)
    except OSError as e:
        raise ImportFileError(path, unreadable_problem(e)) from e
    if size == 0 or not head.strip(b" \t\r\n\x1a" + codecs.BOM_UTF8):
        raise ImportFileError(path, empty_problem(), 1)
    for magic, code, why in _MAGIC:
        if head.startswith(magic):
            raise ImportFileError(path, Problem(code, why), 1)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            if codec == "utf-8":
                return _check_utf8(
                    Source(path, kind, "utf-8", "utf-8", None, True, len(bom), None, max_line),
                    whole,
                )
            return _wide_source(Source(path, kind, codec, "utf-8", None, True, 0, codec, max_line))
    wide = _bomless_utf16(head)
    if wide:
        return _wide_source(Source(path, kind, wide, "utf-8", None, False, 0, wide, max_line))
    return _check_utf8(Source(path, kind, "utf-8", "utf-8", None, False, 0, None, max_line), whole)


def _wide_source(source: Source) -> Source:
    blank = True
    for _n, raw in source.lines():  # checks decoding, binary data and line lengths
        blank = blank and not raw.strip()
    if blank:
        raise source.fail(empty_problem(), 1)
    return source


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.4 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.4 and zero_odd < 0.05:
        return "utf-16-be"
    return None


def _check_utf8(source: Source, whole: bool = False) -> Source:
    """Read every line once: UTF-8 or not, and if not, guess from the lines that are not.
    With `whole`, a plain UTF-8 file is checked (and kept) in one piece instead."""
    if whole:
        source.text = _whole_text(source)
        if source.text is not None:
            return source
    bad_sample = bytearray()
    first_bad = 0
    good_non_ascii = 0
    for n, raw in source.lines():
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or n
            if len(bad_sample) < SAMPLE:
                bad_sample += raw
        else:
            good_non_ascii += not raw.isascii()
    if not first_bad:
        return source
    guess = guess_8bit(bytes(bad_sample))
    if guess is None:
        raise source.fail(
            Problem(
                "unknown_encoding",
                f"line {first_bad} is not text in any encoding Rapport knows; "
                f"this does not look like a {source.kind} file",
                line=first_bad,
                kind=source.kind,
            ),
            first_bad,
        )
    if good_non_ascii:  # mostly UTF-8, with some lines in another encoding
        source.fallback = guess
        return source
    source.encoding = source.codec = guess
    if whole:
        source.text = _whole_text(source)
    return source


def _whole_text(source: Source) -> str | None:
    """The file decoded with `source.codec` when it is plain (see `Source.text`); None
    when it needs reading line by line (which also says what is wrong, if anything)."""
    try:
        if source.path.stat().st_size > WHOLE_MAX_BYTES:
            return None
        with source.path.open("rb") as f:
            f.seek(source.skip)
            data = f.read()
    except OSError:
        return None
    if _has_binary(data) or b"\x1a" in data or (b"\r" in data and b"\n" not in data):
        return None
    if max(map(len, data.split(b"\n"))) + 1 > source.max_line:
        return None
    try:
        text = data.decode(source.codec)
    except (UnicodeDecodeError, LookupError):
        return None
    # Lines split where the bytes do: only in an ASCII-compatible encoding.
    return text if text.count("\n") == data.count(b"\n") else None


_LATIN_PUNCT = frozenset("’‘“”–—…€¿¡ºª°·•«»×÷\xa0©®™§¶")
_APOSTROPHES = frozenset("’‘")


def guess_8bit(sample: bytes) -> str | None:
    """The likeliest 8-bit encoding of `sample` (not UTF-8), or None for binary junk."""
    for codec in ("cp1252", "mac_roman"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_latin(text):
            return codec
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    return None if best is None else str(best.encoding)


def _plausible_latin(text: str) -> bool:
    """Accented letters inside mostly-ASCII words, and no stray symbols between letters."""
    letters = foreign = 0
    prev_alpha = False
    for i, ch in enumerate(text):
        if ch.isalpha():
            letters += 1
            if ord(ch) > 127:
                foreign += 1
                if ord(ch) > 0x24F:
                    return False
            prev_alpha = True
            continue
        if ord(ch) > 127:
            if ch not in _LATIN_PUNCT:
                return False
            following = text[i + 1 : i + 2]
            if prev_alpha and following.isalpha() and ch not in _APOSTROPHES:
                return False
        prev_alpha = False
    return letters > 0 and foreign <= 0.4 * letters
