"""The Today screen: today's 1:1s in order, tomorrow's calls to confirm, follow-ups due
(marked kept, missed or moved a week on), the week against the goal, and contacts due
another 1:1."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from rapport.domain import scheduling as rules
from rapport.domain.records import Commitment, Contact, Meeting
from rapport.store import meetings as ms
from rapport.store import today as today_store
from rapport.store.core import Store
from rapport.store.follow_ups import due_follow_ups
from rapport.store.settings import load_settings, save_settings
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session
from rapport.ui.today.page import TodayPage
from rapport.ui.today.view import TodayView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def store(session: Session) -> Store:
    assert session.folder is not None
    return session.folder.store


@pytest.fixture
def view(window: MainWindow, store: Store) -> TodayView:
    page = window.show_page("today")
    assert isinstance(page, TodayPage) and page.view is not None
    return page.view


def person(store: Store, first: str, **kw: object) -> str:
    c = Contact(first_name=first, last_name="Prueba", phones=["555 010 3333"], **kw)  # type: ignore[arg-type]
    store.save(c)
    return c.id


def schedule(store: Store, tz: str, who: str, day: date, hour: int, status: str = "") -> str:
    mid = ms.save_meeting(
        store,
        Meeting(
            contact_id=who,
            starts_at=rules.to_utc(datetime(day.year, day.month, day.day, hour, 0), tz),
            time_zone=tz,
            duration_min=45,
            location="Blue Door Coffee",
        ),
    )
    if status:
        ms.set_status(store, mid, status)
    return mid


def texts(tree: object, column: int) -> list[str]:
    from PySide6.QtWidgets import QTreeWidget

    assert isinstance(tree, QTreeWidget)
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_today_lists_meetings_calls_and_week(view: TodayView, store: Store) -> None:
    settings = load_settings(store)
    settings.weekly_goal = 4
    save_settings(store, settings)
    ana, beto = person(store, "Ana"), person(store, "Beto")
    today = date.today()
    schedule(store, view.tz, beto, today, 19)
    schedule(store, view.tz, ana, today, 9)
    schedule(store, view.tz, ana, today + timedelta(days=1), 18)
    view.refresh()
    # English writes a 12-hour clock (Qt puts a narrow no-break space before AM and PM)
    assert [t.replace("\u202f", " ") for t in texts(view.meetings, 0)] == ["9:00 AM", "7:00 PM"]
    assert texts(view.meetings, 1) == ["Ana Prueba", "Beto Prueba"]
    assert texts(view.confirm.tree, 2) == ["555 010 3333"]
    week = today_store.week_progress(store, today, view.tz, 4)
    assert "goal 4" in view.week_label.text()
    assert view.week_bar.value() == min(4, week.held + week.planned)
    view.confirm.tree.setCurrentItem(view.confirm.tree.topLevelItem(0))
    view.confirm.reached.click()
    assert texts(view.confirm.tree, 3) == ["Confirmed"]


def test_follow_ups_are_marked(
    view: TodayView, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(view, "ask_yes_no", lambda title, text: asked.append(text) or True)
    ana = person(store, "Ana", stage="contacted")
    today = date.today()
    kept = Commitment(contact_id=ana, what="Bring two neighbours", follow_up_on=today.isoformat())
    later = Commitment(
        contact_id=ana,
        what="Call the landlord",
        follow_up_on=(today - timedelta(days=2)).isoformat(),
    )
    store.save(kept)
    store.save(later)
    view.refresh()
    assert texts(view.follow, 1) == ["Call the landlord", "Bring two neighbours"]
    view.follow.setCurrentItem(view.follow.topLevelItem(1))
    view.kept.click()
    assert texts(view.follow, 1) == ["Call the landlord"]
    # Kept offers to move the person up the ladder, as the 1:1s Follow-ups tab does.
    assert len(asked) == 1 and "Ana Prueba kept their word" in asked[0]
    assert store.get(Contact, ana).stage != "contacted"  # type: ignore[union-attr]
    assert store.get(Commitment, kept.id).status == "kept"  # type: ignore[union-attr]
    view.follow.setCurrentItem(view.follow.topLevelItem(0))
    view.later.click()
    assert view.follow_empty.isVisibleTo(view)
    assert [f.commitment_id for f in due_follow_ups(store, today + timedelta(days=7))] == [later.id]


def test_contacts_due_another_1_1(view: TodayView, store: Store) -> None:
    ana = person(store, "Ana", follow_up_days=7)
    person(store, "Beto")
    schedule(store, view.tz, ana, date.today() - timedelta(days=10), 18, status="held")
    view.refresh()
    assert texts(view.overdue, 0) == ["Ana Prueba"]
    assert "(1)" in view.overdue_box.title()


def test_an_unfinished_1_1_is_offered_for_resuming(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store import one_on_ones as ones
    from rapport.ui.meetings import launch

    tz = "America/Chicago"
    who = person(store, "Dolores")
    mid = schedule(store, tz, who, date.today() - timedelta(days=1), 18)
    view = window.show_page("today").view  # type: ignore[union-attr]
    assert view is not None and not view.resume_button.isVisibleTo(view)
    ones.save_draft(store, ones.draft_key(mid), {"contact_id": who, "step": "ask"})
    view.refresh()
    assert view.resume_button.isVisibleTo(view)
    assert "Dolores Prueba" in view.drafts_label.text()
    opened: list[str | None] = []
    monkeypatch.setattr(launch, "start_one_on_one", lambda _p, _s, m: opened.append(m))
    view.resume_button.click()
    assert opened == [mid]
    ones.delete_draft(store, ones.draft_key(mid))
    view.refresh()
    assert not view.resume_button.isVisibleTo(view)
