"""CSV import and export of contacts (rapport.interop.csv_contacts)."""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.fields import field_specs
from rapport.domain.records import DEFAULT_LADDER, Contact
from rapport.interop import (
    ImportFileError,
    ParsedFile,
    guess_mapping,
    read_csv,
    read_vcards,
    remap,
    write_csv,
)
from rapport.interop.contact_rows import MAPPING_TARGETS
from rapport.interop.contact_values import phone_key

# --- strategies (test_vcard.py uses them too) -----------------------------------------------


def _clean(text: str) -> str:
    """What an importer keeps of a value: NFC, trimmed."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).strip())


_odd = list("ñÑáéíóúüÜ¿¡çß😀👍🏽✊🏾中文ąő,;:\"'\\=+-@<>#/ ")
_chars = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(_odd)
names = st.text(_chars, max_size=30).map(_clean)
long_text = st.text(_chars | st.sampled_from(["\n", "\t"]), max_size=120).map(_clean)
tag_names = (
    st.text(_chars.filter(lambda c: c not in ",;*\u2028\u2029\x85"), min_size=1, max_size=20)
    .map(_clean)
    .filter(lambda t: t and ":::" not in t and t.casefold() != "mycontacts")
)


@st.composite
def phones(draw: st.DrawFn) -> str:
    a, e, n = draw(st.integers(201, 989)), draw(st.integers(200, 999)), draw(st.integers(0, 9999))
    pattern = draw(
        st.sampled_from(
            [
                "+1 ({a}) {e}-{n:04d}",
                "{a}.{e}.{n:04d}",
                "{a}{e}{n:04d}",
                "({a}) {e} {n:04d} ext 5",
                "+52 55 {e}{n:04d}",
                "+44 20 7946 {n:04d}",
            ]
        )
    )
    return pattern.format(a=a, e=e, n=n)


_local = st.text("abcdefghijkmnopqrstuvwxyzABCZ0123456789", min_size=1, max_size=8)
emails = st.builds(
    "{}{}@{}.{}".format,
    _local,
    st.sampled_from(["", ".x", "+tag", "_1", "-a.b"]),
    st.text("abcdefghijkmnopqrstuvwxyzñ0123456789", min_size=1, max_size=8),
    st.sampled_from(["org", "mx", "com", "рф", "co.uk"]),
)


@st.composite
def contacts(draw: st.DrawFn, *, every_field: bool = True) -> tuple[Contact, list[str]]:
    extra: dict[str, Any] = {}
    if every_field:
        for name in ("pronouns", "preferred_language", "turf", "how_met"):
            extra[name] = draw(names)
        for name in ("story", "issues", "shared_vision"):
            extra[name] = draw(long_text)
        extra["stage"] = draw(st.sampled_from(DEFAULT_LADDER))
        extra["do_not_contact"] = draw(st.booleans())
        extra["follow_up_days"] = draw(st.none() | st.integers(1, 3650))
    contact = Contact(
        first_name=draw(names),
        last_name=draw(names),
        phones=draw(st.lists(phones(), max_size=3, unique_by=phone_key)),
        emails=draw(st.lists(emails, max_size=3, unique_by=str.casefold)),
        address=draw(long_text),
        notes=draw(long_text),
        private_notes=draw(long_text),
        **extra,
    )
    tags = draw(st.lists(tag_names, max_size=4, unique_by=str.casefold))
    return contact, tags


@pytest.fixture(scope="module")
def no_fsync() -> Iterator[None]:
    """Round trips check content, not durability: skip the (slow) fsync there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)
        yield


def valid(pair: tuple[Contact, list[str]]) -> bool:
    c = pair[0]
    return bool(c.first_name or c.last_name or c.phones or c.emails)


KEPT = ("first_name", "last_name", "phones", "emails", "address", "notes")


