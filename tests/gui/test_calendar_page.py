"""The Calendar screen: week view by default, schedule a 1:1 (Ctrl+N and the dialog's
rules), move by keyboard and by dragging, confirm tomorrow's calls, blocks with free
slots, the meeting dialog's "Start 1:1", the type list and the .ics export."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer, QTranslator
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rapport.domain import scheduling as rules
from rapport.domain.records import Contact, Meeting, MeetingBlock
from rapport.store import meetings as ms
from rapport.store.core import Store
from rapport.ui.calendar.page import CalendarPage
from rapport.ui.calendar.schedule_dialog import ScheduleDialog
from rapport.ui.calendar.view import CalendarView
from rapport.ui.main_window import MainWindow
from rapport.ui.session import Session

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def store(session: Session) -> Store:
    assert session.folder is not None
    return session.folder.store


@pytest.fixture
def view(window: MainWindow, store: Store) -> CalendarView:
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage) and page.view is not None
    window.resize(1280, 800)
    return page.view


def person(store: Store, first: str) -> str:
    c = Contact(first_name=first, last_name="Prueba", phones=["555 010 2222"])
    store.save(c)
    return c.id


def local_moment(view: CalendarView, day: date, hour: int, minute: int = 0) -> str:
    return rules.to_utc(datetime(day.year, day.month, day.day, hour, minute), view.tz)


def schedule(store: Store, view: CalendarView, who: str, day: date, hour: int) -> str:
    m = Meeting(
        contact_id=who,
        starts_at=local_moment(view, day, hour),
        time_zone=view.tz,
        duration_min=45,
        location="Blue Door Coffee",
    )
    return ms.save_meeting(store, m)


def test_week_view_is_the_default_and_draws_meetings(view: CalendarView, store: Store) -> None:
    assert view.mode == "week" and view.grid.days == 7
    ana = person(store, "Ana")
    mid = schedule(store, view, ana, date.today(), 18)
    view.refresh()
    assert [p.item.id for p in view.grid.placed] == [mid]
    view.set_mode("month")
    assert view.stack.currentWidget() is view.month and view.month.items[0].id == mid
    view.set_mode("day")
    assert view.grid.days == 1
    view.step(1)
    assert view.grid.placed == []


def test_ctrl_n_schedules_a_1_1(qtbot: QtBot, view: CalendarView, store: Store) -> None:
    ana = person(store, "Ana")
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScheduleDialog)
        dialog.search.setText("Ana")
        dialog._find_contacts()
        assert dialog.chosen_contact() == ana
        dialog.accept()  # no place yet: refused with a reason
        seen.append(dialog.problems.text())
        dialog.location.setText("Café La Esquina")
        dialog.accept()

    view.grid.setFocus()
    QTimer.singleShot(0, fill)
    qtbot.keyClick(view.grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "where" in seen[0].lower()
    saved = ms.list_meetings(store)
    assert len(saved) == 1
    assert (saved[0].contact_id, saved[0].location, saved[0].duration_min) == (
        ana,
        "Café La Esquina",
        40,  # the introductory default
    )
    assert view.grid.selected == saved[0].id


def test_dialog_warns_of_length_and_clash(qtbot: QtBot, store: Store) -> None:
    ana, beto = person(store, "Ana"), person(store, "Beto")
    start = rules.to_utc(datetime(2026, 3, 3, 18, 0), "UTC")
    ms.save_meeting(store, Meeting(contact_id=ana, starts_at=start, time_zone="UTC", location="x"))
    dialog = ScheduleDialog(store, None, contact_id=beto, kind="follow_up", starts_at=start)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.length.value() == 30
    assert "Ana Prueba" in dialog.warnings.text()
    dialog.length.setValue(120)
    assert "120" in dialog.warnings.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("leadership"))
    assert dialog.length.value() == 120  # a length typed by hand is kept


def test_keyboard_moves_the_selected_meeting(
    qtbot: QtBot, view: CalendarView, store: Store
) -> None:
    ana = person(store, "Ana")
    monday = rules.week_start(date.today())
    mid = schedule(store, view, ana, monday + timedelta(days=2), 18)
    view.refresh()
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)  # selects the first meeting
    assert view.grid.selected == mid
    qtbot.keyClick(view.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ms.get_meeting(store, mid).starts_at == local_moment(  # type: ignore[union-attr]
        view, monday + timedelta(days=2), 18, 15
    )
    qtbot.keyClick(view.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ms.get_meeting(store, mid).starts_at == local_moment(  # type: ignore[union-attr]
        view, monday + timedelta(days=3), 18, 15
    )
    assert view.grid.selected == mid
    opened: list[str] = []
    view.grid.openRequested.disconnect()
    view.grid.openRequested.connect(opened.append)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert opened == [mid]


def test_drag_moves_a_meeting_and_overlaps_are_flagged(
    qtbot: QtBot, view: CalendarView, store: Store
) -> None:
    ana, beto = person(store, "Ana"), person(store, "Beto")
    monday = rules.week_start(date.today())
    a = schedule(store, view, ana, monday + timedelta(days=1), 18)
    b = schedule(store, view, beto, monday + timedelta(days=2), 18)
    view.refresh()
    assert not any(p.clash for p in view.grid.placed)
    grid = view.grid
    rect = next(grid.rect_of(p) for p in grid.placed if p.item.id == b)
    start = rect.center().toPoint()
    # One column to the left and 15 minutes earlier.
    end = QPointF(start.x() - grid.col_width(), start.y() - grid.hour_h() / 4)
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        end,
        grid.mapToGlobal(end),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(grid, move)
    QTest.mouseRelease(
        grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint()
    )
    moved = ms.get_meeting(store, b)
    assert moved is not None
    assert moved.starts_at == local_moment(view, monday + timedelta(days=1), 17, 45)
    assert {p.item.id for p in grid.placed if p.clash} == {a, b}


def test_call_to_confirm_tomorrow(view: CalendarView, store: Store) -> None:
    ana, beto = person(store, "Ana"), person(store, "Beto")
    tomorrow = date.today() + timedelta(days=1)
    a = schedule(store, view, ana, tomorrow, 18)
    b = schedule(store, view, beto, tomorrow, 19)
    view.refresh()
    panel = view.confirm
    assert panel.tree.topLevelItemCount() == 2
    assert panel.tree.topLevelItem(0).text(2) == "555 010 2222"  # type: ignore[union-attr]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.reached.click()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.no_answer.click()
    first, second = ms.get_meeting(store, a), ms.get_meeting(store, b)
    assert first is not None and second is not None
    assert (first.status, first.confirm_call) == ("confirmed", "reached")
    assert (second.status, second.confirm_call) == ("scheduled", "no_answer")
    assert second.confirm_called_at is not None


def test_block_shows_free_slots_and_fills_one(
    qtbot: QtBot, view: CalendarView, store: Store
) -> None:
    ana = person(store, "Ana")
    day = rules.week_start(date.today()) + timedelta(days=1)
    block = MeetingBlock(
        starts_at=local_moment(view, day, 17),
        time_zone=view.tz,
        duration_min=240,
        location="Café La Esquina",
        slot_min=45,
        gap_min=15,
    )
    ms.save_block(store, block)
    view.refresh()
    assert len(view.grid.free) == 4 and len(view.grid.bands) == 1

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScheduleDialog)
        assert dialog.location.text() == "Café La Esquina" and dialog.length.value() == 45
        dialog.search.setText("Ana")
        dialog._find_contacts()
        dialog.accept()

    slot = view.grid.free[1]
    QTimer.singleShot(0, fill)
    view.grid.newRequested.emit(slot.starts_at, slot.block_id)
    saved = ms.list_meetings(store)
    assert [(m.contact_id, m.block_id, m.starts_at) for m in saved] == [
        (ana, block.id, local_moment(view, day, 18))
    ]
    assert len(view.grid.free) == 3


def test_meeting_dialog_starts_the_1_1_and_marks_it(
    qtbot: QtBot, view: CalendarView, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.store.one_on_ones import draft_key, save_draft
    from rapport.ui.calendar.meeting_dialog import MeetingDialog

    started: list[str] = []
    fake = types.ModuleType("rapport.ui.meetings.launch")
    fake.start_one_on_one = lambda parent, store, meeting_id: started.append(meeting_id)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rapport.ui.meetings.launch", fake)
    ana = person(store, "Ana")
    mid = schedule(store, view, ana, date.today(), 18)
    dialog = MeetingDialog(store, mid, view)
    dialog.show()
    assert "Ana Prueba" in dialog.fields["who"].text()
    assert dialog.fields["call"].text() == "Not called yet"
    assert dialog.buttons["start"].text() == "Start 1:1"
    dialog.buttons["start"].click()
    assert started == [mid]
    dialog = MeetingDialog(store, mid, view)
    dialog.show()
    dialog.buttons["reached"].click()
    assert ms.get_meeting(store, mid).status == "confirmed"  # type: ignore[union-attr]
    assert dialog.fields["call"].text().startswith("Reached")
    assert not dialog.buttons["reached"].isVisible()  # confirmed already
    dialog.buttons["held"].click()
    assert ms.get_meeting(store, mid).status == "held"  # type: ignore[union-attr]
    assert not dialog.buttons["held"].isVisible()
    assert dialog.buttons["start"].text() == "Open the 1:1"  # to read or add to its notes
    dialog.reject()
    # Confirmed another way (no call recorded): the dialog says so, as Today does; once
    # held, there is no call left to make.
    other = schedule(store, view, ana, date.today() + timedelta(days=1), 18)
    save_draft(store, draft_key(other), {"step": "purpose"})  # a 1:1 begun, not finished
    dialog = MeetingDialog(store, other, view)
    dialog.show()
    assert dialog.buttons["start"].text() == "Resume 1:1"  # as Today and the 1:1s say
    dialog.reject()
    ms.set_status(store, other, "confirmed")
    dialog = MeetingDialog(store, other, view)
    dialog.show()
    assert dialog.fields["call"].text() == "Confirmed"
    ms.set_status(store, other, "held")
    dialog.refresh()
    assert dialog.fields["call"].text() == "—"
    dialog.reject()


def test_types_list_and_ics_export(
    qtbot: QtBot, view: CalendarView, store: Store, tmp_path: Path
) -> None:
    from rapport.ui.calendar.export import ExportDialog
    from rapport.ui.calendar.types_dialog import MeetingTypesDialog

    types_dialog = MeetingTypesDialog(store, view)
    types_dialog.show()
    types_dialog._add_row("", "House visit", 60, "At their home")
    types_dialog.accept()
    kinds = ms.load_meeting_types(store)
    assert [t.key for t in kinds][-1] == "house_visit" and kinds[-1].duration_min == 60
    assert kinds[0].label == ""  # a default type keeps its translated name
    ana = person(store, "Ana")
    schedule(store, view, ana, date.today(), 18)
    schedule(store, view, ana, date.today() + timedelta(days=60), 18)
    export = ExportDialog(store, view.tz, view)
    export.show()
    out = tmp_path / "range.ics"
    assert export.export_to(out) == 1  # the next 30 days
    export.everything.setChecked(True)
    assert export.export_to(out) == 2
    assert out.read_text().count("BEGIN:VEVENT") == 2
    export.reject()


def test_rescheduling_in_the_dialog_keeps_the_history(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtCore import QDateTime

    ana = person(store, "Ana")
    start = rules.to_utc(datetime(2026, 3, 3, 18, 0), "UTC")
    old = ms.save_meeting(
        store, Meeting(contact_id=ana, starts_at=start, time_zone="UTC", location="Café")
    )
    dialog = ScheduleDialog(store, None, meeting_id=old)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_history.isHidden()
    dialog.zone.setCurrentText("UTC")
    dialog.start.setDateTime(QDateTime.fromString("2026-03-05 19:00", "yyyy-MM-dd HH:mm"))
    assert dialog.keep_history.isVisibleTo(dialog) and dialog.keep_history.isChecked()
    dialog.accept()
    new = dialog.meeting_id()
    assert new != old
    assert ms.get_meeting(store, old).status == "rescheduled"  # type: ignore[union-attr]
    moved = ms.get_meeting(store, new)
    assert moved is not None and moved.rescheduled_from == old
    assert moved.starts_at == "2026-03-05T19:00:00Z"


def test_dates_follow_the_interface_language(launch_window) -> None:  # type: ignore[no-untyped-def]
    window = launch_window(language="es").window
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage) and page.view is not None
    view = page.view
    view.anchor = date(2026, 11, 16)
    view.set_mode("week")
    assert view.grid.day_names[0] == "lun 16"
    assert view.period.text() == "16 nov – 22 nov 2026"
    view.set_mode("month")
    assert view.period.text() == "noviembre 2026"
    assert view.month.weekday_names[0] == "lun"


class Marked(QTranslator):
    """A stand-in translation that marks every calendar text, to see it was translated."""

    def translate(self, context: str, source: str, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        return "ES:" + source if context == "Meetings" else None


@pytest.fixture
def marked(app: QApplication) -> object:
    translator = Marked()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_store_problems_are_shown_translated(
    qtbot: QtBot,
    view: CalendarView,
    store: Store,
    marked: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rapport.ui.calendar.block_dialog import BlockDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    ana = person(store, "Ana")
    mid = schedule(store, view, ana, rules.week_start(date.today()) + timedelta(days=2), 18)
    ms.set_status(store, mid, "held")
    view.move_meeting(mid, local_moment(view, rules.week_start(date.today()), 9))
    assert shown == [
        "ES:A meeting that is “{status}” cannot be moved.".replace("{status}", "ES:Held")
    ]
    dialog = BlockDialog(store, view.tz, view)
    qtbot.addWidget(dialog)
    dialog.location.setText("")
    dialog.accept()
    assert "ES:Say where the block takes place." in dialog.problems.text().splitlines()
    # The command line and logs keep the English text.
    with pytest.raises(rules.SchedulingError, match=r"A held meeting cannot be moved\."):
        ms.move_meeting(store, mid, local_moment(view, date.today(), 9))


def test_export_to_a_folder_that_cannot_be_written_says_why(
    view: CalendarView, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from rapport.ui.calendar.export import ExportDialog

    schedule(store, view, person(store, "Ana"), date.today(), 18)
    target = tmp_path / "missing" / "mine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text: warned.append((title, text))
    )
    export = ExportDialog(store, view.tz, view)
    export.show()
    export.accept()
    assert export.isVisible() and not target.exists()
    assert len(warned) == 1 and str(target) in warned[0][1]
    assert "No such file or directory" in warned[0][1]
    export.reject()


def test_ics_summary_follows_the_interface_language(
    view: CalendarView, store: Store, tmp_path: Path, marked: object
) -> None:
    from rapport.ui.calendar.export import export_meetings

    schedule(store, view, person(store, "Ana"), date.today(), 18)
    out = tmp_path / "es.ics"
    export_meetings(store, out, ms.list_meetings(store))
    assert "SUMMARY:ES:1:1 with Ana Prueba (ES:Introductory / recruitment)" in out.read_text()


def test_month_view_moves_meetings_by_keyboard_and_by_dragging(
    qtbot: QtBot, view: CalendarView, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view.anchor = date(2026, 11, 10)
    view.set_mode("month")
    month = view.month
    month.resize(1200, 700)
    mid = schedule(store, view, person(store, "Ana"), date(2026, 11, 10), 18)
    view.refresh()
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)  # selects the first meeting
    assert month.selected == mid
    qtbot.keyClick(month, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert ms.get_meeting(store, mid).starts_at == local_moment(view, date(2026, 11, 11), 18)  # type: ignore[union-attr]
    qtbot.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ms.get_meeting(store, mid).starts_at == local_moment(view, date(2026, 11, 18), 18)  # type: ignore[union-attr]
    assert month.selected == mid
    month.repaint()  # lays out where each meeting is drawn
    start = next(r for r, i in month._hits if i == mid).center().toPoint()
    end = month.cell_of(date(2026, 11, 20)).center()
    QTest.mousePress(month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    drag = QMouseEvent(
        QEvent.Type.MouseMove,
        end,
        month.mapToGlobal(end),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(month, drag)
    QTest.mouseRelease(
        month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint()
    )
    assert ms.get_meeting(store, mid).starts_at == local_moment(view, date(2026, 11, 20), 18)  # type: ignore[union-attr]
    # A held meeting stays where it is.
    ms.set_status(store, mid, "held")
    view.refresh()
    month.select(mid)
    qtbot.keyClick(month, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert ms.get_meeting(store, mid).starts_at == local_moment(view, date(2026, 11, 20), 18)  # type: ignore[union-attr]
    assert told == ["A meeting that is “Held” cannot be moved."]
