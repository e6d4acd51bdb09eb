"""The ask coach: how hard an ask is, and why, in English and Spanish.

A hard ask names a specific action, a day and a time, and a place, and ends with a
question the person can only answer yes or no ("Can I count on you ...?"). Hedges
("sometime", "just", "if you want", "si puedes") soften it. `coach_ask` reads the
text with fixed word lists and patterns (no guessing, no learning: the same text always
gets the same rating) and returns a rating from 0 (very soft) to 4 (hard) with the
reasons, as keys and the phrases found, for the window to put in words.

Both languages are always checked, since an organizer may write in either one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapport.domain.ask_words import (
    ACTIONS_EN,
    ACTIONS_ES,
    HEDGES_EN,
    HEDGES_ES,
    MESES,
    MONTHS,
    PLACES_EN,
    PLACES_ES,
    STREETS,
    VAGUE_EN,
    VAGUE_ES,
    WEEKDAYS,
    alt,
)

RATINGS = ("very_soft", "soft", "getting_there", "firm", "hard")

# Reason keys. Good ones (ok=True) say what the ask already has.
ACTION, VAGUE_ACTION, NO_ACTION = "action", "vague_action", "no_action"
DAY, NO_DAY = "day", "no_day"
TIME, NO_TIME = "time", "no_time"
PLACE, NO_PLACE = "place", "no_place"
DIRECT, OPEN_QUESTION, NOT_QUESTION = "direct_question", "open_question", "not_question"
COUNT_ON_YOU, CHOICE, HEDGE = "count_on_you", "choice", "hedge"


@dataclass(frozen=True, slots=True)
class Reason:
    key: str
    ok: bool
    phrase: str = ""  # the words of the ask this reason is about, as written


@dataclass(frozen=True, slots=True)
class AskRating:
    rating: int  # 0 (very soft) … 4 (hard)
    reasons: tuple[Reason, ...]

    @property
    def label(self) -> str:
        return RATINGS[self.rating]

    def keys(self) -> list[str]:
        return [r.key for r in self.reasons]

    def hedges(self) -> list[str]:
        return [r.phrase for r in self.reasons if r.key == HEDGE]


# A direct yes/no question opens with one of these (after an optional "Name," ).
_YES_NO_EN = re.compile(
    r"(?:can|could|will|would|are|is|do|does|shall|may|should|want to|can't|won't)\b"
)
_OPEN_EN = re.compile(r"(?:when|what|where|how|why|which|who|whose)(?:'s|\b)")
# "cuando puedas" after a comma is a hedge, not a question word ("¿Vienes, cuando puedas?").
_OPEN_ES = re.compile(
    r"(?:que|cuando(?! (?:puedas|quieras|gustes|tengas|te sea)\b)|donde|como|por que|cual"
    r"|cuales|quien|cuanto|cuanta)\b"
)
_COUNT_ON_YOU = re.compile(
    r"\b(?:count on you|rely on you|cuento contigo|contar contigo|contar con usted"
    r"|contar con ustedes|cuento con usted)\b"
)

_F = re.IGNORECASE
_ACTION_RE = re.compile(rf"\b(?:{ACTIONS_EN}|{ACTIONS_ES})\b", _F)
_VAGUE_RE = re.compile(rf"\b(?:{VAGUE_EN}|{VAGUE_ES})\b", _F)
_HEDGE_RE = re.compile(r"\b(?:" + alt(*HEDGES_EN, *HEDGES_ES) + r")\b", _F)
_DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_RE = re.compile(
    r"\b(?:(?:this |next |el |este |el proximo |proximo )?(?:" + WEEKDAYS + r")"
    r"|today|tonight|tomorrow|hoy|esta noche|pasado manana"
    r"|(?<!la )(?<!de la )(?<!por la )(?<!en la )manana"
    r"|(?:" + MONTHS + r")\.? \d{1,2}(?:st|nd|rd|th)?"
    r"|(?:the )?\d{1,2}(?:st|nd|rd|th)? of (?:" + MONTHS + r")"
    # "the 14th" alone: a day of this month (not "the 5th floor").
    r"|the " + _DAY_OF_MONTH + r"(?:st|nd|rd|th)"
    r"(?! (?:floor|street|st|avenue|ave|amendment|district|ward|grade|time|row)\b)"
    r"|(?:el |del |este )?(?:dia )?(?:\d{1,2}|primero) de (?:" + MESES + r")"
    r"|(?:" + MESES + r") \d{1,2}"
    # "el 14" alone: a day of this month (not "el 14%", "el 10 de los vecinos").
    r"|(?:el|del|este) (?:dia )?" + _DAY_OF_MONTH + r"(?![:.,]?\d|%| por ciento| de (?!este mes\b))"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{4}-\d{2}-\d{2})\b",
    _F,
)
_TIME_RE = re.compile(
    r"(?:\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)? ?(?:am|pm|a\.m\.|p\.m\.)"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d\b"
    # "at 6", and its minutes and am/pm when it has them ("at 6:30 pm", not "at 6")
    r"|\b(?:at|a las|a la) (?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?: ?(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?![\d:])(?! ?(?:st|nd|rd|th|de|people|personas))"
    r"|\b(?:1[0-2]|[1-9]) (?:o'clock|de la (?:tarde|noche|manana))"
    r"|\b(?:noon|midnight|mediodia|medianoche)\b)",
    _F,
)
_PLACE_RE = re.compile(
    rf"\b(?:{PLACES_EN}|{PLACES_ES})\b"
    rf"|\b\d+ (?:[a-z]+ ){{1,3}}(?:{STREETS})\b\.?"
    r"|\b(?:calle|avenida|av\.|calzada|colonia) [a-z0-9]+",
    _F,
)
# "at Rosa's", "in Lincoln Park", "en San Pedro": a proper name after at/in/en.
_NAMED_PLACE_RE = re.compile(r"\b(?:at|in|en) ((?:[A-Z][\w'.-]+)(?: [A-Z][\w'.-]+)*)")
_NOT_PLACE_NAMES = re.compile(
    rf"^(?:{WEEKDAYS}|{MONTHS}|{MESES}|I)\b",
    _F,
)


def _fold(text: str) -> str:
    """Lower case without accents, one character for each character of `text`, so a
    match's position is also its position in the text as written."""
    out = []
    for ch in text:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base.lower() if len(base) == 1 else ch.lower()[:1] or ch)
    folded = "".join(out).replace("\u2019", "'")
    assert len(folded) == len(text)
    return folded


