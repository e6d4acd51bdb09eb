"""The 1:1s screen: upcoming and held 1:1s, drafts to resume, follow-ups (kept, missed,
rescheduled; kept can move the person up the ladder), and the record with its PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.records import Commitment, Contact, Meeting
from rapport.store import one_on_ones as ones
from rapport.store.core import Store
from rapport.ui.meetings import launch
from rapport.ui.meetings.page import MeetingsPage
from rapport.ui.session import Session
from tests.gui.helpers import pdf_text

TODAY = date.today().isoformat()


@pytest.fixture
def store(session: Session) -> Store:
    assert session.folder is not None
    return session.folder.store


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return make_people(store)


def make_people(store: Store) -> dict[str, str]:
    ana = Contact(first_name="Ana", last_name="Pérez", stage="contacted")
    beto = Contact(first_name="Beto", last_name="Ruiz", stage="volunteer")
    store.save(ana)
    store.save(beto)
    upcoming = Meeting(contact_id=beto.id, starts_at="2099-05-01T17:00:00Z", location="Library")
    held = Meeting(contact_id=ana.id, starts_at="2026-03-03T23:00:00Z", location="Café Luna")
    store.save(upcoming)
    store.save(held)
    ones.finish_one_on_one(
        store,
        ones.OneOnOneResult(
            meeting_id=held.id,
            contact_id=ana.id,
            notes=[ones.StepNote("stories", "Her mother was a union steward", ["shared_mine"])],
            ask="Can I count on you to phone bank Friday at 6pm at the office?",
            answer="yes",
            commitments=[
                ones.CommitmentInput("Phone bank", "2026-03-07T00:00:00Z", "Office", TODAY)
            ],
            traits_met=["face_to_face", "scheduled"],
            went_well=["Listened", "Clear ask"],
            do_better=["Shorter intro", "Ask about family"],
            summary="Retired nurse who cares about housing.",
        ),
    )
    return {"ana": ana.id, "beto": beto.id, "upcoming": upcoming.id, "held": held.id}


@pytest.fixture
def page(session: Session, people: dict[str, str]) -> MeetingsPage:
    shown = session.window.show_page("meetings")
    assert isinstance(shown, MeetingsPage)
    shown.refresh()
    return shown


def test_lists_upcoming_and_held(page: MeetingsPage, people: dict[str, str]) -> None:
    assert page.upcoming.topLevelItemCount() == 1
    row = page.upcoming.topLevelItem(0)
    assert (row.text(1), row.text(3), row.text(4)) == ("Beto Ruiz", "Library", "Scheduled")
    held = page.held.topLevelItem(0)
    assert (held.text(1), held.text(3)) == ("Ana Pérez", "Yes")
    assert page.tabs.tabText(2) == "Follow-ups (1)"
    assert page.drafts_box.isHidden()
    assert page.start_button.isEnabled()


def test_a_draft_shows_and_resumes(
    page: MeetingsPage, store: Store, people: dict[str, str], qtbot: QtBot
) -> None:
    ones.save_draft(
        store,
        ones.draft_key(people["upcoming"]),
        {
            "contact_id": people["beto"],
            "kind": "introductory",
            "step": "stories",
            "notes": {"stories": {"text": "Grew up here", "checked": []}},
        },
    )
    page.refresh()
    assert not page.drafts_box.isHidden()
    item = page.drafts.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Beto Ruiz", "Stories")
    page.resume_selected()
    wizard = launch.open_wizards()[people["upcoming"]]
    qtbot.waitExposed(wizard)
    assert wizard.current_key() == "stories"
    assert wizard.currentPage().notes.toPlainText() == "Grew up here"  # type: ignore[attr-defined]
    wizard.done_saving = True
    wizard.close()


def test_start_opens_the_wizard_on_the_selected_meeting(
    page: MeetingsPage, people: dict[str, str], qtbot: QtBot
) -> None:
    page.tabs.setCurrentIndex(0)
    page.start_selected()
    wizard = launch.open_wizards()[people["upcoming"]]
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "1:1 with Beto Ruiz"
    wizard.close()


def test_a_kept_commitment_can_move_the_person_up(
    page: MeetingsPage, store: Store, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.follow_ups
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(1) == "Ana Pérez"
    asked: list[str] = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(panel, "ask_yes_no", confirm)
    panel.buttons["kept"].click()
    assert asked == [
        "Ana Pérez kept their word. Move them up the ladder from Contacted to Had a 1:1?"
    ]
    assert store.get(Contact, people["ana"]).stage == "had_one_on_one"  # type: ignore[union-attr]
    [c] = ones.meeting_record(store, people["held"]).commitments  # type: ignore[union-attr]
    assert c.status == "kept"
    assert panel.tree.topLevelItemCount() == 0 and not panel.empty.isHidden()
    assert page.tabs.tabText(2) == "Follow-ups (0)"


def test_declining_the_move_keeps_the_stage(
    page: MeetingsPage, store: Store, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page.follow_ups, "ask_yes_no", lambda title, text: False)
    page.follow_ups.buttons["kept"].click()
    assert store.get(Contact, people["ana"]).stage == "contacted"  # type: ignore[union-attr]


def test_missed_and_rescheduled(
    page: MeetingsPage, store: Store, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = Commitment(contact_id=people["beto"], what="Bring flyers", follow_up_on=TODAY)
    store.save(extra)
    page.refresh()
    panel = page.follow_ups
    assert panel.tree.topLevelItemCount() == 2
    monkeypatch.setattr(panel, "new_day", lambda: "2099-01-05")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    chosen = panel.selected()
    assert chosen is not None
    panel.buttons["rescheduled"].click()
    moved = store.get(Commitment, chosen.commitment_id)
    assert moved is not None and moved.follow_up_on == "2099-01-05" and moved.status == "open"
    assert panel.tree.topLevelItemCount() == 1
    panel.buttons["missed"].click()
    assert panel.tree.topLevelItemCount() == 0
    statuses = {c.what: c.status for c in (store.get(Commitment, i) for i in [extra.id]) if c}
    assert statuses["Bring flyers"] in ("missed", "open")


def test_the_record_shows_the_whole_one_on_one_and_exports_a_pdf(
    page: MeetingsPage, people: dict[str, str], tmp_path: Path, qtbot: QtBot
) -> None:
    page.tabs.setCurrentIndex(1)
    assert page.open_button.isEnabled()
    page.open_selected()
    dialog = page.record_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    for expected in (
        "1:1 with Ana Pérez",
        "Café Luna",
        "Her mother was a union steward",
        "✓ Shared my own story",
        "Can I count on you to phone bank Friday at 6pm at the office?",
        "Answer: Yes",
        "Phone bank",
        "Retired nurse who cares about housing.",
        "Shorter intro",
    ):
        assert expected in text, expected
    assert dialog.browser.isReadOnly()
    assert "Next 1:1 None scheduled yet" in " ".join(text.split())
    dialog.close()


def test_the_record_shows_the_next_one_on_one_on_screen_and_in_the_pdf(
    page: MeetingsPage, store: Store, people: dict[str, str], tmp_path: Path, qtbot: QtBot
) -> None:
    store.save(
        Meeting(contact_id=people["ana"], starts_at="2026-03-17T22:00:00Z", location="Park bench")
    )
    dialog = page.open_record(people["held"])
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = " ".join(dialog.browser.toPlainText().split())
    assert re.search(r"Next 1:1 \w+day 1[78] March 2026, \d\d?:\d\d [AP]M · Park bench", text), text
    pdf = tmp_path / "one.pdf"
    dialog.export_pdf(pdf)
    printed = pdf_text(pdf)
    for expected in (
        "1:1 with Ana Pérez",
        "union steward",
        "Phone bank",
        "Ask about family",
        "Park bench",
    ):
        assert expected in printed, expected
    dialog.close()


def test_edit_from_the_record_opens_the_wizard_on_it(
    page: MeetingsPage, people: dict[str, str], qtbot: QtBot
) -> None:
    dialog = page.open_record(people["held"])
    assert dialog is not None
    dialog.edit_button.click()
    wizard = launch.open_wizards()[people["held"]]
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Editing: 1:1 with Ana Pérez"
    wizard.close()
    dialog.close()


def test_spanish_window_shows_spanish_dates_and_step_names(launch_window) -> None:  # type: ignore[no-untyped-def]
    session = launch_window(language="es")
    assert session.folder is not None
    store = session.folder.store
    people = make_people(store)
    ones.save_draft(
        store,
        ones.draft_key(people["upcoming"]),
        {"contact_id": people["beto"], "kind": "introductory", "step": "wrap_up", "notes": {}},
    )
    page = session.window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.refresh()
    assert page.drafts.topLevelItem(0).text(1) == "Cierre"
    when = page.upcoming.topLevelItem(0).text(0)
    assert when.startswith("vie 1 may 2099"), when  # 2099-05-01 is a Friday
