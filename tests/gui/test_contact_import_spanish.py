"""The contact import preview in Spanish: each row's reasons (bad phone, no name,
duplicate) and a refused file are said in the interface language, while the command
line keeps the English text (see tests/e2e/test_contacts_cli.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.domain.records import Contact
from rapport.store.contact_edits import save_contact
from rapport.ui.contacts.page import ContactsPage
from tests.gui.conftest import Launcher


def spanish_page(launch_window: Launcher) -> ContactsPage:
    session = launch_window(language="es")
    assert session.folder is not None
    save_contact(session.folder.store, Contact(first_name="Rosa", emails=["rosa@example.org"]), [])
    page = session.window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    return page


def wait_done(qtbot: QtBot, page: ContactsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=15_000)


def test_the_import_preview_gives_its_reasons_in_spanish(
    launch_window: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    page = spanish_page(launch_window)
    path = tmp_path / "gente.csv"
    path.write_text(
        "Nombre,Phone,Email\n"
        "Ana López,555,ana@example.org\n"
        ",,\n"
        ",,,extra\n"
        "Otra Rosa,,ROSA@example.org\n",
        encoding="utf-8",
    )
    assert page.files.import_from(path)
    wait_done(qtbot, page)
    dialog = page.files.import_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        shown = dialog.rows.model()
        rows = {shown.index(i, 0).data(): shown.index(i, 2).data() for i in range(shown.rowCount())}
        assert rows == {
            "2": "nuevo, pero línea 2, columna Phone: «555» no es un número de teléfono; "
            "se dejó fuera",
            # why it is refused first, then what else was wrong with it
            "4": "no válido: línea 4: sin nombre, teléfono ni correo, así que esta fila no "
            "se importa; línea 4: hay 4 celdas y el encabezado tiene 3; se dejaron fuera "
            "las celdas de más",
            "5": "duplicado: mismo correo rosa@example.org que Rosa",
        }
        assert [dialog.kinds.itemText(i) for i in range(dialog.kinds.count())] == [
            "todas las filas (3)",
            "nuevas (1)",
            "nuevas, con valores dejados fuera (1)",
            "duplicadas (1)",
            "no válidas (1)",
        ]
    finally:
        dialog.reject()


def test_a_refused_file_is_explained_in_spanish(
    launch_window: Launcher, qtbot: QtBot, tmp_path: Path
) -> None:
    page = spanish_page(launch_window)
    path = tmp_path / "vacío.csv"
    path.write_text("\n\n", encoding="utf-8")
    assert page.files.import_from(path)
    wait_done(qtbot, page)
    assert page.notice.text() == ("No funcionó: vacío.csv: está vacío; no hay nada que importar")


BAD_CELLS: list[tuple[str, str]] = [
    ("phones", "555"),
    ("emails", "not-an-email"),
    ("do_not_contact", "maybe"),
    ("follow_up_days", "soon"),
    ("tags", "t" * 200),
    ("turf", "x" * 5_000),
    ("name", "N" * 500),
    ("phones", ";".join(f"555-010-{i:04d}" for i in range(200))),
    ("emails", ";".join(f"p{i}@example.org" for i in range(200))),
    ("notes", "lone \ud800 surrogate"),
    ("notes", "only notes, so no name, phone or email"),
]


def row_codes() -> set[str]:
    """Every code `build_row` gives for a table of bad values."""
    from rapport.interop.contact_rows import Cell, build_row

    codes: set[str] = set()
    for target, value in BAD_CELLS:
        cells = [Cell(target, 7, "column X", value)]
        if target not in ("name", "notes") or "lone" in value:
            cells.append(Cell("first_name", 7, "column First", "Ana"))
        row = build_row(7, cells, {})
        assert row.problems, (target, value)
        codes |= {getattr(p, "code", "") for p in row.problems}
    return codes


def test_every_import_code_has_a_spanish_text(app: object, tmp_path: Path) -> None:
    from rapport.interop import read_csv, read_vcards
    from rapport.interop.text_source import ImportFileError
    from rapport.store.contact_import import RowPlan
    from rapport.store.duplicates import Match
    from rapport.ui.contacts.import_labels import file_texts, row_texts
    from rapport.ui.language import install_language
    from tests.gui.test_translations import PLACEHOLDER

    codes = row_codes()
    assert {"bad_phone", "bad_email", "no_name", "long_value", "bad_field"} <= codes
    # Problems found while reading a file.
    csv_file = tmp_path / "rows.csv"
    csv_file.write_bytes(
        "Name,Phone\nAna,555-010-0001,extra\nLu\nJosé,555-010-0002\n".encode()
        + "Ren\xe9,555-010-0003\n".encode("cp1252")
        + b'Eva,"555\nmore\n'
    )
    card = tmp_path / "card.vcf"
    card.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE;ENCODING=B:QUJ\nEND:VCARD\n", encoding="utf-8"
    )
    for parsed in (read_csv(csv_file), read_vcards(card)):
        codes |= {getattr(p, "code", "") for r in parsed.rows for p in r.problems}
    assert {"extra_cells", "missing_cells", "read_as", "open_quote", "bad_base64"} <= codes
    for kind in ("phone", "email"):
        for line in (3, None):
            plan = RowPlan(5, "duplicate", None, [], [], duplicate_line=line)
            plan.matches = [Match(kind, "x")]  # type: ignore[arg-type]
            codes |= {getattr(r, "code", "") for r in plan.reasons}
    # Files refused as a whole.
    file_codes: set[str] = set()
    for name, data in (
        ("empty.csv", b""),
        ("zip.csv", b"PK\x03\x04rest"),
        ("nul.csv", b"Name\nAna\x00\n"),
        ("header.csv", b"Name,Phone,Email\n"),
        ("none.vcf", b"FN:Ana\n"),
        ("open.vcf", b"BEGIN:VCARD\nFN:Ana\n"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        try:
            (read_vcards if name.endswith(".vcf") else read_csv)(path)
        except ImportFileError as exc:
            file_codes.add(getattr(exc.reason, "code", ""))
        else:
            raise AssertionError(f"{name} was not refused")
    assert "" not in codes and "" not in file_codes

    english_rows, english_files = row_texts(), file_texts()
    assert codes <= set(english_rows) and file_codes <= set(english_files)
    install_language(app, "es")  # type: ignore[arg-type]
    try:
        spanish_rows, spanish_files = row_texts(), file_texts()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    for english, spanish in ((english_rows, spanish_rows), (english_files, spanish_files)):
        for code, text in english.items():
            assert spanish[code] != text, code
            assert sorted(PLACEHOLDER.findall(spanish[code])) == sorted(
                PLACEHOLDER.findall(text)
            ), code
