"""The Sync screen: status, export and import on a worker thread with a progress dialog
that cancels, the import preview, conflicts review, and HQ's key.

Everything is driven through the page's path-taking methods (`export_to`, `import_from`,
`import_key_from`), so no native file dialog opens; dialogs are opened non-blocking and
closed by the tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from rapport.domain.records import Contact, Tag
from rapport.domain.settings import Settings
from rapport.store.core import Store
from rapport.store.settings import save_settings
from rapport.sync import crypto
from rapport.sync import export as export_module
from rapport.sync.bundle import read_bundle_file
from rapport.sync.export import export_bundle
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from rapport.ui.sync.bundle_files import suggested_name
from rapport.ui.sync.dialogs import MessageDialog
from rapport.ui.sync.page import SyncPage
from tests.unit.sync_helpers import Laptop, Wall

WAIT_MS = 15_000


# -- helpers ------------------------------------------------------------------------------


@pytest.fixture
def page(window: MainWindow) -> SyncPage:
    shown = window.show_page("sync")
    assert isinstance(shown, SyncPage)
    return shown


@pytest.fixture
def store(session: Session) -> Store:
    assert session.folder is not None
    return session.folder.store


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Laptop]:
    """A second organizer's laptop, its clock a few seconds ahead of this one's, so its
    later edits win."""
    laptop = Laptop(tmp_path / "other", Wall(int(time.time() * 1000) + 5_000))
    save_settings(laptop.store, Settings(organizer_name="Ana Ruiz"))
    yield laptop
    laptop.close()


def wait_done(qtbot: QtBot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)


def message(qtbot: QtBot, page: SyncPage) -> MessageDialog:
    """The result dialog the page opened; the caller closes it."""
    qtbot.waitUntil(
        lambda: page.message_dialog is not None and page.message_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = page.message_dialog
    assert dialog is not None
    return dialog


def close_message(qtbot: QtBot, page: SyncPage) -> str:
    dialog = message(qtbot, page)
    text = dialog.text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.message_dialog is None)
    return text


def preview(qtbot: QtBot, page: SyncPage, path: Path) -> Any:
    assert page.import_from(path) is not None
    qtbot.waitUntil(
        lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    return page.preview_dialog


def counts(dialog: Any) -> dict[str, tuple[str, str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): tuple(table.item(row, c).text() for c in (1, 2, 3))
        for row in range(table.rowCount())
    }


def bundle_lines(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def write_bundle(path: Path, lines: list[dict[str, Any]]) -> None:
    """Write header and records with a fresh, correct trailer (so only the records'
    contents can be wrong)."""
    body = b"".join(orjson.dumps(line) + b"\n" for line in lines[:-1])
    trailer = dict(lines[-1], sha256=hashlib.sha256(body).hexdigest())
    path.write_bytes(body + orjson.dumps(trailer) + b"\n")


# -- status -------------------------------------------------------------------------------


def test_the_status_panel_shows_this_laptop_and_what_hq_lacks(page: SyncPage, store: Store) -> None:
    panel = page.panel
    assert store.device_id in panel.device.text()
    assert panel.last_export.text() == "Never"
    assert panel.last_import.text() == "Never"
    assert panel.acked.text() == "HQ has not confirmed any of your changes yet"
    assert panel.pending.text() == "Every change is confirmed by HQ"
    assert panel.key.text() == "No HQ key"
    assert panel.organizer.text() == "Not set: add your name in Settings"
    assert not page.encrypt_box.isEnabled()
    assert page.conflicts_button.text() == "Review conflicts (0)"
    assert not page.conflicts_button.isEnabled()

    store.save(Contact(first_name="Luz"))
    save_settings(store, Settings(organizer_name="Marisol Peña"))
    page.refresh()
    assert panel.pending.text() == "1 change not yet confirmed by HQ"
    assert panel.organizer.text() == "Marisol Peña"
    store.save(Contact(first_name="Rosa"))
    page.refresh()
    assert panel.pending.text() == "2 changes not yet confirmed by HQ"


def test_suggested_file_names_name_the_organizer_and_the_day() -> None:
    day = dt.date(2026, 3, 2)
    named = suggested_name("Marisol Peña", False, day)
    assert named == "rapport-marisol-pena-2026-03-02.rapport-bundle"
    assert suggested_name("", True, day) == "rapport-laptop-2026-03-02-full.rapport-bundle"
    assert suggested_name("  ../Ana / Ruiz ", False, day).startswith("rapport-ana-ruiz-")


# -- export -------------------------------------------------------------------------------


def test_export_writes_the_changes_off_the_gui_thread_and_updates_the_status(
    qtbot: QtBot,
    page: SyncPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_settings(store, Settings(organizer_name="Marisol Peña"))
    people = [Contact(first_name=name) for name in ("Luz", "Rosa", "Tomás")]
    for person in people:
        store.save(person)
    store.save(Tag(name="leaders"))
    threads: list[threading.Thread] = []
    real = export_module.export_bundle

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_module, "export_bundle", recording)
    path = tmp_path / "usb" / "for-hq.rapport-bundle"
    path.parent.mkdir()
    assert page.export_to(path) is not None
    assert not page.export_button.isEnabled()  # nothing else starts meanwhile
    wait_done(qtbot, page)
    text = close_message(qtbot, page)
    assert threads and threads[0] is not threading.main_thread()

    assert "Wrote 4 records to for-hq.rapport-bundle" in text
    assert "Contacts: 3, Tags: 1" in text
    bundle = read_bundle_file(path)
    assert bundle.header.kind == "delta"
    assert bundle.header.organizer == "Marisol Peña"
    assert bundle.trailer.counts == {"contact": 3, "tag": 1}
    assert {r.id for r in bundle.records() if r.table == "contact"} == {p.id for p in people}
    assert page.panel.last_export.text() != "Never"
    assert page.export_button.isEnabled()


def test_export_everything_writes_a_full_bundle(
    qtbot: QtBot, page: SyncPage, store: Store, tmp_path: Path
) -> None:
    store.save(Contact(first_name="Luz"))
    path = tmp_path / "all.rapport-bundle"
    page.export_to(path, full=True)
    wait_done(qtbot, page)
    close_message(qtbot, page)
    assert read_bundle_file(path).header.kind == "full"


def test_cancelling_an_export_writes_nothing_and_keeps_an_older_file(
    qtbot: QtBot,
    page: SyncPage,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with store.write() as w:
        # More than one batch: an export checks for a cancel every 2,000 records.
        w.insert_new(Contact(first_name=f"p{i}") for i in range(2_500))
    target = tmp_path / "out.rapport-bundle"
    target.write_bytes(b"previous export")
    # Hold the export at its first check for a cancel, so the test clicks Cancel while
    # it is surely running (and can see that the window still answers).
    gate = threading.Event()
    real = export_module.export_bundle

    def held(*args: Any, **kwargs: Any) -> Any:
        check = kwargs["cancelled"]

        def cancelled() -> bool:
            gate.wait(WAIT_MS / 1000)
            return bool(check())

        return real(*args, **{**kwargs, "cancelled": cancelled})

    monkeypatch.setattr(export_module, "export_bundle", held)
    job = page.export_to(target)
    assert job is not None
    qtbot.waitUntil(job.progress.isVisible, timeout=WAIT_MS)
    assert job.progress.windowModality() == Qt.WindowModality.WindowModal
    (cancel,) = job.progress.findChildren(QPushButton)
    cancel.click()
    assert job.progress.labelText() == "Cancelling…"
    gate.set()
    wait_done(qtbot, page)
    assert close_message(qtbot, page) == "Cancelled; nothing was written."
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.rapport-bundle"]
    assert page.panel.last_export.text() == "Never"


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, page: SyncPage, tmp_path: Path
) -> None:
    page.export_to(tmp_path / "no such folder" / "x.rapport-bundle")
    wait_done(qtbot, page)
    text = close_message(qtbot, page)
    assert text.startswith("Nothing was exported")
    assert "no such folder" in text


# -- import -------------------------------------------------------------------------------


def test_import_previews_a_bundle_from_another_laptop_then_imports_it(
    qtbot: QtBot, page: SyncPage, store: Store, other: Laptop, tmp_path: Path
) -> None:
    changed, same = Contact(first_name="Nancy", turf="Eastside"), Contact(first_name="Luz")
    store.save(changed)
    store.save(same)
    mine = tmp_path / "mine.rapport-bundle"
    export_bundle(store, mine)
    other.receive(mine)
    other.store.save(dataclasses.replace(changed, turf="Westside"))
    new = [Contact(first_name="Beto"), Contact(first_name="Carmen")]
    for person in new:
        other.store.save(person)
    other.store.save(Tag(name="housing"))
    path = other.export(full=True)

    dialog = preview(qtbot, page, path)
    assert dialog.heading.text() == "Import this bundle?"
    assert dialog.source.text().startswith("Ana Ruiz (")
    assert dialog.kind.text() == "Everything from a laptop"
    assert dialog.records.text() == "5"
    assert counts(dialog) == {
        "Contacts": ("2", "1", "1"),
        "Tags": ("1", "0", "0"),
        "Total": ("3", "1", "1"),
    }
    assert store.get(Contact, new[0].id) is None  # the preview wrote nothing
    assert dialog.import_button is not None
    dialog.import_button.click()
    wait_done(qtbot, page)
    text = close_message(qtbot, page)
    assert text.startswith("Imported 5 records")
    assert "3 new, 1 updated, 1 unchanged." in text
    assert store.get(Contact, new[0].id) is not None
    assert store.get(Contact, changed.id).turf == "Westside"  # type: ignore[union-attr]
    assert page.panel.last_import.text() != "Never"


def test_cancelling_the_preview_dialog_writes_nothing(
    qtbot: QtBot, page: SyncPage, store: Store, other: Laptop
) -> None:
    newcomer = Contact(first_name="Beto")
    other.store.save(newcomer)
    dialog = preview(qtbot, page, other.export())
    dialog.reject()
    qtbot.waitUntil(lambda: page.preview_dialog is None)
    assert not page.busy()
    assert store.get(Contact, newcomer.id) is None


def test_importing_the_same_bundle_twice_says_so_and_writes_nothing(
    qtbot: QtBot, page: SyncPage, store: Store, other: Laptop
) -> None:
    other.store.save(Contact(first_name="Beto"))
    path = other.export()
    first = preview(qtbot, page, path)
    first.import_button.click()
    wait_done(qtbot, page)
    close_message(qtbot, page)
    with store.read() as conn:
        from rapport.sync.state import state_lines

        before = b"".join(state_lines(conn))

    again = preview(qtbot, page, path)
    assert again.heading.text() == "This bundle was imported before"
    assert again.import_button is None
    assert "would change nothing" in again.notes[0].text()
    again.reject()
    with store.read() as conn:
        assert b"".join(state_lines(conn)) == before


def test_a_truncated_bundle_is_refused_naming_the_line(
    qtbot: QtBot, page: SyncPage, other: Laptop, tmp_path: Path
) -> None:
    other.store.save(Contact(first_name="Beto"))
    whole = other.export().read_bytes()
    cut = tmp_path / "cut.rapport-bundle"
    cut.write_bytes(whole[: len(whole) - 40])
    assert page.import_from(cut) is not None
    wait_done(qtbot, page)
    dialog = message(qtbot, page)
    assert dialog.heading.text() == "This bundle cannot be imported; nothing was written"
    assert f"{cut}, line 3: " in dialog.body.text()
    assert "cut short" in dialog.body.text()
    dialog.accept()
    assert page.preview_dialog is None


def test_a_bad_record_is_refused_naming_the_line_and_the_field(
    qtbot: QtBot, page: SyncPage, store: Store, other: Laptop, tmp_path: Path
) -> None:
    other.store.save(Contact(first_name="Beto"))
    other.store.save(Contact(first_name="Carmen"))
    lines = bundle_lines(other.export())
    lines[2]["fields"]["follow_up_days"]["v"] = "soon"
    bad = tmp_path / "bad.rapport-bundle"
    write_bundle(bad, lines)
    page.import_from(bad)
    wait_done(qtbot, page)
    text = close_message(qtbot, page)
    assert "line 3" in text
    assert "follow_up_days" in text
    with store.read() as conn:
        from rapport.store.sync_status import pending_changes

        assert pending_changes(conn, 0) == 0


def test_cancelling_an_import_writes_nothing(
    qtbot: QtBot,
    page: SyncPage,
    store: Store,
    other: Laptop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with other.store.write() as w:
        # The merge checks for a cancel after each batch and once more at the end.
        w.insert_new(Contact(first_name=f"p{i}") for i in range(50))
    dialog = preview(qtbot, page, other.export())
    gate = threading.Event()
    from rapport.sync import importer

    real = importer.import_bundle

    def held(*args: Any, **kwargs: Any) -> Any:
        check = kwargs["cancelled"]

        def cancelled() -> bool:
            gate.wait(WAIT_MS / 1000)
            return bool(check())

        return real(*args, **{**kwargs, "cancelled": cancelled})

    monkeypatch.setattr(importer, "import_bundle", held)
    dialog.import_button.click()
    job = page.jobs.job
    assert job is not None
    job.cancel()
    gate.set()
    wait_done(qtbot, page)
    assert close_message(qtbot, page) == "Cancelled; nothing was written."
    with store.read() as conn:
        from rapport.store.sync_status import pending_changes

        assert pending_changes(conn, 0) == 0
    assert page.panel.last_import.text() == "Never"


def test_a_return_bundle_from_hq_confirms_the_changes_it_received(
    qtbot: QtBot, page: SyncPage, store: Store, tmp_path: Path
) -> None:
    from rapport.sync.hq import merge_bundle, open_hq, write_return

    for name in ("Luz", "Rosa"):
        store.save(Contact(first_name=name))
    page.refresh()
    assert page.panel.pending.text() == "2 changes not yet confirmed by HQ"
    sent = tmp_path / "for-hq.rapport-bundle"
    page.export_to(sent)
    wait_done(qtbot, page)
    close_message(qtbot, page)

    hq = open_hq(str(tmp_path / "hq" / "hq.sqlite3"))
    try:
        assert merge_bundle(hq, sent).ok
        back = tmp_path / "from-hq.rapport-bundle"
        write_return(hq, store.device_id, back)
    finally:
        hq.close()

    dialog = preview(qtbot, page, back)
    assert dialog.source.text() == "Headquarters"
    assert dialog.kind.text() == "Return bundle from headquarters"
    assert any("which of your changes headquarters has received" in n.text() for n in dialog.notes)
    dialog.import_button.click()
    wait_done(qtbot, page)
    close_message(qtbot, page)
    assert page.panel.acked.text() == "HQ has confirmed your changes up to #2"
    assert page.panel.pending.text() == "Every change is confirmed by HQ"


def test_changes_dated_far_in_the_future_are_flagged_in_the_preview(
    qtbot: QtBot, page: SyncPage, tmp_path: Path
) -> None:
    ahead = Laptop(tmp_path / "ahead", Wall(int(time.time() * 1000) + 3 * 24 * 3600 * 1000))
    try:
        ahead.store.save(Contact(first_name="Beto"))
        path = ahead.export()
    finally:
        ahead.close()
    dialog = preview(qtbot, page, path)
    warnings = [n.text() for n in dialog.notes if n.text().startswith("Warning:")]
    assert len(warnings) == 1
    assert "dated far in the future" in warnings[0]
    dialog.reject()


# -- conflicts ----------------------------------------------------------------------------


def test_conflicts_are_reviewed_and_settled_both_ways(
    qtbot: QtBot, page: SyncPage, store: Store, other: Laptop, tmp_path: Path
) -> None:
    nancy = Contact(first_name="Nancy", turf="Eastside")
    luz = Contact(first_name="Luz", turf="Northside")
    store.save(nancy)
    store.save(luz)
    mine = tmp_path / "mine.rapport-bundle"
    export_bundle(store, mine)
    other.receive(mine)
    # Both laptops change the same field; the other laptop's edits are later, so win.
    store.save(dataclasses.replace(nancy, turf="Westside"))
    store.save(dataclasses.replace(luz, turf="Southside"))
    other.store.save(dataclasses.replace(nancy, turf="Riverside"))
    other.store.save(dataclasses.replace(luz, turf="Hillside"))

    dialog = preview(qtbot, page, other.export(full=True))
    notes = [note.text() for note in dialog.notes]
    assert any(n.startswith("Fields changed both") and ": 2." in n for n in notes)
    dialog.import_button.click()
    wait_done(qtbot, page)
    assert "Fields changed both here and in the bundle: 2." in close_message(qtbot, page)
    assert page.conflicts_button.text() == "Review conflicts (2)"
    assert page.conflicts_button.isEnabled()

    review = page.open_conflicts()
    assert review is not None
    qtbot.waitUntil(review.isVisible)
    assert review.count() == 2
    model = review.model
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 6)]
        for r in range(model.rowCount())
    }
    assert rows["Contact: Nancy"][:4] == ["Turf", "Riverside", "Westside", "Yours"]
    assert rows["Contact: Luz"][:4] == ["Turf", "Hillside", "Southside", "Yours"]

    # Keep what the merge kept for the first one...
    review.select(0)
    first = model.entries[0].row
    assert review.kept_text.toPlainText() == first.kept_value
    review.keep_button.click()
    assert review.count() == 1
    assert page.conflicts_button.text() == "Review conflicts (1)"
    kept = store.get(Contact, first.record_id)
    assert kept is not None and kept.turf == first.kept_value

    # ...and bring back the other value for the second.
    second = model.entries[0].row
    review.use_other_button.click()
    assert review.count() == 0
    assert review.heading.text() == "No conflicts left to review"
    assert not review.keep_button.isEnabled()
    restored = store.get(Contact, second.record_id)
    assert restored is not None and restored.turf == second.lost_value
    assert page.conflicts_button.text() == "Review conflicts (0)"
    assert not page.conflicts_button.isEnabled()
    review.reject()
    qtbot.waitUntil(lambda: page.conflicts_dialog is None)


# -- HQ's key and encryption --------------------------------------------------------------


def test_importing_hqs_key_shows_its_fingerprint_and_exports_encrypted(
    qtbot: QtBot, page: SyncPage, store: Store, tmp_path: Path
) -> None:
    private_pem, public_pem = crypto.generate_keypair()
    key_file = tmp_path / "hq.pem"
    key_file.write_bytes(public_pem)
    fingerprint = crypto.fingerprint(public_pem)

    assert page.import_key_from(key_file) == fingerprint
    text = close_message(qtbot, page)
    assert f"Fingerprint: {fingerprint}" in text
    assert page.panel.key.text() == f"Fingerprint {fingerprint}"
    assert page.encrypt_box.isEnabled()
    assert page.encrypt_box.isChecked()

    store.save(Contact(first_name="Luz"))
    path = tmp_path / "secret.rapport-bundle"
    page.export_to(path)
    wait_done(qtbot, page)
    assert "only headquarters can read it" in close_message(qtbot, page)
    assert crypto.is_encrypted(path.read_bytes()[:64])
    assert read_bundle_file(path, private_pem).trailer.counts == {"contact": 1}

    page.encrypt_box.setChecked(False)  # the organizer's choice is kept
    page.refresh()
    assert not page.encrypt_box.isChecked()
    plain = tmp_path / "plain.rapport-bundle"
    page.export_to(plain)
    wait_done(qtbot, page)
    close_message(qtbot, page)
    assert not crypto.is_encrypted(plain.read_bytes()[:64])


def test_a_private_key_is_refused_as_hqs_key(qtbot: QtBot, page: SyncPage, tmp_path: Path) -> None:
    private_pem, _public = crypto.generate_keypair()
    key_file = tmp_path / "hq-private.pem"
    key_file.write_bytes(private_pem)
    assert page.import_key_from(key_file) is None
    text = close_message(qtbot, page)
    assert text.startswith("The key was not imported")
    assert "private key" in text
    assert page.panel.key.text() == "No HQ key"
    assert not page.encrypt_box.isEnabled()


# -- Spanish ------------------------------------------------------------------------------


def test_the_sync_screen_and_its_dialogs_speak_spanish(
    qtbot: QtBot, launch_window: Callable[..., Session]
) -> None:
    page = launch_window(language="es").window.show_page("sync")
    assert isinstance(page, SyncPage)
    assert page.export_button.text() == "Exportar para la oficina central…"
    assert page.panel.last_export.text() == "Nunca"
    assert page.panel.key.text() == "Sin clave de la oficina central"
    assert page.conflicts_button.text() == "Revisar conflictos (0)"
    review = page.open_conflicts()
    assert review is not None
    assert review.windowTitle() == "Revisar conflictos"
    assert review.heading.text() == "No quedan conflictos por revisar"
    assert review.model.headerData(0, Qt.Orientation.Horizontal) == "Registro"
    review.reject()