def assert_same(
    got: ParsedFile, sent: list[tuple[Contact, list[str]]], fields: tuple[str, ...]
) -> None:
    assert [r.problems for r in got.rows] == [[] for _ in sent]
    assert len(got.rows) == len(sent)
    for row, (contact, tags) in zip(got.rows, sent, strict=True):
        assert row.contact is not None
        for name in fields:
            assert getattr(row.contact, name) == getattr(contact, name), name
        assert row.contact.private_notes == ""
        assert row.tags == tags


# --- round trips ------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(contacts().filter(valid), min_size=1, max_size=3))
def test_write_then_read_gives_back_the_same_contacts(
    tmp_path_factory: pytest.TempPathFactory,
    no_fsync: None,
    sent: list[tuple[Contact, list[str]]],
) -> None:
    path = tmp_path_factory.getbasetemp() / "round-trip.csv"
    assert write_csv(sent, path) == len(sent)
    got = read_csv(path)
    assert (got.encoding, got.delimiter, got.had_bom) == ("utf-8", ",", True)
    every = (*KEPT, "pronouns", "preferred_language", "turf", "how_met", "stage", "story")
    assert_same(got, sent, (*every, "issues", "shared_vision", "do_not_contact", "follow_up_days"))


def test_round_trip_of_awkward_text(tmp_path: Path) -> None:
    contact = Contact(
        first_name='=HYPERLINK("http://x")',
        last_name='O\'Neil, "Jr"; Muñoz 😀',
        phones=["+1 (555) 010-1234", "+52 55 1234 5678"],
        emails=["ana@ejemplo.mx"],
        address="123 Main St\nApt 4, Springfield",
        notes="'=already quoted\n- a list\n@mention",
        private_notes="SECRET-NOTE",
        do_not_contact=True,
        follow_up_days=14,
    )
    path = tmp_path / "out.csv"
    write_csv([(contact, ["Líderes", "=sum"])], path)
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"SECRET-NOTE" not in raw and b"Private" not in raw
    assert b"'=HYPERLINK" in raw  # a spreadsheet shows it, it does not run it
    assert b"\r\n" in raw
    row = read_csv(path).rows[0]
    assert row.problems == []
    assert row.contact is not None
    for name in (*KEPT, "do_not_contact", "follow_up_days"):
        assert getattr(row.contact, name) == getattr(contact, name)
    assert row.tags == ["Líderes", "=sum"]


# --- fixtures from the field ----------------------------------------------------------------

VAN = (
    "VanID,LastName,FirstName,MiddleName,Suffix,Address,City,State,Zip5,Zip4,HomePhone,CellPhone,"
    "Email\r\n"
    "100231,Muñoz,José,,Jr.,123 Main St,Springfield,IL,62701,1234,(555) 010-1234,555.010.9999,"
    "jose@example.org\r\n"
    '100232,López,Ana,María,,"45 Oak Ave, Apt 2",Chicago,IL,60601,,,5550104321,\r\n'
    ",,,,,,,,,,,,\r\n"
    "100233,Nguyen,Bao,,,,,,,,5550101111,5550101111,BAO@EXAMPLE.ORG\r\n"
)


