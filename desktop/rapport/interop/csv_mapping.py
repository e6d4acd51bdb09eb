"""Which Contact field each column of a CSV file feeds, guessed from its header
(`guess_mapping`: the rules are in `csv_contacts`' description) or, for a file without
one, from what its first rows hold (`guess_by_content`)."""

from __future__ import annotations

import re
import unicodedata

from rapport.interop.contact_values import clean, is_email, is_phone

_EXACT: dict[str, str] = {}
for _target, _phrases in {
    "first_name": (
        "first name, first, firstname, given name, given, fname, nombres, primer nombre, "
        "nombre de pila, forename, prenom, middle name, middle, middle initial, mi, "
        "additional name, segundo nombre"
    ),
    "last_name": (
        "last name, last, lastname, surname, family name, lname, apellido, apellidos, "
        "primer apellido, segundo apellido, apellido paterno, apellido materno, suffix, "
        "name suffix, sufijo"
    ),
    "name": (
        "name, full name, fullname, contact name, display name, your name, "
        "nombre completo, nombre y apellido, nombre y apellidos, su nombre"
    ),
    "nombre": "nombre",
    "notes": (
        "notes, note, notas, nota, comments, comment, comentarios, comentario, "
        "observaciones, remarks"
    ),
    "tags": (
        "tags, tag, labels, label, groups, group, categories, category, group membership, "
        "etiquetas, etiqueta, grupos, grupo, categorias, categoria, lists"
    ),
    "preferred_language": (
        "language, preferred language, idioma, lengua, idioma preferido, lang, "
        "primary language, spoken language"
    ),
    "pronouns": "pronouns, pronoun, pronombres, pronombre",
    "turf": (
        "turf, precinct, precinct name, ward, neighborhood, neighbourhood, barrio, zona, territorio"
    ),
    "how_met": (
        "how met, how we met, how did we meet, source, how heard, como nos conocimos, "
        "fuente, origen"
    ),
    "stage": "stage, etapa, ladder, ladder stage",
    "story": "story, historia",
    "issues": "issues, issue, temas, asuntos, issue interests",
    "shared_vision": "shared vision, vision, vision compartida",
    "do_not_contact": "do not contact, dnc, no contactar, no contact, do not call",
    "follow_up_days": "follow up days, followup days, seguimiento dias, dias de seguimiento",
    "private_notes": "private notes, notas privadas",
}.items():
    for _phrase in _phrases.split(","):
        _EXACT[" ".join(_phrase.split())] = _target


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PHONE_WORDS = _wordset(
    "phone phones telephone tel telefono telefonos cell cellphone mobile celular movil whatsapp"
)
_EMAIL_WORDS = _wordset("email emails correo correos")
_NOT_PHONE_OR_EMAIL = _wordset(
    "fax pager label type phonetic telex isdn kind status opt optin optout consent verified "
    "is dnc country code ext extension carrier display subscribed unsubscribed bounced "
    "format tipo etiqueta assistant company"
)

_ADDRESS_PARTS: dict[str, str] = {}
for _part, _phrases in {
    "street": (
        "address, street, street address, address line 1, address line 2, address line 3, "
        "address 1, address 2, street 2, street 3, apt, unit, po box, extended address, "
        "direccion, calle, domicilio"
    ),
    "city": "city, town, ciudad, municipio, locality, poblacion, colonia",
    "state": "state, province, estado, provincia",
    "zip": (
        "zip, zip5, zip 5, zip4, zip 4, zip code, zipcode, postal code, postcode, codigo postal, cp"
    ),
    "country": "country, country region, pais",
    "formatted": "formatted, formatted address, full address, direccion completa",
}.items():
    for _phrase in _phrases.split(","):
        _ADDRESS_PARTS[" ".join(_phrase.split())] = _part
_GROUPS = ("home", "", "address 1", "work", "business", "other", "mailing", "m")


