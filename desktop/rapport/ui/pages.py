"""The pages of the main window, in sidebar order. A new screen is added here."""

from __future__ import annotations

from rapport.ui.calendar.page import CalendarPage
from rapport.ui.contacts.page import ContactsPage
from rapport.ui.meetings.page import MeetingsPage
from rapport.ui.page import Page
from rapport.ui.sync.page import SyncPage
from rapport.ui.today.page import TodayPage
from rapport.ui.trainings.page import TrainingsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    TodayPage,
    ContactsPage,
    CalendarPage,
    MeetingsPage,
    TrainingsPage,
    SyncPage,
)
