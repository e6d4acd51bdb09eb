"""Run the benchmarks: `python -m tests.bench [NAME ...] [--repeat N] [--list]`.

Every module `tests/bench/bench_<name>.py` with a `run()` function is a benchmark; a
NAME runs only the benchmarks whose name contains it. The exit status is 1 only when
a benchmark crashed; a missed target is reported, not failed.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import traceback
from collections.abc import Sequence

import tests.bench
from tests.bench import harness

PREFIX = "bench_"


def available() -> list[str]:
    return sorted(
        info.name.removeprefix(PREFIX)
        for info in pkgutil.iter_modules(tests.bench.__path__)
        if info.name.startswith(PREFIX)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains one")
    parser.add_argument("--repeat", type=int, help="timed runs per measurement")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    args = parser.parse_args(argv)
    names = [n for n in available() if not args.names or any(s in n for s in args.names)]
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print(f"no benchmark matches {' '.join(args.names)}; have: {', '.join(available())}")
        return 2
    if args.repeat:
        harness.DEFAULT_REPEAT = max(1, args.repeat)
    crashed = []
    started = time.perf_counter()
    for name in names:
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.bench.{PREFIX}{name}")
            module.run()
        except Exception:
            traceback.print_exc()
            crashed.append(name)
            print(f"== {name}: CRASHED", flush=True)
        else:
            print(f"== {name}: done in {time.perf_counter() - t0:.1f} s", flush=True)
    print(f"\n== summary ({time.perf_counter() - started:.0f} s)")
    print(harness.summary())
    if crashed:
        print(f"crashed: {', '.join(crashed)}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