def _tokens(header: str) -> list[str]:
    """Lower-case words without accents: "HomePhone" -> ["home", "phone"]."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(?<=[A-Za-z])(?=\d)", " ", text).casefold()
    return re.findall(r"[a-z0-9]+", text)


def _address_part(words: list[str]) -> tuple[str, str] | None:
    """(group, part) for address columns: "Home Street" -> ("home", "street")."""
    phrase = " ".join(words)
    if phrase in _ADDRESS_PARTS and _ADDRESS_PARTS[phrase] != "formatted":
        return "", _ADDRESS_PARTS[phrase]
    if len(words) > 2 and words[0] == "address" and words[1].isdigit():
        group, rest = " ".join(words[:2]), words[2:]
    elif len(words) > 1 and words[0] in _GROUPS:
        group, rest = words[0], words[1:]
        if rest[0] == "address" and len(rest) > 1:
            rest = rest[1:]
    else:
        return None
    part = _ADDRESS_PARTS.get(" ".join(rest)) or ("state" if rest == ["region"] else None)
    return None if part is None else (group, part)


def _guess_one(words: list[str]) -> str:
    phrase = " ".join(words)
    if phrase in _EXACT:
        return _EXACT[phrase]
    squashed = "".join(words)
    if squashed in _EXACT:
        return _EXACT[squashed]
    if _NOT_PHONE_OR_EMAIL.isdisjoint(words):
        if "email" in squashed or not _EMAIL_WORDS.isdisjoint(words):
            return "emails"
        if not _PHONE_WORDS.isdisjoint(words):
            return "phones"
    return ""


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Map each column to a Contact field, "name", "tags", or "" (ignored).

    Knows VAN-style exports (FirstName, HomePhone, Zip5, ...), Google and Outlook
    contact CSVs, plain "Name / Phone / Email" sheets, Spanish headers (Nombre,
    Apellido, Teléfono, Correo, Dirección, ...) and Rapport's own export.
    """
    mapping: dict[str, str] = {}
    parts: dict[str, list[tuple[str, str]]] = {}  # group -> [(column, part)]
    for column in columns:
        words = _tokens(column)
        address = _address_part(words)
        if address is not None and " ".join(words) not in _EXACT:
            group, part = address
            parts.setdefault(group, []).append((column, part))
            mapping[column] = ""
            continue
        if " ".join(words) in _ADDRESS_PARTS:  # "Formatted address", "Full address"
            parts.setdefault("", []).append((column, "formatted"))
            mapping[column] = ""
            continue
        mapping[column] = _guess_one(words)

    if parts:
        group = min(parts, key=lambda g: _GROUPS.index(g) if g in _GROUPS else len(_GROUPS))
        chosen = parts[group]
        formatted = [c for c, p in chosen if p == "formatted"]
        for column, _part in chosen:
            if not formatted or column == formatted[0]:
                mapping[column] = "address"

    targets = set(mapping.values())
    has_first, has_last = "first_name" in targets, "last_name" in targets
    named = False
    for column, guessed in mapping.items():
        target = guessed
        if target == "nombre":  # "Nombre" beside "Apellido" is the first name
            target = "first_name" if has_last else "name"
        if target == "name":
            if has_first and has_last:
                target = ""
            elif has_last:
                target = "first_name"
            elif has_first or named:
                target = ""
            named = named or target == "name"
        mapping[column] = target
    return mapping


def guess_by_content(columns: list[str], rows: list[list[str]]) -> dict[str, str]:
    """For a file without a header: emails, phones, and the first text column as name."""
    mapping: dict[str, str] = {}
    for i, column in enumerate(columns):
        values = [clean(r[i]) for r in rows if i < len(r) and r[i].strip()]
        if values and sum(map(is_email, values)) * 2 >= len(values):
            mapping[column] = "emails"
        elif values and sum(map(is_phone, values)) * 2 >= len(values):
            mapping[column] = "phones"
        elif values and "name" not in mapping.values():
            mapping[column] = "name"
        else:
            mapping[column] = ""
    return mapping
