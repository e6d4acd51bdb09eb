"""A refused bundle explained in Spanish: every reason `rapport.sync` can give has a
Spanish text, and the Sync screen names the file, line and field in the interface
language, while the command line keeps the English text (tests/unit/test_bundle_validation.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rapport.domain.records import Contact, Evaluation
from rapport.sync import crypto
from rapport.sync.bundle import MAX_LINE_BYTES, BundleError
from rapport.ui.sync.page import SyncPage
from tests.gui.conftest import Launcher
from tests.gui.test_sync_page import bundle_lines, close_message, message, wait_done, write_bundle
from tests.unit.sync_helpers import Laptop

# -- damaged bundles ----------------------------------------------------------------------


@pytest.fixture
def raised(monkeypatch: pytest.MonkeyPatch) -> list[BundleError]:
    """Every `BundleError` made from now on, also those a caller catches (HQ's merge turns
    them into a refused result)."""
    made: list[BundleError] = []
    real = BundleError.__init__

    def recording(self: BundleError, *args: Any, **kwargs: Any) -> None:
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(BundleError, "__init__", recording)
    return made


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = Laptop(tmp_path / "a"), Laptop(tmp_path / "b")
    a.store.save(Contact(first_name="Ana", phones=["555-0100"]))
    a.store.save(Evaluation(training_id="t1", rating=4, likes=["pace"], wishes=["snacks"]))
    yield a, b
    a.close()
    b.close()


def with_trailer(
    lines: list[bytes], counts: dict[str, int] | None = None, records: int | None = None
) -> bytes:
    """Header and record lines with a trailer whose checksum is right (and, unless given,
    its counts)."""
    body = b"".join(line + b"\n" for line in lines)
    found: dict[str, int] = {}
    for line in lines[1:]:
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("table"), str):
            found[obj["table"]] = found.get(obj["table"], 0) + 1
    trailer = {
        "type": "trailer",
        "counts": found if counts is None else counts,
        "records": len(lines) - 1 if records is None else records,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return body + orjson.dumps(trailer) + b"\n"


def edited(lines: list[bytes], change: Callable[[dict[str, Any]], None], index: int) -> bytes:
    obj = orjson.loads(lines[index])
    change(obj)
    return with_trailer([*lines[:index], orjson.dumps(obj), *lines[index + 1 : -1]])


def evaluation_line(lines: list[bytes]) -> int:
    return next(i for i, line in enumerate(lines) if b'"evaluation"' in line)


def damaged_bundles(lines: list[bytes]) -> dict[str, bytes]:
    """Bundles each refused for another reason (named here only for the failure message)."""
    whole = b"".join(line + b"\n" for line in lines)
    head, records = lines[0], lines[1:-1]
    ev = evaluation_line(lines)

    def field(name: str, value: object) -> Callable[[dict[str, Any]], None]:
        return lambda obj: obj["fields"][name].update(v=value)

    def header(**values: object) -> bytes:
        return with_trailer([orjson.dumps({**orjson.loads(head), **values}), *records])

    return {
        "empty": b"",
        "cut mid-line": whole[:-30],
        "a record first": with_trailer(records),
        "another format": header(format="zip-archive"),
        "newer schema": header(bundle_schema=99),
        "older schema": header(bundle_schema=0),
        "only a header": head + b"\n",
        "trailer missing": b"".join(line + b"\n" for line in lines[:-1]),
        "one byte changed": whole.replace(b'"Ana"', b'"Ama"'),
        "record count off": with_trailer([head, *records], records=len(records) + 1),
        "counts off": with_trailer([head, *records], counts={"contact": 2, "evaluation": 0}),
        "not JSON": b"PK\x03\x04 this is a zip file\n\x00\x01\n",
        "a bad JSON line": with_trailer([head, b'{"type": "record", "table": ', *records]),
        "not a record": with_trailer([head, b'{"type": "note"}', *records]),
        "unknown table": edited(lines, lambda obj: obj.update(table="payroll"), 1),
        "rating as text": edited(lines, field("rating", "five"), ev),
        "rating too high": edited(lines, field("rating", 9), ev),
        "rating too low": edited(lines, field("rating", 0), ev),
        "text too long": edited(lines, field("learned", "x" * 30_000), ev),
        "too many likes": edited(lines, field("likes", ["ok"] * 600), ev),
        "no id": edited(lines, lambda obj: obj.update(id=""), ev),
        "a stamp missing": edited(lines, lambda obj: obj["fields"]["rating"].pop("hlc"), ev),
        "a stamp in words": edited(lines, lambda obj: obj["deleted"].update(hlc="yesterday"), ev),
        "unknown kind": header(kind="weekly"),
        "too many counts": with_trailer(
            [head, *records], counts={f"table{i}": 0 for i in range(100)}
        ),
        "unknown field": edited(
            lines, lambda obj: obj["fields"].update(salary={"v": 1, "hlc": "x"}), ev
        ),
        "NUL in text": edited(lines, field("learned", "a\x00b"), ev),
        "enormous line": edited(lines, field("learned", "x" * (MAX_LINE_BYTES + 1)), ev),
    }


def provoke_every_refusal(laptops: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    """Import damaged, foreign and misdirected bundles on a laptop and at HQ."""
    from rapport.sync.bundle import read_bundle_file
    from rapport.sync.hq import merge_bundle, open_hq, write_return

    a, b = laptops
    sent = a.export()
    for name, data in damaged_bundles(sent.read_bytes().splitlines()).items():
        path = tmp_path / "bad.rapport-bundle"
        path.write_bytes(data)
        with pytest.raises(BundleError):
            b.receive(path)
            raise AssertionError(f"{name}: not refused")
    with pytest.raises(BundleError):
        read_bundle_file(tmp_path)  # a folder: it cannot be read
    private, public = crypto.generate_keypair()
    secret = tmp_path / "secret.rapport-bundle"
    secret.write_bytes(crypto.encrypt(sent.read_bytes(), public))
    with pytest.raises(BundleError):
        read_bundle_file(secret)  # no key
    with pytest.raises(BundleError):
        read_bundle_file(secret, crypto.generate_keypair()[0])  # someone else's key
    assert read_bundle_file(secret, private).trailer.records == 2  # HQ's own key reads it
    with pytest.raises(BundleError):
        a.receive(sent)  # its own
    hq = open_hq(str(tmp_path / "hq.sqlite3"))
    try:
        assert merge_bundle(hq, sent).ok
        back = tmp_path / "return.rapport-bundle"
        write_return(hq, a.store.device_id, back)
        with pytest.raises(BundleError):
            b.receive(back)  # a's return bundle
        assert not merge_bundle(hq, back).ok  # a return bundle is for a laptop
        with pytest.raises(BundleError):
            write_return(hq, "no-such-device", tmp_path / "none.rapport-bundle")
    finally:
        hq.close()


def test_every_bundle_refusal_has_a_spanish_text(
    app: QApplication,
    laptops: tuple[Laptop, Laptop],
    raised: list[BundleError],
    tmp_path: Path,
) -> None:
    from rapport.ui.language import install_language
    from rapport.ui.sync.bundle_labels import bundle_problem_text, reason_texts
    from tests.gui.test_translations import kept_placeholders

    provoke_every_refusal(laptops, tmp_path)
    install_language(app, "en")
    codes = {getattr(exc.reason, "code", "") for exc in raised}
    assert "" not in codes
    english = reason_texts()
    # Every reason has a text, and no text is left for a reason that no longer exists.
    assert codes == set(english)
    # In English the window says what the command line says (the decryption's own
    # explanation gets a few words in front).
    for exc in raised:
        if exc.reason.code != "decrypt_failed":
            assert bundle_problem_text(exc) == str(exc), exc.reason.code

    install_language(app, "es")
    try:
        spanish = reason_texts()
        explained = {exc.reason.code: bundle_problem_text(exc) for exc in raised}
    finally:
        install_language(app, "en")
    for code, text in english.items():
        assert spanish[code] != text, code
        assert kept_placeholders(spanish[code]) == kept_placeholders(text), code
    # What the schema check and the JSON parser found, said in Spanish.
    assert explained["wrong_type"].endswith(
        ', campo fields.rating.v: debe ser un número entero, no "five"'
    )
    assert explained["too_long"].endswith(
        "campo fields.learned.v: tiene 30.000 caracteres; se permiten como máximo 20.000"
    )
    assert explained["too_big"].endswith("campo fields.rating.v: debe ser como máximo 5, no 9")
    assert explained["missing_fields"].endswith("campo fields.rating: le falta hlc")
    assert explained["not_allowed"].endswith(
        'campo kind: debe ser uno de "delta", "full", "return", no "weekly"'
    )
    assert explained["bad_json"].endswith("línea 2: no es JSON válido (columna 29)")
    assert explained["empty_file"] == f"{tmp_path / 'bad.rapport-bundle'}: el archivo está vacío"
    assert explained["checksum"].endswith(
        ", campo sha256: la suma de verificación no coincide con el contenido: "
        "el archivo se dañó o se modificó"
    )
    # Numbers are written the Spanish way.
    assert "se permiten como máximo 8.388.608" in explained["long_line"]
    assert explained["own_bundle"] == (
        "este paquete se escribió en esta computadora; no hay nada que importar"
    )


# -- the Sync screen ----------------------------------------------------------------------


@pytest.fixture
def spanish_page(launch_window: Launcher) -> SyncPage:
    page = launch_window(language="es").window.show_page("sync")
    assert isinstance(page, SyncPage)
    return page


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Laptop]:
    laptop = Laptop(tmp_path / "other")
    laptop.store.save(Contact(first_name="Beto"))
    laptop.store.save(Contact(first_name="Carmen"))
    yield laptop
    laptop.close()


def test_a_bad_record_is_explained_in_spanish_naming_line_and_field(
    qtbot: QtBot, spanish_page: SyncPage, other: Laptop, tmp_path: Path
) -> None:
    lines = bundle_lines(other.export())
    lines[2]["fields"]["follow_up_days"]["v"] = "soon"
    bad = tmp_path / "malo.rapport-bundle"
    write_bundle(bad, lines)
    assert spanish_page.import_from(bad) is not None
    wait_done(qtbot, spanish_page)
    dialog = message(qtbot, spanish_page)
    assert dialog.heading.text() == "Este paquete no se puede importar; no se guardó nada"
    text = dialog.body.text()
    dialog.accept()
    assert text == (
        f"{bad}, línea 3, campo fields.follow_up_days.v: "
        'debe ser un número entero o vacío (null), no "soon"'
    )


def test_a_truncated_bundle_is_explained_in_spanish_naming_the_line(
    qtbot: QtBot, spanish_page: SyncPage, other: Laptop, tmp_path: Path
) -> None:
    whole = other.export().read_bytes()
    cut = tmp_path / "cortado.rapport-bundle"
    cut.write_bytes(whole[: len(whole) - 40])
    assert spanish_page.import_from(cut) is not None
    wait_done(qtbot, spanish_page)
    assert close_message(qtbot, spanish_page).endswith(
        f"\n{cut}, línea 4: el archivo no termina con una línea completa: quedó cortado (truncado)"
    )
    assert spanish_page.preview_dialog is None


# -- HQ's key -----------------------------------------------------------------------------


def _public_pem(key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def test_every_key_problem_a_laptop_meets_is_explained_in_spanish(
    qtbot: QtBot,
    spanish_page: SyncPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    from rapport.ui.sync.bundle_labels import key_texts

    private_pem, _public = crypto.generate_keypair()
    refused = {
        "public_key_is_private": private_pem,
        "not_public_key": b"just some text\n",
        "public_key_other_kind": _public_pem(Ed25519PrivateKey.generate().public_key()),
    }
    said: dict[str, str] = {}
    for code, pem in refused.items():
        key_file = tmp_path / f"{code}.pem"
        key_file.write_bytes(pem)
        assert spanish_page.import_key_from(key_file) is None
        said[code] = close_message(qtbot, spanish_page)
    assert said["public_key_is_private"] == (
        "No se importó la clave\n\nEsta no es la clave pública de la oficina central: es una "
        "clave privada. Nunca envíe la clave privada a las computadoras; exporte la clave "
        "pública de la oficina central e importe esa."
    )
    assert "es una clave Ed25519, no una clave de Rapport" in said["public_key_other_kind"]

    # A key that cannot encrypt (a low-order point) is taken, then the export says why.
    useless = tmp_path / "useless.pem"
    useless.write_bytes(_public_pem(X25519PublicKey.from_public_bytes(bytes(32))))
    assert spanish_page.import_key_from(useless) is not None
    close_message(qtbot, spanish_page)
    spanish_page.export_to(tmp_path / "out.rapport-bundle")
    wait_done(qtbot, spanish_page)
    said["unusable_public_key"] = close_message(qtbot, spanish_page)
    assert said["unusable_public_key"].endswith(
        "Esta clave pública de la oficina central no sirve para cifrar; pida una clave nueva "
        "a la oficina central."
    )
    good = tmp_path / "good.pem"
    good.write_bytes(_public)
    assert spanish_page.import_key_from(good) is not None
    close_message(qtbot, spanish_page)
    monkeypatch.setattr(crypto, "MAX_CHUNKS", 0)  # as if the file were too large to encrypt
    spanish_page.export_to(tmp_path / "out.rapport-bundle")
    wait_done(qtbot, spanish_page)
    said["too_large_to_encrypt"] = close_message(qtbot, spanish_page)
    assert said["too_large_to_encrypt"].endswith(
        "Este archivo es demasiado grande para cifrarlo como un solo paquete."
    )
    assert set(said) == set(key_texts())
