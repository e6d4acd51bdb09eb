"""`TodayPage`: the Today screen: the organizer's day at a glance (the widgets are
`rapport.ui.today.view.TodayView`, imported when the page is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.ui.page import ViewPage

if TYPE_CHECKING:
    from rapport.ui.today.view import TodayView


class TodayPage(ViewPage):
    key = "today"
    VIEW = "rapport.ui.today.view:TodayView"
    view: TodayView | None

    def title(self) -> str:
        return self.tr("Today")
