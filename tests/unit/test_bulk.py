"""What bulk work switches on for its duration, and switches back after."""

from __future__ import annotations

import gc
import threading

from rapport.domain.bulk import paused_gc
from rapport.store.engine import BULK_CACHE_KIB
from rapport.store.open import OpenFolder


def test_the_collector_is_paused_inside_and_back_after_the_last_block() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_blocks_on_two_threads_end_in_any_order() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    with paused_gc():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's block has not ended
    release.set()
    thread.join()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_exception_still_switches_it_back() -> None:
    try:
        with paused_gc():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()


def _cache_size(folder: OpenFolder, bulk: bool) -> int:
    with folder.store.write(bulk=bulk) as w:
        raw = w.conn.connection.driver_connection
        return int(raw.execute("PRAGMA cache_size").fetchone()[0])  # type: ignore[union-attr]


def test_a_bulk_write_has_a_large_page_cache_and_gives_it_back(folder: OpenFolder) -> None:
    ordinary = _cache_size(folder, bulk=False)
    assert _cache_size(folder, bulk=True) == -BULK_CACHE_KIB
    assert _cache_size(folder, bulk=False) == ordinary != -BULK_CACHE_KIB
