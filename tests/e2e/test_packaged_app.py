"""The packaged app (`make package`: PyInstaller, one folder) end to end.

The tests run the frozen executable, not `python -m rapport`: its version, the offscreen
self-test (window, every page, fonts, translations from the bundled resources), the window
starting and closing, demo data, `db check`, an upgrade from the oldest schema (Alembic
reads the migration scripts bundled as files), a sync bundle exported and imported into a
second folder, encrypted bundles, and HQ merging into SQLite and PostgreSQL.

They are defined only when RAPPORT_PACKAGED_APP names the built executable, as
`make test-package` does after building it:

    make test-package
    RAPPORT_PACKAGED_APP=dist/rapport/rapport .venv/bin/python -m pytest \
        tests/e2e/test_packaged_app.py -q

Without it this module defines no test (building the app takes a minute, too long for
`make test`, and a skipped test is not allowed here).
"""

from __future__ import annotations

import os

APP_ENV = "RAPPORT_PACKAGED_APP"

if os.environ.get(APP_ENV):
    import re
    import sqlite3
    import subprocess
    from pathlib import Path

    import pytest

    import rapport
    from rapport.store import migrate

    APP = Path(os.environ[APP_ENV]).resolve()

    def app_env() -> dict[str, str]:
        """The test's environment without Python's own variables: the frozen app must not
        need the checkout or the virtual environment."""
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("PYTHON") and k not in {"VIRTUAL_ENV", APP_ENV}
        }
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def run(
        *args: str | Path,
        data_dir: Path | None = None,
        cwd: Path,
        env: dict[str, str] | None = None,
        status: int = 0,
    ) -> str:
        """`dist/rapport/rapport ARGS` in `cwd`; checks the exit status, returns stdout."""
        command = [str(APP)]
        if data_dir is not None:
            command += ["--data-dir", str(data_dir)]
        command += [str(a) for a in args]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**app_env(), **(env or {})},
            timeout=180,
            check=False,
        )
        assert result.returncode == status, (
            f"{' '.join(command)} exited {result.returncode}, expected {status}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
        return result.stdout

    def revision(data_dir: Path) -> str:
        conn = sqlite3.connect(data_dir / "rapport.sqlite3")
        try:
            return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
        finally:
            conn.close()

    @pytest.fixture(scope="module")
    def laptop(tmp_path_factory: pytest.TempPathFactory) -> Path:
        """A data folder filled by the packaged app's `demo`, with its bundle exported:
        returns the folder; the bundle is `bundle.jsonl` beside it."""
        assert APP.is_file() and os.access(APP, os.X_OK), (
            f"{APP_ENV}={os.environ[APP_ENV]}: no executable there. Build it with `make package`."
        )
        base = tmp_path_factory.mktemp("packaged")
        data = base / "laptop"
        out = run("demo", "--contacts", "50", data_dir=data, cwd=base)
        assert re.search(r"^\s*contact\s+50$", out, re.MULTILINE), out
        out = run("sync", "export", base / "bundle.jsonl", data_dir=data, cwd=base)
        assert out.startswith(f"Wrote {base / 'bundle.jsonl'}: "), out
        (base / "records").write_text(out.split(": ", 1)[1].split(" records", 1)[0])
        return data

    def test_version(tmp_path: Path) -> None:
        assert run("--version", cwd=tmp_path).strip() == f"Rapport {rapport.__version__}"

    def test_self_test_passes_with_the_bundled_resources(tmp_path: Path) -> None:
        out = run("self-test", cwd=tmp_path)
        assert out.rstrip().endswith(" failed") and ", 0 failed" in out, out
        assert "bundled fonts load: DejaVu Sans" in out, out
        # Rapport's own translation comes from inside the app folder, not the checkout.
        assert f"Spanish translation loads ({APP.parent}" in out, out

    def test_window_opens_and_closes(tmp_path: Path) -> None:
        run(data_dir=tmp_path / "data", cwd=tmp_path, env={"RAPPORT_EXIT_AFTER_SHOW": "1"})

    def test_demo_data_passes_db_check_at_the_newest_schema(laptop: Path) -> None:
        out = run("db", "check", data_dir=laptop, cwd=laptop.parent)
        assert "Integrity check: ok" in out, out
        assert "Foreign-key check: ok" in out, out
        assert "contact 50" in out, out
        assert revision(laptop) == migrate.HEAD

    def test_calendar_report_and_slides_are_written_without_the_checkout(
        laptop: Path, tmp_path: Path
    ) -> None:
        from pypdf import PdfReader

        out = run("meetings", "export", tmp_path / "all.ics", data_dir=laptop, cwd=tmp_path)
        assert "Wrote" in out and (tmp_path / "all.ics").read_bytes().startswith(b"BEGIN:VCAL")
        listing = run("trainings", "list", data_dir=laptop, cwd=tmp_path)
        training = listing.splitlines()[1].split("\t")[0]
        run("trainings", "report", training, "--pdf", tmp_path / "report.pdf",
            data_dir=laptop, cwd=tmp_path)  # fmt: skip
        run("present", training, "--pdf", tmp_path / "slides.pdf", data_dir=laptop, cwd=tmp_path)
        assert len(PdfReader(tmp_path / "report.pdf").pages) >= 1
        assert len(PdfReader(tmp_path / "slides.pdf").pages) >= 8  # one page per slide

    def test_an_old_database_is_migrated_with_the_bundled_scripts(tmp_path: Path) -> None:
        data = tmp_path / "old"
        data.mkdir()
        oldest = migrate.REVISIONS[0]
        migrate.migrate(data / "rapport.sqlite3", data, target=oldest)  # the checkout's code
        assert revision(data) == oldest
        run("demo", "--contacts", "5", data_dir=data, cwd=tmp_path)  # opening migrates
        assert revision(data) == migrate.HEAD
        out = run("db", "check", data_dir=data, cwd=tmp_path)
        assert "Integrity check: ok" in out, out
        assert f"before-{migrate.HEAD}" in out, out  # the copy made before migrating

    def test_bundle_imports_into_a_second_folder(laptop: Path, tmp_path: Path) -> None:
        bundle = laptop.parent / "bundle.jsonl"
        other = tmp_path / "other"
        out = run("sync", "import", bundle, data_dir=other, cwd=tmp_path)
        records = (laptop.parent / "records").read_text()
        assert f"added {records} new, updated 0" in out, out
        again = run("sync", "import", bundle, data_dir=other, cwd=tmp_path)
        assert "already imported" in again and "nothing was changed" in again, again
        state = run("sync", "state", data_dir=other, cwd=tmp_path)
        assert state == run("sync", "state", data_dir=laptop, cwd=tmp_path)
        check = run("db", "check", data_dir=other, cwd=tmp_path)
        assert "Integrity check: ok" in check and "contact 50" in check, check

    def test_hq_merges_into_sqlite(laptop: Path, tmp_path: Path) -> None:
        hq = tmp_path / "hq.sqlite3"
        out = run("hq", "merge", "--db", hq, laptop.parent / "bundle.jsonl", cwd=tmp_path)
        assert "1 merged, 0 refused." in out, out
        assert run("hq", "state", "--db", hq, cwd=tmp_path) == run(
            "sync", "state", data_dir=laptop, cwd=tmp_path
        )

    def test_encrypted_bundle_merges_at_hq(laptop: Path, tmp_path: Path) -> None:
        keys = tmp_path / "keys"
        run("hq", "keygen", keys, cwd=tmp_path)
        device = tmp_path / "device"
        run("demo", "--contacts", "10", data_dir=device, cwd=tmp_path)
        run("sync", "hq-key", keys / "hq-public.pem", data_dir=device, cwd=tmp_path)
        sealed = tmp_path / "sealed.bundle"
        run("sync", "export", "--full", "--encrypt", sealed, data_dir=device, cwd=tmp_path)
        assert b"rapport-bundle" not in sealed.read_bytes()
        hq = tmp_path / "hq.sqlite3"
        key = keys / "hq-private.pem"
        out = run("hq", "merge", "--db", hq, "--key", key, sealed, cwd=tmp_path)
        assert "1 merged, 0 refused." in out, out

    def test_hq_merges_into_postgresql(laptop: Path, tmp_path: Path, pg_url: str) -> None:
        """psycopg (and its bundled libpq) work in the frozen app."""
        out = run("hq", "merge", "--db", pg_url, laptop.parent / "bundle.jsonl", cwd=tmp_path)
        assert "1 merged, 0 refused." in out, out
        assert run("hq", "state", "--db", pg_url, cwd=tmp_path) == run(
            "sync", "state", data_dir=laptop, cwd=tmp_path
        )
