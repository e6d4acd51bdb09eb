"""1:1 agenda templates: the steps the 1:1 wizard walks, per meeting type and language.

A template is a JSON file named `<meeting type>.<language>.json` (for example
`introductory.es.json`):

    {
      "format": "rapport-agenda",
      "version": 1,
      "title": "Introductory 1:1",
      "steps": [
        {"key": "purpose", "title": "Purpose", "kind": "notes",
         "prompts": ["…"], "checklist": [{"key": "said_why", "text": "…"}]},
        …
        {"key": "ask", "title": "The ask", "kind": "ask", …}
      ]
    }

Each step has a key (lower-case letters, digits, "_"; the notes of a 1:1 are stored
under it, so keep keys when editing wording), a title, short prompts, and a checklist of
items, each with its own key. Exactly one step is the ask (`"kind": "ask"`); every other
step is `"notes"`. The wizard adds the outcome (after the ask) and the self-check (at the
end) itself.

Templates are looked up in folders, first match wins: an organization's own folder
(`<data folder>/agendas/`), then the ones that ship with Rapport. For each folder the
meeting type in the language asked for is tried, then in English; a meeting type
without any template uses the introductory one. This module reads files but imports
nothing of the app: callers pass the folders.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = "rapport-agenda"
VERSION = 1
STEP_KINDS = ("notes", "ask")
FALLBACK_KIND = "introductory"
_KEY = re.compile(r"[a-z0-9_]{1,60}")
MAX_TEXT = 1_000
MAX_STEPS = 20


class AgendaTemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    text: str


@dataclass(frozen=True, slots=True)
class AgendaStep:
    key: str
    title: str
    kind: str  # "notes" or "ask"
    prompts: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    kind: str  # the meeting type it was asked for
    language: str
    title: str
    steps: tuple[AgendaStep, ...]
    source: str  # the file it came from

    def step(self, key: str) -> AgendaStep | None:
        return next((s for s in self.steps if s.key == key), None)

    @property
    def ask_step(self) -> AgendaStep:
        return next(s for s in self.steps if s.kind == "ask")


def parse_template(data: object, source: str, kind: str, language: str) -> AgendaTemplate:
    """Check a template's parsed JSON; raise `AgendaTemplateError` naming `source` and
    the field at fault."""

    def fail(where: str, problem: str) -> AgendaTemplateError:
        return AgendaTemplateError(f"{source}: {where} {problem}")

    if not isinstance(data, dict):
        raise fail("the file", "must hold a JSON object")
    if data.get("format") != FORMAT:
        raise fail("format", f'must be "{FORMAT}"')
    if data.get("version") != VERSION:
        raise fail("version", f"must be {VERSION} (this Rapport reads version {VERSION})")
    title = _text(data.get("title"), "title", fail)
    steps_data = data.get("steps")
    if not isinstance(steps_data, list) or not steps_data:
        raise fail("steps", "must be a non-empty list of steps")
    if len(steps_data) > MAX_STEPS:
        raise fail("steps", f"has {len(steps_data)} steps; at most {MAX_STEPS} are allowed")
    steps: list[AgendaStep] = []
    seen: set[str] = set()
    for i, raw in enumerate(steps_data):
        at = f"steps[{i}]"
        if not isinstance(raw, dict):
            raise fail(at, "must be an object with key, title, kind, prompts and checklist")
        key = _key(raw.get("key"), f"{at}.key", fail)
        if key in seen:
            raise fail(f"{at}.key", f"{key!r} is used by an earlier step")
        seen.add(key)
        step_kind = raw.get("kind", "notes")
        if step_kind not in STEP_KINDS:
            raise fail(f"{at}.kind", f'must be "notes" or "ask", not {step_kind!r}')
        prompts = raw.get("prompts", [])
        if not isinstance(prompts, list):
            raise fail(f"{at}.prompts", "must be a list of texts")
        items = raw.get("checklist", [])
        if not isinstance(items, list):
            raise fail(f"{at}.checklist", "must be a list of {key, text} objects")
        checklist: list[ChecklistItem] = []
        item_keys: set[str] = set()
        for j, item in enumerate(items):
            where = f"{at}.checklist[{j}]"
            if not isinstance(item, dict):
                raise fail(where, 'must be an object like {"key": "…", "text": "…"}')
            item_key = _key(item.get("key"), f"{where}.key", fail)
            if item_key in item_keys:
                raise fail(f"{where}.key", f"{item_key!r} is used twice in this step")
            item_keys.add(item_key)
            checklist.append(
                ChecklistItem(item_key, _text(item.get("text"), f"{where}.text", fail))
            )
        steps.append(
            AgendaStep(
                key=key,
                title=_text(raw.get("title"), f"{at}.title", fail),
                kind=step_kind,
                prompts=tuple(_text(p, f"{at}.prompts[{j}]", fail) for j, p in enumerate(prompts)),
                checklist=tuple(checklist),
            )
        )
    asks = [s.key for s in steps if s.kind == "ask"]
    if len(asks) != 1:
        raise fail("steps", f'must have exactly one step with "kind": "ask" (found {len(asks)})')
    return AgendaTemplate(kind, language, title, tuple(steps), source)


def _text(value: Any, where: str, fail: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(where, "must be a non-empty text")
    if len(value) > MAX_TEXT:
        raise fail(where, f"is {len(value)} characters long; at most {MAX_TEXT} are allowed")
    return value.strip()


def _key(value: Any, where: str, fail: Any) -> str:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise fail(where, "must be 1 to 60 lower-case letters, digits or underscores")
    return value


def read_template(path: Path, kind: str, language: str) -> AgendaTemplate:
    """Read and check one template file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AgendaTemplateError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise AgendaTemplateError(f"{path}: is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise AgendaTemplateError(
            f"{path}: is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return parse_template(data, str(path), kind, language)


def candidates(folders: Sequence[Path], kind: str, language: str) -> list[Path]:
    """The files to try for a meeting type, in order."""
    kinds = [kind] if kind == FALLBACK_KIND else [kind, FALLBACK_KIND]
    languages = [language] if language == "en" else [language, "en"]
    return [folder / f"{k}.{lang}.json" for k in kinds for folder in folders for lang in languages]


@dataclass(frozen=True, slots=True)
class LoadedTemplate:
    template: AgendaTemplate
    problems: tuple[str, ...]  # files passed over because they could not be used


def load_template(folders: Sequence[Path], kind: str, language: str) -> LoadedTemplate:
    """The template for a meeting type and language. Files that exist but cannot be
    used are passed over and named in `problems`; when no file can be used at all,
    the built-in agenda (English) is returned."""
    problems: list[str] = []
    for path in candidates(folders, kind, language):
        if not path.is_file():
            continue
        lang = path.name.split(".")[-2]
        try:
            return LoadedTemplate(read_template(path, kind, lang), tuple(problems))
        except AgendaTemplateError as exc:
            problems.append(str(exc))
    return LoadedTemplate(builtin_template(kind), tuple(problems))


def builtin_template(kind: str) -> AgendaTemplate:
    """The agenda used when no template file can be read: the six steps, in English."""

    def step(key: str, title: str, prompt: str, step_kind: str = "notes") -> AgendaStep:
        return AgendaStep(key, title, step_kind, (prompt,), ())

    return AgendaTemplate(
        kind,
        "en",
        "1:1",
        (
            step("purpose", "Purpose", "Say why you asked to meet and how long it will take."),
            step("stories", "Stories", "Share your story, draw out theirs, find common ground."),
            step("connection", "Connection and shared vision", "What do you both want to see?"),
            step("strategy", "Strategy", "Why now, what the goal is, and why they are needed."),
            step(
                "ask",
                "The ask",
                "A specific action, day, time and place; a yes/no question.",
                "ask",
            ),
            step("wrap_up", "Wrap-up", "Repeat back what was agreed and set the next step."),
        ),
        "(built in)",
    )
