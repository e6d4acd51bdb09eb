"""Running the real `rapport` command in a subprocess."""

from __future__ import annotations

import contextlib
import os
import pty
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
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


@dataclass
class TerminalRun:
    returncode: int
    stdout: str  # piped
    screen: str  # what standard error drew on the terminal


def on_terminal(
    *args: str, data_dir: Path, interrupt_on: str | None = None, timeout: float = 120
) -> TerminalRun:
    """Run the real command with its standard error on a terminal (a pseudo-terminal),
    as when someone types it; with `interrupt_on`, press Ctrl+C (SIGINT) as soon as
    that text appears there."""
    master, slave = pty.openpty()
    with tempfile.TemporaryFile() as out:  # a file, not a pipe: it never fills up
        proc = subprocess.Popen(
            [sys.executable, "-m", "rapport", "--data-dir", str(data_dir), *args],
            stdout=out,
            stderr=slave,
            env=env(),
        )
        os.close(slave)
        screen = b""
        with contextlib.suppress(OSError):  # the terminal closes when the command ends
            while chunk := os.read(master, 4096):
                screen += chunk
                if interrupt_on is not None and interrupt_on.encode() in screen:
                    proc.send_signal(signal.SIGINT)
                    interrupt_on = None
        os.close(master)
        proc.wait(timeout=timeout)
        out.seek(0)
        stdout = out.read()
    return TerminalRun(proc.returncode, stdout.decode(), screen.decode())
