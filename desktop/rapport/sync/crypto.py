"""Optional encryption of sync bundles to headquarters' public key.

HQ makes one key pair (`generate_keypair`), keeps the private key and hands the public key
to every laptop, which imports it once (`load_public_key` checks it; `fingerprint` gives a
short code people can read to each other over the phone to be sure it is the right key).
The keys live in `rapport.sync.keys`; this module seals and opens bundles with them, and
offers the key functions too, so callers need only this one.

Scheme: X25519 between a fresh ephemeral key and HQ's static key, HKDF-SHA256
(salt = ephemeral public key || HQ public key, info = b"rapport-bundle-v1") to a 256-bit
key, then AES-256-GCM over 1 MiB chunks. File layout::

    RAPPORT-ENCRYPTED 1\\n
    {"alg":"X25519-HKDF-SHA256-AES256GCM","recipient":"3f2a 9c01 77be 41d0",
     "epk":"<base64>","nonce_prefix":"<base64>","chunk":1048576}\\n
    then for each chunk: 4-byte big-endian length, then ciphertext (plaintext + 16-byte tag)

Chunk i is sealed with nonce = nonce_prefix (8 random bytes) || i (4 bytes, big-endian) and
associated data = the magic line and header line exactly as written || one flag byte, 1 for
the last chunk and 0 otherwise. Every non-final chunk holds exactly `chunk` plaintext bytes
and there is always at least one chunk (an empty plaintext is one empty final chunk), so
reordering, dropping, duplicating, truncating or appending chunks, or editing the header,
all fail authentication.

Every failure a person can cause (wrong key, damaged file, wrong passphrase, a file that is
not encrypted) raises `CryptoError` with a message written for HQ data staff. Disk errors
(a missing source file, a full disk) stay `OSError`.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from rapport.domain.files import atomic_writer
from rapport.sync.keys import (
    CryptoError,
    fingerprint,
    fingerprint_of,
    generate_keypair,
    load_private_key,
    load_public_key,
    private_pem_with_passphrase,
    raw_public,
)

__all__ = [
    "ALG",
    "CHUNK_SIZE",
    "MAGIC",
    "CryptoError",
    "decrypt",
    "decrypt_file",
    "encrypt",
    "encrypt_file",
    "fingerprint",
    "generate_keypair",
    "is_encrypted",
    "load_public_key",
    "private_pem_with_passphrase",
]

FORMAT_VERSION = 1
MAGIC_PREFIX = b"RAPPORT-ENCRYPTED "
MAGIC = MAGIC_PREFIX + b"%d\n" % FORMAT_VERSION
ALG = "X25519-HKDF-SHA256-AES256GCM"
HKDF_INFO = b"rapport-bundle-v1"
CHUNK_SIZE = 1 << 20  # 1 MiB of plaintext per chunk
MAX_CHUNK_SIZE = 64 << 20  # refuse headers that would make us allocate more than this
MAX_HEADER_LINE = 4096
NONCE_PREFIX_LEN = 8
KEY_LEN = 32
TAG_LEN = 16
MAX_CHUNKS = 1 << 32  # the 4-byte counter
_LEN = 4
_FINAL = b"\x01"
_NOT_FINAL = b"\x00"
_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{4}( [0-9a-f]{4}){3}$")
_DAMAGED = (
    "This encrypted bundle failed its authenticity check: the file is damaged, truncated "
    "or was altered after it was made. Ask the organizer to export it again."
)


# --- detection ---------------------------------------------------------------------------


def is_encrypted(first_bytes: bytes) -> bool:
    """True when the data starts like an encrypted bundle (of any format version).

    Pass at least the first 32 bytes of the file. Files of a newer format version also
    count as encrypted, so that `decrypt` can say the version is unsupported instead of a
    JSON reader choking on them.
    """
    return bytes(first_bytes[: len(MAGIC_PREFIX)]) == MAGIC_PREFIX


# --- bytes in memory ---------------------------------------------------------------------


def encrypt(plaintext: bytes, public_pem: bytes) -> bytes:
    """Encrypt `plaintext` to the HQ public key."""
    key = load_public_key(public_pem)
    out = io.BytesIO()
    _encrypt_stream(io.BytesIO(plaintext).read, out.write, key, CHUNK_SIZE)
    return out.getvalue()


def decrypt(blob: bytes, private_pem: bytes, passphrase: bytes | None = None) -> bytes:
    """Decrypt an encrypted bundle with the HQ private key.

    Nothing is returned unless the whole file authenticates.
    """
    out = io.BytesIO()
    _decrypt_stream(io.BytesIO(blob), out.write, private_pem, passphrase)
    return out.getvalue()


# --- files -------------------------------------------------------------------------------


def encrypt_file(src: Path, dst: Path, public_pem: bytes) -> None:
    """Encrypt the file `src` into `dst`, streaming, atomically.

    Writes a temporary file next to `dst`, fsyncs it, renames it over `dst` and fsyncs the
    folder, so `dst` is either the old file or the whole new one, never half written.
    """
    key = load_public_key(public_pem)
    _write_atomically(
        Path(src),
        Path(dst),
        lambda source, write: _encrypt_stream(source.read, write, key, CHUNK_SIZE),
    )


def decrypt_file(src: Path, dst: Path, private_pem: bytes, passphrase: bytes | None = None) -> None:
    """Decrypt the file `src` into `dst`, streaming, atomically.

    `dst` appears only once the whole of `src` has authenticated.
    """
    _write_atomically(
        Path(src),
        Path(dst),
        lambda source, write: _decrypt_stream(source, write, private_pem, passphrase),
    )


# --- internals ---------------------------------------------------------------------------


def _derive_key(shared: bytes, epk_raw: bytes, recipient_raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_LEN,
        salt=epk_raw + recipient_raw,
        info=HKDF_INFO,
    ).derive(shared)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + counter.to_bytes(4, "big")


def _read_full(read: Callable[[int], bytes], n: int) -> bytes:
    """Read exactly n bytes, or fewer only at the end of the data."""
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        part = read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _encrypt_stream(
    read: Callable[[int], bytes],
    write: Callable[[bytes], object],
    recipient: X25519PublicKey,
    chunk_size: int,
) -> None:
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size out of range: {chunk_size}")
    ephemeral = X25519PrivateKey.generate()
    epk_raw = raw_public(ephemeral.public_key())
    try:
        shared = ephemeral.exchange(recipient)
    except ValueError as exc:  # a low-order point: the "key" cannot be used
        raise CryptoError(
            "unusable_public_key",
            "This HQ public key cannot be used for encryption; ask HQ for a new key.",
        ) from exc
    key = _derive_key(shared, epk_raw, raw_public(recipient))
    nonce_prefix = secrets.token_bytes(NONCE_PREFIX_LEN)
    header = {
        "alg": ALG,
        "recipient": fingerprint_of(recipient),
        "epk": base64.b64encode(epk_raw).decode("ascii"),
        "nonce_prefix": base64.b64encode(nonce_prefix).decode("ascii"),
        "chunk": chunk_size,
    }
    header_line = json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n"
    aad = MAGIC + header_line
    write(aad)

    aes = AESGCM(key)
    counter = 0
    current = _read_full(read, chunk_size)
    while True:
        following = _read_full(read, chunk_size) if len(current) == chunk_size else b""
        final = not following
        if counter >= MAX_CHUNKS:
            raise CryptoError(
                "too_large_to_encrypt", "This file is too large to encrypt as one bundle."
            )
        sealed = aes.encrypt(
            _nonce(nonce_prefix, counter), current, aad + (_FINAL if final else _NOT_FINAL)
        )
        write(len(sealed).to_bytes(_LEN, "big"))
        write(sealed)
        if final:
            return
        counter += 1
        current = following


class _Header:
    __slots__ = ("aad", "chunk", "epk", "nonce_prefix", "recipient")

    def __init__(
        self, aad: bytes, recipient: str, epk: bytes, nonce_prefix: bytes, chunk: int
    ) -> None:
        self.aad = aad
        self.recipient = recipient
        self.epk = epk
        self.nonce_prefix = nonce_prefix
        self.chunk = chunk


def _malformed(what: str) -> CryptoError:
    return CryptoError(
        "malformed_header", f"This encrypted bundle has a malformed header: {what}.", what=what
    )


def _read_header(source: BinaryIO) -> _Header:
    magic_line = source.readline(64)
    if not magic_line.startswith(MAGIC_PREFIX):
        raise CryptoError(
            "not_encrypted",
            "This is not an encrypted Rapport bundle (it does not start with "
            "'RAPPORT-ENCRYPTED'). If it is a plain bundle, import it without decrypting.",
        )
    if magic_line != MAGIC:
        version = magic_line[len(MAGIC_PREFIX) :].rstrip(b"\r\n")
        if not magic_line.endswith(b"\n"):
            raise _malformed("the first line is incomplete (the file may be truncated)")
        if version.isdigit():
            raise CryptoError(
                "newer_encryption",
                f"This bundle uses encryption format version {version.decode('ascii')}, "
                f"which this version of Rapport cannot read (it reads version "
                f"{FORMAT_VERSION}). Update Rapport at HQ and try again.",
                version=version.decode("ascii"),
                supported=FORMAT_VERSION,
            )
        raise _malformed("the first line does not give a format version")

    header_line = source.readline(MAX_HEADER_LINE)
    if not header_line.endswith(b"\n"):
        if len(header_line) >= MAX_HEADER_LINE:
            raise _malformed("the header line is too long")
        raise _malformed("the header line is incomplete (the file may be truncated)")
    try:
        header = json.loads(header_line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _malformed("the header line is not valid JSON") from exc
    if not isinstance(header, dict):
        raise _malformed("the header line is not a JSON object")

    alg = header.get("alg")
    if alg is None:
        raise _malformed("the 'alg' field is missing")
    if alg != ALG:
        raise CryptoError(
            "unsupported_algorithm",
            f"This bundle is encrypted with {str(alg)[:80]!r}, which this version of Rapport "
            f"does not support (it supports {ALG}). Update Rapport at HQ and try again.",
            algorithm=str(alg)[:80],
            supported=ALG,
        )
    recipient = header.get("recipient")
    if not isinstance(recipient, str) or not _FINGERPRINT_RE.match(recipient):
        raise _malformed("the 'recipient' field is missing or is not a key fingerprint")
    epk = _b64_field(header, "epk", KEY_LEN)
    nonce_prefix = _b64_field(header, "nonce_prefix", NONCE_PREFIX_LEN)
    chunk = header.get("chunk")
    if not isinstance(chunk, int) or isinstance(chunk, bool) or not 1 <= chunk <= MAX_CHUNK_SIZE:
        raise _malformed(f"the 'chunk' field must be a whole number from 1 to {MAX_CHUNK_SIZE}")
    return _Header(MAGIC + header_line, recipient, epk, nonce_prefix, chunk)


def _b64_field(header: dict[str, object], name: str, length: int) -> bytes:
    value = header.get(name)
    if not isinstance(value, str):
        raise _malformed(f"the {name!r} field is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _malformed(f"the {name!r} field is not valid base64") from exc
    if len(raw) != length:
        raise _malformed(f"the {name!r} field must be {length} bytes, not {len(raw)}")
    return raw


def _decrypt_stream(
    source: BinaryIO,
    write: Callable[[bytes], object],
    private_pem: bytes,
    passphrase: bytes | None,
) -> None:
    header = _read_header(source)
    private = load_private_key(private_pem, passphrase)
    public = private.public_key()
    mine = fingerprint_of(public)
    if header.recipient != mine:
        raise CryptoError(
            "other_hq_key",
            f"This bundle was encrypted for the HQ key {header.recipient}, not for key "
            f"{mine}. Decrypt it with the private key whose fingerprint is {header.recipient}.",
            recipient=header.recipient,
            key=mine,
        )
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(header.epk))
    except ValueError as exc:  # a low-order ephemeral key: never made by Rapport
        raise CryptoError("damaged", _DAMAGED) from exc
    aes = AESGCM(_derive_key(shared, header.epk, raw_public(public)))

    full = header.chunk + TAG_LEN
    counter = 0
    length_bytes = _read_full(source.read, _LEN)
    if not length_bytes:
        raise CryptoError("damaged", _DAMAGED)  # no chunks at all: cut off right after the header
    while True:
        if len(length_bytes) < _LEN:
            raise CryptoError("damaged", _DAMAGED)
        length = int.from_bytes(length_bytes, "big")
        if not TAG_LEN <= length <= full:
            raise CryptoError("damaged", _DAMAGED)
        sealed = _read_full(source.read, length)
        if len(sealed) < length:
            raise CryptoError("damaged", _DAMAGED)
        length_bytes = _read_full(source.read, _LEN)
        final = not length_bytes
        if (not final and length != full) or counter >= MAX_CHUNKS:
            raise CryptoError("damaged", _DAMAGED)
        try:
            plain = aes.decrypt(
                _nonce(header.nonce_prefix, counter),
                sealed,
                header.aad + (_FINAL if final else _NOT_FINAL),
            )
        except InvalidTag as exc:
            raise CryptoError("damaged", _DAMAGED) from exc
        write(plain)
        if final:
            return
        counter += 1


def _write_atomically(
    src: Path, dst: Path, produce: Callable[[BinaryIO, Callable[[bytes], object]], None]
) -> None:
    """Run `produce(source, write)` into a temporary file beside `dst`, then move it there.

    `src` is closed before the rename, which Windows needs when `src` and `dst` are the
    same file.
    """
    with atomic_writer(dst) as out, src.open("rb") as source:
        produce(source, out.write)
