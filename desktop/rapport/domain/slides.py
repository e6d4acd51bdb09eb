"""The slides of a training, built from the training itself, for presentation mode.

`build_deck` turns what a training holds (title, goals, agenda), the first names of its
participants, the counts of its evaluation ratings, the 1:1 agenda template, the
role-play scenario library and the fixed texts of `resources/slides/<language>.json`
(headings, the five traits, the logistics of a 1:1, a set of asks, discussion prompts,
notes for the trainer) into a list of `Slide`s.

Privacy by construction: the builder is given a `DeckSource`, which has room for first
names and rating counts only. It never sees a contact record, so no phone number,
email, address, note or last name can reach a slide. Pure functions: no Qt, no store.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapport.domain.agenda import AgendaTemplate
from rapport.domain.ask_coach import coach_ask
from rapport.domain.trainings import RATINGS, Scenario, TrainingTemplate

FORMAT = "rapport-slides"
LANGUAGES = ("en", "es")
KINDS = (
    "title",
    "names",
    "goals",
    "agenda",
    "steps",
    "traits",
    "logistics",
    "asks",
    "scenario",
    "discussion",
    "results",
    "closing",
)
TEXT_SECTIONS = ("headings", "labels", "ratings", "reasons", "notes")


# --- what a deck is made of ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One point of a slide: a main text, an optional smaller detail under it, and for
    the ask exercise the coach's rating (0 very soft … 4 hard) with its explanation."""

    text: str
    detail: str = ""
    rating: int | None = None
    rating_text: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    labels: tuple[str, ...]
    values: tuple[float, ...]
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide. With `reveal`, the lines appear one per step; with `rated`, one more
    step shows every line's rating. `steps` counts the states a slide passes through."""

    kind: str
    title: str
    subtitle: str = ""
    lines: tuple[Line, ...] = ()
    notes: str = ""
    footer: str = ""
    reveal: bool = False
    rated: bool = False
    numbered: bool = False
    chart: Chart | None = None

    @property
    def steps(self) -> int:
        shown = len(self.lines) if self.reveal and self.lines else 1
        return shown + (1 if self.rated else 0)

    def visible_lines(self, step: int) -> int:
        """How many lines show at `step` (0-based)."""
        if not self.reveal:
            return len(self.lines)
        return max(0, min(step + 1, len(self.lines)))

    def shows_ratings(self, step: int) -> bool:
        return self.rated and step >= self.steps - 1

    def texts(self) -> list[str]:
        """Every text the audience can see on this slide (not the trainer's notes)."""
        found = [self.title, self.subtitle, self.footer]
        for line in self.lines:
            found += [line.text, line.detail, line.rating_text]
        if self.chart is not None:
            found += [*self.chart.labels, self.chart.caption]
        return [t for t in found if t]


@dataclass(frozen=True, slots=True)
class Deck:
    language: str
    title: str
    slides: tuple[Slide, ...]

    def __len__(self) -> int:
        return len(self.slides)

    def kinds(self) -> list[str]:
        return [s.kind for s in self.slides]

    def discussion_indexes(self) -> list[int]:
        """The positions of the discussion slides, first first. A discussion's place in
        this list (1, 2, ...) names it in the stored answers, the same in every
        language."""
        return [i for i, s in enumerate(self.slides) if s.kind == "discussion"]

    def answers_by_index(self, by_number: Mapping[int, Sequence[str]]) -> dict[int, list[str]]:
        """Stored answers (by discussion number, 1 first) as the presenter keeps them:
        by slide index. Numbers this deck has no discussion for are left out."""
        indexes = self.discussion_indexes()
        return {
            indexes[number - 1]: list(answers)
            for number, answers in by_number.items()
            if 1 <= number <= len(indexes) and answers
        }

    def discussion_number(self, index: int) -> int | None:
        """The discussion number (1 first) of the slide at `index`; None if it is not a
        discussion slide."""
        indexes = self.discussion_indexes()
        return indexes.index(index) + 1 if index in indexes else None


@dataclass(frozen=True, slots=True)
class DeckSource:
    """What a deck may show of a training. `first_names` are participants' first names
    only; `ratings` counts the evaluations that gave 1, 2, 3, 4 and 5."""

    title: str
    when: str = ""
    place: str = ""
    trainer: str = ""
    goals: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    first_names: tuple[str, ...] = ()
    ratings: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)
    scenario_keys: tuple[str, ...] = ()  # role-plays used in the training, first first


# --- the fixed texts ------------------------------------------------------------------------


