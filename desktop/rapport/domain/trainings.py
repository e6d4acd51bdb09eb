"""Trainings: the template a new training starts from, the rules for what a trainer
enters (evaluations, tips), and the figures of a training's summary.

A training follows the way trainers teach 1:1s: participants prepare, watch the
trainer hold a 1:1, hold one themselves while the trainer watches, practise with
role-plays, then evaluate the training; the trainer writes a reflection. The template
(agenda, preparation checklist, goals and the role-play scenario library) lives in
`resources/trainings/<language>.json`. Pure functions only; the store reads and writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapport.domain.records import Evaluation, Observation, Reflection, Training

STATUSES = ("planned", "running", "done")
# Older data (and the demo) may say "held" for a training that took place.
STATUS_ALIASES = {"held": "done"}
READINESS = ("", "ready", "observe_more")
KINDS = ("observed", "tried", "roleplay")
RATINGS = (1, 2, 3, 4, 5)
MAX_TIPS = 3
DEBRIEF_LINES = 2  # a role-play debrief: two things that went well, two to do better
TEMPLATE_LANGUAGES = ("en", "es")


# --- the template ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scenario:
    """A role-play: who the organizer meets, the situation, and what to practise."""

    key: str
    title: str
    person: str
    situation: str
    practice: str


@dataclass(frozen=True, slots=True)
class TrainingTemplate:
    language: str
    title: str
    goals: tuple[str, ...]
    agenda: tuple[str, ...]
    preparation: tuple[str, ...]
    scenarios: tuple[Scenario, ...]

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.key == key), None)

    def new_training(self, trainer: str = "") -> Training:
        """A planned training with this template's goals, agenda and checklist."""
        return Training(
            title=self.title,
            trainer=trainer,
            goals=list(self.goals),
            agenda=list(self.agenda),
            preparation=list(self.preparation),
        )


class TemplateError(ValueError):
    """A template file that is missing or not shaped as expected; names the file."""


def parse_template(data: Mapping[str, object], language: str) -> TrainingTemplate:
    def strings(name: str) -> tuple[str, ...]:
        value = data.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise TemplateError(f"{name!r} must be a list of non-empty texts")
        return tuple(value)

    goals, agenda, preparation = strings("goals"), strings("agenda"), strings("preparation")
    raw = data.get("scenarios")
    if not isinstance(raw, list) or not raw:
        raise TemplateError("'scenarios' must be a non-empty list")
    scenarios = []
    for item in raw:
        if not isinstance(item, dict):
            raise TemplateError("each scenario must be an object")
        values = {k: item.get(k) for k in ("key", "title", "person", "situation", "practice")}
        missing = [k for k, v in values.items() if not isinstance(v, str) or not v]
        if missing:
            raise TemplateError(f"scenario {item.get('key')!r} lacks {', '.join(missing)}")
        scenarios.append(Scenario(**{k: str(v) for k, v in values.items()}))
    keys = [s.key for s in scenarios]
    if len(set(keys)) != len(keys):
        raise TemplateError("scenario keys must be unique")
    title = data.get("title")
    return TrainingTemplate(
        language=language,
        title=title if isinstance(title, str) else "",
        goals=goals,
        agenda=agenda,
        preparation=preparation,
        scenarios=tuple(scenarios),
    )


def load_template(language: str, folder: Path | None = None) -> TrainingTemplate:
    """The training template for `language` (English when there is none for it).

    `folder` defaults to `resources/trainings` (found through `rapport.paths`)."""
    if folder is None:
        from rapport.paths import resources_dir  # a leaf module: no Qt, no store

        folder = resources_dir() / "trainings"
    if language not in TEMPLATE_LANGUAGES:
        language = "en"
    path = folder / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: expected a JSON object")
    try:
        return parse_template(data, language)
    except TemplateError as exc:
        raise TemplateError(f"{path}: {exc}") from exc


# --- what the trainer enters ----------------------------------------------------------


