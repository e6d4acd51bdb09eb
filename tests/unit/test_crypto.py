"""Bundle encryption: round trips, and every kind of damage or wrong key is refused clearly."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.sync import crypto
from rapport.sync.crypto import (
    CHUNK_SIZE,
    MAGIC,
    CryptoError,
    decrypt,
    decrypt_file,
    encrypt,
    encrypt_file,
    fingerprint,
    generate_keypair,
    is_encrypted,
    load_public_key,
    private_pem_with_passphrase,
)

PRIVATE, PUBLIC = generate_keypair()
OTHER_PRIVATE, OTHER_PUBLIC = generate_keypair()
DAMAGED = "failed its authenticity check"


def small_chunks(plaintext: bytes, chunk: int) -> bytes:
    """Encrypt with a tiny chunk size, so multi-chunk files stay small and fast."""
    out = io.BytesIO()
    crypto._encrypt_stream(io.BytesIO(plaintext).read, out.write, load_public_key(PUBLIC), chunk)
    return out.getvalue()


def split(blob: bytes) -> tuple[bytes, list[bytes]]:
    """(magic + header lines, [each chunk frame with its length prefix])."""
    first = blob.index(b"\n")
    second = blob.index(b"\n", first + 1)
    head, rest = blob[: second + 1], blob[second + 1 :]
    frames = []
    while rest:
        n = 4 + int.from_bytes(rest[:4], "big")
        frames.append(rest[:n])
        rest = rest[n:]
    return head, frames


def with_header(blob: bytes, **changes: object) -> bytes:
    """The blob with header fields replaced (None removes the field)."""
    head, frames = split(blob)
    header = json.loads(head[len(MAGIC) :])
    for name, value in changes.items():
        if value is None:
            header.pop(name, None)
        else:
            header[name] = value
    return MAGIC + json.dumps(header).encode() + b"\n" + b"".join(frames)


@pytest.fixture(scope="module")
def big() -> tuple[bytes, bytes]:
    """2.5 MiB of plaintext (three real 1 MiB chunks) and its encryption, made once."""
    plaintext = bytes(range(256)) * (10 * 1024)
    return plaintext, encrypt(plaintext, PUBLIC)


# --- round trips --------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=4096))
def test_round_trip(plaintext: bytes) -> None:
    assert decrypt(encrypt(plaintext, PUBLIC), PRIVATE) == plaintext


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=1, max_value=40))
def test_round_trip_many_chunks(plaintext: bytes, chunk: int) -> None:
    blob = small_chunks(plaintext, chunk)
    _, frames = split(blob)
    assert len(frames) == max(1, -(-len(plaintext) // chunk))
    assert decrypt(blob, PRIVATE) == plaintext


def test_round_trip_empty_is_one_final_chunk() -> None:
    blob = encrypt(b"", PUBLIC)
    _, frames = split(blob)
    assert len(frames) == 1
    assert decrypt(blob, PRIVATE) == b""


def test_round_trip_more_than_one_real_chunk(big: tuple[bytes, bytes]) -> None:
    plaintext, blob = big
    head, frames = split(blob)
    assert len(frames) == 3
    assert json.loads(head[len(MAGIC) :])["chunk"] == CHUNK_SIZE == 1048576
    assert decrypt(blob, PRIVATE) == plaintext


def test_layout_matches_the_spec() -> None:
    blob = encrypt(b"hello", PUBLIC)
    assert blob.startswith(b"RAPPORT-ENCRYPTED 1\n")
    head, frames = split(blob)
    header = json.loads(head[len(MAGIC) :])
    assert header["alg"] == "X25519-HKDF-SHA256-AES256GCM"
    assert header["recipient"] == fingerprint(PUBLIC)
    assert len(base64.b64decode(header["epk"])) == 32
    assert len(base64.b64decode(header["nonce_prefix"])) == 8
    assert int.from_bytes(frames[0][:4], "big") == len(b"hello") + 16
    assert b"hello" not in blob


def test_each_encryption_is_fresh() -> None:
    assert encrypt(b"same", PUBLIC) != encrypt(b"same", PUBLIC)


# --- wrong key ----------------------------------------------------------------------------


def test_wrong_key_names_both_fingerprints() -> None:
    blob = encrypt(b"secret", PUBLIC)
    with pytest.raises(CryptoError) as caught:
        decrypt(blob, OTHER_PRIVATE)
    message = str(caught.value)
    assert (
        f"This bundle was encrypted for the HQ key {fingerprint(PUBLIC)}, "
        f"not for key {fingerprint(OTHER_PUBLIC)}"
    ) in message


def test_public_key_instead_of_private() -> None:
    with pytest.raises(CryptoError, match="decrypting needs HQ's private key"):
        decrypt(encrypt(b"x", PUBLIC), PUBLIC)


def test_junk_private_key() -> None:
    with pytest.raises(CryptoError, match="not an HQ private key"):
        decrypt(encrypt(b"x", PUBLIC), b"not a key")


def test_private_key_of_another_kind() -> None:
    ed = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(CryptoError, match="not an HQ private key: it is a Ed25519 key"):
        decrypt(encrypt(b"x", PUBLIC), ed)


# --- damage -------------------------------------------------------------------------------


def test_truncation_anywhere_is_refused() -> None:
    blob = small_chunks(b"0123456789" * 5, 16)  # four chunks
    for cut in range(len(blob)):
        with pytest.raises(CryptoError):
            decrypt(blob[:cut], PRIVATE)


def test_truncation_of_a_real_file(big: tuple[bytes, bytes]) -> None:
    _, blob = big
    head, frames = split(blob)
    cuts = [
        len(head),  # header only, no chunks
        len(head) + 2,  # inside a length prefix
        len(head) + len(frames[0]),  # exactly at a chunk boundary
        len(head) + len(frames[0]) + len(frames[1]),  # drops the final chunk
        len(head) + 1000,  # inside the first chunk
        len(blob) - 1,  # last byte of the tag
    ]
    for cut in cuts:
        with pytest.raises(CryptoError, match=DAMAGED):
            decrypt(blob[:cut], PRIVATE)


def test_any_flipped_byte_is_refused() -> None:
    blob = small_chunks(b"organizer notes " * 3, 20)
    for position in range(len(blob)):
        for mask in (0x01, 0x80):
            damaged = bytearray(blob)
            damaged[position] ^= mask
            with pytest.raises(CryptoError):
                decrypt(bytes(damaged), PRIVATE)


def test_flipped_ciphertext_byte_says_damaged(big: tuple[bytes, bytes]) -> None:
    _, blob = big
    damaged = bytearray(blob)
    damaged[len(blob) // 2] ^= 0x40
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(bytes(damaged), PRIVATE)


def test_swapped_chunks_are_refused(big: tuple[bytes, bytes]) -> None:
    _, blob = big
    head, frames = split(blob)
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(head + frames[1] + frames[0] + frames[2], PRIVATE)


def test_chunk_edits_are_refused() -> None:
    head, frames = split(small_chunks(b"abcdefghij" * 4, 10))  # four full chunks
    assert len(frames) == 4
    edits = {
        "dropped final": frames[:3],
        "dropped middle": [frames[0], frames[2], frames[3]],
        "dropped first": frames[1:],
        "duplicated": [frames[0], frames[0], frames[1], frames[2], frames[3]],
        "swapped": [frames[1], frames[0], frames[2], frames[3]],
        "final moved": [frames[0], frames[1], frames[3], frames[2]],
        "appended": [*frames, frames[3]],
        "no chunks": [],
    }
    for name, edited in edits.items():
        with pytest.raises(CryptoError, match=DAMAGED):
            decrypt(head + b"".join(edited), PRIVATE)
            pytest.fail(name)


def test_chunks_of_another_file_are_refused() -> None:
    head_a, frames_a = split(small_chunks(b"a" * 30, 10))
    _, frames_b = split(small_chunks(b"a" * 30, 10))
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(head_a + frames_a[0] + frames_b[1] + frames_a[2], PRIVATE)


def test_appended_garbage_is_refused() -> None:
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(encrypt(b"x", PUBLIC) + b"\n", PRIVATE)


def test_edited_header_is_refused_even_when_well_formed() -> None:
    blob = encrypt(b"payload", PUBLIC)
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(with_header(blob, chunk=4096), PRIVATE)
    other_nonce = base64.b64encode(b"\0" * 8).decode()
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt(with_header(blob, nonce_prefix=other_nonce), PRIVATE)


# --- not encrypted, other versions, malformed headers -------------------------------------


def test_is_encrypted() -> None:
    blob = encrypt(b"x", PUBLIC)
    assert is_encrypted(blob)
    assert is_encrypted(blob[:64])
    assert is_encrypted(b"RAPPORT-ENCRYPTED 2\n")  # newer versions: decrypt explains
    assert not is_encrypted(b'{"type":"header","format":"rapport-bundle"}\n')
    assert not is_encrypted(b"")
    assert not is_encrypted(b"RAPPORT")


def test_plain_bundle_is_not_encrypted() -> None:
    with pytest.raises(CryptoError, match="not an encrypted Rapport bundle"):
        decrypt(b'{"type":"header"}\n', PRIVATE)
    with pytest.raises(CryptoError, match="not an encrypted Rapport bundle"):
        decrypt(b"", PRIVATE)


def test_newer_version_is_refused_clearly() -> None:
    blob = b"RAPPORT-ENCRYPTED 2\n" + encrypt(b"x", PUBLIC)[len(MAGIC) :]
    with pytest.raises(CryptoError, match="format version 2, which this version of Rapport"):
        decrypt(blob, PRIVATE)


def test_unsupported_algorithm() -> None:
    blob = with_header(encrypt(b"x", PUBLIC), alg="RSA-OAEP-AES128")
    with pytest.raises(CryptoError, match="'RSA-OAEP-AES128', which this version"):
        decrypt(blob, PRIVATE)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"alg": None}, "'alg' field is missing"),
        ({"recipient": None}, "'recipient' field"),
        ({"recipient": "nope"}, "'recipient' field"),
        ({"epk": None}, "'epk' field is missing"),
        ({"epk": "***"}, "'epk' field is not valid base64"),
        ({"epk": base64.b64encode(b"short").decode()}, "'epk' field must be 32 bytes"),
        ({"nonce_prefix": None}, "'nonce_prefix' field is missing"),
        ({"nonce_prefix": "AAAA"}, "'nonce_prefix' field must be 8 bytes"),
        ({"chunk": None}, "'chunk' field"),
        ({"chunk": "1048576"}, "'chunk' field"),
        ({"chunk": 0}, "'chunk' field"),
        ({"chunk": 1 << 40}, "'chunk' field"),
        ({"chunk": True}, "'chunk' field"),
    ],
)
def test_malformed_header_names_the_field(changes: dict[str, object], named: str) -> None:
    blob = with_header(encrypt(b"x", PUBLIC), **changes)
    with pytest.raises(CryptoError, match="malformed header") as caught:
        decrypt(blob, PRIVATE)
    assert named in str(caught.value)


@pytest.mark.parametrize(
    ("blob", "named"),
    [
        (MAGIC + b"not json\n", "not valid JSON"),
        (MAGIC + b"[1, 2]\n", "not a JSON object"),
        (MAGIC + b'{"alg":"X25519', "incomplete"),
        (MAGIC + b"{" + b" " * 5000 + b"}\n", "too long"),
        (b"RAPPORT-ENCRYPTED 1", "first line is incomplete"),
        (b"RAPPORT-ENCRYPTED one\n", "does not give a format version"),
    ],
)
def test_malformed_header_lines(blob: bytes, named: str) -> None:
    with pytest.raises(CryptoError, match="malformed header") as caught:
        decrypt(blob, PRIVATE)
    assert named in str(caught.value)


# --- keys ---------------------------------------------------------------------------------


def test_generated_keys_are_pem() -> None:
    assert PRIVATE.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert PUBLIC.startswith(b"-----BEGIN PUBLIC KEY-----")
    load_public_key(PUBLIC)


@pytest.mark.parametrize(
    "junk",
    [b"", b"hello", b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", b"\xff" * 40],
)
def test_load_public_key_rejects_junk(junk: bytes) -> None:
    with pytest.raises(CryptoError, match="is not an HQ public key"):
        load_public_key(junk)


def test_load_public_key_rejects_a_private_key() -> None:
    with pytest.raises(CryptoError, match="is not an HQ public key: it is a private key"):
        load_public_key(PRIVATE)
    protected = private_pem_with_passphrase(PRIVATE, b"long passphrase")
    with pytest.raises(CryptoError, match="is not an HQ public key: it is a private key"):
        load_public_key(protected)


def test_load_public_key_rejects_another_kind_of_key() -> None:
    ed_public = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(CryptoError, match="is not an HQ public key: it is a Ed25519 key"):
        load_public_key(ed_public)
    with pytest.raises(CryptoError, match="is not an HQ public key"):
        encrypt(b"x", ed_public)


def test_fingerprint_is_stable_short_and_distinct() -> None:
    fp = fingerprint(PUBLIC)
    assert re.fullmatch(r"[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}", fp)
    assert fingerprint(PUBLIC) == fp
    assert fingerprint(PUBLIC.replace(b"\n", b"\r\n")) == fp  # same key, other line endings
    assert fingerprint(OTHER_PUBLIC) != fp
    raw = load_public_key(PUBLIC).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    assert fp.replace(" ", "") == hashlib.sha256(raw).hexdigest()[:16]


def test_fingerprint_rejects_junk() -> None:
    with pytest.raises(CryptoError):
        fingerprint(b"junk")


# --- passphrases --------------------------------------------------------------------------


def test_passphrase_protected_private_key() -> None:
    protected = private_pem_with_passphrase(PRIVATE, b"correct horse battery staple")
    assert protected.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    blob = encrypt(b"secret", PUBLIC)
    assert decrypt(blob, protected, b"correct horse battery staple") == b"secret"


def test_wrong_passphrase_is_clear() -> None:
    protected = private_pem_with_passphrase(PRIVATE, b"correct horse battery staple")
    blob = encrypt(b"secret", PUBLIC)
    with pytest.raises(CryptoError, match="the passphrase is wrong"):
        decrypt(blob, protected, b"wrong")
    with pytest.raises(CryptoError, match="protected by a passphrase; enter"):
        decrypt(blob, protected)


def test_passphrase_for_an_unprotected_key_is_ignored() -> None:
    assert decrypt(encrypt(b"s", PUBLIC), PRIVATE, b"typed anyway") == b"s"


def test_changing_and_refusing_passphrases() -> None:
    first = private_pem_with_passphrase(PRIVATE, b"first passphrase")
    second = private_pem_with_passphrase(first, b"second passphrase", b"first passphrase")
    assert decrypt(encrypt(b"s", PUBLIC), second, b"second passphrase") == b"s"
    with pytest.raises(CryptoError, match="cannot be empty"):
        private_pem_with_passphrase(PRIVATE, b"")
    with pytest.raises(CryptoError, match="passphrase is wrong"):
        private_pem_with_passphrase(first, b"new", b"not the first")


# --- files --------------------------------------------------------------------------------


def test_encrypt_file_is_atomic_and_decrypts(tmp_path: Path) -> None:
    src = tmp_path / "bundle.jsonl"
    dst = tmp_path / "bundle.jsonl.enc"
    src.write_bytes(b'{"type":"header"}\n' * 1000)
    dst.write_bytes(b"an older export")
    encrypt_file(src, dst, PUBLIC)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.jsonl", "bundle.jsonl.enc"]
    assert is_encrypted(dst.read_bytes()[:64])
    assert decrypt(dst.read_bytes(), PRIVATE) == src.read_bytes()


def test_encrypt_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "bundle.jsonl"
    path.write_bytes(b"records\n" * 10)
    encrypt_file(path, path, PUBLIC)
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.jsonl"]
    assert decrypt(path.read_bytes(), PRIVATE) == b"records\n" * 10


def test_encrypt_file_failure_leaves_nothing(tmp_path: Path) -> None:
    src = tmp_path / "bundle.jsonl"
    src.write_bytes(b"x")
    with pytest.raises(CryptoError):
        encrypt_file(src, tmp_path / "out.enc", b"junk")
    with pytest.raises(FileNotFoundError):
        encrypt_file(tmp_path / "missing.jsonl", tmp_path / "out.enc", PUBLIC)
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.jsonl"]


def test_decrypt_file(tmp_path: Path) -> None:
    src = tmp_path / "in.enc"
    src.write_bytes(small_chunks(b"line\n" * 50, 64))
    decrypt_file(src, tmp_path / "out.jsonl", PRIVATE)
    assert (tmp_path / "out.jsonl").read_bytes() == b"line\n" * 50


def test_decrypt_file_leaves_nothing_when_damaged(tmp_path: Path) -> None:
    src = tmp_path / "in.enc"
    blob = small_chunks(b"line\n" * 50, 64)
    src.write_bytes(blob[:-1])
    with pytest.raises(CryptoError, match=DAMAGED):
        decrypt_file(src, tmp_path / "out.jsonl", PRIVATE)
    with pytest.raises(CryptoError, match="not for key"):
        src.write_bytes(blob)
        decrypt_file(src, tmp_path / "out.jsonl", OTHER_PRIVATE)
    assert [p.name for p in tmp_path.iterdir()] == ["in.enc"]