def write(tmp_path: Path, data: bytes | str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_a_van_export(tmp_path: Path) -> None:
    parsed = read_csv(write(tmp_path, VAN))
    assert (parsed.encoding, parsed.delimiter, parsed.had_bom) == ("utf-8", ",", False)
    assert parsed.mapping == {
        "VanID": "",
        "LastName": "last_name",
        "FirstName": "first_name",
        "MiddleName": "first_name",
        "Suffix": "last_name",
        "Address": "address",
        "City": "address",
        "State": "address",
        "Zip5": "address",
        "Zip4": "address",
        "HomePhone": "phones",
        "CellPhone": "phones",
        "Email": "emails",
    }
    assert [r.line for r in parsed.rows] == [2, 3, 5]  # the blank row is skipped
    jose, ana, bao = (r.contact for r in parsed.rows)
    assert jose is not None and ana is not None and bao is not None
    assert (jose.first_name, jose.last_name) == ("José", "Muñoz Jr.")
    assert jose.phones == ["(555) 010-1234", "555.010.9999"]  # kept as written
    assert jose.emails == ["jose@example.org"]
    assert jose.address == "123 Main St, Springfield, IL 62701-1234"
    assert (ana.first_name, ana.address) == ("Ana María", "45 Oak Ave, Apt 2, Chicago, IL 60601")
    assert bao.phones == ["5550101111"]  # the same number twice is kept once
    assert parsed.rows[0].source["VanID"] == "100231"
    assert all(r.problems == [] for r in parsed.rows)


def test_a_semicolon_cp1252_file(tmp_path: Path) -> None:
    text = "Nombre;Apellido;Teléfono;Correo\r\nJosé;Muñoz;+52 55 1234 5678;jose@ejemplo.mx\r\n"
    parsed = read_csv(write(tmp_path, text.encode("cp1252")))
    assert (parsed.encoding, parsed.delimiter) == ("cp1252", ";")
    contact = parsed.rows[0].contact
    assert contact is not None
    assert (contact.first_name, contact.last_name) == ("José", "Muñoz")
    assert contact.phones == ["+52 55 1234 5678"]
    assert contact.emails == ["jose@ejemplo.mx"]


def test_a_utf8_file_with_a_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + "First Name,Last Name,Email\nZoë,Ağa,zoe@example.org\n".encode()
    parsed = read_csv(write(tmp_path, data))
    assert parsed.had_bom and parsed.encoding == "utf-8"
    assert parsed.columns == ["First Name", "Last Name", "Email"]  # no BOM in the first name
    assert parsed.mapping["First Name"] == "first_name"
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.first_name == "Zoë"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_tab_delimited_file(tmp_path: Path, codec: str) -> None:
    # Excel's "Unicode Text" is UTF-16 with tabs; without a BOM it is still recognised.
    text = "Name\tMobile Phone\tE-mail Address\r\nJosé Muñoz\t555 010 1234\tjose@example.org\r\n"
    parsed = read_csv(write(tmp_path, text.encode(codec)))
    assert parsed.delimiter == "\t"
    assert parsed.had_bom == (codec == "utf-16")
    contact = parsed.rows[0].contact
    assert contact is not None
    assert (contact.first_name, contact.last_name) == ("José", "Muñoz")
    assert contact.phones == ["555 010 1234"]
    assert contact.emails == ["jose@example.org"]


GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,"
    "Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,"
    "Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code\n"
    "Ana,,García,,Dr.,,Anita,1990-01-01,Met at the rally,* myContacts ::: Volunteers ::: Leaders,"
    "* Home,ana@example.org,Work,ana@work.example,Mobile,+1 555-010-1234 ::: +1 555-010-5678,"
    'Home,"1 Elm St\nSpringfield, IL 62701",1 Elm St,Springfield,IL,62701\n'
)


def test_a_google_contacts_export(tmp_path: Path) -> None:
    parsed = read_csv(write(tmp_path, GOOGLE))
    m = parsed.mapping
    assert m["First Name"] == "first_name" and m["Last Name"] == "last_name"
    assert m["Phonetic First Name"] == m["Name Prefix"] == m["Nickname"] == ""
    assert m["E-mail 1 - Value"] == m["E-mail 2 - Value"] == "emails"
    assert m["E-mail 1 - Label"] == m["Phone 1 - Label"] == ""
    assert m["Labels"] == "tags" and m["Notes"] == "notes"
    assert m["Address 1 - Formatted"] == "address"
    assert m["Address 1 - Street"] == m["Address 1 - City"] == ""  # the formatted one wins
    row = parsed.rows[0]
    assert row.problems == []
    assert row.contact is not None
    assert row.contact.emails == ["ana@example.org", "ana@work.example"]
    assert row.contact.phones == ["+1 555-010-1234", "+1 555-010-5678"]
    assert row.contact.address == "1 Elm St\nSpringfield, IL 62701"
    assert row.contact.notes == "Met at the rally"
    assert row.tags == ["Volunteers", "Leaders"]  # Google's own group is dropped


