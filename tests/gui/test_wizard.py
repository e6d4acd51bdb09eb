"""The 1:1 wizard: navigation, validation, the ask coach as you type, the outcome with
commitments and a move up the ladder, the self-check, and drafts that resume."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from rapport.domain.records import Commitment, Contact, Meeting
from rapport.store import one_on_ones as ones
from rapport.store.core import Store
from rapport.store.open import OpenFolder
from rapport.ui.meetings import launch
from rapport.ui.meetings.outcome_page import OutcomePage
from rapport.ui.meetings.self_check_page import SelfCheckPage
from rapport.ui.meetings.start_dialog import StartDialog
from rapport.ui.meetings.step_pages import AgendaStepPage, AskPage
from rapport.ui.meetings.wizard import OneOnOneWizard
from rapport.workspace import open_workspace

HARD_ASK = "Can I count on you to come to the phone bank this Friday at 6pm at our office?"
KEYS = ["purpose", "stories", "connection", "strategy", "ask", "outcome", "wrap_up", "self_check"]


@pytest.fixture
def folder(app: QApplication, data_dir: Path) -> Iterator[OpenFolder]:
    f = open_workspace(data_dir)
    yield f
    for wizard in launch.open_wizards().values():
        wizard.done_saving = True
        wizard.close()
    f.close()


@pytest.fixture
def store(folder: OpenFolder) -> Store:
    return folder.store


@pytest.fixture
def meeting(store: Store) -> Meeting:
    ana = Contact(first_name="Ana", last_name="Pérez", stage="contacted")
    store.save(ana)
    m = Meeting(contact_id=ana.id, starts_at="2026-03-03T23:00:00Z", location="Café Luna")
    store.save(m)
    return m


Opener = Callable[..., OneOnOneWizard]


@pytest.fixture
def open_one(store: Store, qtbot: QtBot) -> Opener:
    def opener(meeting_id: str | None) -> OneOnOneWizard:
        wizard = launch.open_wizard(None, store, meeting_id)
        assert wizard is not None
        qtbot.waitExposed(wizard)
        return wizard

    return opener


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its box (a click far right of its text does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def go_to(wizard: OneOnOneWizard, key: str) -> None:
    while wizard.current_key() != key:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck at {wizard.current_key()}"


def finish(wizard: OneOnOneWizard, qtbot: QtBot, lesson: str) -> None:
    """Walk to the self-check, write `lesson` as every thing that went well or could go
    better, and finish the 1:1."""
    fill_to_self_check(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, SelfCheckPage)
    for edit in page.went_well + page.do_better:
        edit.setText(lesson)
    wizard.button(wizard.WizardButton.FinishButton).click()


def to_outcome(wizard: OneOnOneWizard) -> OutcomePage:
    """Write a hard ask and go on to the outcome page."""
    go_to(wizard, "ask")
    page = wizard.currentPage()
    assert isinstance(page, AskPage)
    page.ask.setPlainText(HARD_ASK)
    go_to(wizard, "outcome")
    outcome = wizard.currentPage()
    assert isinstance(outcome, OutcomePage)
    return outcome


def fill_to_self_check(wizard: OneOnOneWizard, qtbot: QtBot) -> None:
    outcome = to_outcome(wizard)
    qtbot.mouseClick(outcome.answer_buttons["yes"], Qt.MouseButton.LeftButton)
    outcome.rows[0].what.setText("Phone bank")
    go_to(wizard, "self_check")


def test_the_pages_follow_the_agenda_with_outcome_after_the_ask(
    meeting: Meeting, open_one: Opener
) -> None:
    wizard = open_one(meeting.id)
    assert [p.key for p in wizard.pages] == KEYS
    assert wizard.windowTitle() == "1:1 with Ana Pérez"
    first = wizard.currentPage()
    assert isinstance(first, AgendaStepPage)
    assert first.title() == "Purpose" and "Café Luna" in first.subTitle()
    assert len(first.checks) == 3
    assert wizard.steps_list.count() == len(KEYS)
    assert wizard.steps_list.item(0).font().bold()
    wizard.next()
    assert wizard.current_key() == "stories"
    wizard.back()
    assert wizard.current_key() == "purpose"


def test_going_back_keeps_what_was_written(
    meeting: Meeting, open_one: Opener, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, AgendaStepPage)
    qtbot.keyClicks(page.notes, "Grew up in the neighborhood")
    tick(qtbot, page.checks["shared_mine"])
    wizard.next()
    wizard.back()
    assert page.notes.toPlainText() == "Grew up in the neighborhood"
    assert page.checks["shared_mine"].isChecked()
    assert wizard.state["notes"]["stories"] == {
        "text": "Grew up in the neighborhood",
        "checked": ["shared_mine"],
    }


def test_the_ask_is_required_and_the_coach_rates_it_as_you_type(
    meeting: Meeting, open_one: Opener, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    go_to(wizard, "ask")
    page = wizard.currentPage()
    assert isinstance(page, AskPage)
    assert page.coach.label.text() == "No ask yet"
    wizard.next()
    assert wizard.current_key() == "ask"
    assert page.problem.isVisible() and "ask" in page.problem.text()

    qtbot.keyClicks(page.ask, "Will you come to a phone bank sometime?")
    assert page.coach.label.text() == "Soft"
    assert "sometime" in page.coach.fix.text()
    page.ask.clear()
    qtbot.keyClicks(page.ask, HARD_ASK)
    assert page.coach.label.text() == "Hard"
    assert page.coach.fix.isHidden()
    assert "Says where: “office”" in page.coach.good.text()
    assert not page.problem.isVisible()
    wizard.next()
    assert wizard.current_key() == "outcome"


def test_the_outcome_needs_an_answer_and_a_commitment_on_yes(
    meeting: Meeting, open_one: Opener, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    outcome = to_outcome(wizard)
    wizard.next()
    assert wizard.current_key() == "outcome" and "answer" in outcome.problem.text()

    qtbot.mouseClick(outcome.answer_buttons["counter_offer"], Qt.MouseButton.LeftButton)
    assert outcome.counter.isVisible()
    assert len(outcome.rows) == 1  # a commitment to fill in, offered at once
    assert outcome.rows[0].place.text() == "Café Luna"
    wizard.next()
    assert "offered instead" in outcome.problem.text()
    assert "Commitment 1" in outcome.problem.text()

    qtbot.mouseClick(outcome.answer_buttons["no"], Qt.MouseButton.LeftButton)
    assert not outcome.counter.isVisible()
    qtbot.mouseClick(outcome.rows[0].remove, Qt.MouseButton.LeftButton)
    assert outcome.rows == []
    wizard.next()
    assert wizard.current_key() == "wrap_up"


def test_a_yes_with_commitments_and_a_confirmed_ladder_move_is_stored(
    meeting: Meeting, open_one: Opener, store: Store, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    outcome = to_outcome(wizard)
    assert outcome.raise_check.isHidden()
    qtbot.mouseClick(outcome.answer_buttons["yes"], Qt.MouseButton.LeftButton)
    assert not outcome.raise_check.isHidden()
    assert outcome.raise_check.text() == "Move Ana Pérez up the ladder: Contacted → Had a 1:1"
    assert not outcome.raise_check.isChecked()  # the organizer confirms it
    qtbot.keyClicks(outcome.rows[0].what, "Phone bank")
    qtbot.mouseClick(outcome.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(outcome.rows[1].what, "Bring a neighbor")
    outcome.rows[1].place.setText("Her block")
    outcome.raise_check.setChecked(True)
    go_to(wizard, "self_check")
    check = wizard.currentPage()
    assert isinstance(check, SelfCheckPage)
    # What the record shows is ticked for the organizer to confirm.
    assert check.traits["scheduled"].isChecked() and check.traits["followed_up"].isChecked()
    assert not check.traits["face_to_face"].isChecked()
    tick(qtbot, check.traits["face_to_face"])
    qtbot.keyClicks(check.summary, "Retired nurse; housing matters to her.")
    qtbot.keyClicks(check.went_well[0], "Listened more than I talked")
    wizard.next()  # Finish: refused, two of each are needed
    assert wizard.isVisible() and "two things that went well" in check.problem.text()
    qtbot.keyClicks(check.went_well[1], "A clear ask")
    qtbot.keyClicks(check.do_better[0], "Shorter story")
    qtbot.keyClicks(check.do_better[1], "Ask about her family")
    saved: list[str] = []
    wizard.saved.connect(saved.append)
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert saved == [meeting.id]

    record = ones.meeting_record(store, meeting.id)
    assert record is not None
    m = record.meeting
    assert (m.status, m.answer, m.ask) == ("held", "yes", HARD_ASK)
    assert set(m.traits_met) == {"face_to_face", "scheduled", "followed_up"}
    assert m.summary == "Retired nurse; housing matters to her."
    assert [c.what for c in record.commitments] == ["Phone bank", "Bring a neighbor"]
    assert all(c.follow_up_on and c.due_at for c in record.commitments)
    assert record.contact is not None and record.contact.stage == "had_one_on_one"
    assert ones.list_drafts(store) == []


def test_without_confirming_the_ladder_stays(
    meeting: Meeting, open_one: Opener, store: Store, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    finish(wizard, qtbot, "something")
    contact = store.get(Contact, str(meeting.contact_id))
    assert contact is not None and contact.stage == "contacted"


def test_closing_keeps_a_draft_that_reopens_at_the_same_step(
    meeting: Meeting, open_one: Opener, store: Store, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, AgendaStepPage)
    qtbot.keyClicks(page.notes, "She organized her building in 2019")
    key = ones.draft_key(meeting.id)
    qtbot.waitUntil(
        lambda: (
            (ones.load_draft(store, key) or {}).get("notes", {}).get("stories", {}).get("text")
            == "She organized her building in 2019"
        )
    )
    wizard.next()
    wizard.close()
    qtbot.waitUntil(lambda: meeting.id not in launch.open_wizards())

    again = open_one(meeting.id)
    assert again is not wizard
    assert again.current_key() == "connection"
    again.back()
    page = again.currentPage()
    assert isinstance(page, AgendaStepPage)
    assert page.notes.toPlainText() == "She organized her building in 2019"
    assert again.steps_list.item(1).font().bold()


def test_opening_and_closing_without_writing_leaves_no_draft(
    meeting: Meeting, open_one: Opener, store: Store
) -> None:
    wizard = open_one(meeting.id)
    wizard.next()
    wizard.close()
    assert ones.list_drafts(store) == []


def test_discarding_drops_the_draft(
    meeting: Meeting, open_one: Opener, store: Store, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    page = wizard.currentPage()
    assert isinstance(page, AgendaStepPage)
    qtbot.keyClicks(page.notes, "hello")
    wizard.save_now()
    assert len(ones.list_drafts(store)) == 1
    wizard.discard()
    assert ones.list_drafts(store) == []


def test_the_same_meeting_opens_once(meeting: Meeting, open_one: Opener) -> None:
    assert open_one(meeting.id) is open_one(meeting.id)


def test_an_unscheduled_one_on_one_picks_the_person_first(
    meeting: Meeting, open_one: Opener, store: Store, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def pick(dialog: StartDialog) -> int:
        dialog.search.setText("Ana")
        dialog.refresh()
        assert dialog.matches.count() == 1
        dialog.matches.setCurrentRow(0)
        dialog.location.setText("Her porch")
        return 1

    monkeypatch.setattr(StartDialog, "exec", pick)
    wizard = open_one(None)
    assert wizard.state["new_meeting"] and wizard.state["location"] == "Her porch"
    assert "Her porch" in wizard.currentPage().subTitle()
    fill_to_self_check(wizard, qtbot)
    check = wizard.currentPage()
    assert isinstance(check, SelfCheckPage)
    assert not check.traits["scheduled"].isChecked()  # it was not scheduled
    for edit in check.went_well + check.do_better:
        edit.setText("noted")
    wizard.button(wizard.WizardButton.FinishButton).click()
    new = store.get(Meeting, wizard.state["meeting_id"])
    assert new is not None and new.id != meeting.id
    assert (new.status, new.location, new.contact_id) == ("held", "Her porch", meeting.contact_id)


def test_a_held_one_on_one_opens_for_editing(
    meeting: Meeting, open_one: Opener, store: Store, qtbot: QtBot
) -> None:
    wizard = open_one(meeting.id)
    finish(wizard, qtbot, "noted")
    qtbot.waitUntil(lambda: meeting.id not in launch.open_wizards())

    editing = open_one(meeting.id)
    assert editing.windowTitle().startswith("Editing:")
    assert editing.state["answer"] == "yes"
    go_to(editing, "outcome")
    outcome = editing.currentPage()
    assert isinstance(outcome, OutcomePage)
    assert [r.what.text() for r in outcome.rows] == ["Phone bank"]
    outcome.rows[0].what.setText("Phone bank, two shifts")
    go_to(editing, "self_check")
    editing.button(editing.WizardButton.FinishButton).click()
    [c] = ones.meeting_record(store, meeting.id).commitments  # type: ignore[union-attr]
    assert c.what == "Phone bank, two shifts"
    assert store.get(Commitment, c.id) is not None


def test_a_broken_agenda_file_is_named_and_the_shipped_one_used(
    meeting: Meeting, open_one: Opener, folder: OpenFolder, qtbot: QtBot
) -> None:
    own = folder.data_dir / "agendas"
    own.mkdir()
    (own / "introductory.en.json").write_text(json.dumps({"format": "rapport-agenda"}))
    wizard = open_one(meeting.id)
    assert wizard.pages[0].title() == "Purpose"
    notice = wizard.findChild(QLabel, "templateProblems")
    assert notice is not None and notice.isVisible()
    assert "introductory.en.json: version must be 1" in notice.text()


def test_an_organizations_own_agenda_is_used(
    meeting: Meeting, open_one: Opener, folder: OpenFolder
) -> None:
    own = folder.data_dir / "agendas"
    own.mkdir()
    (own / "introductory.en.json").write_text(
        json.dumps(
            {
                "format": "rapport-agenda",
                "version": 1,
                "title": "Our intro",
                "steps": [
                    {"key": "welcome", "title": "Welcome", "prompts": ["Offer coffee."]},
                    {"key": "ask", "title": "Our ask", "kind": "ask", "prompts": ["Ask."]},
                ],
            }
        )
    )
    wizard = open_one(meeting.id)
    assert [p.key for p in wizard.pages] == ["welcome", "ask", "outcome", "self_check"]
    assert wizard.pages[1].title() == "Our ask"


def test_every_page_fits_a_small_laptop_screen(
    open_one: Opener, meeting: Meeting, qtbot: QtBot
) -> None:
    """1024 x 640, less a title bar and a task bar: the wizard goes down to 1000 x 560
    on every page, with its buttons in view."""
    wizard = open_one(meeting.id)
    for key in ("purpose", "ask", "self_check"):
        if key == "self_check":
            fill_to_self_check(wizard, qtbot)
        else:
            go_to(wizard, key)
        wizard.resize(1000, 560)
        qtbot.wait(10)
        assert (wizard.width(), wizard.height()) == (1000, 560), key
        finish_button = wizard.button(wizard.WizardButton.CancelButton)
        corner = finish_button.mapTo(wizard, finish_button.rect().bottomRight())
        assert wizard.rect().contains(corner), key


def test_a_new_commitment_is_due_after_the_1_1_it_comes_from(
    store: Store, open_one: Opener
) -> None:
    """A 1:1 days ahead (its notes written early): a commitment from it is due the day
    after it at 6 pm, not tomorrow."""
    from datetime import UTC, date, datetime, timedelta

    from PySide6.QtCore import QTime

    ana = Contact(first_name="Ana", last_name="Pérez", stage="contacted")
    store.save(ana)
    ahead = date.today() + timedelta(days=5)
    starts = datetime(ahead.year, ahead.month, ahead.day, 12, tzinfo=UTC)
    later = Meeting(
        contact_id=ana.id, starts_at=starts.strftime("%Y-%m-%dT%H:%M:%SZ"), location="Café"
    )
    store.save(later)
    wizard = open_one(later.id)
    outcome = to_outcome(wizard)
    row = outcome._add_row()
    assert row.due.date().toPython() == ahead + timedelta(days=1)
    assert row.due.time() == QTime(18, 0)
    assert row.follow_up.date().toPython() == ahead  # the day before it is due
    wizard.close()
