"""Record identifiers: UUIDv7 strings made on the device that creates the record."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0
# Random bytes are drawn from the system 4 KiB at a time. os.urandom lets go of the GIL
# for its system call; once per id, that would let an import's reading starve a thread
# waiting to take the GIL back (the one writing rows with SQLite) for a second at a time.
_POOL_SIZE = 4096


class _Pool:
    data = b""
    at = 0


def _forget_pool() -> None:
    _Pool.data, _Pool.at = b"", 0


os.register_at_fork(after_in_child=_forget_pool)  # a child draws its own


def _random_bytes(n: int) -> bytes:
    """`n` bytes from the system's random source (call with `_lock` held)."""
    if _Pool.at + n > len(_Pool.data):
        _Pool.data, _Pool.at = os.urandom(_POOL_SIZE), 0
    _Pool.at += n
    return _Pool.data[_Pool.at - n : _Pool.at]


def uuid7() -> str:
    """A UUIDv7 (RFC 9562) as text; strictly increasing within one process.

    The 48-bit millisecond timestamp leads, so ids sort by creation time; within one
    millisecond the 74 random bits are incremented to keep the order monotonic.
    """
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            rand = (_last_rand + 1) & ((1 << 74) - 1)
            if rand == 0:
                ms += 1
        else:
            rand = int.from_bytes(_random_bytes(10), "big") >> 6
        _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"  # what str(uuid.UUID(int=value)) gives, without the object
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def link_id(*parts: str) -> str:
    """A deterministic id for a link record (say, a tag on a contact).

    Two devices that make the same link independently get the same id, so their
    records merge instead of duplicating.
    """
    # uuid.uuid5(NAMESPACE_URL, name), formatted without making the UUID object.
    digest = hashlib.sha1(_URL_NAMESPACE + ("rapport:" + "/".join(parts)).encode()).digest()
    value = int.from_bytes(digest[:16], "big") & _UUID5_MASK | _UUID5_BITS
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes
_UUID5_MASK = ~(0xF000 << 64 | 0xC000 << 48)  # version and variant bits cleared
_UUID5_BITS = 0x5000 << 64 | 0x8000 << 48  # version 5, RFC 4122 variant


def new_device_id() -> str:
    """A device identifier: 16 lowercase hex digits, fixed width so stamps sort as text."""
    return os.urandom(8).hex()
