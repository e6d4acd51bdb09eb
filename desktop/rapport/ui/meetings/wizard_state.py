"""The 1:1 wizard's state as plain JSON values: what a draft holds.

The wizard's pages write into one dict as the organizer types; the dict is saved as the
draft, and at the end turned into a `OneOnOneResult` for the store. No Qt here.
"""

from __future__ import annotations

from typing import Any

from rapport.domain.records import Meeting
from rapport.domain.traits import REFLECTIONS
from rapport.store.one_on_ones import (
    CommitmentInput,
    MeetingRecord,
    OneOnOneResult,
    StepNote,
    now_moment,
)

State = dict[str, Any]
VERSION = 1


def fresh_state(meeting: Meeting, *, new_meeting: bool) -> State:
    """The state of a 1:1 not yet begun."""
    return {
        "version": VERSION,
        "meeting_id": meeting.id,
        "contact_id": meeting.contact_id,
        "kind": meeting.kind,
        "new_meeting": new_meeting,
        "editing": False,
        "starts_at": meeting.starts_at or now_moment(),
        "time_zone": meeting.time_zone,
        "duration_min": meeting.duration_min,
        "location": meeting.location,
        "step": "",
        "notes": {},
        "ask": "",
        "answer": "",
        "counter_offer": "",
        "commitments": [],
        "next_meeting_id": None,
        "raise_stage": False,
        "summary": "",
        "traits_met": [],
        "traits_touched": False,
        "went_well": [""] * REFLECTIONS,
        "do_better": [""] * REFLECTIONS,
    }


def state_from_record(record: MeetingRecord) -> State:
    """The state of a 1:1 already held, to edit it."""
    m = record.meeting
    state = fresh_state(m, new_meeting=False)
    state.update(
        editing=True,
        notes={k: {"text": n.text, "checked": list(n.checked)} for k, n in record.notes.items()},
        ask=m.ask,
        answer=m.answer,
        counter_offer=m.counter_offer,
        commitments=[
            {
                "id": c.id,
                "what": c.what,
                "due_at": c.due_at,
                "place": c.place,
                "follow_up_on": c.follow_up_on,
                "status": c.status,
            }
            for c in record.commitments
        ],
        summary=m.summary,
        traits_met=list(m.traits_met),
        traits_touched=True,
        went_well=_padded(m.went_well),
        do_better=_padded(m.do_better),
    )
    return state


def _padded(items: list[str]) -> list[str]:
    return list(items) + [""] * max(0, REFLECTIONS - len(items))


def repaired(state: State, fallback: State) -> State:
    """A draft read back, with any missing or mistyped value taken from `fallback`
    (a draft written by an older version, or damaged, still opens)."""
    out = dict(fallback)
    for key, default in fallback.items():
        value = state.get(key, default)
        if default is None or isinstance(value, type(default)):
            out[key] = value
    return out


def result_of(state: State) -> OneOnOneResult:
    notes = [
        StepNote(step, str(n.get("text", "")), [str(c) for c in n.get("checked", [])])
        for step, n in state["notes"].items()
        if isinstance(n, dict)
    ]
    commitments = [
        CommitmentInput(
            what=str(c.get("what", "")),
            due_at=c.get("due_at") or None,
            place=str(c.get("place", "")),
            follow_up_on=c.get("follow_up_on") or None,
            id=c.get("id") or None,
            status=str(c.get("status") or "open"),
        )
        for c in state["commitments"]
        if isinstance(c, dict)
    ]
    return OneOnOneResult(
        meeting_id=state["meeting_id"],
        contact_id=state["contact_id"],
        kind=state["kind"],
        new_meeting=bool(state["new_meeting"]),
        starts_at=state["starts_at"],
        time_zone=state["time_zone"],
        duration_min=int(state["duration_min"]),
        location=state["location"],
        notes=notes,
        ask=state["ask"],
        answer=state["answer"],
        counter_offer=state["counter_offer"],
        summary=state["summary"],
        commitments=commitments,
        traits_met=list(state["traits_met"]),
        went_well=list(state["went_well"]),
        do_better=list(state["do_better"]),
        raise_stage=bool(state["raise_stage"]) and state["answer"] == "yes",
    )