class SlideTextError(ValueError):
    """A slide text file that is missing or not shaped as expected; names the file."""


@dataclass(frozen=True, slots=True)
class SlideText:
    language: str
    headings: Mapping[str, str]
    labels: Mapping[str, str]
    ratings: Mapping[str, str]
    reasons: Mapping[str, str]
    notes: Mapping[str, str]
    traits: tuple[Line, ...]
    logistics: tuple[Line, ...]
    asks: tuple[str, ...]
    closing: tuple[str, ...]
    discussion: tuple[tuple[str, str, str], ...] = field(default=())  # after, prompt, notes

    def heading(self, key: str) -> str:
        return self.headings.get(key, key)

    def label(self, key: str, **values: object) -> str:
        text = self.labels.get(key, key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text


def parse_slide_text(data: object, language: str) -> SlideText:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SlideTextError(f'expected a JSON object with "format": "{FORMAT}"')
    sections: dict[str, dict[str, str]] = {}
    for name in TEXT_SECTIONS:
        value = data.get(name)
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
        ):
            raise SlideTextError(f"{name!r} must map keys to non-empty texts")
        sections[name] = dict(value)

    def strings(name: str) -> tuple[str, ...]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            raise SlideTextError(f"{name!r} must be a non-empty list of texts")
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise SlideTextError(f"{name!r} must be a non-empty list of texts")
        return tuple(v.strip() for v in value)

    def points(name: str, text_key: str, detail_key: str) -> tuple[Line, ...]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            raise SlideTextError(f"{name!r} must be a non-empty list")
        found = []
        for item in value:
            if not isinstance(item, dict) or not isinstance(item.get(text_key), str):
                raise SlideTextError(f"each of {name!r} needs a {text_key!r} text")
            found.append(Line(str(item[text_key]), str(item.get(detail_key, ""))))
        return tuple(found)

    prompts = []
    for item in data.get("discussion", []) or []:
        if not isinstance(item, dict) or not isinstance(item.get("prompt"), str):
            raise SlideTextError("each discussion needs a 'prompt' text")
        prompts.append(
            (str(item.get("after", "scenario")), item["prompt"], str(item.get("notes", "")))
        )
    return SlideText(
        language=language,
        headings=sections["headings"],
        labels=sections["labels"],
        ratings=sections["ratings"],
        reasons=sections["reasons"],
        notes=sections["notes"],
        traits=points("traits", "name", "text"),
        logistics=points("logistics", "text", "detail"),
        asks=strings("asks"),
        closing=strings("closing"),
        discussion=tuple(prompts),
    )


def load_slide_text(language: str, folder: Path | None = None) -> SlideText:
    """The slide texts for `language` (English when there are none for it);
    `folder` defaults to `resources/slides`."""
    if folder is None:
        from rapport.paths import resources_dir  # a leaf module: no Qt, no store

        folder = resources_dir() / "slides"
    if language not in LANGUAGES:
        language = "en"
    path = folder / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return parse_slide_text(data, language)
    except (OSError, ValueError) as exc:
        raise SlideTextError(f"{path}: {exc}") from exc


# --- building the deck ----------------------------------------------------------------------


def first_name_only(first_name: str) -> str:
    """A contact's first-name field as shown to a room: trimmed, one line."""
    return " ".join(first_name.split())


def _sort_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def ask_lines(text: SlideText) -> tuple[Line, ...]:
    """The exercise's asks, each with the coach's rating and what it has or lacks."""
    lines = []
    for ask in text.asks:
        rated = coach_ask(ask)
        missing = list(
            dict.fromkeys(text.reasons.get(r.key, r.key) for r in rated.reasons if not r.ok)
        )
        label = text.ratings.get(rated.label, rated.label)
        if missing:
            explain = text.label("missing", items=", ".join(missing))
        else:
            have = dict.fromkeys(text.reasons.get(r.key, r.key) for r in rated.reasons if r.ok)
            explain = text.label("has", items=", ".join(have))
        lines.append(Line(ask, rating=rated.rating, rating_text=f"{label} · {explain}"))
    return tuple(lines)


def _scenario(source: DeckSource, template: TrainingTemplate) -> Scenario:
    for key in source.scenario_keys:
        found = template.scenario(key)
        if found is not None:
            return found
    return template.scenarios[0]


def _mean(ratings: Sequence[int]) -> float | None:
    count = sum(ratings)
    if not count:
        return None
    return sum(r * n for r, n in zip(RATINGS, ratings, strict=True)) / count