def test_an_outlook_export_prefers_the_home_address(tmp_path: Path) -> None:
    header = (
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Business Street,Business City,"
        "Business State,Business Postal Code,Home Street,Home City,Home State,Home Postal Code,"
        "Business Fax,Business Phone,Home Phone,Mobile Phone,Pager,Categories,E-mail Address,"
        "E-mail Type,E-mail Display Name,Notes"
    )
    assert guess_mapping(header.split(",")) == {
        "Title": "",
        "First Name": "first_name",
        "Middle Name": "first_name",
        "Last Name": "last_name",
        "Suffix": "last_name",
        "Company": "",
        "Business Street": "",
        "Business City": "",
        "Business State": "",
        "Business Postal Code": "",
        "Home Street": "address",
        "Home City": "address",
        "Home State": "address",
        "Home Postal Code": "address",
        "Business Fax": "",
        "Business Phone": "phones",
        "Home Phone": "phones",
        "Mobile Phone": "phones",
        "Pager": "",
        "Categories": "tags",
        "E-mail Address": "emails",
        "E-mail Type": "",
        "E-mail Display Name": "",
        "Notes": "notes",
    }


def test_spanish_headers(tmp_path: Path) -> None:
    text = (
        "Nombre completo,Teléfono celular,Correo electrónico,Dirección,Ciudad,Código postal,"
        "Idioma,Etiquetas,Notas\n"
        "Juan de la Cruz,(555) 010-1234,juan@ejemplo.mx,Calle 5 #12,Chicago,60608,español,"
        '"Vecinos, Iglesia",Llegó con su hermana\n'
        '"López, Ana",,ana@ejemplo.mx,,,,,,\n'
    )
    parsed = read_csv(write(tmp_path, text))
    assert parsed.mapping == {
        "Nombre completo": "name",
        "Teléfono celular": "phones",
        "Correo electrónico": "emails",
        "Dirección": "address",
        "Ciudad": "address",
        "Código postal": "address",
        "Idioma": "preferred_language",
        "Etiquetas": "tags",
        "Notas": "notes",
    }
    juan, ana = (r.contact for r in parsed.rows)
    assert juan is not None and ana is not None
    assert (juan.first_name, juan.last_name) == ("Juan", "de la Cruz")
    assert juan.address == "Calle 5 #12, Chicago 60608"
    assert juan.preferred_language == "español"
    assert parsed.rows[0].tags == ["Vecinos", "Iglesia"]
    assert (ana.first_name, ana.last_name) == ("Ana", "López")


def test_nombre_is_a_first_name_only_beside_apellido() -> None:
    assert guess_mapping(["Nombre", "Apellidos"]) == {
        "Nombre": "first_name",
        "Apellidos": "last_name",
    }
    assert guess_mapping(["Nombre", "Correo"]) == {"Nombre": "name", "Correo": "emails"}


def test_a_name_column_is_split_only_without_first_and_last_columns() -> None:
    assert guess_mapping(["Name", "Phone", "Email"]) == {
        "Name": "name",
        "Phone": "phones",
        "Email": "emails",
    }
    both = guess_mapping(["Name", "Given Name", "Family Name"])
    assert both == {"Name": "", "Given Name": "first_name", "Family Name": "last_name"}


def test_a_sign_in_sheet_without_a_header(tmp_path: Path) -> None:
    text = "Ana López,555-010-1234,ana@example.org\nBeto Ruiz,555-010-9876,beto@example.org\n"
    parsed = read_csv(write(tmp_path, text))
    assert parsed.columns == ["Column 1", "Column 2", "Column 3"]
    assert parsed.mapping == {"Column 1": "name", "Column 2": "phones", "Column 3": "emails"}
    assert [r.line for r in parsed.rows] == [1, 2]
    assert parsed.rows[1].contact is not None
    assert parsed.rows[1].contact.last_name == "Ruiz"


