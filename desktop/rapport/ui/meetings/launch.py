"""Opening the 1:1 wizard: `start_one_on_one` is what other screens call.

A meeting with a draft resumes at the saved step with the saved text; a held meeting
opens for editing; a scheduled one starts fresh; with no meeting, the organizer picks
the person first (an unscheduled 1:1). One wizard per meeting: asking again raises
the open one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from rapport.store.core import Store
    from rapport.ui.meetings.wizard import OneOnOneWizard

# The wizards open now, by meeting id (each removes itself when it closes).
_open: dict[str, OneOnOneWizard] = {}


def start_one_on_one(parent: QWidget | None, store: Store, meeting_id: str | None) -> None:
    """Open the 1:1 wizard on a meeting, or on a new unscheduled 1:1 when `meeting_id`
    is None (the organizer picks the person first). Returns at once: the wizard is a
    window of its own."""
    open_wizard(parent, store, meeting_id)


def open_wizard(
    parent: QWidget | None,
    store: Store,
    meeting_id: str | None,
    *,
    contact_id: str | None = None,
) -> OneOnOneWizard | None:
    from rapport.store import one_on_ones as ones
    from rapport.ui.meetings.wizard_state import fresh_state, repaired, state_from_record
    from rapport.ui.messages import is_headless

    if meeting_id is None:
        from rapport.ui.meetings.start_dialog import StartDialog

        dialog = StartDialog(store, parent, contact_id=contact_id)
        if not dialog.exec() or dialog.contact_id() is None:
            return None
        return _show(parent, store, fresh_state(dialog.meeting(), new_meeting=True), False)
    if meeting_id in _open:
        wizard = _open[meeting_id]
        wizard.show()
        if not is_headless():
            wizard.raise_()
            wizard.activateWindow()
        return wizard
    draft = ones.load_draft(store, ones.draft_key(meeting_id))
    record = ones.meeting_record(store, meeting_id)
    if record is None and (draft is None or not draft.get("new_meeting")):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("OneOnOne", "1:1"),
            QCoreApplication.translate("OneOnOne", "This meeting no longer exists."),
        )
        if draft is not None:
            ones.delete_draft(store, ones.draft_key(meeting_id))
        return None
    if record is None:
        assert draft is not None
        from rapport.domain.records import Meeting

        base = fresh_state(
            Meeting(
                id=meeting_id,
                contact_id=draft.get("contact_id"),
                kind=str(draft.get("kind") or "introductory"),
                starts_at=draft.get("starts_at"),
                location=str(draft.get("location") or ""),
            ),
            new_meeting=True,
        )
    elif record.meeting.status == "held":
        base = state_from_record(record)
    else:
        base = fresh_state(record.meeting, new_meeting=False)
    state = base if draft is None else repaired(draft, base)
    return _show(parent, store, state, draft is not None)


def _show(
    parent: QWidget | None, store: Store, state: dict[str, object], has_draft: bool
) -> OneOnOneWizard:
    from rapport.domain.agenda import load_template
    from rapport.store.one_on_ones import agenda_folders
    from rapport.ui.meetings.wizard import OneOnOneWizard

    language = QLocale().name()[:2]
    loaded = load_template(agenda_folders(store), str(state["kind"]), language)
    wizard = OneOnOneWizard(store, state, loaded.template, loaded.problems, parent, has_draft)
    meeting_id = str(state["meeting_id"])
    _open[meeting_id] = wizard
    wizard.destroyed.connect(lambda: _open.pop(meeting_id, None))
    wizard.finished.connect(lambda _r: _open.pop(meeting_id, None))
    if loaded.problems:
        wizard.show_notice(
            wizard.tr("Some agenda files could not be used, so another agenda is shown:")
            + "\n"
            + "\n".join(loaded.problems)
        )
    step = str(state.get("step") or "")  # (showing the wizard sets it to the first page)
    wizard.show()
    if step:
        wizard.resume(step)
    if has_draft:
        wizard.save_now()
    return wizard


def open_wizards() -> dict[str, OneOnOneWizard]:
    """The wizards open now, by meeting id."""
    return dict(_open)
