"""vCard import and export of contacts (rapport.interop.vcard)."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.records import Contact
from rapport.interop import ImportFileError, ParsedFile, read_csv, read_vcards, write_vcards
from tests.unit.test_csv_contacts import KEPT, assert_same, contacts, valid


@pytest.fixture(scope="module")
def no_fsync() -> Iterator[None]:
    """Round trips check content, not durability: skip the (slow) fsync there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)
        yield


def write(tmp_path: Path, text: str | bytes, name: str = "in.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# --- round trips ------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sent=st.lists(contacts(every_field=False).filter(valid), min_size=1, max_size=3))
def test_write_then_read_gives_back_the_same_contacts(
    tmp_path_factory: pytest.TempPathFactory,
    no_fsync: None,
    version: str,
    sent: list[tuple[Contact, list[str]]],
) -> None:
    path = tmp_path_factory.getbasetemp() / f"round-trip-{version}.vcf"
    assert write_vcards(sent, path, version) == len(sent)
    raw = path.read_bytes()
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a fold never splits a character
    assert raw.count(f"VERSION:{version}\r\n".encode()) == len(sent)
    got = read_vcards(path)
    assert (got.format, got.encoding, got.delimiter, got.columns) == ("vcard", "utf-8", None, [])
    assert_same(got, sent, KEPT)


def test_private_notes_never_leave_and_text_is_escaped(tmp_path: Path) -> None:
    contact = Contact(
        first_name="Ana; María",
        last_name="López, Jr.",
        notes="a\\b; c, d\nnext line",
        private_notes="SECRET-NOTE",
        address="1 Main St, Apt 2\nSpringfield",
    )
    path = tmp_path / "out.vcf"
    write_vcards([(contact, ["Vecinos, Norte", "a;b"])], path)
    text = path.read_bytes().decode()
    assert "SECRET" not in text
    assert "N:López\\, Jr.;Ana\\; María;;;\r\n" in text
    assert "NOTE:a\\\\b\\; c\\, d\\nnext line\r\n" in text
    assert "ADR;TYPE=home:;;1 Main St\\, Apt 2\\nSpringfield;;;;\r\n" in text
    assert "CATEGORIES:Vecinos\\, Norte,a\\;b\r\n" in text
    assert f"UID:{contact.id}\r\n" in text
    row = read_vcards(path).rows[0]
    assert row.contact is not None
    assert (row.contact.first_name, row.contact.last_name) == ("Ana; María", "López, Jr.")
    assert row.contact.address == contact.address
    assert row.tags == ["Vecinos, Norte", "a;b"]


def test_version_4_writes_a_uuid_urn(tmp_path: Path) -> None:
    contact = Contact(first_name="Ana")
    write_vcards([(contact, [])], tmp_path / "a.vcf", "4.0")
    assert f"UID:urn:uuid:{contact.id}\r\n" in (tmp_path / "a.vcf").read_bytes().decode()
    with pytest.raises(ValueError, match=r"3\.0, 4\.0"):
        write_vcards([(contact, [])], tmp_path / "b.vcf", "2.1")


def test_a_contact_without_a_name_gets_no_made_up_name(tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    write_vcards([(Contact(phones=["555-010-1234"]), [])], path)
    assert "FN:\r\n" in path.read_bytes().decode()
    row = read_vcards(path).rows[0]
    assert row.contact is not None
    assert (row.contact.first_name, row.contact.last_name) == ("", "")
    assert row.contact.phones == ["555-010-1234"]


def test_long_lines_fold_at_75_octets_without_splitting_characters(tmp_path: Path) -> None:
    notes = "ñ" * 100 + "😀" * 50 + "x" * 3
    path = tmp_path / "a.vcf"
    write_vcards([(Contact(first_name="Ana", notes=notes), [])], path)
    raw = path.read_bytes()
    note = raw[raw.index(b"NOTE:") : raw.index(b"UID:")]
    lines = note.split(b"\r\n")[:-1]
    assert len(lines) > 4
    assert all(len(line) <= 75 for line in lines)
    assert all(line.startswith(b" ") for line in lines[1:])
    assert max(len(line) for line in lines) >= 72  # filled, not folded early
    assert read_vcards(path).rows[0].contact.notes == notes  # type: ignore[union-attr]


def test_write_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "out.vcf"
    path.write_text("old")

    def broken() -> Iterator[tuple[Contact, list[str]]]:
        yield Contact(first_name="Ana"), []
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_vcards(broken(), path)
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.vcf"]


# --- cards from the field -------------------------------------------------------------------

VCARD_21 = """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mu=C3=B1oz;Jos=C3=A9;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 Mu=C3=B1oz
TEL;CELL;PREF:+1-555-010-1234
TEL;HOME:555.010.9999
EMAIL;INTERNET:jose@example.org
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Calle Pe=C3=B1a 5;Chicago;IL;60608;USA
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Primera l=C3=ADnea=0D=0ASegunda l=C3=ADnea, =
que sigue en la siguiente l=C3=ADnea
PHOTO;ENCODING=BASE64;TYPE=JPEG:
 /9j/4AAQSkZJRgABAQAAAQABAAD
 /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL

X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Pepe;1;;;;;;;;;;;;;
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Pe=F1a;Ana
TEL;WORK;VOICE:(555) 010-4321
NOTE:This note was
  folded by the phone
END:VCARD
"""


def test_vcard_21_with_quoted_printable_charsets_and_folding(tmp_path: Path) -> None:
    parsed = read_vcards(write(tmp_path, crlf(VCARD_21)))
    assert [r.line for r in parsed.rows] == [1, 17]
    assert [r.problems for r in parsed.rows] == [[], []]
    jose, ana = (r.contact for r in parsed.rows)
    assert jose is not None and ana is not None
    assert (jose.first_name, jose.last_name) == ("José", "Muñoz")
    assert jose.phones == ["+1-555-010-1234", "555.010.9999"]
    assert jose.emails == ["jose@example.org"]
    assert jose.address == "Calle Peña 5, Chicago, IL 60608, USA"
    assert jose.notes == "Primera línea\nSegunda línea, que sigue en la siguiente línea"
    assert (ana.first_name, ana.last_name) == ("Ana", "Peña")
    assert ana.notes == "This note was folded by the phone"
    assert parsed.rows[0].source["FN"] == "José Muñoz"


IPHONE = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
N:García;Lucía;;;
FN:Lucía García
ORG:Sindicato Local 7;
item1.TEL;type=pref:+1 (555) 010-2222
item1.X-ABLabel:_$!<Mobile>!$_
TEL;type=CELL;type=VOICE:+52 1 55 1234 5678
item2.EMAIL;type=INTERNET;type=pref:lucia@example.org
item2.X-ABLabel:_$!<Home>!$_
item3.ADR;type=WORK:;;1 Union Plaza;Chicago;IL;60601;United States
item4.ADR;type=HOME;type=pref:;;22 Maple St\\nApt 3;Evanston;IL;60201;United States
NOTE:Met at the\\, tenant meeting\\; wants to lead\\nSecond line
CATEGORIES:Tenants,Leaders\\, core
X-SOCIALPROFILE;type=twitter:x-apple:lucia
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS
 Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgy
END:VCARD
"""


def test_iphone_style_30_with_groups_and_categories(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + IPHONE.encode()  # LF line endings, with a BOM
    parsed = read_vcards(write(tmp_path, data))
    assert parsed.had_bom
    row = parsed.rows[0]
    assert row.problems == []
    assert row.contact is not None
    assert (row.contact.first_name, row.contact.last_name) == ("Lucía", "García")
    assert row.contact.phones == ["+1 (555) 010-2222", "+52 1 55 1234 5678"]
    assert row.contact.emails == ["lucia@example.org"]
    assert row.contact.address == "22 Maple St\nApt 3, Evanston, IL 60201, United States"
    assert row.contact.notes == "Met at the, tenant meeting; wants to lead\nSecond line"
    assert row.tags == ["Tenants", "Leaders, core"]


VCARD_40 = """BEGIN:VCARD
VERSION:4.0
FN:Dr. Amara Okafor
N:Okafor;Amara;Ngozi;Dr.;PhD
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+1-555-010-3333;ext=12
EMAIL;TYPE=work:amara@example.org
ADR;TYPE=home;LABEL="Rear door: ring twice; thanks":;;22 Maple St.;Evanston;IL;60201;USA
CATEGORIES:Faith leaders,Clergy
NOTE:Prefers calls after 6pm
LANG;PREF=1:en
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Only A Display Name
N:;;;;
EMAIL:not-an-email
TEL:555 010 4444
END:VCARD
"""


def test_a_40_card(tmp_path: Path) -> None:
    parsed = read_vcards(write(tmp_path, crlf(VCARD_40)))
    amara, display = parsed.rows
    assert amara.problems == []
    assert amara.contact is not None
    assert (amara.contact.first_name, amara.contact.last_name) == ("Amara Ngozi", "Okafor PhD")
    assert amara.contact.phones == ["+1-555-010-3333 ext. 12"]
    assert amara.contact.emails == ["amara@example.org"]
    assert amara.contact.address == "22 Maple St., Evanston, IL 60201, USA"
    assert amara.tags == ["Faith leaders", "Clergy"]
    assert display.contact is not None  # N is empty, so FN gives the name
    assert (display.contact.first_name, display.contact.last_name) == ("Only", "A Display Name")
    assert display.problems == [
        "line 16, property EMAIL: 'not-an-email' is not an email address; it was left out"
    ]


def test_a_card_with_nobody_in_it(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:\nORG:Acme\nEND:VCARD\n"
    row = read_vcards(write(tmp_path, text)).rows[0]
    assert row.contact is None
    assert row.problems == ["line 1: no name, phone or email, so this row is not imported"]


def test_a_huge_photo_is_ignored_and_a_huge_note_refuses_its_card(tmp_path: Path) -> None:
    photo = "PHOTO;ENCODING=b:" + "\n ".join(["A" * 74] * 30_000)  # about 2 MB
    unfolded = "PHOTO:data:image/jpeg;base64," + "B" * 3_000_000  # one 3 MB line
    note = "NOTE:" + "\n ".join(["n" * 74] * 15_000)  # about 1.1 MB
    text = (
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n{photo}\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Ceci\n{unfolded}\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Beto\n{note}\nEND:VCARD\n"
    )
    ana, ceci, beto = read_vcards(write(tmp_path, text)).rows
    assert ana.problems == [] and ana.contact is not None
    assert ceci.problems == [] and ceci.contact is not None
    assert beto.contact is None
    assert beto.problems == [
        f"line {30_000 + 13}, property NOTE is longer than 1,048,576 characters; "
        "this card is not imported"
    ]


def test_a_cp1252_vcard_without_a_charset(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Muñoz;José\r\nEND:VCARD\r\n"
    parsed = read_vcards(write(tmp_path, text.encode("cp1252")))
    assert parsed.encoding == "cp1252"
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.last_name == "Muñoz"


def test_a_utf16_vcard(tmp_path: Path) -> None:
    parsed = read_vcards(write(tmp_path, crlf(IPHONE).encode("utf-16")))
    assert parsed.encoding == "utf-16" and parsed.had_bom
    assert parsed.rows[0].contact is not None
    assert parsed.rows[0].contact.first_name == "Lucía"


# --- files that cannot be imported ----------------------------------------------------------


def refused(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_vcards(path)
    return caught.value


def test_begin_without_end(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Beto\n"
    error = refused(write(tmp_path, text, "cut.vcf"))
    assert str(error) == (
        "cut.vcf: the card that begins on line 6 has no END:VCARD; the file may be cut short"
    )
    assert error.line == 6


def test_begin_inside_a_card(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nFN:Ana\nBEGIN:VCARD\nFN:Beto\nEND:VCARD\n"
    error = refused(write(tmp_path, text, "x.vcf"))
    assert str(error) == (
        "x.vcf: the card that begins on line 1 has no END:VCARD before the next "
        "BEGIN:VCARD on line 3"
    )


def test_an_empty_or_foreign_file(tmp_path: Path) -> None:
    assert str(refused(write(tmp_path, "", "e.vcf"))) == (
        "e.vcf: is empty; there is nothing to import"
    )
    assert str(refused(write(tmp_path, "Name,Phone\nAna,555\n", "n.vcf"))) == (
        "n.vcf: has no BEGIN:VCARD line; this does not look like a vCard file"
    )


def test_binary_junk(tmp_path: Path) -> None:
    error = refused(write(tmp_path, b"BEGIN:VCARD\r\nPHOTO:\x00\x01\x02\r\n", "b.vcf"))
    assert str(error) == (
        "b.vcf: line 2 holds binary data (a NUL byte); this does not look like a vCard file"
    )


def test_a_vcard_given_to_the_csv_reader_is_no_contact_list(tmp_path: Path) -> None:
    parsed: ParsedFile = read_csv(write(tmp_path, crlf(VCARD_40), "x.csv"))
    assert parsed.valid == []
