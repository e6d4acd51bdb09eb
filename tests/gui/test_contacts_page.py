"""The Contacts screen on a copy of a 500-contact demo folder: paging and sorting
against the store (checked by qtmodeltester), search as you type, the editor (save,
duplicate warning, history), delete with undo, and bulk tagging.

Dialogs are opened non-blocking (`open()`) and driven through their methods, so no
test waits on a modal loop."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rapport.domain.records import Contact
from rapport.store.contact_edits import get_contact, save_contact
from rapport.store.contacts import contact_page, count_contacts
from rapport.store.core import Store
from rapport.ui.contacts.editor import ContactEditor
from rapport.ui.contacts.model import PAGE_SIZE
from rapport.ui.contacts.page import ContactsPage
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from tests.gui.conftest import Launcher

DEMO_CONTACTS = 500
DB_NAME = "rapport.sqlite3"


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("contacts-demo") / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "rapport",
            "--data-dir",
            str(folder),
            "demo",
            "--contacts",
            str(DEMO_CONTACTS),
        ],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture
def session(launch_window: Launcher, data_dir: Path, demo_folder: Path) -> Session:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_folder / DB_NAME, data_dir / DB_NAME)
    return launch_window()


@pytest.fixture
def store(session: Session) -> Store:
    assert session.folder is not None
    return session.folder.store


@pytest.fixture
def page(window: MainWindow, store: Store) -> ContactsPage:
    shown = window.show_page("contacts")
    assert isinstance(shown, ContactsPage)
    assert shown.model.store is store
    return shown


def names(page: ContactsPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def search(qtbot: QtBot, page: ContactsPage, text: str) -> None:
    page.search.setText(text)  # typed text may hold accents, which keyClicks cannot type
    qtbot.waitUntil(lambda: page.model.query == text.strip(), timeout=2_000)


def close_editor(editor: ContactEditor | None) -> None:
    if editor is not None and editor.isVisible():
        editor.reject()


# -- the table -----------------------------------------------------------------------------


def test_model_pages_and_sorts_like_the_store(
    qtmodeltester: ModelTester, page: ContactsPage, store: Store
) -> None:
    model = page.model
    assert model.rowCount() == DEMO_CONTACTS == count_contacts(store)
    assert model.columnCount() == 8
    qtmodeltester.check(model)
    # A row past the first page is read from the store on demand, in the store's order.
    row = PAGE_SIZE + 37
    expected = contact_page(store, None, "name", False, offset=row, limit=1)[0]
    assert model.contact_id(row) == expected.id
    assert page.count_label.text() == "500 contacts"

    page.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert (model.sort_key, model.descending) == ("turf", True)
    first = contact_page(store, None, "turf", True, offset=0, limit=3)
    assert [model.contact_id(r) for r in range(3)] == [s.id for s in first]
    qtmodeltester.check(model)


def test_search_updates_as_you_type(qtbot: QtBot, page: ContactsPage, store: Store) -> None:
    search(qtbot, page, "jose")
    assert 0 < page.model.rowCount() < DEMO_CONTACTS
    assert page.model.rowCount() == count_contacts(store, "jose")
    assert any("José" in n for n in names(page))
    assert page.count_label.text().endswith("contacts") or page.count_label.text() == "1 contact"
    search(qtbot, page, "zzzqqq nobody")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "0 contacts"
    for odd in ('"', "a*", "(", "AND", "-", "^", "o'brien"):
        search(qtbot, page, odd)  # search syntax typed by accident never breaks the list
        assert page.model.rowCount() == count_contacts(store, odd)
    search(qtbot, page, "")
    assert page.model.rowCount() == DEMO_CONTACTS


# -- the editor ----------------------------------------------------------------------------


def test_editor_saves_a_round_trip(qtbot: QtBot, page: ContactsPage, store: Store) -> None:
    contact_id = page.model.contact_id(0)
    assert contact_id is not None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    editor = page.open_editor(contact_id)
    assert editor is not None
    try:
        assert editor.tabs.count() == 3
        editor.first_name.setText("Zoë")
        editor.last_name.setText("Quintana")
        editor.phones.setPlainText("555-201-0001\n(555) 201-0002")
        editor.emails.setPlainText("zoe@example.org")
        editor.tag_edit.setText("choir, tenants")
        editor.private_notes.setPlainText("Lives with her aunt.")
        editor.follow_up.setValue(14)
        editor.stage.setCurrentIndex(1)
        stage = editor.stage.currentData()
        editor.save()
        assert not editor.isVisible()
    finally:
        close_editor(editor)
    saved = get_contact(store, contact_id)
    assert saved is not None
    contact, tags = saved
    assert (contact.first_name, contact.last_name) == ("Zoë", "Quintana")
    assert contact.phones == ["555-201-0001", "(555) 201-0002"]
    assert contact.emails == ["zoe@example.org"]
    assert contact.private_notes == "Lives with her aunt."
    assert contact.follow_up_days == 14
    assert contact.stage == stage
    assert sorted(t.lower() for t in tags) == ["choir", "tenants"]
    search(qtbot, page, "zoe quintana")
    assert names(page) == ["Zoë Quintana"]


def test_enter_opens_the_editor_on_the_current_row(qtbot: QtBot, page: ContactsPage) -> None:
    page.table.setCurrentIndex(page.model.index(3, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    try:
        assert editor.contact.id == page.model.contact_id(3)
        assert not editor.is_new
    finally:
        close_editor(editor)


def test_new_contact_and_problems(qtbot: QtBot, page: ContactsPage, store: Store) -> None:
    editor = page.open_editor(None)
    assert editor is not None and editor.is_new
    try:
        editor.first_name.setText("x" * 5000)
        editor.save()
        assert editor.isVisible()
        assert editor.problems.isVisible()
        assert "first name" in editor.problems.text()
        editor.first_name.setText("Brand")
        editor.last_name.setText("Newperson")
        editor.save()
        assert not editor.isVisible()
    finally:
        close_editor(editor)
    assert count_contacts(store) == DEMO_CONTACTS + 1
    assert page.model.rowCount() == DEMO_CONTACTS + 1
    (selected,) = page.selected_ids()  # the new contact is selected in the list
    assert (get_contact(store, selected) or (Contact(), []))[0].last_name == "Newperson"


def test_editor_warns_of_a_duplicate(qtbot: QtBot, page: ContactsPage, store: Store) -> None:
    other = Contact(first_name="Dana", last_name="Twin", phones=["+1 (555) 777-1234"])
    save_contact(store, other, [])
    editor = page.open_editor(None)
    assert editor is not None
    try:
        assert not editor.duplicates.isVisible()
        editor.phones.setPlainText("555.777.1234")
        qtbot.waitUntil(editor.duplicates.isVisible, timeout=2_000)
        assert "Dana Twin" in editor.duplicates.text()
        editor.phones.setPlainText("")
        qtbot.waitUntil(lambda: not editor.duplicates.isVisible(), timeout=2_000)
    finally:
        close_editor(editor)


def test_editor_lists_history(page: ContactsPage, store: Store) -> None:
    from rapport.domain.records import Commitment, Meeting
    from rapport.store.contact_edits import contact_history
    from rapport.ui.dates import stored_moment_text

    person = Contact(first_name="Hilda", last_name="History")
    save_contact(store, person, [])
    store.save(
        Meeting(
            contact_id=person.id,
            status="held",
            starts_at="2026-11-02T23:00:00Z",
            location="Café Luna",
        )
    )
    store.save(
        Commitment(
            contact_id=person.id,
            what="Host a house meeting",
            status="open",
            follow_up_on="2026-11-20",
        )
    )
    meetings, commitments = contact_history(store, person.id)
    assert (len(meetings), len(commitments)) == (1, 1)
    editor = page.open_editor(person.id)
    assert editor is not None
    try:
        rows = [
            [item.text(c) for c in range(3)]
            for item in map(editor.history.topLevelItem, range(editor.history.topLevelItemCount()))
            if item is not None
        ]
        # One timeline, the latest first, written as the rest of the window writes
        # them: in this computer's time zone, with the status in words, never the keys.
        assert rows == [
            ["20 Nov 2026", "Commitment: Host a house meeting", "Open"],
            [
                stored_moment_text("2026-11-02T23:00:00Z"),
                "1:1: Introductory / recruitment",
                "Held",
            ],
        ]
    finally:
        close_editor(editor)


# -- bulk actions --------------------------------------------------------------------------


def select_rows(page: ContactsPage, rows: range) -> list[str]:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection(
        page.model.index(rows.start, 0),
        page.model.index(rows.stop - 1, page.model.columnCount() - 1),
    )
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return page.selected_ids()


def test_delete_and_undo(qtbot: QtBot, page: ContactsPage, store: Store) -> None:
    ids = select_rows(page, range(2, 5))
    assert len(ids) == 3
    assert page.delete_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert count_contacts(store) == DEMO_CONTACTS - 3
    assert page.model.rowCount() == DEMO_CONTACTS - 3
    assert all(get_contact(store, i) is None for i in ids)
    assert page.undo_button.isEnabled()
    page.table.undo()  # what Edit → Undo calls when the table has focus
    assert count_contacts(store) == DEMO_CONTACTS
    assert page.model.rowCount() == DEMO_CONTACTS
    assert all(get_contact(store, i) is not None for i in ids)
    page.undo_stack.redo()
    assert count_contacts(store) == DEMO_CONTACTS - 3


def test_edit_undo_and_ctrl_n_reach_the_page(
    qtbot: QtBot, window: MainWindow, page: ContactsPage, store: Store
) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    select_rows(page, range(0, 1))
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert count_contacts(store) == DEMO_CONTACTS - 1
    window.menu_actions.edit["undo"].trigger()  # Edit → Undo
    assert count_contacts(store) == DEMO_CONTACTS
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and editor.is_new and editor.isVisible()
    editor.reject()


def test_bulk_tag_untag_and_stage(page: ContactsPage, store: Store) -> None:
    ids = select_rows(page, range(0, 10))
    assert page.tag_selected(["rally 2026"]) == 10
    assert all("rally 2026" in (get_contact(store, i) or (None, []))[1] for i in ids)
    assert count_contacts(store, "rally") >= 10
    ids = select_rows(page, range(0, 10))
    assert page.untag_selected(["rally 2026"]) == 10
    assert not any("rally 2026" in (get_contact(store, i) or (None, []))[1] for i in ids)
    ids = select_rows(page, range(0, 4))
    page.set_stage_selected("leader")
    assert all((get_contact(store, i) or (Contact(), []))[0].stage == "leader" for i in ids)


def test_add_and_edit_are_undone_and_redone(page: ContactsPage, store: Store) -> None:
    editor = page.open_editor(None)
    assert editor is not None
    editor.first_name.setText("Undine")
    editor.last_name.setText("Added")
    editor.tag_edit.setText("choir")
    editor.save()
    added = editor.contact.id
    assert page.selected_ids() == [added]
    assert count_contacts(store) == DEMO_CONTACTS + 1
    assert page.undo_stack.undoText() == "Add Undine Added"
    page.table.undo()
    assert count_contacts(store) == DEMO_CONTACTS and get_contact(store, added) is None
    page.table.redo()
    back = get_contact(store, added)
    assert back is not None and (back[0].first_name, back[1]) == ("Undine", ["choir"])

    editor = page.open_editor(added)
    assert editor is not None
    editor.first_name.setText("Ondina")
    editor.notes.setPlainText("moved to the north side")
    editor.tag_edit.setText("ushers")
    editor.save()
    changed = get_contact(store, added)
    assert changed is not None and changed[0].first_name == "Ondina" and changed[1] == ["ushers"]
    assert page.undo_stack.undoText() == "Edit Ondina Added"
    page.table.undo()
    restored = get_contact(store, added)
    assert restored is not None
    assert (restored[0].first_name, restored[0].notes, restored[1]) == ("Undine", "", ["choir"])
    page.table.redo()
    again = get_contact(store, added)
    assert again is not None and (again[0].first_name, again[1]) == ("Ondina", ["ushers"])


def vars_of(found: tuple[Contact, list[str]] | None) -> dict[str, object]:
    import dataclasses

    assert found is not None
    return {f.name: getattr(found[0], f.name) for f in dataclasses.fields(Contact)}


def test_bulk_actions_are_undone_contact_by_contact(page: ContactsPage, store: Store) -> None:
    from rapport.store.contact_tags import tags_of

    ids = select_rows(page, range(0, 6))
    save_contact(store, Contact(**{**vars_of(get_contact(store, ids[0])), "stage": "volunteer"}),
                 ["rally 2026"])  # fmt: skip
    stages = {i: (get_contact(store, i) or (Contact(), []))[0].stage for i in ids}
    tags_before = tags_of(store, ids)
    assert page.tag_selected(["rally 2026", "phone bank"]) == 11  # one had the first tag
    page.table.undo()
    assert tags_of(store, ids) == tags_before  # the one tagged before keeps its tag
    page.table.redo()
    assert all({"rally 2026", "phone bank"} <= set(t) for t in tags_of(store, ids).values())
    page.table.undo()

    select_rows(page, range(0, 6))
    assert page.untag_selected(["rally 2026"]) == 1
    page.table.undo()
    assert tags_of(store, ids) == tags_before

    select_rows(page, range(0, 6))
    page.set_stage_selected("leader")
    assert {(get_contact(store, i) or (Contact(), []))[0].stage for i in ids} == {"leader"}
    page.table.undo()
    assert {i: (get_contact(store, i) or (Contact(), []))[0].stage for i in ids} == stages


def test_big_bulk_changes_run_off_the_gui_thread_and_undo_there_too(
    qtbot: QtBot, page: ContactsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from rapport.store import contacts as store_contacts
    from rapport.ui.contacts import page as page_module

    monkeypatch.setattr(page_module, "BULK_IN_BACKGROUND", 5)
    threads: list[threading.Thread] = []
    real = store_contacts.set_stage

    def watched(*args: object, **kw: object) -> int:
        threads.append(threading.current_thread())
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(store_contacts, "set_stage", watched)
    ids = select_rows(page, range(0, 8))
    stages = {i: (get_contact(store, i) or (Contact(), []))[0].stage for i in ids}
    page.set_stage_selected("leader")
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert {(get_contact(store, i) or (Contact(), []))[0].stage for i in ids} == {"leader"}
    page.table.undo()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert {i: (get_contact(store, i) or (Contact(), []))[0].stage for i in ids} == stages
    select_rows(page, range(0, 8))
    page.delete_selected()
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert count_contacts(store) == DEMO_CONTACTS - 8
    assert page.model.rowCount() == DEMO_CONTACTS - 8


def test_merge_two_contacts(page: ContactsPage, store: Store) -> None:
    keep = Contact(first_name="Rosa", last_name="Merge", phones=["555-300-0001"], turf="")
    drop = Contact(
        first_name="Rosa",
        last_name="Merged",
        phones=["555-300-0002"],
        turf="Eastgate",
        notes="met at the clinic",
    )
    save_contact(store, keep, ["choir"])
    save_contact(store, drop, ["tenants"])
    page.search.setText("rosa merge")
    page._run_search()
    assert page.model.rowCount() == 2
    ids = select_rows(page, range(0, 2))
    assert page.merge_button.isEnabled()
    dialog = page.merge_selected()
    assert dialog is not None
    try:
        assert set(dialog.choices) >= {"last_name", "phones", "turf", "notes"}
        assert dialog.chosen()["turf"] == "Eastgate"  # the kept one had none
        dialog.choose("last_name", 1 if ids[0] == keep.id else 0)  # "Merged"
        dialog.merge()
        assert not dialog.isVisible()
    finally:
        if dialog.isVisible():
            dialog.reject()
    kept_id = ids[0]
    gone_id = ids[1]
    assert get_contact(store, gone_id) is None
    merged = get_contact(store, kept_id)
    assert merged is not None
    contact, tags = merged
    assert contact.last_name == "Merged"
    assert sorted(contact.phones) == ["555-300-0001", "555-300-0002"]
    assert contact.turf == "Eastgate"
    assert sorted(t.lower() for t in tags) == ["choir", "tenants"]
    assert page.model.rowCount() == 1


# -- import and export ---------------------------------------------------------------------


def wait_done(qtbot: QtBot, page: ContactsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=15_000)


def test_import_preview_remap_and_import(
    qtbot: QtBot, page: ContactsPage, store: Store, tmp_path: Path
) -> None:
    existing = Contact(first_name="Ya", last_name="Aqui", emails=["already@example.org"])
    save_contact(store, existing, [])
    path = tmp_path / "people.csv"
    path.write_text(
        "Full name,Phone,Email,Group\n"
        "Nuevo Uno,555-400-0001,uno@example.org,choir\n"
        "Nuevo Dos,555-400-0002,dos@example.org,choir\n"
        "Ya Aqui Otra Vez,,ALREADY@example.org,\n"
        ",,,\n"
        "Broken,,not-an-email,\n",
        encoding="utf-8",
    )
    assert page.files.import_from(path)
    wait_done(qtbot, page)
    dialog = page.files.import_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        new, duplicates, invalid = dialog.count_values
        assert duplicates == 1
        assert new + invalid == 3
        shown = dialog.rows.model()
        assert shown.rowCount() == new + duplicates + invalid
        texts = [shown.index(i, 2).data() for i in range(shown.rowCount())]
        assert any("Ya Aqui" in t for t in texts)  # duplicate of whom
        # Map "Group" to tags and re-plan.
        dialog.set_mapping("Group", "tags")
        dialog.apply_mapping.click()
        wait_done(qtbot, page)
        assert dialog.mapping()["Group"] == "tags"
        assert dialog.parsed.mapping["Group"] == "tags"
        dialog.import_button.click()
        wait_done(qtbot, page)
        assert not dialog.isVisible()
    finally:
        if dialog.isVisible():
            dialog.reject()
    assert count_contacts(store) == DEMO_CONTACTS + 1 + new
    assert "added" in page.notice.text()
    found = contact_page(store, "nuevo uno")
    assert len(found) == 1 and "choir" in found[0].tags.lower()


def test_cancel_while_a_file_is_read_opens_no_preview(
    qtbot: QtBot, page: ContactsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    from rapport.interop import csv_contacts

    path = tmp_path / "many.csv"
    rows = "".join(f"Persona {i},555{i:07d}\n" for i in range(1_200))
    path.write_text("Name,Phone\n" + rows, encoding="utf-8")
    reached, go_on = threading.Event(), threading.Event()
    read_columns = csv_contacts.read_csv_columns

    def held(source: Path, *, careful: bool = False) -> object:
        reached.set()
        go_on.wait(10)
        return read_columns(source, careful=careful)

    monkeypatch.setattr(csv_contacts, "read_csv_columns", held)
    assert page.files.import_from(path)
    assert reached.wait(10)  # the file is being read
    job = page.jobs.job
    assert job is not None
    [cancel] = job.progress.findChildren(QPushButton)
    cancel.click()
    go_on.set()
    wait_done(qtbot, page)
    assert page.files.import_dialog is None
    assert page.notice.text() == "Cancelled."
    assert count_contacts(page.model.store) == DEMO_CONTACTS


def test_export_all_and_selection(qtbot: QtBot, page: ContactsPage, tmp_path: Path) -> None:
    everyone = tmp_path / "all.csv"
    assert page.files.export_to(everyone)
    wait_done(qtbot, page)
    assert len(everyone.read_text(encoding="utf-8-sig").strip().splitlines()) == DEMO_CONTACTS + 1
    ids = select_rows(page, range(0, 3))
    cards = tmp_path / "three.vcf"
    assert page.files.export_to(cards, ids)
    wait_done(qtbot, page)
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    assert "Exported 3 contacts" in page.notice.text()


def test_import_counts_are_written_the_locale_way(
    qtbot: QtBot, page: ContactsPage, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    path = tmp_path / "many.csv"
    rows = "".join(f"Persona {i},555{i:07d}\n" for i in range(1_200))
    path.write_text("Name,Phone\n" + rows, encoding="utf-8")
    assert page.files.import_from(path)
    wait_done(qtbot, page)
    dialog = page.files.import_dialog
    assert dialog is not None
    many = QLocale().toString(1_200)
    assert many == "1,200"  # the window is in English
    assert dialog.counts.text() == f"{many} rows: {many} new, 0 duplicate, 0 invalid."
    dialog.import_button.click()
    wait_done(qtbot, page)
    assert page.notice.text().startswith(f"Imported: {many} added,")


def test_the_preview_lists_every_row_and_each_kind_of_row(
    qtbot: QtBot, page: ContactsPage, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = []
    for i in range(3_000):
        if i % 1_000 == 999:
            lines.append(",,choir\n")  # no name, phone or email: invalid
        elif i == 2_500:
            lines.append(f"Persona {i},not a phone,\n")  # the phone is left out
        elif i == 2_600:
            lines.append("Persona Again,5550000001,\n")  # the same phone as row 1
        else:
            lines.append(f"Persona {i},555{i:07d},\n")
    path.write_text("Name,Phone,Group\n" + "".join(lines), encoding="utf-8")
    assert page.files.import_from(path)
    wait_done(qtbot, page)
    dialog = page.files.import_dialog
    assert dialog is not None
    try:
        shown = dialog.rows.model()
        ModelTester(qtbot).check(shown)
        assert shown.rowCount() == 3_000  # past the old cut of 2,000 rows
        assert [dialog.kinds.itemText(i) for i in range(dialog.kinds.count())] == [
            "every row (3,000)",
            "new (2,996)",
            "new, with values left out (1)",
            "duplicates (1)",
            "invalid (3)",
        ]

        def listed() -> list[tuple[str, str]]:
            return [
                (shown.index(i, 0).data(), shown.index(i, 2).data())
                for i in range(shown.rowCount())
            ]

        dialog.show_kind("invalid")
        assert [line for line, _what in listed()] == ["1001", "2001", "3001"]
        assert all(what.startswith("invalid: ") for _line, what in listed())
        dialog.show_kind("noted")
        assert listed() == [
            ("2502", "new, but line 2502, column Phone: “not a phone” is not a phone number; "
             "it was left out")
        ]  # fmt: skip
        dialog.show_kind("duplicate")
        assert [line for line, _what in listed()] == ["2602"]
        # Planned again with other columns, the same kind of rows stays shown.
        dialog.set_mapping("Group", "tags")
        dialog.apply_mapping.click()
        wait_done(qtbot, page)
        assert dialog.kinds.currentData() == "duplicate"
        assert [line for line, _what in listed()] == ["2602"]
        # With the phones left out there are no duplicates left: every row is shown.
        dialog.set_mapping("Phone", "")
        dialog.apply_mapping.click()
        wait_done(qtbot, page)
        assert dialog.kinds.currentData() == "all"
        assert shown.rowCount() == 3_000
        assert [dialog.kinds.itemData(i) for i in range(dialog.kinds.count())] == [
            "all",
            "new",
            "invalid",
        ]
    finally:
        dialog.reject()


def test_the_bulk_buttons_wrap_rather_than_cut_their_labels(
    qtbot: QtBot, window: MainWindow, page: ContactsPage
) -> None:
    buttons = [
        page.tag_button,
        page.untag_button,
        page.stage_button,
        page.merge_button,
        page.export_selection_button,
        page.delete_button,
        page.undo_button,
    ]

    def rows_at(width: int) -> int:
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width)
        for button in buttons:  # each keeps its whole label, inside the page
            assert button.width() >= button.sizeHint().width(), button.text()
            assert button.geometry().right() <= page.width(), button.text()
        return len({button.y() for button in buttons})

    assert rows_at(1300) == 1
    assert rows_at(760) >= 2


def test_every_column_of_the_contact_table_fits_until_a_width_is_set_by_hand(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QStandardItemModel, QUndoStack

    from rapport.ui.contacts.table import COLUMN_WIDTHS, ContactTable

    model = QStandardItemModel(3, len(COLUMN_WIDTHS) + 1)
    table = ContactTable(QUndoStack(), model)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    for width in (1400, 900, 760):  # a big screen, then a laptop's
        table.resize(width, 400)
        table.show()
        qtbot.waitExposed(table)
        shown = sum(header.sectionSize(c) for c in range(header.count()))
        assert shown <= table.viewport().width() + 1, width
        assert header.sectionSize(header.count() - 1) >= 60  # the next step is in view
    table.resize(1400, 400)
    assert header.sectionSize(0) == COLUMN_WIDTHS[0]  # room enough: the usual widths
    header.resizeSection(2, 300)  # the organizer widens the email column
    table.resize(900, 400)
    assert header.sectionSize(2) == 300 and table.widths_set_by_hand


def test_the_merge_dialog_shows_all_three_columns_without_scrolling(
    page: ContactsPage, store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QScrollArea, QWidget

    long = "Moved here twenty-five years ago for a job at the hospital laundry"
    keep = Contact(
        first_name="Juliana",
        last_name="Peña Salazar",
        phones=["+1 (555) 012-9868"],
        emails=["julianapenasalazar@example.org"],
        story=long,
    )
    drop = Contact(
        first_name="Juliana",
        last_name="Salazar",
        phones=["+1 555 019 9114"],
        emails=["jsalazar.organizing@example.net"],
        story=long + ", and stayed",
    )
    save_contact(store, keep, [])
    save_contact(store, drop, [])
    page.search.setText("juliana")
    page._run_search()
    select_rows(page, range(0, 2))
    dialog = page.merge_selected()
    assert dialog is not None
    try:
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.minimumSize())
        qtbot.wait(10)
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None
        assert not scroll.horizontalScrollBar().isVisible()
        button = dialog.findChild(QWidget, "merge_story_0")
        assert button is not None and button.toolTip() == long  # the whole text, in its tip
    finally:
        dialog.reject()
