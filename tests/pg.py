"""A real PostgreSQL server for the test session, in a temporary folder.

Debian's `postgresql` package provides the binaries (/usr/lib/postgresql/<version>/bin).
The server listens only on a unix socket inside its folder, trusts local connections
(no password), and is stopped and removed when the session ends. `initdb` refuses to
run as root, so as root the server runs as the `postgres` system user.

Fixtures:
- `postgres`: the session's server (started on first use).
- `pg_url`: a new, empty database for one test, as a SQLAlchemy URL.

When the binaries are missing the fixtures fail (never skip): CI must run these tests.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

INSTALL_HINT = (
    "PostgreSQL server binaries were not found under /usr/lib/postgresql/<version>/bin. "
    "Install Debian's `postgresql` package: sudo apt-get install postgresql "
    "(.ci/run does this on CI)."
)
PORT = 5432  # only names the socket file: the server listens on no TCP port
SERVER_OPTIONS = (
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=40"
)


def find_bin_dir() -> Path:
    """The newest /usr/lib/postgresql/<version>/bin that has initdb."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        pytest.fail(INSTALL_HINT, pytrace=False)

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.parent.name
        return tuple(int(p) for p in name.split(".") if p.isdigit())

    return Path(max(found, key=version)).parent


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path
    as_user: str | None  # run the server binaries as this user (when we are root)
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.folder}&port={PORT}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_user is not None:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self.as_user, "--", *command]
            else:
                command = ["su", self.as_user, "-s", "/bin/sh", "-c", shlex.join(command)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        return subprocess.run(
            command,
            cwd=self.folder,  # the postgres user may not be able to enter ours
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            pytest.fail(
                f"PostgreSQL {what} failed ({result.returncode}):\n{result.stdout}\n"
                f"{result.stderr}\n{log[-3000:]}",
                pytrace=False,
            )

    def start(self) -> None:
        self._check(
            self._run(
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ),
            "initdb",
        )
        self._check(
            self._run(
                "pg_ctl",
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log),
                "-w",
                "-t",
                "60",
                "-o",
                f"-k {self.folder} -p {PORT} {SERVER_OPTIONS}",
                "start",
            ),
            "start",
        )

    def stop(self) -> None:
        if (self.data_dir / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=PORT, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """Create an empty database; its SQLAlchemy URL."""
        name = f"rapport_test_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.split("/", 3)[3].split("?", 1)[0]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail(
            "Running as root, and there is no `postgres` system user to run the server as. "
            + INSTALL_HINT,
            pytrace=False,
        )
    return "postgres"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = find_bin_dir()
    user = _server_user()
    base = "/tmp" if os.path.isdir("/tmp") else None  # short: socket paths are limited
    folder = Path(tempfile.mkdtemp(prefix="rapport-pg-", dir=base))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(bin_dir, folder, user)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh database for one test, as a SQLAlchemy URL."""
    url = postgres.new_database()
    yield url
    postgres.drop_database(url)
