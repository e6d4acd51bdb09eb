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
    ("Is there any possible way you could help out?", 0, {"vague_action", "hedge"}, {"action"}),
    (
        "Can you come on the 14th at 6pm at the library?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge", "no_day"},
    ),
    (
        "Can you come on December 14 at 7pm at City Hall?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge", "no_day"},
    ),
    (
        "Could you somehow make it to the phone bank?",
        1,
        {"action", "hedge", "no_day", "no_time"},
        {"day"},
    ),
    ("Come to the vigil whenever you can.", 1, {"action", "hedge", "not_question"}, {"day"}),
    (
        "Can you make calls on Tuesday at 6pm, if you can?",
        2,
        {"action", "day", "time", "hedge", "no_place"},
        set(),
    ),
    (
        "Can you do me a quick favour and come Friday?",
        2,
        {"action", "day", "hedge", "no_time"},
        set(),
    ),
    ("Can you come up to the 5th floor at 6pm?", 2, {"action", "time", "no_day"}, {"day"}),
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
    ("¿Hay alguna manera posible de que ayudes?", 0, {"vague_action", "hedge"}, {"action"}),
    (
        "¿Me harías un favor y vendrías a la reunión?",
        1,
        {"action", "hedge", "direct_question", "no_day"},
        set(),
    ),
    (
        "¿Vendrás a la audiencia del concejo el martes 3 de marzo a las 19:00 en el ayuntamiento?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge", "no_place"},
    ),
    (
        "¿Puedes venir el 14 a las 6 de la tarde a la biblioteca?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge", "no_day"},
    ),
    (
        "¿Vienes el 14 de diciembre a las 7 a la alcaldía?",
        4,
        {"action", "day", "time", "place", "direct_question"},
        {"hedge", "no_day", "no_place"},
    ),
    ("¿Podrías venir de alguna forma a la marcha?", 1, {"action", "hedge", "no_day"}, set()),
    (
        "¿Sólo vienes algún día, cuando puedas?",
        0,
        {"action", "hedge", "direct_question", "no_day"},
        {"day"},
    ),
    ("¿Traes el 20% de las firmas?", 1, {"action", "no_day"}, {"day"}),
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


@pytest.mark.parametrize(
    ("ask", "hedge"),
    [
        ("Can you come Friday, somehow?", "somehow"),
        ("Come to the vigil whenever.", "whenever"),
        ("Can you phone bank Tuesday if you can?", "if you can"),
        ("Could you do me a favor and come?", "do me a favor"),
        ("Is there any possible way you could come?", "Is there any possible way"),
        ("¿Hay alguna manera posible de que vengas?", "Hay alguna manera posible"),
        ("¿Podrías venir de alguna forma?", "de alguna forma"),
        ("¿Vienes algún día?", "algún día"),
        ("¿Vienes algun dia?", "algun dia"),
        ("Ven cuando puedas.", "cuando puedas"),
        ("¿Vienes el sábado, si quieres?", "si quieres"),
        ("¿Vienes el sábado, si puedes?", "si puedes"),
        ("¿Solo vienes un rato?", "Solo"),
        ("¿Sólo vienes un rato?", "Sólo"),
        ("Ven nada más un rato.", "nada más"),
        ("Ven nada mas un rato.", "nada mas"),
        ("¿Me harías un favor?", "Me harías un favor"),
        ("¿Me harias el favor de venir?", "Me harias el favor"),
        ("Hazme un favorcito y ven.", "Hazme un favorcito"),
    ],
)
def test_each_hedge_is_found_with_or_without_accents(ask: str, hedge: str) -> None:
    assert coach_ask(ask).hedges() == [hedge]


@pytest.mark.parametrize(
    ("ask", "day"),
    [
        ("¿Vienes el 14?", "el 14"),
        ("¿Vienes el 14 de diciembre?", "el 14 de diciembre"),
        ("¿Vienes el primero de mayo?", "el primero de mayo"),
        ("Can you come on the 14th?", "the 14th"),
        ("Can you come on the 3rd of March?", "the 3rd of March"),
        ("Can you come on December 14?", "December 14"),
    ],
)
def test_a_day_of_the_month_is_a_day(ask: str, day: str) -> None:
    phrases = {r.key: r.phrase for r in coach_ask(ask).reasons}
    assert phrases["day"] == day


def test_a_named_public_place_is_a_place() -> None:
    for ask, place in (
        ("¿Vienes el lunes al ayuntamiento?", "ayuntamiento"),
        ("Can you come to the meeting in room 2?", "room 2"),
    ):
        phrases = {r.key: r.phrase for r in coach_ask(ask).reasons}
        assert phrases["place"] == place


@pytest.mark.parametrize(
    ("ask", "time"),
    [
        ("Can you call five neighbours Thursday at 6:30 pm at the office?", "at 6:30 pm"),
        ("Can you call five neighbours Thursday at 6pm at the office?", "at 6pm"),
        ("Can you call five neighbours Thursday at 7 at the office?", "at 7"),
        ("¿Puedes venir el jueves a las 6:30 a la biblioteca?", "a las 6:30"),
        ("¿Puedes venir el jueves a las 6:30 de la tarde a la biblioteca?", "6:30"),
    ],
)
def test_the_time_is_quoted_whole(ask: str, time: str) -> None:
    phrases = {r.key: r.phrase for r in coach_ask(ask).reasons}
    assert phrases["time"] == time