def test_a_title_above_the_header_is_skipped(tmp_path: Path) -> None:
    text = "Volunteer list,,\nMarch 2026,,\n\nFirst name,Last name,Phone\nAna,Ruiz,5550101234\n"
    parsed = read_csv(write(tmp_path, text))
    assert parsed.columns == ["First name", "Last name", "Phone"]
    assert [r.line for r in parsed.rows] == [5]


def test_lines_count_physical_lines_even_inside_quoted_notes(tmp_path: Path) -> None:
    text = 'Name,Notes\nAna,"one\ntwo\nthree"\n\nBeto,"x"\nCeci,bad@\n'
    parsed = read_csv(write(tmp_path, text))
    assert [r.line for r in parsed.rows] == [2, 6, 7]
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.notes == "one\ntwo\nthree"


def test_old_mac_line_endings(tmp_path: Path) -> None:
    parsed = read_csv(write(tmp_path, "Name,Phone\rAna Ruiz,5550101234\rBeto,5550101235\r"))
    assert [r.line for r in parsed.rows] == [2, 3]
    assert [r.contact.first_name for r in parsed.rows if r.contact] == ["Ana", "Beto"]


# --- the row rules ------------------------------------------------------------------------


def test_bad_emails_and_phones_are_left_out_and_named(tmp_path: Path) -> None:
    text = (
        "First Name,Phone,Email\n"
        "Ana,call after 5,ana@\n"  # keeps its name: imported without them
        ",12,nope\n"  # nothing left: not imported
        ",555-010-1234,also bad\n"  # keeps a phone
    )
    rows = read_csv(write(tmp_path, text)).rows
    assert rows[0].problems == [
        "line 2, column Phone: 'call after 5' is not a phone number; it was left out",
        "line 2, column Email: 'ana@' is not an email address; it was left out",
    ]
    assert rows[0].contact is not None
    assert (rows[0].contact.phones, rows[0].contact.emails) == ([], [])
    assert rows[1].contact is None
    assert rows[1].problems[-1] == "line 3: no name, phone or email, so this row is not imported"
    assert rows[2].contact is not None and rows[2].contact.phones == ["555-010-1234"]
    assert rows[2].problems == [
        "line 4, column Email: 'also bad' is not an email address; it was left out"
    ]


def test_numbers_from_other_countries_without_a_country_code_are_kept(tmp_path: Path) -> None:
    rows = read_csv(write(tmp_path, "Name,Phone\nAna,020 7946 0958\nBeto,555-1234 x12\n")).rows
    assert [r.contact.phones for r in rows if r.contact] == [["020 7946 0958"], ["555-1234 x12"]]
    assert all(r.problems == [] for r in rows)


def test_a_value_longer_than_its_field_refuses_the_row(tmp_path: Path) -> None:
    text = f"First name,Notes\nAna,{'n' * 20_001}\n{'A' * 201},ok\nBeto,{'n' * 20_000}\n"
    rows = read_csv(write(tmp_path, text)).rows
    assert rows[0].contact is None
    assert rows[0].problems == [
        "line 2, column Notes: the value is 20,001 characters long; at most 20,000 fit, "
        "so this row is not imported"
    ]
    assert rows[1].contact is None
    assert "line 3, column First name: the value is 201 characters long" in rows[1].problems[0]
    assert rows[2].contact is not None  # exactly at the limit is fine


def test_ragged_rows_are_read_and_reported(tmp_path: Path) -> None:
    text = "Name,Phone,Email\nAna,5550101234,ana@example.org,surprise,\nBeto,5550101235\nCeci,,,\n"
    rows = read_csv(write(tmp_path, text)).rows
    assert rows[0].problems == [
        "line 2: 5 cells where the header has 3; the extra cells were left out"
    ]
    assert rows[0].source["(extra 1)"] == "surprise"
    assert rows[1].problems == [
        "line 3: 2 cells where the header has 3; the missing ones are taken as empty"
    ]
    assert rows[0].contact is not None and rows[1].contact is not None
    assert rows[2].problems == []  # a trailing empty cell is not worth a word