class TrainingInputError(ValueError):
    """Entries that cannot be saved; `problems` maps each field name to its reason."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


def normal_status(status: str) -> str:
    """A stored status as one of `STATUSES` ("held" → "done"; unknown → "planned")."""
    status = STATUS_ALIASES.get(status, status)
    return status if status in STATUSES else "planned"


def training_problems(training: Training) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not training.title.strip():
        problems["title"] = "Give the training a title."
    if training.status not in STATUSES:
        problems["status"] = f"The status must be one of {', '.join(STATUSES)}."
    return problems


def clean_lines(lines: Iterable[str]) -> list[str]:
    """Non-blank entries, trimmed, in order."""
    return [line.strip() for line in lines if line.strip()]


def split_lines(text: str) -> list[str]:
    """A multi-line box as a list: one entry per non-blank line."""
    return clean_lines(text.splitlines())


def evaluation_problems(evaluation: Evaluation) -> dict[str, str]:
    """What is wrong with an evaluation, by field name (empty when it can be saved)."""
    problems: dict[str, str] = {}
    if not evaluation.learned.strip():
        problems["learned"] = "Write what the participant learned."
    rating = evaluation.rating
    if isinstance(rating, bool) or not isinstance(rating, int) or rating not in RATINGS:
        problems["rating"] = "The rating must be a whole number from 1 to 5."
    if not clean_lines(evaluation.likes):
        problems["likes"] = "Write at least one “I like”."
    if not clean_lines(evaluation.wishes):
        problems["wishes"] = "Write at least one “I wish”."
    if not evaluation.anonymous and not evaluation.participant_id:
        problems["participant_id"] = "Choose the participant, or mark the evaluation anonymous."
    return problems


def cleaned_evaluation(evaluation: Evaluation) -> Evaluation:
    """The evaluation as it is stored: trimmed texts, no blank lines, no name if anonymous."""
    evaluation.learned = evaluation.learned.strip()
    evaluation.likes = clean_lines(evaluation.likes)
    evaluation.wishes = clean_lines(evaluation.wishes)
    if evaluation.anonymous:
        evaluation.participant_id = None
    return evaluation


def tip_problems(tips: Sequence[str]) -> str | None:
    """Why a list of tips cannot be saved, or None: at most three constructive tips."""
    if len(clean_lines(tips)) > MAX_TIPS:
        return f"Give at most {MAX_TIPS} tips, so the participant can remember them."
    return None


def observation_problems(observation: Observation) -> dict[str, str]:
    problems: dict[str, str] = {}
    if observation.kind not in KINDS:
        problems["kind"] = f"Unknown kind {observation.kind!r}."
    tips = tip_problems(observation.tips)
    if tips:
        problems["tips"] = tips
    if observation.kind == "tried" and not observation.participant_id:
        problems["participant_id"] = "A tried 1:1 belongs to a participant."
    return problems


def debrief_lines(text: str) -> list[str]:
    """A role-play debrief field (went well / could have gone better) as its lines.

    The debrief is kept as text with one point per line (two of each by custom) in
    `Observation.went_well` and `Observation.to_improve`."""
    return split_lines(text)


# --- the summary ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures and comments of one training's evaluations."""

    count: int
    mean: float | None  # None with no evaluations
    distribution: tuple[int, int, int, int, int]  # how many gave 1, 2, 3, 4, 5
    likes: tuple[str, ...]
    wishes: tuple[str, ...]
    learned: tuple[str, ...]
    anonymous: int = 0

    def share(self, rating: int) -> float:
        """The fraction of evaluations with this rating (0 with none)."""
        return self.distribution[rating - 1] / self.count if self.count else 0.0


def summarize(evaluations: Iterable[Evaluation]) -> Summary:
    counts = [0, 0, 0, 0, 0]
    likes: list[str] = []
    wishes: list[str] = []
    learned: list[str] = []
    total = 0
    count = 0
    anonymous = 0
    for ev in evaluations:
        if ev.rating not in RATINGS:
            continue  # cannot happen through the store, which checks 1..5
        count += 1
        total += ev.rating
        counts[ev.rating - 1] += 1
        anonymous += 1 if ev.anonymous else 0
        likes.extend(clean_lines(ev.likes))
        wishes.extend(clean_lines(ev.wishes))
        if ev.learned.strip():
            learned.append(ev.learned.strip())
    return Summary(
        count=count,
        mean=round(total / count, 2) if count else None,
        distribution=(counts[0], counts[1], counts[2], counts[3], counts[4]),
        likes=tuple(likes),
        wishes=tuple(wishes),
        learned=tuple(learned),
        anonymous=anonymous,
    )


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One training on the trend across trainings."""

    training_id: str
    title: str
    starts_at: str | None
    count: int
    mean: float | None


@dataclass(frozen=True, slots=True)
class TrainingTrend:
    points: tuple[TrendPoint, ...] = field(default_factory=tuple)

    @property
    def rated(self) -> tuple[TrendPoint, ...]:
        return tuple(p for p in self.points if p.mean is not None)

    def change(self) -> float | None:
        """The last rated training's mean minus the one before it (None: fewer than two)."""
        rated = self.rated
        if len(rated) < 2:
            return None
        last, before = rated[-1].mean, rated[-2].mean
        assert last is not None and before is not None
        return round(last - before, 2)


def trend(
    trainings: Iterable[Training], evaluations: Iterable[Evaluation], *, upto: str | None = None
) -> TrainingTrend:
    """Each training's count and mean rating in date order (undated last); with `upto`
    (a training id), only the trainings up to and including that one."""
    by_training: dict[str, list[Evaluation]] = {}
    for ev in evaluations:
        by_training.setdefault(ev.training_id, []).append(ev)
    ordered = sorted(trainings, key=lambda t: (t.starts_at is None, t.starts_at or "", t.id))
    points = []
    for t in ordered:
        s = summarize(by_training.get(t.id, []))
        points.append(TrendPoint(t.id, t.title, t.starts_at, s.count, s.mean))
        if t.id == upto:
            break
    return TrainingTrend(tuple(points))


@dataclass(frozen=True, slots=True)
class EvaluationEntry:
    evaluation: Evaluation
    name: str  # empty when anonymous


@dataclass(frozen=True, slots=True)
class TrainingReport:
    """What the summary, the PDF and the CSV show."""

    training: Training
    participants: int
    summary: Summary
    entries: tuple[EvaluationEntry, ...]
    trend: TrainingTrend
    reflection: Reflection | None
    readiness: dict[str, int]


def format_mean(mean: float | None) -> str:
    return "–" if mean is None else f"{mean:.2f}"
