"""Trainings: the templates, the evaluation and tip rules, the summary figures, and the
store functions that create, run and report a training."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rapport.domain import demo
from rapport.domain.records import Contact, Evaluation, Observation, Reflection, Training
from rapport.domain.trainings import (
    MAX_TIPS,
    TemplateError,
    TrainingInputError,
    evaluation_problems,
    load_template,
    summarize,
    tip_problems,
    trend,
)
from rapport.store import trainings as ts
from rapport.store.core import Store
from rapport.store.open import OpenFolder


def evaluation(**values: object) -> Evaluation:
    base: dict[str, object] = {
        "training_id": "t",
        "participant_id": "p",
        "learned": "Listen first, ask second.",
        "rating": 4,
        "likes": ["I like the live demo"],
        "wishes": ["I wish we had more time"],
    }
    base.update(values)
    return Evaluation(**base)  # type: ignore[arg-type]


# --- templates ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_both_templates_have_the_four_steps_the_checklist_and_the_scenarios(
    language: str,
) -> None:
    template = load_template(language)
    assert template.language == language
    assert len(template.agenda) == 4
    assert len(template.preparation) >= 3
    assert len(template.scenarios) >= 4
    host = template.scenario("retired_host")
    assert host is not None and host.person and host.situation and host.practice
    training = template.new_training(trainer="Rosa")
    assert training.agenda == list(template.agenda) and training.trainer == "Rosa"
    assert training.status == "planned"


def test_the_languages_share_scenario_keys_and_demo_uses_them() -> None:
    en, es = load_template("en"), load_template("es")
    assert [s.key for s in en.scenarios] == [s.key for s in es.scenarios]
    assert en.agenda != es.agenda
    assert set(demo.ROLEPLAYS) <= {s.key for s in en.scenarios}


def test_an_unknown_language_falls_back_to_english() -> None:
    assert load_template("fr").language == "en"


def test_a_broken_template_names_the_file_and_the_problem(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text(
        json.dumps({"goals": [], "agenda": ["a"], "preparation": "x", "scenarios": [{}]})
    )
    with pytest.raises(TemplateError, match=r"en\.json.*preparation"):
        load_template("en", tmp_path)
    with pytest.raises(TemplateError, match=r"es\.json"):
        load_template("es", tmp_path)


# --- validation ---------------------------------------------------------------------------


def test_a_complete_evaluation_has_no_problems() -> None:
    assert evaluation_problems(evaluation()) == {}
    assert evaluation_problems(evaluation(participant_id=None, anonymous=True)) == {}


@pytest.mark.parametrize("rating", [0, 6, -1, True])
def test_the_rating_must_be_one_to_five(rating: int) -> None:
    assert set(evaluation_problems(evaluation(rating=rating))) == {"rating"}


def test_each_missing_part_is_named_with_its_reason() -> None:
    problems = evaluation_problems(
        evaluation(learned="  ", likes=[" "], wishes=[], participant_id=None)
    )
    assert set(problems) == {"learned", "likes", "wishes", "participant_id"}
    assert "I like" in problems["likes"] and "I wish" in problems["wishes"]


def test_more_likes_and_wishes_are_allowed() -> None:
    assert evaluation_problems(evaluation(likes=["a", "b", "c"], wishes=["d", "e"])) == {}


def test_at_most_three_tips() -> None:
    assert tip_problems(["a", "b", "c"]) is None
    assert tip_problems(["a", "b", "c", " "]) is None  # blank lines do not count
    problem = tip_problems(["a", "b", "c", "d"])
    assert problem is not None and str(MAX_TIPS) in problem


# --- summary ------------------------------------------------------------------------------


def test_summary_figures_on_known_data() -> None:
    ratings = [5, 4, 4, 3, 5, 1]
    evaluations = [
        evaluation(rating=r, likes=[f"like {i}"], wishes=[f"wish {i}", f"wish {i}b"])
        for i, r in enumerate(ratings)
    ]
    s = summarize(evaluations)
    assert s.count == 6
    assert s.mean == pytest.approx(22 / 6, abs=0.005)
    assert s.distribution == (1, 0, 1, 2, 2)
    assert s.likes == tuple(f"like {i}" for i in range(6))
    assert len(s.wishes) == 12 and s.wishes[:2] == ("wish 0", "wish 0b")
    assert s.share(4) == pytest.approx(1 / 3)


def test_summary_of_nothing() -> None:
    s = summarize([])
    assert (s.count, s.mean, s.distribution) == (0, None, (0, 0, 0, 0, 0))


def test_trend_orders_trainings_by_date_and_stops_at_the_one_reported() -> None:
    t1 = Training(title="Spring", starts_at="2026-03-01T18:00:00Z")
    t2 = Training(title="Summer", starts_at="2026-06-01T18:00:00Z")
    t3 = Training(title="Autumn", starts_at="2026-09-01T18:00:00Z")
    evs = [
        evaluation(training_id=t1.id, rating=3),
        evaluation(training_id=t1.id, rating=4),
        evaluation(training_id=t2.id, rating=5),
        evaluation(training_id=t3.id, rating=2),
    ]
    whole = trend([t3, t1, t2], evs)
    assert [p.title for p in whole.points] == ["Spring", "Summer", "Autumn"]
    assert [p.mean for p in whole.points] == [3.5, 5.0, 2.0]
    assert whole.change() == -3.0
    upto = trend([t3, t1, t2], evs, upto=t2.id)
    assert [p.title for p in upto.points] == ["Spring", "Summer"]
    assert upto.change() == 1.5


# --- the store ----------------------------------------------------------------------------


def people(store: Store, *names: str) -> list[str]:
    contacts = [Contact(first_name=n.split()[0], last_name=n.split()[1]) for n in names]
    with store.write() as w:
        for c in contacts:
            w.save(c)
    return [c.id for c in contacts]


def test_create_run_and_report_a_training(folder: OpenFolder) -> None:
    store = folder.store
    ana, beto, cruz = people(store, "Ana García", "Beto Ruiz", "Cruz Díaz")
    training = load_template("en").new_training("Dolores")
    training.starts_at = "2026-05-12T23:30:00Z"
    saved = ts.save_training(store, training, [ana, beto, cruz])
    file = ts.load_training(store, saved.id)
    assert file is not None
    assert [p.name for p in file.participants] == ["Ana García", "Beto Ruiz", "Cruz Díaz"]

    ts.update_training(store, saved.id, preparation_done=[training.preparation[0]])
    ts.set_status(store, saved.id, "running")
    ana_p, beto_p, cruz_p = (p.id for p in file.participants)
    ts.set_readiness(store, ana_p, "ready")
    ts.set_readiness(store, beto_p, "observe_more")
    ts.save_observation(
        store,
        Observation(training_id=saved.id, kind="tried", participant_id=ana_p, tips=["a", "b"]),
    )
    with pytest.raises(TrainingInputError) as bad:
        ts.save_observation(
            store,
            Observation(
                training_id=saved.id, kind="tried", participant_id=ana_p, tips=list("abcd")
            ),
        )
    assert set(bad.value.problems) == {"tips"}
    for pid, rating in ((ana_p, 5), (beto_p, 3)):
        ts.save_evaluation(
            store, evaluation(training_id=saved.id, participant_id=pid, rating=rating)
        )
    ts.save_evaluation(
        store,
        evaluation(training_id=saved.id, participant_id=cruz_p, anonymous=True, rating=4),
    )
    ts.save_reflection(store, Reflection(training_id=saved.id, did="Demo then practice"))
    ts.save_reflection(store, Reflection(training_id=saved.id, did="Second save, same record"))
    ts.set_status(store, saved.id, "done")

    report = ts.training_report(store, saved.id)
    assert report is not None
    assert report.summary.count == 3 and report.summary.mean == 4.0
    assert report.summary.distribution == (0, 0, 1, 1, 1)
    assert [e.name for e in report.entries] == ["Ana García", "Beto Ruiz", ""]
    assert report.entries[2].evaluation.participant_id is None  # anonymous keeps no name
    assert report.readiness == {"": 1, "ready": 1, "observe_more": 1}
    assert report.reflection is not None and report.reflection.did == "Second save, same record"
    assert report.training.status == "done"

    (row,) = ts.list_trainings(store)
    assert (row.participants, row.evaluations, row.mean) == (3, 3, 4.0)


def test_evaluation_rules_are_enforced_by_the_store(folder: OpenFolder) -> None:
    store = folder.store
    (ana,) = people(store, "Ana García")
    t = ts.save_training(store, Training(title="T"), [ana])
    other = ts.save_training(store, Training(title="Other"), [ana])
    other_file = ts.load_training(store, other.id)
    assert other_file is not None
    with pytest.raises(TrainingInputError) as bad:
        ts.save_evaluation(
            store, evaluation(training_id=t.id, rating=7, likes=[], participant_id=None)
        )
    assert set(bad.value.problems) == {"rating", "likes", "participant_id"}
    with pytest.raises(TrainingInputError) as wrong:
        ts.save_evaluation(
            store, evaluation(training_id=t.id, participant_id=other_file.participants[0].id)
        )
    assert set(wrong.value.problems) == {"participant_id"}
    with pytest.raises(TrainingInputError):
        ts.save_training(store, Training(title="  "))


def test_participants_follow_the_list_and_keep_their_records(folder: OpenFolder) -> None:
    store = folder.store
    ana, beto = people(store, "Ana García", "Beto Ruiz")
    t = ts.save_training(store, Training(title="T"), [ana, beto])
    file = ts.load_training(store, t.id)
    assert file is not None
    ana_p = file.participants[0].id
    ts.set_readiness(store, ana_p, "ready")
    ts.save_training(store, t, [beto])
    file = ts.load_training(store, t.id)
    assert file is not None and [p.name for p in file.participants] == ["Beto Ruiz"]
    ts.save_training(store, t, [beto, ana])
    file = ts.load_training(store, t.id)
    assert file is not None
    assert (
        file.participants[0].id == ana_p and file.participants[0].participant.readiness == "ready"
    )


def test_trainings_list_newest_first_and_delete(folder: OpenFolder) -> None:
    store = folder.store
    old = ts.save_training(store, Training(title="Old", starts_at="2025-01-01T18:00:00Z"))
    new = ts.save_training(store, Training(title="New", starts_at="2026-01-01T18:00:00Z"))
    undated = ts.save_training(store, Training(title="Undated"))
    assert [r.title for r in ts.list_trainings(store)] == ["Undated", "New", "Old"]
    ts.delete_training(store, new.id)
    assert [r.id for r in ts.list_trainings(store)] == [undated.id, old.id]
    assert ts.load_training(store, new.id) is None


def test_demo_trainings_report(folder: OpenFolder) -> None:
    store = folder.store
    with store.write() as w:
        w.insert_new(demo.generate(3, 300, date(2026, 3, 2)))
    rows = ts.list_trainings(store)
    done = [r for r in rows if r.status == "done"]
    assert done and all(r.evaluations > 0 for r in done)
    report = ts.training_report(store, done[0].id)
    assert report is not None
    assert report.summary.count == done[0].evaluations
    assert sum(report.summary.distribution) == report.summary.count
    assert report.summary.likes and report.summary.wishes
