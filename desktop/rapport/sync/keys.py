"""HQ's key pair for encrypted sync bundles: making it, protecting the private key with a
passphrase, reading either key back with a message that says what is wrong, and the
short fingerprint people read to each other to be sure a public key is HQ's.

`rapport.sync.crypto` uses these keys to seal and open bundles; `CryptoError` is the one
error both raise for anything a person can cause.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from rapport.domain.problems import Problem


class CryptoError(Exception):
    """A problem with a key or an encrypted bundle. The message is meant for people (the
    command line prints it); `reason` carries it as a `Problem`, whose code and
    parameters let a window say it in the interface language."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.reason = Problem(code, message, **params)


def generate_keypair() -> tuple[bytes, bytes]:
    """A new HQ key pair: (private key as PKCS8 PEM, public key as SubjectPublicKeyInfo PEM).

    The private key is not protected by a passphrase; see `private_pem_with_passphrase`.
    """
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return private_pem, _public_pem(private.public_key())


def private_pem_with_passphrase(
    private_pem: bytes, passphrase: bytes, current_passphrase: bytes | None = None
) -> bytes:
    """The same HQ private key as PKCS8 PEM, encrypted with `passphrase`.

    `current_passphrase` unlocks `private_pem` if it is already protected. Note that
    PKCS8 encryption (PBKDF2-SHA256, AES-256-CBC) slows guessing only a little, so the
    passphrase should be long: several words, not one.
    """
    if not passphrase:
        raise CryptoError(
            "empty_passphrase", "The passphrase for the HQ private key cannot be empty."
        )
    private = load_private_key(private_pem, current_passphrase)
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def load_public_key(pem: bytes) -> X25519PublicKey:
    """Parse and check an HQ public key (SubjectPublicKeyInfo PEM, X25519)."""
    if _looks_private(pem):
        raise CryptoError(
            "public_key_is_private",
            "This is not an HQ public key: it is a private key. Never send the private key "
            "to laptops; export HQ's public key and import that instead.",
        )
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise CryptoError(
            "not_public_key",
            "This is not an HQ public key: the file is not a PEM public key "
            "(it should start with '-----BEGIN PUBLIC KEY-----').",
        ) from exc
    if not isinstance(key, X25519PublicKey):
        raise CryptoError(
            "public_key_other_kind",
            f"This is not an HQ public key: it is a {_key_kind(key)} key, "
            "not a Rapport (X25519) key. Export the public key from Rapport at HQ.",
            kind=_key_kind(key),
        )
    return key


def fingerprint(public_pem: bytes) -> str:
    """A short code for a public key, e.g. "3f2a 9c01 77be 41d0".

    The first 16 hex digits of SHA-256 over the raw 32-byte public key, in groups of four.
    """
    return fingerprint_of(load_public_key(public_pem))


# --- internals ---------------------------------------------------------------------------


def _public_pem(key: X25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint_of(key: X25519PublicKey) -> str:
    digest = hashlib.sha256(raw_public(key)).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def _looks_private(pem: bytes) -> bool:
    return b"PRIVATE KEY-----" in bytes(pem[:4096])


def _key_kind(key: object) -> str:
    name = type(key).__name__  # e.g. "RSAPublicKey", "_RSAPublicKey", "Ed25519PrivateKey"
    for suffix in ("PublicKey", "PrivateKey"):
        name = name.removesuffix(suffix)
    return name.lstrip("_") or "different kind of"


def load_private_key(pem: bytes, passphrase: bytes | None) -> X25519PrivateKey:
    """Parse the HQ private key, turning every failure into a CryptoError that says why."""
    if b"-----BEGIN PUBLIC KEY-----" in bytes(pem[:4096]):
        raise CryptoError(
            "private_key_is_public",
            "This is HQ's public key; decrypting needs HQ's private key (the file that "
            "starts with '-----BEGIN PRIVATE KEY-----').",
        )
    protected = b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in bytes(pem[:4096])
    password = passphrase or None
    if not protected:
        password = None  # a passphrase typed for an unprotected key is harmless; ignore it
    try:
        key = serialization.load_pem_private_key(pem, password=password)
    except TypeError as exc:  # "Password was not given but private key is encrypted"
        raise CryptoError(
            "passphrase_needed",
            "The HQ private key is protected by a passphrase; enter the passphrase to use it.",
        ) from exc
    except ValueError as exc:
        if protected:
            raise CryptoError(
                "wrong_passphrase",
                "Could not unlock the HQ private key: the passphrase is wrong "
                "(or the key file is damaged).",
            ) from exc
        raise CryptoError(
            "not_private_key",
            "This is not an HQ private key: the file is not a PEM private key "
            "(it should start with '-----BEGIN PRIVATE KEY-----').",
        ) from exc
    if not isinstance(key, X25519PrivateKey):
        raise CryptoError(
            "private_key_other_kind",
            f"This is not an HQ private key: it is a {_key_kind(key)} key, "
            "not a Rapport (X25519) key.",
            kind=_key_kind(key),
        )
    return key
