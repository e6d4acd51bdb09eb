"""`CalendarPage`: the Calendar screen: 1:1s by day, week (the default) or month, blocks
of back-to-back slots, and tomorrow's calls to confirm (the widgets are
`rapport.ui.calendar.view.CalendarView`, imported when the page is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.ui.page import ViewPage

if TYPE_CHECKING:
    from rapport.ui.calendar.view import CalendarView


class CalendarPage(ViewPage):
    key = "calendar"
    VIEW = "rapport.ui.calendar.view:CalendarView"
    view: CalendarView | None

    def title(self) -> str:
        return self.tr("Calendar")
