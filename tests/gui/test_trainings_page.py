"""The Trainings screen from creation to summary: a new training from the template with
participants, the check-in, the observed 1:1 and readiness, a tried 1:1 with tips and
the next 1:1 scheduled, a role-play debrief, evaluations typed from the keyboard alone,
the reflection, the summary with its chart, and the PDF and CSV read back.

Dialogs are opened non-blocking and driven through their widgets; the scheduling
dialog (another screen's) is replaced by a stand-in that schedules a real meeting."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rapport.domain.records import Contact, Meeting
from rapport.interop.training_csv import read_training_csv
from rapport.store.core import Store
from rapport.store.trainings import list_trainings, load_training, training_report
from rapport.ui.session import Session
from rapport.ui.trainings.evaluations import EvaluationsStep
from rapport.ui.trainings.page import TrainingsPage
from rapport.ui.trainings.practice import TriedStep
from rapport.ui.trainings.roleplay import RoleplayStep
from rapport.ui.trainings.steps import CheckinStep, ObservedStep, ReflectionStep
from rapport.ui.trainings.summary import SummaryStep
from tests.gui.helpers import pdf_text

PEOPLE = (("Ana", "Garcia"), ("Beto", "Ruiz"), ("Carmen", "Diaz"))


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> TrainingsPage:
    store = session.window.store
    assert store is not None
    with store.write() as w:
        for first, last in PEOPLE:
            w.save(Contact(first_name=first, last_name=last))
    shown = session.window.show_page("trainings")
    assert isinstance(shown, TrainingsPage)
    qtbot.waitUntil(lambda: shown.store is not None)
    return shown


@pytest.fixture
def scheduler(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """A stand-in for the calendar's ScheduleDialog: saves a meeting and accepts."""
    calls: list[dict[str, object]] = []

    class FakeScheduleDialog:
        def __init__(self, store: Store, parent: QWidget | None = None, **kw: object) -> None:
            self.store = store
            calls.append(kw)
            self.meeting = Meeting(
                contact_id=kw.get("contact_id"),  # type: ignore[arg-type]
                kind="follow_up",
                starts_at="2026-06-02T23:00:00Z",
            )

        def exec(self) -> int:
            self.store.save(self.meeting)
            return 1

        def meeting_id(self) -> str:
            return self.meeting.id

        def deleteLater(self) -> None:
            pass

    module = types.ModuleType("rapport.ui.calendar.schedule_dialog")
    module.ScheduleDialog = FakeScheduleDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rapport.ui.calendar.schedule_dialog", module)
    return calls


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def create_training(page: TrainingsPage, qtbot: QtBot) -> str:
    editor = page.open_editor()
    assert editor is not None
    # From the template: the four steps and the preparation checklist.
    assert len(editor.values().agenda) == 4 and editor.values().preparation
    editor.title_edit.setText("")
    assert not editor.save()  # a title is required
    assert editor.title_error.isVisible()
    editor.title_edit.setText("Spring 1:1 training")
    editor.place.setText("Union Hall")
    editor.trainer.setText("Rosa")
    editor.search.setText("ana")
    editor.run_search()
    assert [editor.found.item(i).text() for i in range(editor.found.count())] == ["Ana Garcia"]
    editor.add_selected()
    editor.search.setText("")
    editor.run_search()
    editor.found.selectAll()
    editor.add_selected()
    assert sorted(editor.chosen.values()) == ["Ana Garcia", "Beto Ruiz", "Carmen Diaz"]
    assert editor.save()
    qtbot.waitUntil(lambda: page.workspace is not None and page.workspace.isVisible())
    assert page.workspace is not None and page.workspace.file is not None
    return page.workspace.file.training.id


