"""Merging is idempotent, commutative and associative: any set of bundles merged in any
order, with repeats, gives byte-identical state — on laptops and at HQ alike."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from rapport.domain.records import Contact
from rapport.sync.hq import merge_bundle, open_hq, write_return
from rapport.sync.merge import canonical, wins
from rapport.sync.state import state_bytes
from tests.unit.sync_helpers import Laptop, Wall, template_copy

RECORD_IDS = [f"0190aaaa-0000-7000-8000-00000000000{i}" for i in range(3)]
FIELDS: dict[str, list[object]] = {
    "first_name": ["Ana", "Ána", "Beto", "", "Nancy"],
    "turf": ["Eastside", "Westside", "Northside"],
    "phones": [[], ["555-0100"], ["555-0100", "555-0199"]],
    "follow_up_days": [None, 7, 30],
    "do_not_contact": [True, False],
}

stamps = st.builds(
    lambda ms, c, d: f"{ms:012x}-{c:04x}-{d}",
    st.integers(0, 5),
    st.integers(0, 2),
    st.sampled_from(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]),
)
versions = st.tuples(st.one_of(st.none(), st.integers(0, 3), st.text(max_size=3)), stamps)


def merge_all(vs: list[tuple[object, str]]) -> tuple[object, str]:
    current = vs[0]
    for v in vs[1:]:
        if wins(v, current):
            current = v
    return current


@given(st.lists(versions, min_size=1, max_size=8), st.randoms())
def test_one_field_merges_to_the_same_version_in_any_order(
    vs: list[tuple[object, str]], rnd: random.Random
) -> None:
    shuffled = vs + rnd.sample(vs, k=len(vs) // 2)  # with repeats
    rnd.shuffle(shuffled)
    assert canonical(merge_all(shuffled)) == canonical(merge_all(vs))
    left = merge_all([merge_all(vs[: len(vs) // 2 or 1]), *vs[len(vs) // 2 :]])
    assert canonical(left) == canonical(merge_all(vs))


# No "explain" phase: tracing every line of a database-backed example takes minutes.
DB_PHASES = (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), phases=DB_PHASES)
@given(
    ops=st.lists(
        st.tuples(
            st.integers(0, 2),
            st.sampled_from(RECORD_IDS),
            st.sampled_from([*FIELDS, "deleted"]),
            st.integers(0, 10**6),
            st.integers(-120_000, 120_000),
        ),
        min_size=1,
        max_size=25,
    ),
    seed=st.integers(0, 2**32),
)
def test_any_bundles_in_any_order_with_repeats_give_identical_state(
    ops: list[tuple[int, str, str, int, int]], seed: int
) -> None:
    rnd = random.Random(seed)
    tmp = Path(tempfile.mkdtemp())
    laptops = [Laptop(tmp / f"l{i}", Wall(1_790_000_000_000 + i * 7)) for i in range(3)]
    receivers: list[Laptop] = []
    try:
        bundles: list[Path] = []
        for laptop_no, record_id, field, pick, jump in ops:
            laptop = laptops[laptop_no]
            laptop.wall.ms += jump
            apply_edit(laptop, record_id, field, random.Random(pick))
            if pick % 3 == 0:
                bundles.append(laptop.export(full=pick % 2 == 0))
        bundles += [laptop.export() for laptop in laptops]
        states = []
        for n in range(2):
            order = bundles + rnd.sample(bundles, k=len(bundles) // 2)
            rnd.shuffle(order)
            receiver = Laptop(tmp / f"r{n}")
            receivers.append(receiver)
            for path in order:
                receiver.receive(path)
            states.append(receiver.state())
        # Associativity: a laptop that merged everything, exported whole, equals the rest.
        relay = Laptop(tmp / "relay")
        receivers.append(relay)
        relay.receive(receivers[0].export(full=True))
        states.append(relay.state())
        hq = open_hq(str(tmp / "hq.sqlite3"))
        try:
            for path in reversed(bundles):
                assert merge_bundle(hq, path).ok
            with hq.reading() as conn:
                states.append(state_bytes(conn))
        finally:
            hq.close()
        assert all(s == states[0] for s in states)
    finally:
        for laptop in laptops + receivers:
            laptop.close()
        shutil.rmtree(tmp, ignore_errors=True)


def apply_edit(laptop: Laptop, record_id: str, field: str, rnd: random.Random) -> None:
    current = laptop.store.get(Contact, record_id, include_deleted=True)
    if current is None:
        laptop.store.save(Contact(id=record_id, first_name="New"))
        return
    if field == "deleted":
        with laptop.store.read() as conn:
            deleted = conn.exec_driver_sql(
                "SELECT deleted FROM contact WHERE id = ?", (record_id,)
            ).scalar()
        laptop.store.delete("contact", record_id, deleted=not deleted)
        return
    setattr(current, field, rnd.choice(FIELDS[field]))
    laptop.store.save(current)


class SyncNetwork(RuleBasedStateMachine):
    """Several laptops and HQ exchanging bundles, with deletes, undeletes and clocks
    that jump. Whenever everyone has synced through HQ, everyone agrees."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.laptops = [Laptop(self.tmp / f"l{i}", Wall(1_790_000_000_000)) for i in range(3)]
        self.hq = open_hq(str(self.tmp / "hq.sqlite3"))
        self.pool: list[Path] = []
        self.n = 0

    @rule(
        laptop=st.integers(0, 2),
        record_id=st.sampled_from(RECORD_IDS),
        field=st.sampled_from([*FIELDS, "deleted"]),
        pick=st.integers(0, 1000),
    )
    def edit(self, laptop: int, record_id: str, field: str, pick: int) -> None:
        apply_edit(self.laptops[laptop], record_id, field, random.Random(pick))

    @rule(laptop=st.integers(0, 2), jump=st.sampled_from([-3_600_000, -1, 5, 90_000, 86_400_000]))
    def clock_jumps(self, laptop: int, jump: int) -> None:
        self.laptops[laptop].wall.ms += jump

    @rule(laptop=st.integers(0, 2), full=st.booleans())
    def export(self, laptop: int, full: bool) -> None:
        self.pool.append(self.laptops[laptop].export(full=full))

    @precondition(lambda self: self.pool)
    @rule(data=st.data())
    def hq_merges_any_bundle_again_or_late(self, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(self.pool))
        assert merge_bundle(self.hq, path).ok

    @precondition(lambda self: self.pool)
    @rule(laptop=st.integers(0, 2), data=st.data())
    def laptop_imports_a_peer_bundle(self, laptop: int, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(self.pool))
        if not path.name.startswith(f"l{laptop}-"):
            self.laptops[laptop].receive(path)

    @rule(laptop=st.integers(0, 2))
    def hq_returns(self, laptop: int) -> None:
        target = self.laptops[laptop]
        self.n += 1
        path = self.tmp / f"return-{self.n}.bundle"
        try:
            write_return(self.hq, target.store.device_id, path)
        except Exception:  # HQ has not heard from this laptop yet
            return
        target.receive(path)

    @rule()
    def everyone_agrees_after_a_full_round_through_hq(self) -> None:
        for laptop in self.laptops:
            assert merge_bundle(self.hq, laptop.export()).ok
        for laptop in self.laptops:
            self.n += 1
            path = self.tmp / f"return-{self.n}.bundle"
            write_return(self.hq, laptop.store.device_id, path)
            laptop.receive(path)
        with self.hq.reading() as conn:
            hq_state = state_bytes(conn)
        for laptop in self.laptops:
            assert laptop.state() == hq_state

    def teardown(self) -> None:
        self.everyone_agrees_after_a_full_round_through_hq()
        for laptop in self.laptops:
            laptop.close()
        self.hq.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


SyncNetwork.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=DB_PHASES,
)
test_sync_network = SyncNetwork.TestCase


def test_template_copies_get_their_own_device(tmp_path: Path) -> None:
    template_copy(tmp_path / "x")
    template_copy(tmp_path / "y")
    x, y = Laptop(tmp_path / "x"), Laptop(tmp_path / "y")
    assert x.store.device_id != y.store.device_id
    x.close()
    y.close()
