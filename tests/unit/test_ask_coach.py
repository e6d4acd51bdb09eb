"""The ask coach rates asks from very soft (0) to hard (4) and says why, in English and
Spanish, with the same answer every time."""

from __future__ import annotations

import pytest

from rapport.domain.ask_coach import RATINGS, coach_ask

# (ask, rating, reason keys it must give, reason keys it must not give)
ENGLISH = [
    (
        "John, is there any possible way I could get you to do me the favor of attending "
        "just this one phonebank at some point down the line?",
        0,
        {"action", "hedge", "no_day", "no_time", "no_place"},
        {"day", "time"},
    ),
    (
        "John, will you come to a phonebank sometime?",
        1,
        {"action", "direct_question", "hedge"},
        {"day"},
    ),
    (
        "John, I want to give you the exciting opportunity to phonebank on Wednesday at 5pm "
        "or Thursday at 6pm! Can I count on you?",
        3,
        {"action", "day", "time", "choice", "count_on_you", "no_place"},
        {"hedge"},
    ),
    (
        "John, can I count on you to come to a phonebank this Friday at 6pm?",
        3,
        {"day", "time", "count_on_you", "no_place"},
        {"hedge"},
    ),
    (
        "Can I count on you to come to the phone bank this Friday at 6pm at our office on "
        "5th Street?",
        4,
        {"action", "day", "time", "place", "direct_question", "count_on_you"},
        {"hedge"},
    ),
    (
        "When's a good time for us to co-host a house meeting?",
        1,
        {"open_question", "no_place"},
        {"direct_question", "place"},
    ),
    ("Can you help out sometime?", 0, {"vague_action", "hedge"}, {"action"}),
    ("Would you like to get involved?", 0, {"vague_action", "hedge"}, {"action"}),
    (
        "Come to the rally on Saturday at 10am at City Hall.",
        3,
        {"action", "day", "time", "place", "not_question"},
        {"direct_question"},
    ),
    (
        "Will you host a house meeting at your place next Tuesday at 7?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge"},
    ),
    (
        "Will you knock doors with me on Sunday at 2 pm, starting at the library?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
    # Everything but the firmness: two hedges take it down to soft.
    (
        "Maybe you could join us at the library on Monday at 6pm, if you want?",
        1,
        {"hedge", "place", "day", "time"},
        set(),
    ),
    ("Just let me know if you want to volunteer.", 0, {"hedge", "not_question"}, {"day"}),
    (
        "Can I sign you up to make 50 calls on March 12 at 6:30pm at the union hall?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
    (
        "Can you register voters with me tomorrow at noon at Lincoln Park?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
    (
        "Are you free Wednesday at 7 or Thursday at 8pm to phone bank?",
        3,
        {"choice", "day", "time", "no_place"},
        {"hedge"},
    ),
    ("I need a go-getter like you on my team.", 0, {"no_action", "not_question"}, set()),
    ("", 0, set(), {"action"}),
]

SPANISH = [
    (
        "Rosa, ¿puedo contar contigo para el banco telefónico este jueves a las 6 de la tarde "
        "en la oficina?",
        4,
        {"action", "day", "time", "place", "direct_question", "count_on_you"},
        {"hedge"},
    ),
    (
        "¿Te gustaría ayudarnos algún día, si tienes tiempo?",
        0,
        {"vague_action", "hedge"},
        {"action"},
    ),
    (
        "Rosa, ¿cuándo te queda bien organizar una reunión en casa?",
        1,
        {"open_question", "action"},
        {"direct_question"},
    ),
    ("¿Vienes al banco telefónico algún día?", 1, {"action", "direct_question", "hedge"}, {"day"}),
    (
        "¿Cuento contigo para tocar puertas el sábado a las 10 en la parroquia?",
        4,
        {"action", "day", "time", "place", "count_on_you"},
        {"hedge"},
    ),
    (
        "¿Me acompañas a la marcha el domingo a las 11?",
        3,
        {"action", "day", "time", "no_place"},
        {"hedge"},
    ),
    (
        "Si quieres, tal vez podrías venir a una reunión más adelante.",
        0,
        {"hedge", "not_question"},
        {"day"},
    ),
    (
        "¿Puedes hacer 40 llamadas el 14 de marzo a las 18:00 en la sede?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
    (
        "Ven a la asamblea el viernes a las 7 en la biblioteca.",
        3,
        {"action", "day", "time", "place", "not_question"},
        set(),
    ),
    ("¿Podrías solo venir un rato mañana?", 2, {"hedge", "day", "no_time"}, set()),
    ("¿Te unes al equipo?", 0, {"no_action", "direct_question"}, {"action"}),
    (
        "¿Podemos contar contigo para registrar votantes mañana a las 9 en la escuela Juárez?",
        4,
        {"action", "day", "time", "place", "count_on_you"},
        {"hedge"},
    ),
    ("Hazme un favor y ven cuando puedas.", 0, {"hedge", "not_question"}, set()),
    ("¿Quieres involucrarte?", 0, {"vague_action"}, {"action"}),
    (
        "¿Organizas una reunión de casa el martes 3 a las 7 de la noche en tu casa?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
    (
        "¿Qué día puedes venir a la capacitación?",
        1,
        {"open_question", "action"},
        {"direct_question"},
    ),
    (
        "¿Asistes a la audiencia del lunes a las 9 de la mañana en el centro comunitario?",
        4,
        {"action", "day", "time", "place"},
        {"hedge"},
    ),
]


@pytest.mark.parametrize(("ask", "rating", "has", "lacks"), ENGLISH + SPANISH)
def test_the_coach_rates_each_ask_and_says_why(
    ask: str, rating: int, has: set[str], lacks: set[str]
) -> None:
    result = coach_ask(ask)
    keys = set(result.keys())
    assert result.rating == rating, (ask, result)
    assert has <= keys, (ask, sorted(keys))
    assert not lacks & keys, (ask, sorted(keys))
    assert result.label == RATINGS[rating]


def test_both_tables_are_long_enough() -> None:
    assert len(ENGLISH) >= 15 and len(SPANISH) >= 15


def test_reasons_quote_the_words_as_written() -> None:
    result = coach_ask("¿Puedes venir el MIÉRCOLES a las 6 a la Biblioteca?")
    phrases = {r.key: r.phrase for r in result.reasons}
    assert phrases["day"] == "el MIÉRCOLES"
    assert phrases["place"] == "Biblioteca"
    assert phrases["time"] == "a las 6"


def test_hedges_are_listed_once_each() -> None:
    result = coach_ask("Just come sometime, just if you want, sometime?")
    assert result.hedges() == ["Just", "sometime", "if you want"]


def test_the_same_text_always_gets_the_same_answer() -> None:
    ask = "Can I count on you to come Friday at 6pm at the church?"
    assert coach_ask(ask) == coach_ask(ask) == coach_ask("  " + ask.replace(" ", "  ") + "\n")


def test_every_reason_is_good_or_to_fix() -> None:
    hard = coach_ask("Can I count on you to host a meeting Friday at 6pm at the library?")
    assert all(r.ok for r in hard.reasons)
    soft = coach_ask("Help out sometime")
    assert not any(r.ok for r in soft.reasons)
