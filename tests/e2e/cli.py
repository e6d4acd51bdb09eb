"""Running the real `rapport` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def rapport(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    cmd = [sys.executable, "-m", "rapport"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, env=full_env, timeout=timeout, check=False
    )


def env() -> dict[str, str]:
    """The environment for the real command: no screen needed."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run_together(*commands: list[str]) -> list[bytes]:
    """Run commands at the same time (they touch different folders or databases); each
    must succeed. Their output, in order."""
    procs = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
        for c in commands
    ]
    outputs = []
    for c, p in zip(commands, procs, strict=True):
        stdout, stderr = p.communicate(timeout=120)
        assert p.returncode == 0, f"{' '.join(c)}: {stdout.decode()}{stderr.decode()}"
        outputs.append(stdout)
    return outputs