def test_a_training_from_creation_to_summary(
    page: TrainingsPage, qtbot: QtBot, scheduler: list[dict[str, object]], tmp_path: Path
) -> None:
    store = page.store
    assert store is not None
    training_id = create_training(page, qtbot)
    ws = page.workspace
    assert ws is not None
    assert ws.title.text() == "Spring 1:1 training" and "3 participants" in ws.meta.text()

    # Plan: tick the first preparation item.
    plan = ws.go_to("plan")
    plan.checklist.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]

    # Check-in: typing notes starts the training.
    checkin = ws.go_to("checkin")
    assert isinstance(checkin, CheckinStep)
    type_into(qtbot, checkin.notes, "Everyone came; two had read the guide.")

    # Observed 1:1 and readiness.
    observed = ws.go_to("observed")
    assert isinstance(observed, ObservedStep)
    file = load_training(store, training_id)
    assert file is not None
    assert file.training.status == "running"
    assert file.training.preparation_done == [file.training.preparation[0]]
    assert file.training.checkin_notes.startswith("Everyone came")
    type_into(qtbot, observed.went_well, "Asked why three times")
    type_into(qtbot, observed.noticed, "She waited after the ask")
    ids = [p.id for p in file.participants]
    observed.readiness[ids[0]].setCurrentIndex(1)  # Ana: ready to try
    observed.readiness[ids[1]].setCurrentIndex(2)  # Beto: wants to observe more

    # Tried 1:1: Ana's own view, three tips at most, the next 1:1 scheduled.
    tried = ws.go_to("tried")
    assert isinstance(tried, TriedStep)
    tried.people.setCurrentRow(0)
    type_into(qtbot, tried.went_well, "Warm opening")
    type_into(qtbot, tried.change, "Slow down")
    for box, tip in zip(
        tried.tips, ("Name a day", "Count to five", "Put the pen down"), strict=True
    ):
        type_into(qtbot, box, tip)
    assert tried.schedule_next()
    assert scheduler[0]["contact_id"] == file.participants[0].participant.contact_id
    assert "Not scheduled" not in tried.next_label.text()

    # Role-play from the library, with a two-and-two debrief.
    roleplay = ws.go_to("roleplay")
    assert isinstance(roleplay, RoleplayStep)
    made = roleplay.new_roleplay()
    assert made is not None
    index = roleplay.scenario.findData("retired_host")
    roleplay.scenario.setCurrentIndex(index)
    assert "Walter" in roleplay.details.text()  # who the organizer meets, in our words
    roleplay.player.setCurrentIndex(2)  # Beto
    for box, text in zip(
        roleplay.well + roleplay.better,
        ("Clear ask", "Good story", "Too fast", "No date"),
        strict=True,
    ):
        type_into(qtbot, box, text)

    # Evaluations, from the keyboard alone.
    evals = ws.go_to("evaluations")
    assert isinstance(evals, EvaluationsStep)
    file = load_training(store, training_id)
    assert file is not None
    tried_obs = file.tried_by(file.participants[0].id)
    assert tried_obs is not None
    assert tried_obs.tips == ["Name a day", "Count to five", "Put the pen down"]
    assert tried_obs.meeting_id is not None and tried_obs.to_improve == "Slow down"
    (rp,) = file.observations_of("roleplay")
    assert rp.scenario == "retired_host" and rp.participant_id == file.participants[1].id
    assert rp.went_well == "Clear ask\nGood story" and rp.to_improve == "Too fast\nNo date"
    assert file.participants[0].participant.readiness == "ready"
    (obs,) = file.observations_of("observed")
    assert obs.went_well == "Asked why three times" and obs.noticed == "She waited after the ask"

    assert evals.participant.currentText() == "Ana Garcia"  # the first without an evaluation
    evals.participant.setFocus()
    qtbot.keyClick(evals.participant, Qt.Key.Key_Tab)
    assert evals.anonymous.hasFocus()
    qtbot.keyClick(evals.anonymous, Qt.Key.Key_Tab)
    assert evals.learned.hasFocus()
    qtbot.keyClicks(evals.learned, "Listen before asking")
    qtbot.keyClick(evals.learned, Qt.Key.Key_Tab)
    assert evals.rating.hasFocus()
    qtbot.keyClick(evals.rating, Qt.Key.Key_5)
    qtbot.keyClick(evals.rating, Qt.Key.Key_Tab)
    assert evals.likes.hasFocus()
    qtbot.keyClicks(evals.likes, "I like the live demo")
    qtbot.keyClick(evals.likes, Qt.Key.Key_Return)
    qtbot.keyClicks(evals.likes, "I like the coaching")
    qtbot.keyClick(evals.likes, Qt.Key.Key_Tab)
    assert evals.wishes.hasFocus()
    qtbot.keyClicks(evals.wishes, "I wish for more practice")
    qtbot.keyClick(evals.wishes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Saved: Ana Garcia" in evals.notice.text()
    assert evals.table.topLevelItemCount() == 1
    # The form is clear and ready for the next paper form: Beto.
    assert evals.learned.toPlainText() == "" and evals.rating.rating() == 0
    assert evals.participant.currentText() == "Beto Ruiz" and evals.participant.hasFocus()

    # A form missing the rating and the wish is refused, each reason under its field.
    type_into(qtbot, evals.learned, "Ask for a date")
    type_into(qtbot, evals.likes, "I like the pairs")
    qtbot.keyClick(evals.likes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert evals.table.topLevelItemCount() == 1
    assert evals.errors["rating"].isVisible() and evals.errors["wishes"].isVisible()
    assert not evals.errors["learned"].isVisible()
    assert evals.rating.hasFocus()  # the first problem
    qtbot.keyClick(evals.rating, Qt.Key.Key_2)
    qtbot.keyClick(evals.rating, Qt.Key.Key_Right)  # arrows move it: 3
    type_into(qtbot, evals.wishes, "I wish it were longer")
    qtbot.keyClick(evals.wishes, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert evals.table.topLevelItemCount() == 2

    # An anonymous one; Enter on the rating saves it.
    evals.anonymous.setFocus()
    qtbot.keyClick(evals.anonymous, Qt.Key.Key_Space)
    assert evals.anonymous.isChecked() and not evals.participant.isEnabled()
    type_into(qtbot, evals.learned, "Silence is fine")
    type_into(qtbot, evals.likes, "I like the snacks")
    type_into(qtbot, evals.wishes, "I wish for a handout")
    evals.rating.setFocus()
    qtbot.keyClick(evals.rating, Qt.Key.Key_4)
    qtbot.keyClick(evals.rating, Qt.Key.Key_Return)
    assert evals.table.topLevelItemCount() == 3

    # The reflection.
    reflection = ws.go_to("reflection")
    assert isinstance(reflection, ReflectionStep)
    type_into(qtbot, reflection.boxes["did"], "Demo first, then practice")
    type_into(qtbot, reflection.boxes["change_next"], "More time to practise")

    # The summary.
    summary = ws.go_to("summary")
    assert isinstance(summary, SummaryStep)
    assert summary.figures.text() == "3 evaluations · mean rating 4.00 out of 5"
    assert summary.chart.values() == [0.0, 0.0, 1.0, 1.0, 1.0]
    assert summary.likes.count() == 4 and summary.wishes.count() == 3
    assert "1 ready to try, 1 want to observe more" in summary.readiness.text()
    report = training_report(store, training_id)
    assert report is not None and report.reflection is not None
    assert report.reflection.change_next == "More time to practise"
    assert [e.evaluation.rating for e in report.entries] == [5, 3, 4]
    assert report.entries[2].evaluation.participant_id is None

    pdf = tmp_path / "summary.pdf"
    assert summary.export_pdf(pdf)
    text = pdf_text(pdf)
    assert "Spring 1:1 training" in text
    assert "3 evaluations, mean rating 4.00 out of 5" in text
    for comment in (
        "I like the live demo",
        "I like the coaching",
        "I like the snacks",
        "I wish for more practice",
        "I wish it were longer",
        "I wish for a handout",
        "Listen before asking",
        "More time to practise",
    ):
        assert comment in text, comment
    csv = tmp_path / "summary.csv"
    assert summary.export_csv(csv)
    figures, rows = read_training_csv(csv)
    assert figures["mean_rating"] == "4.00" and len(rows) == 3
    assert [r["participant"] for r in rows] == ["Ana Garcia", "Beto Ruiz", ""]

    # Status to done, back to the list, which shows the counts.
    ws.status.setCurrentIndex(2)
    ws.status.activated.emit(2)
    ws.back_button.click()
    assert page.stack.currentIndex() == 0
    item = page.table.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in (1, 3, 4, 5, 6)] == [
        "Spring 1:1 training",
        "Done",
        "3",
        "3",
        "4.00",
    ]


def test_editing_an_evaluation_and_deleting_a_training(page: TrainingsPage, qtbot: QtBot) -> None:
    store = page.store
    assert store is not None
    training_id = create_training(page, qtbot)
    ws = page.workspace
    assert ws is not None
    evals = ws.go_to("evaluations")
    assert isinstance(evals, EvaluationsStep)
    evals.learned.setPlainText("First")
    evals.rating.set_rating(2)
    evals.likes.setPlainText("I like a\n\nI like b")
    evals.wishes.setPlainText("I wish c")
    assert evals.submit()
    evals.table.setCurrentItem(evals.table.topLevelItem(0))
    evals.edit_selected()
    assert evals.learned.toPlainText() == "First" and evals.rating.rating() == 2
    evals.rating.set_rating(5)
    assert evals.submit()
    report = training_report(store, training_id)
    assert report is not None
    assert [e.evaluation.rating for e in report.entries] == [5]
    assert list(report.summary.likes) == ["I like a", "I like b"]

    evals.table.setCurrentItem(evals.table.topLevelItem(0))
    evals.delete_selected()
    assert evals.table.topLevelItemCount() == 0

    ws.go_back()
    assert page.selected_id() == training_id
    assert page.delete_selected(confirm=False)
    assert list_trainings(store) == []
    assert "No trainings yet" in page.notice.text()


def test_list_shows_demo_trainings_and_opens_the_summary(page: TrainingsPage, qtbot: QtBot) -> None:
    from datetime import date

    from rapport.domain import demo

    store = page.store
    assert store is not None
    with store.write() as w:
        w.insert_new(demo.generate(5, 120, date(2026, 3, 2)))
    page.refresh()
    assert page.table.topLevelItemCount() == 2
    done = next(r for r in list_trainings(store) if r.status == "done")
    ws = page.open_training(done.id, "summary")
    assert ws is not None
    summary = ws.current_step()
    assert isinstance(summary, SummaryStep)
    assert summary.report is not None and summary.report.summary.count == done.evaluations
    assert f"{done.evaluations} evaluations" in summary.figures.text()
    rp = ws.go_to("roleplay")
    assert isinstance(rp, RoleplayStep)
    assert rp.done_list.count() == 2


def test_closing_the_window_saves_notes_typed_a_moment_ago(
    session: Session, page: TrainingsPage, qtbot: QtBot
) -> None:
    from rapport.domain.records import Training

    store = page.store
    assert store is not None
    training = Training(title="Autumn 1:1 training", status="planned")
    store.save(training)
    page.refresh()
    ws = page.open_training(training.id, "checkin")
    assert ws is not None
    checkin = ws.current_step()
    assert isinstance(checkin, CheckinStep)
    type_into(qtbot, checkin.notes, "Last words before closing")
    assert checkin.pending(), "still waiting for the pause after typing"
    session.window.close()
    saved = load_training(store, training.id)
    assert saved is not None and saved.training.checkin_notes == "Last words before closing"
    assert not checkin.pending()


def test_an_evaluation_form_stays_with_its_training(page: TrainingsPage, qtbot: QtBot) -> None:
    from rapport.domain.records import Evaluation, Participant, Training

    store = page.store
    assert store is not None
    a, b = Training(title="A training"), Training(title="B training")
    contact = Contact(first_name="Dora", last_name="Lee")
    pa = Participant(training_id=a.id, contact_id=contact.id)
    pb = Participant(training_id=b.id, contact_id=contact.id)
    first = Evaluation(
        training_id=a.id, participant_id=pa.id, learned="Ask once", rating=4, likes=["x"]
    )
    first.wishes = ["y"]
    with store.write() as w:
        w.insert_new([a, b, contact, pa, pb, first])
    page.refresh()
    ws = page.open_training(a.id, "evaluations")
    assert ws is not None
    evals = ws.current_step()
    assert isinstance(evals, EvaluationsStep)
    evals.table.setCurrentItem(evals.table.topLevelItem(0))
    evals.edit_selected()
    assert evals.editing is not None and evals.learned.toPlainText() == "Ask once"
    ws.go_back()
    assert page.open_training(b.id, "evaluations") is ws
    assert ws.current_step() is evals
    assert evals.editing is None, "not editing training A's form in training B"
    assert evals.form_title.text() == "New evaluation"
    assert evals.learned.toPlainText() == "" and evals.rating.rating() == 0
    assert evals.likes.toPlainText() == "" and evals.wishes.toPlainText() == ""
    assert evals.participant.currentData() == pb.id
    assert not evals.submit()  # an empty form is not saved, least of all into training A
    reloaded = load_training(store, a.id)
    assert reloaded is not None and [e.learned for e in reloaded.evaluations] == ["Ask once"]
    # Within one training, a half-typed form survives a visit to another step.
    evals.learned.setPlainText("Half typed")
    ws.go_to("summary")
    ws.go_to("evaluations")
    assert evals.learned.toPlainText() == "Half typed"


def test_practice_notes_stay_with_their_training(page: TrainingsPage, qtbot: QtBot) -> None:
    """Training A's role-play debrief and a participant's 1:1 notes are not shown when
    training B (with no role-play, nobody signed up) is opened after it."""
    from rapport.domain.records import Observation, Participant, Training

    store = page.store
    assert store is not None
    a, b = Training(title="A training"), Training(title="B training")
    contact = Contact(first_name="Dora", last_name="Lee")
    pa = Participant(training_id=a.id, contact_id=contact.id)
    played = Observation(
        training_id=a.id,
        kind="roleplay",
        participant_id=pa.id,
        scenario="retired_host",
        went_well="Tied the story to the campaign",
        to_improve="Pause after the ask",
    )
    tried = Observation(
        training_id=a.id,
        kind="tried",
        participant_id=pa.id,
        went_well="Listened well",
        to_improve="Ask sooner",
        tips=["Name a day"],
    )
    with store.write() as w:
        w.insert_new([a, b, contact, pa, played, tried])
    page.refresh()
    ws = page.open_training(a.id, "roleplay")
    assert ws is not None
    roleplay = ws.current_step()
    assert isinstance(roleplay, RoleplayStep)
    assert roleplay.well[0].text() == "Tied the story to the campaign"
    practice = ws.go_to("tried")
    assert isinstance(practice, TriedStep)
    assert practice.went_well.toPlainText() == "Listened well"
    ws.go_back()

    assert page.open_training(b.id, "roleplay") is ws
    assert ws.current_step() is roleplay
    assert [line.text() for line in (*roleplay.well, *roleplay.better)] == [""] * (
        len(roleplay.well) + len(roleplay.better)
    )
    assert not roleplay.form.isEnabled()
    assert ws.go_to("tried") is practice
    assert practice.went_well.toPlainText() == "" and practice.change.toPlainText() == ""
    assert [tip.text() for tip in practice.tips] == [""] * len(practice.tips)
    assert practice.next_label.text() == "Not scheduled"
    # Nothing of training A was written into training B, nor changed in A.
    reloaded_b, reloaded_a = load_training(store, b.id), load_training(store, a.id)
    assert reloaded_b is not None and reloaded_b.observations == []
    assert reloaded_a is not None
    assert sorted(o.went_well for o in reloaded_a.observations) == [
        "Listened well",
        "Tied the story to the campaign",
    ]


def test_the_evaluation_form_is_whole_on_a_small_laptop_screen(
    page: TrainingsPage, session: Session, qtbot: QtBot
) -> None:
    """At 1024 x 640 the list of forms gives way: every rating button and the save
    button keep their whole width."""
    from rapport.domain.records import Training

    store = page.store
    assert store is not None
    training = Training(title="A training")
    store.save(training)
    page.refresh()
    session.window.resize(1024, 640)
    ws = page.open_training(training.id, "evaluations")
    assert ws is not None
    evals = ws.current_step()
    assert isinstance(evals, EvaluationsStep)
    qtbot.waitUntil(evals.isVisible)
    for _ in range(3):
        qtbot.wait(20)  # let the layouts settle
    assert evals.rating.width() >= evals.rating.minimumSizeHint().width()
    for button in (evals.save_button, evals.clear_button):
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    inside = evals.form.rect()
    for widget in (evals.rating, evals.save_button, evals.clear_button):
        corner = widget.mapTo(evals.form, widget.rect().bottomRight())
        assert inside.contains(corner), widget.objectName() or widget.text()  # type: ignore[attr-defined]