def test_flags_numbers_and_stages(tmp_path: Path) -> None:
    text = (
        "Name,Do not contact,Follow-up days,Stage\n"
        "Ana,yes,30,Had one on one\n"
        "Beto,maybe,0,Volunteer\n"
        "Ceci,,,Organizer\n"
    )
    rows = read_csv(write(tmp_path, text)).rows
    ana, beto, ceci = (r.contact for r in rows)
    assert ana is not None and beto is not None and ceci is not None
    assert (ana.do_not_contact, ana.follow_up_days, ana.stage) == (True, 30, "had_one_on_one")
    assert (beto.do_not_contact, beto.follow_up_days, beto.stage) == (False, None, "volunteer")
    assert rows[1].problems == [
        "line 3, column Do not contact: 'maybe' is not yes or no; it was left out",
        "line 3, column Follow-up days: '0' is not a number of follow-up days "
        "(at least 1, not 0); it was left out",
    ]
    assert ceci.stage == "Organizer"


def test_remap_applies_an_edited_mapping_without_reading_again(tmp_path: Path) -> None:
    path = write(tmp_path, VAN)
    parsed = read_csv(path)
    path.unlink()  # remap must not need the file
    edited = dict(parsed.mapping, CellPhone="", VanID="notes", Email="")
    again = remap(parsed, edited)
    assert again.mapping == edited and again.columns == parsed.columns
    assert again.rows[0].contact is not None
    assert again.rows[0].contact.phones == ["(555) 010-1234"]
    assert again.rows[0].contact.notes == "100231"
    assert again.rows[0].contact.emails == []
    partial = remap(parsed, {"Email": "emails"})  # columns left out are ignored
    assert [r.contact is not None for r in partial.rows] == [True, False, True]
    with pytest.raises(ValueError, match="unknown mapping target"):
        remap(parsed, {"Email": "email_address"})


def test_every_contact_field_can_be_a_mapping_target() -> None:
    targets = {t for t, _label in MAPPING_TARGETS}
    assert targets == {"", "name", "tags", *(s.name for s in field_specs(Contact))}


def test_a_mapping_can_be_given_to_read_csv(tmp_path: Path) -> None:
    parsed = read_csv(write(tmp_path, "A,B\nAna,5550101234\n"), {"A": "first_name", "B": "phones"})
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.phones == ["5550101234"]


# --- encodings that are easy to guess wrong -------------------------------------------------


def test_an_accent_far_down_a_cp1252_file_is_still_found(tmp_path: Path) -> None:
    lines = ["Name,Email"] + [f"Person {i},p{i}@example.org" for i in range(3000)]
    lines.append("Peña Nieto,pena@example.org")
    parsed = read_csv(write(tmp_path, "\r\n".join(lines).encode("cp1252")))
    assert parsed.encoding == "cp1252"
    last = parsed.rows[-1]
    assert last.contact is not None and last.contact.first_name == "Peña"
    assert last.problems == []


def test_a_utf8_file_with_one_cp1252_line_names_that_line(tmp_path: Path) -> None:
    data = (
        "Name,Email\nJosé Muñoz,jose@example.org\n".encode()
        + "Ana Peña,ana@example.org\n".encode("cp1252")
        + "Zoë,zoe@example.org\n".encode()
    )
    parsed = read_csv(write(tmp_path, data))
    assert parsed.encoding == "utf-8"
    jose, ana, zoe = parsed.rows
    assert jose.problems == [] and zoe.problems == []
    assert ana.contact is not None and ana.contact.last_name == "Peña"
    assert ana.problems == [
        "line 3 is not valid UTF-8; it was read as Windows-1252, so check its accented letters"
    ]


def test_an_old_mac_roman_file(tmp_path: Path) -> None:
    data = "Nombre,Apellido\nJosé,Muñoz\n".encode("mac_roman")
    parsed = read_csv(write(tmp_path, data))
    assert parsed.encoding == "mac_roman"
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.last_name == "Muñoz"


