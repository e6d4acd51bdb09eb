"""Benchmarks: `make bench` (python -m tests.bench). Each `bench_*.py` module has `run()`.

They print ratios against baselines measured in the same run (raw SQLite, a bare Qt
window) and never fail on time; see `harness.py` for the shared helpers.
"""