def _questions(folded: str) -> list[tuple[str, list[str]]]:
    """The questions in the text (each sentence ending in "?"), each with the ways to
    read where it starts: as written, after a leading "Name," and after an inner "¿"."""
    found = []
    for m in re.finditer(r"[^.!?\n]*\?", folded):
        sentence = m.group(0).strip().lstrip("¿¡ ").strip()
        starts = [sentence]
        comma = sentence.find(",")
        if 0 < comma <= 30:
            starts.append(sentence[comma + 1 :].strip().lstrip("¿¡ "))
        inner = sentence.rfind("¿")
        if inner > 0:
            starts.append(sentence[inner + 1 :].strip())
        found.append((sentence, starts))
    return found


def coach_ask(ask: str) -> AskRating:
    """Rate an ask from 0 (very soft) to 4 (hard), with the reasons."""
    text = " ".join(ask.split())
    if not text:
        return AskRating(0, ())
    folded = _fold(text)
    reasons: list[Reason] = []

    def phrase(m: re.Match[str], group: int = 0) -> str:
        return text[m.start(group) : m.end(group)]

    action = _ACTION_RE.search(folded)
    vague = None if action else _VAGUE_RE.search(folded)
    if action:
        reasons.append(Reason(ACTION, True, phrase(action)))
    elif vague:
        reasons.append(Reason(VAGUE_ACTION, False, phrase(vague)))
    else:
        reasons.append(Reason(NO_ACTION, False))

    days = list(_DAY_RE.finditer(folded))
    reasons.append(Reason(DAY, True, phrase(days[0])) if days else Reason(NO_DAY, False))
    times = list(_TIME_RE.finditer(folded))
    reasons.append(Reason(TIME, True, phrase(times[0])) if times else Reason(NO_TIME, False))

    place = _PLACE_RE.search(folded)
    place_phrase = phrase(place) if place else _named_place(text)
    reasons.append(Reason(PLACE, True, place_phrase) if place_phrase else Reason(NO_PLACE, False))

    direct = False
    questions = _questions(folded)
    if not questions:
        reasons.append(Reason(NOT_QUESTION, False))
    else:
        direct_q = next((q for q, starts in questions if _is_direct(starts)), None)
        if direct_q is not None:
            direct = True
            reasons.append(Reason(DIRECT, True, _original(text, folded, direct_q)))
        else:
            reasons.append(Reason(OPEN_QUESTION, False, _original(text, folded, questions[0][0])))
    count_on = _COUNT_ON_YOU.search(folded)
    if count_on:
        reasons.append(Reason(COUNT_ON_YOU, True, phrase(count_on)))
    if len(days) + len(times) >= 2 and re.search(r"\b(?:or|o|u)\b", folded):
        moments = sorted([*days, *times], key=lambda m: m.start())
        between = folded[moments[0].end() : moments[-1].start()]
        if re.search(r"\b(?:or|o|u)\b", between):
            reasons.append(Reason(CHOICE, True, text[moments[0].start() : moments[-1].end()]))

    hedges: list[str] = []
    for m in _HEDGE_RE.finditer(folded):
        if m.group(0) not in {_fold(h) for h in hedges}:
            hedges.append(phrase(m))
            reasons.append(Reason(HEDGE, False, phrase(m)))

    raw = sum((bool(action), bool(days), bool(times), bool(place_phrase), direct))
    rating = {0: 0, 1: 1 if action else 0, 2: 1, 3: 2, 4: 3, 5: 4}[raw]
    if not action:
        rating = min(rating, 1)
    if not direct:
        rating = min(rating, 3)
    if hedges:
        rating = min(rating, 2)
        if len(hedges) >= 2:
            rating = max(rating - 1, 0)
    return AskRating(rating, tuple(reasons))