def test_a_cyrillic_file_goes_to_charset_normalizer(tmp_path: Path) -> None:
    text = "Имя,Фамилия,Email\nИван,Петров,ivan@example.ru\nОльга,Смирнова,olga@example.ru\n"
    parsed = read_csv(write(tmp_path, text.encode("cp1251")), {"Имя": "first_name"})
    assert parsed.encoding == "cp1251"
    assert parsed.rows[0].source["Имя"] == "Иван"


# --- files that cannot be imported ----------------------------------------------------------


def refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_csv(path)
    return caught.value


def test_an_empty_file(tmp_path: Path) -> None:
    for data in (b"", b"\r\n  \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE):
        error = refused(write(tmp_path, data, "empty.csv"))
        assert str(error) == "empty.csv: is empty; there is nothing to import"


def test_a_file_of_blank_rows(tmp_path: Path) -> None:
    assert "only blank lines" in str(refused(write(tmp_path, ",,\n,,\n")))


def test_a_header_only_file(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "\nFirst name,Last name,Email\r\n\r\n", "h.csv"))
    assert str(error) == "h.csv: line 2 is a header, but no contacts follow it"
    assert error.line == 2


def test_binary_junk_names_the_line(tmp_path: Path) -> None:
    data = b"Name,Phone\nAna,555\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    error = refused(write(tmp_path, data, "photo.csv"))
    assert str(error) == (
        "photo.csv: line 5 holds binary data (a NUL byte); this does not look like a CSV file"
    )
    assert error.line == 5
    error = refused(write(tmp_path, b"Name\nAna\x07\n"))
    assert "line 2 holds binary data (the control character 0x07)" in str(error)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(4096))
    assert "does not look like a CSV file" in str(refused(write(tmp_path, junk)))


def test_an_excel_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    error = refused(write(tmp_path, b"PK\x03\x04" + os.urandom(64), "list.csv"))
    assert "Excel .xlsx" in str(error) and "CSV UTF-8" in str(error)


def test_a_50_mb_line_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.write(b"Name,Notes\nAna,ok\nBeto,")
        f.write(b"x" * 50_000_000)
        f.write(b"\n")
    error = refused(path)
    assert str(error) == (
        "big.csv: line 3 is longer than 1,048,576 bytes; this does not look like a CSV file"
    )


def test_a_huge_quoted_value_over_many_lines_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.write(b'Name,Notes\nAna,ok\nBeto,"')
        f.write((b"y" * 999 + b"\n") * 3_000)
        f.write(b'"\n')
    error = refused(path)
    assert str(error) == (
        "big.csv: line 3: a value is longer than 1,048,576 characters; "
        "this does not look like a CSV file"
    )
    assert error.line == 3


def test_a_quote_left_open_at_the_end(tmp_path: Path) -> None:
    rows = read_csv(write(tmp_path, 'Name,Notes\nAna,ok\nBeto,"oops\nCeci,x\nDani,y\n')).rows
    assert rows[0].contact is not None
    assert rows[1].contact is None
    assert rows[1].problems == [
        'line 3: a quote (") opened in this row is never closed, so lines 3-5 were read '
        "as one row; it is not imported"
    ]


def test_a_missing_file(tmp_path: Path) -> None:
    assert "cannot be read" in str(refused(tmp_path / "nope.csv"))


def test_a_vcard_is_not_mistaken_for_a_csv(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Phone\nAna,5550101234\n", "x.csv")
    with pytest.raises(ImportFileError, match="does not look like a vCard file"):
        read_vcards(path)


# --- writing ------------------------------------------------------------------------------


def test_write_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("the old file")

    def broken() -> Iterator[tuple[Contact, list[str]]]:
        yield Contact(first_name="Ana"), []
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_csv(broken(), path)
    assert path.read_text() == "the old file"
    assert os.listdir(tmp_path) == ["out.csv"]  # no temporary file left behind
    assert write_csv([(Contact(first_name="Ana"), [])], path) == 1
    assert os.listdir(tmp_path) == ["out.csv"]
    assert "Ana" in path.read_text(encoding="utf-8-sig")