def build_deck(
    source: DeckSource,
    text: SlideText,
    agenda: AgendaTemplate,
    template: TrainingTemplate,
) -> Deck:
    """The slides of a training, in the order a session runs."""
    notes = text.notes
    subtitle = " · ".join(t for t in (source.when, source.place) if t)
    trainer = f"{text.label('trainer')}: {source.trainer}" if source.trainer else ""
    slides: list[Slide] = [
        Slide(
            "title", source.title, subtitle=subtitle, footer=trainer, notes=notes.get("title", "")
        )
    ]
    names = sorted((n for n in map(first_name_only, source.first_names) if n), key=_sort_key)
    slides.append(
        Slide(
            "names",
            text.heading("welcome"),
            subtitle=text.label("participants") if names else text.label("no_participants"),
            lines=tuple(Line(n) for n in names),
            notes=notes.get("welcome", ""),
        )
    )
    goals = source.goals or template.goals
    slides.append(
        Slide(
            "goals",
            text.heading("goals"),
            lines=tuple(Line(g) for g in goals),
            notes=notes.get("goals", ""),
        )
    )
    items = source.agenda or template.agenda
    slides.append(
        Slide(
            "agenda",
            text.heading("agenda"),
            lines=tuple(Line(a) for a in items),
            numbered=True,
            notes=notes.get("agenda", ""),
        )
    )
    checklist = [
        f"{s.title}: " + "; ".join(i.text for i in s.checklist) for s in agenda.steps if s.checklist
    ]
    slides.append(
        Slide(
            "steps",
            text.heading("steps"),
            subtitle=agenda.title,
            lines=tuple(Line(s.title, s.prompts[0] if s.prompts else "") for s in agenda.steps),
            numbered=True,
            reveal=True,
            notes="\n".join([notes.get("steps", ""), *checklist]).strip(),
        )
    )
    slides.append(
        Slide(
            "traits",
            text.heading("traits"),
            lines=text.traits,
            reveal=True,
            notes=notes.get("traits", ""),
        )
    )
    slides.append(
        Slide(
            "logistics",
            text.heading("logistics"),
            lines=text.logistics,
            notes=notes.get("logistics", ""),
        )
    )
    asks = ask_lines(text)
    ask_notes = [f"{i + 1}. {line.rating_text}" for i, line in enumerate(asks)]
    slides.append(
        Slide(
            "asks",
            text.heading("asks"),
            subtitle=text.label("asks_intro"),
            lines=asks,
            numbered=True,
            reveal=True,
            rated=True,
            notes="\n".join([notes.get("asks", ""), *ask_notes]).strip(),
        )
    )
    scenario = _scenario(source, template)
    slides.append(
        Slide(
            "scenario",
            text.heading("scenario"),
            subtitle=scenario.title,
            lines=(
                Line(text.label("person"), scenario.person),
                Line(text.label("situation"), scenario.situation),
                Line(text.label("practice"), scenario.practice),
            ),
            footer=text.label("scenario_steps"),
            notes=notes.get("scenario", ""),
        )
    )
    slides.append(_results(source, text))
    slides.append(
        Slide(
            "closing",
            text.heading("closing"),
            lines=tuple(Line(c) for c in text.closing),
            notes=notes.get("closing", ""),
        )
    )
    for after, prompt, prompt_notes in reversed(text.discussion):
        kinds = [s.kind for s in slides]
        at = kinds.index(after) + 1 if after in kinds else len(slides) - 2
        slides.insert(
            at,
            Slide("discussion", prompt, footer=text.label("discussion_empty"), notes=prompt_notes),
        )
    return Deck(text.language, source.title, tuple(slides))


def _results(source: DeckSource, text: SlideText) -> Slide:
    count = sum(source.ratings)
    mean = _mean(source.ratings)
    if mean is None:
        subtitle = text.label("results_none")
    else:
        shown = f"{mean:.1f}"
        if text.language == "es":
            shown = shown.replace(".", ",")
        subtitle = text.label("results_count", count=count, mean=shown)
    return Slide(
        "results",
        text.heading("results"),
        subtitle=subtitle,
        chart=Chart(
            tuple(str(r) for r in RATINGS),
            tuple(float(n) for n in source.ratings),
            text.label("results_axis"),
        ),
        notes=text.notes.get("results", ""),
    )


def deck_texts(deck: Deck) -> list[str]:
    """Every text of the deck the audience can see."""
    return [t for slide in deck.slides for t in slide.texts()]
