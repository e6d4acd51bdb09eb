"""Agenda templates: the ones that ship, an organization's own folder first, and clear
messages naming the file and field of a template that cannot be used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.domain.agenda import (
    AgendaTemplateError,
    load_template,
    parse_template,
    read_template,
)
from rapport.domain.records import DEFAULT_MEETING_TYPES
from rapport.paths import resources_dir

SHIPPED = resources_dir() / "agendas"
KINDS = [k for k, _ in DEFAULT_MEETING_TYPES]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_shipped_template_reads_and_has_the_six_steps(kind: str, language: str) -> None:
    template = read_template(SHIPPED / f"{kind}.{language}.json", kind, language)
    assert [s.key for s in template.steps] == [
        "purpose",
        "stories",
        "connection",
        "strategy",
        "ask",
        "wrap_up",
    ]
    assert template.ask_step.key == "ask"
    for step in template.steps:
        assert step.title and step.prompts and step.checklist


@pytest.mark.parametrize("kind", KINDS)
def test_english_and_spanish_share_their_keys(kind: str) -> None:
    en = read_template(SHIPPED / f"{kind}.en.json", kind, "en")
    es = read_template(SHIPPED / f"{kind}.es.json", kind, "es")
    assert [(s.key, [c.key for c in s.checklist]) for s in en.steps] == [
        (s.key, [c.key for c in s.checklist]) for s in es.steps
    ]
    assert en.steps[0].title != es.steps[0].title


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _good(title: str = "Ours") -> dict[str, object]:
    return {
        "format": "rapport-agenda",
        "version": 1,
        "title": title,
        "steps": [
            {"key": "hello", "title": "Hello", "prompts": ["Say hi"], "checklist": []},
            {
                "key": "ask",
                "title": "Ask",
                "kind": "ask",
                "prompts": [],
                "checklist": [{"key": "asked", "text": "Asked"}],
            },
        ],
    }


def test_the_organizations_folder_comes_first(tmp_path: Path) -> None:
    own = tmp_path / "agendas"
    _write(own, "introductory.es.json", _good("Nuestra"))
    loaded = load_template([own, SHIPPED], "introductory", "es")
    assert loaded.template.title == "Nuestra" and not loaded.problems
    # Another type still comes from the shipped files.
    assert load_template([own, SHIPPED], "leadership", "es").template.title == "1:1 de liderazgo"


def test_missing_language_falls_back_to_english_and_unknown_type_to_introductory(
    tmp_path: Path,
) -> None:
    own = tmp_path / "agendas"
    _write(own, "house_visit.en.json", _good("House visit"))
    assert load_template([own, SHIPPED], "house_visit", "es").template.title == "House visit"
    loaded = load_template([own, SHIPPED], "canvass_debrief", "es")
    assert loaded.template.title == "1:1 de presentación"
    assert loaded.template.language == "es"


def test_a_broken_file_is_passed_over_and_named(tmp_path: Path) -> None:
    own = tmp_path / "agendas"
    broken = own / "follow_up.en.json"
    own.mkdir()
    broken.write_text('{"format": "rapport-agenda",', encoding="utf-8")
    loaded = load_template([own, SHIPPED], "follow_up", "en")
    assert loaded.template.source == str(SHIPPED / "follow_up.en.json")
    assert len(loaded.problems) == 1
    assert str(broken) in loaded.problems[0] and "not valid JSON" in loaded.problems[0]


def test_no_usable_file_gives_the_built_in_agenda(tmp_path: Path) -> None:
    loaded = load_template([tmp_path / "nothing"], "introductory", "en")
    assert loaded.template.source == "(built in)"
    assert [s.key for s in loaded.template.steps][4] == "ask"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), 'format must be "rapport-agenda"'),
        (lambda d: d.update(version=2), "version must be 1"),
        (lambda d: d.update(title=""), "title must be a non-empty text"),
        (lambda d: d.update(steps=[]), "steps must be a non-empty list"),
        (lambda d: d["steps"][0].update(key="Hello There"), "steps[0].key must be 1 to 60"),
        (lambda d: d["steps"][1].update(key="hello"), "steps[1].key 'hello' is used by an earlier"),
        (lambda d: d["steps"][0].update(kind="chat"), 'steps[0].kind must be "notes" or "ask"'),
        (lambda d: d["steps"][0].update(prompts="hi"), "steps[0].prompts must be a list"),
        (lambda d: d["steps"][0].update(prompts=[3]), "steps[0].prompts[0] must be a non-empty"),
        (
            lambda d: d["steps"][1].update(checklist=[{"key": "a"}]),
            "steps[1].checklist[0].text must be a non-empty text",
        ),
        (lambda d: d["steps"][1].update(kind="notes"), 'exactly one step with "kind": "ask"'),
        (lambda d: d["steps"][0].update(kind="ask"), "(found 2)"),
    ],
)
def test_each_problem_names_the_file_and_field(change: object, message: str) -> None:
    data = _good()
    change(data)  # type: ignore[operator]
    with pytest.raises(AgendaTemplateError) as caught:
        parse_template(data, "agendas/x.en.json", "x", "en")
    assert str(caught.value).startswith("agendas/x.en.json: ")
    assert message in str(caught.value)
