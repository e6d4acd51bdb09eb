"""Work on many records at once: the cyclic garbage collector paused meanwhile.

Reading 100,000 contacts makes millions of lists, dicts and records that all live
until the import ends. Python's cyclic collector, triggered by allocations, walks
them again and again; none of them form cycles, so that walking is pure cost (a third
of an import's reading time). `paused_gc()` switches it off for the block and back on
after (reference counting still frees everything as usual). Nested and concurrent
blocks are counted, so the collector comes back on only when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    lock = threading.Lock()
    depth = 0
    was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    with _Pause.lock:
        if _Pause.depth == 0:
            _Pause.was_enabled = gc.isenabled()
            gc.disable()
        _Pause.depth += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.depth -= 1
            if _Pause.depth == 0 and _Pause.was_enabled:
                gc.enable()