def _is_direct(starts: list[str]) -> bool:
    """A yes/no question, read from each of its possible starts; a question word at
    any of them ("Rosa, ¿cuándo ...?") makes it an open question."""
    if any(_OPEN_EN.match(s) or _OPEN_ES.match(s) for s in starts):
        return False
    return any(_is_yes_no(s) for s in starts)


def _is_yes_no(question: str) -> bool:
    if _OPEN_EN.match(question) or _OPEN_ES.match(question):
        return False
    if _YES_NO_EN.match(question):
        return True
    # A Spanish yes/no question has no question word in front: "¿Puedo contar contigo?",
    # "¿Vienes el sábado?". An English one opens with a helping verb (checked above).
    return not re.match(r"[a-z]+\b", question) or not _looks_english(question)


def _looks_english(question: str) -> bool:
    return bool(
        re.search(r"\b(?:you|the|to|we|i|me|us|a|an|and|for|on|this)\b", question)
        and not re.search(r"\b(?:el|la|los|las|de|que|con|te|tu|nos|un|una|para)\b", question)
    )


def _original(text: str, folded: str, piece: str) -> str:
    at = folded.find(piece)
    return text[at : at + len(piece)] if at >= 0 else piece


def _named_place(text: str) -> str:
    for m in _NAMED_PLACE_RE.finditer(text):
        name = m.group(1)
        if not _NOT_PLACE_NAMES.match(_fold(name)):
            return m.group(0)
    return ""
