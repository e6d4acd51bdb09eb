"""What the 1:1 screens call answers, traits, commitment statuses and the ask coach's
ratings and reasons, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rapport.domain import ask_coach as coach


class OneOnOne:
    """The translation context of these texts (`OneOnOne.tr("...")`, found by lupdate)."""

    @staticmethod
    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("OneOnOne", text, None, n)


def answer_labels() -> dict[str, str]:
    return {
        "yes": OneOnOne.tr("Yes"),
        "no": OneOnOne.tr("No"),
        "maybe": OneOnOne.tr("Maybe"),
        "counter_offer": OneOnOne.tr("Counter-offer"),
        "": OneOnOne.tr("No answer recorded"),
    }


def commitment_status_labels() -> dict[str, str]:
    return {
        "open": OneOnOne.tr("Open"),
        "kept": OneOnOne.tr("Kept"),
        "missed": OneOnOne.tr("Missed"),
        "rescheduled": OneOnOne.tr("Rescheduled"),
    }


def trait_labels() -> dict[str, tuple[str, str]]:
    """Trait key → (name, what it means)."""
    return {
        "face_to_face": (
            OneOnOne.tr("Face to face"),
            OneOnOne.tr("We met in person (or on video), not by text."),
        ),
        "scheduled": (
            OneOnOne.tr("Scheduled"),
            OneOnOne.tr("It was set for a firm time and place ahead."),
        ),
        "purposeful": (
            OneOnOne.tr("Purposeful"),
            OneOnOne.tr("I knew why we were meeting and said so."),
        ),
        "educational": (
            OneOnOne.tr("Educational"),
            OneOnOne.tr("We both learned something from each other."),
        ),
        "followed_up": (
            OneOnOne.tr("Followed up"),
            OneOnOne.tr("There is a date to check on what we agreed."),
        ),
    }


def rating_labels() -> dict[str, str]:
    return {
        "very_soft": OneOnOne.tr("Very soft"),
        "soft": OneOnOne.tr("Soft"),
        "getting_there": OneOnOne.tr("Getting there"),
        "firm": OneOnOne.tr("Firm"),
        "hard": OneOnOne.tr("Hard"),
    }


def reason_text(reason: coach.Reason) -> str:
    """One line of the coach's explanation."""
    p = reason.phrase
    texts = {
        coach.ACTION: OneOnOne.tr("Names an action: “{p}”."),
        coach.VAGUE_ACTION: OneOnOne.tr("“{p}” is vague: name the exact action you want."),
        coach.NO_ACTION: OneOnOne.tr("No specific action yet: what exactly should they do?"),
        coach.DAY: OneOnOne.tr("Gives a day: “{p}”."),
        coach.NO_DAY: OneOnOne.tr("No day: say which day."),
        coach.TIME: OneOnOne.tr("Gives a time: “{p}”."),
        coach.NO_TIME: OneOnOne.tr("No time: give the hour."),
        coach.PLACE: OneOnOne.tr("Says where: “{p}”."),
        coach.NO_PLACE: OneOnOne.tr("No place: say where it happens."),
        coach.DIRECT: OneOnOne.tr("Ends with a direct yes-or-no question."),
        coach.OPEN_QUESTION: OneOnOne.tr(
            "An open question lets them drift: ask for a yes or a no."
        ),
        coach.NOT_QUESTION: OneOnOne.tr("Not a question yet: finish with “Can I count on you?”"),
        coach.COUNT_ON_YOU: OneOnOne.tr("Asks for their word: “{p}”."),
        coach.CHOICE: OneOnOne.tr("Offers a choice of times: “{p}”."),
        coach.HEDGE: OneOnOne.tr("Hedge: “{p}” makes it easy to say no. Drop it."),
    }
    return texts.get(reason.key, reason.key).replace("{p}", p)


def result_problem_text(problem: str) -> str:
    """Why a 1:1 cannot be saved (a `Problem` from the store), in the interface language."""
    texts = {
        "no_contact": OneOnOne.tr("A 1:1 needs the person you met."),
        "no_answer": OneOnOne.tr(
            "Choose the answer to the ask: yes, no, maybe or a counter-offer."
        ),
        "no_counter_offer": OneOnOne.tr("Write down what the person offered instead."),
        "commitment_no_what": OneOnOne.tr("Commitment {n} needs what the person will do."),
        "raise_needs_yes": OneOnOne.tr("A contact moves up the ladder on a yes."),
    }
    text = texts.get(getattr(problem, "code", ""))
    if text is None:
        return str(problem)
    for name, value in dict(getattr(problem, "params", {})).items():
        text = text.replace("{" + name + "}", str(value))
    return text
