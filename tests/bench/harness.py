"""What the benchmarks share: timing, subprocess runs, demo folders, and result lines.

Times are seconds throughout (`time.perf_counter()`); `report()` converts them to the
unit it prints. Each result is a line with the value, the baseline measured in the
same run, their ratio, and PASS or MISS against the target ratio. Missing a target is
information, never a failure: the benchmark run only fails when a benchmark crashes.

    from tests.bench import harness

    def run() -> None:
        raw = harness.median(harness.measure(raw_query, repeat=7))
        ours = harness.median(harness.measure(our_query, repeat=7))
        harness.report("search: 'jose'", ours, "raw FTS5 query", raw, target_ratio=2.0)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DEFAULT_REPEAT = 5
"""How many timed runs a benchmark makes unless it has a reason to differ
(`python -m tests.bench --repeat N` changes it)."""

TIME_UNITS = {"s": 1.0, "ms": 1e3, "µs": 1e6, "us": 1e6}


class BenchError(RuntimeError):
    """A measurement could not be made (a subprocess failed or hung)."""


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    baseline_name: str | None = None
    baseline_value: float | None = None
    target_ratio: float | None = None
    higher_is_better: bool = False
    skipped: str | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline_value is None or self.skipped is not None:
            return None
        if self.baseline_value == 0:
            return float("inf")
        return self.value / self.baseline_value

    @property
    def verdict(self) -> str:
        """PASS or MISS against the target ratio; empty when there is no target."""
        ratio = self.ratio
        if ratio is None or self.target_ratio is None:
            return ""
        met = ratio >= self.target_ratio if self.higher_is_better else ratio <= self.target_ratio
        return "PASS" if met else "MISS"


RESULTS: list[Result] = []
"""Every result reported in this process, in order (the summary prints them)."""


# --- measuring ----------------------------------------------------------------------------


def measure(fn: Callable[[], object], repeat: int | None = None, warmup: int = 1) -> list[float]:
    """Call `fn` `warmup` times untimed, then `repeat` times; the wall times in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat or DEFAULT_REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def measure_rounds(
    fns: Mapping[str, Callable[[], object]], repeat: int | None = None, warmup: int = 1
) -> dict[str, list[float]]:
    """`measure()` for several things at once, in rounds: each is called once a round,
    so a change in the machine's load falls on all of them alike."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat or DEFAULT_REPEAT):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def bench_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for benchmark subprocesses: offscreen Qt, no user data folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("RAPPORT_DATA_DIR", None)
    env.update(extra or {})
    return env


def run_process(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 120.0,
    cwd: Path | None = None,
) -> float:
    """Run a command to completion; its wall time in seconds.

    Raises `BenchError` (with the end of its output) if it fails or outlives `timeout`.
    """
    start = time.perf_counter()
    try:
        done = subprocess.run(
            list(argv),
            env=bench_env(env),
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"{_short(argv)} did not finish within {timeout:g} s") from None
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise BenchError(f"{_short(argv)} exited with {done.returncode}: " + " | ".join(tail))
    return elapsed


def measure_process(
    argv: Sequence[str],
    repeat: int | None = None,
    warmup: int = 1,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 120.0,
) -> list[float]:
    """`measure()` for a whole subprocess: start-up, work and exit, as wall time."""
    return measure(lambda: run_process(argv, env=env, timeout=timeout), repeat, warmup)


def rapport_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "rapport", "--data-dir", str(data_dir), *args]


def make_demo_folder(data_dir: Path, contacts: int, seed: int = 1) -> float:
    """Fill `data_dir` with `rapport demo` in a subprocess; the seconds it took."""
    argv = rapport_command(data_dir, "demo", "--contacts", str(contacts), "--seed", str(seed))
    return run_process(argv, timeout=600)


@contextmanager
def temp_dir(prefix: str = "rapport-bench-") -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# --- reporting ----------------------------------------------------------------------------


def report(
    name: str,
    value: float,
    baseline_name: str,
    baseline_value: float,
    target_ratio: float | None = None,
    unit: str = "ms",
    *,
    higher_is_better: bool = False,
) -> Result:
    """Print one line: value, baseline, ratio (value / baseline) and PASS/MISS.

    With a time unit ("s", "ms", "µs") both values are seconds and are printed in that
    unit; any other unit ("rows/s", "MB") is printed as given. The target is met when
    the ratio is at most `target_ratio` (at least, with `higher_is_better`).
    """
    result = Result(
        name, value, unit, baseline_name, baseline_value, target_ratio, higher_is_better
    )
    _emit(result)
    return result


def report_value(name: str, value: float, unit: str = "ms") -> Result:
    """Print a measurement that has no baseline."""
    result = Result(name, value, unit)
    _emit(result)
    return result


def skipped(name: str, reason: str) -> Result:
    """Say plainly that a measurement was not made, and why."""
    result = Result(name, float("nan"), "", skipped=reason)
    _emit(result)
    return result


def info(text: str) -> None:
    print(f"  · {text}", flush=True)


def format_value(value: float, unit: str) -> str:
    if unit in TIME_UNITS:
        scaled = value * TIME_UNITS[unit]
        digits = 0 if scaled >= 100 else 1 if scaled >= 10 else 2
        return f"{scaled:,.{digits}f} {unit}"
    return f"{value:,.3g} {unit}".rstrip()


def line(result: Result) -> str:
    if result.skipped is not None:
        return f"{result.name}: skipped: {result.skipped}"
    text = f"{result.name}: {format_value(result.value, result.unit)}"
    ratio = result.ratio
    if result.baseline_value is not None and ratio is not None:
        text += (
            f"  vs {result.baseline_name} {format_value(result.baseline_value, result.unit)}"
            f"  ratio {ratio:.2f}x"
        )
        if result.target_ratio is not None:
            sign = "≥" if result.higher_is_better else "≤"
            text += f"  target {sign} {result.target_ratio:g}x  {result.verdict}"
    return text


def summary(results: Sequence[Result] | None = None) -> str:
    chosen = RESULTS if results is None else results
    rows = [line(r) for r in chosen]
    missed = sum(1 for r in chosen if r.verdict == "MISS")
    passed = sum(1 for r in chosen if r.verdict == "PASS")
    skips = sum(1 for r in chosen if r.skipped is not None)
    rows.append(f"{passed} met target, {missed} missed, {skips} skipped")
    return "\n".join(rows)


def _emit(result: Result) -> None:
    RESULTS.append(result)
    print(line(result), flush=True)


def _short(argv: Sequence[str]) -> str:
    shown = " ".join(Path(a).name if i == 0 else a for i, a in enumerate(argv))
    return shown if len(shown) <= 120 else shown[:117] + "..."
