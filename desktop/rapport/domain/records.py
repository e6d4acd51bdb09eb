"""The records that sync between an organizer's laptop and headquarters.

Every field declared here is a column in the store and a field in a sync bundle.
Fields marked private stay on the device that wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from rapport.domain.fields import (
    SyncedRecord,
    day,
    flag,
    integer,
    items,
    long_text,
    moment,
    ref,
    text,
)
from rapport.domain.ids import link_id, uuid7

DEFAULT_LADDER = ("prospect", "contacted", "had_one_on_one", "volunteer", "leader")
# The meeting types an organization starts with, and each one's usual length in minutes.
DEFAULT_MEETING_TYPES = (("introductory", 40), ("follow_up", 30), ("leadership", 45))


@dataclass(slots=True)
class Contact:
    TABLE: ClassVar[str] = "contact"
    id: str = field(default_factory=uuid7)
    first_name: str = text()
    last_name: str = text()
    pronouns: str = text(max_len=40)
    preferred_language: str = text(max_len=40)
    phones: list[str] = items(max_len=2_000)
    emails: list[str] = items(max_len=2_000)
    address: str = text(max_len=500)
    turf: str = text()
    how_met: str = text(max_len=500)
    stage: str = text("prospect", max_len=60)
    story: str = long_text()
    issues: str = long_text()
    shared_vision: str = long_text()
    notes: str = long_text()
    private_notes: str = long_text(private=True)
    do_not_contact: bool = flag()
    follow_up_days: int | None = integer(None, minimum=1, maximum=3650)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "(no name)"


@dataclass(slots=True)
class Tag:
    TABLE: ClassVar[str] = "tag"
    id: str = field(default_factory=uuid7)
    name: str = text(max_len=80)
    color: str = text("", max_len=16)


@dataclass(slots=True)
class ContactTag:
    """A tag on a contact. Its id comes from the pair, so devices converge."""

    TABLE: ClassVar[str] = "contact_tag"
    id: str = ""
    contact_id: str = ref("contact", required=True)
    tag_id: str = ref("tag", required=True)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = link_id("contact_tag", self.contact_id, self.tag_id)


@dataclass(slots=True)
class LadderStage:
    """One rung of the organization's ladder of engagement (prospect → … → leader).

    `Contact.stage` holds a stage's `key`. The ladder is a synced record type so that
    headquarters can edit it once and send it to every laptop; the id comes from the
    key, so a stage made on two devices merges instead of doubling. An empty `label`
    means "the app's own (translated) name for this key".
    """

    TABLE: ClassVar[str] = "ladder_stage"
    id: str = ""
    key: str = text(max_len=60)
    label: str = text(max_len=80)
    position: int = integer(0, minimum=0, maximum=1_000)
    description: str = text(max_len=500)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = link_id("ladder_stage", self.key)


@dataclass(slots=True)
class MeetingType:
    """A kind of 1:1 (introductory, follow-up, leadership development, ...).

    Like the ladder, a synced list the organization can edit, with its id from the key;
    an empty table means the defaults (`DEFAULT_MEETING_TYPES`), and an empty `label`
    means the app's own translated name for the key.
    """

    TABLE: ClassVar[str] = "meeting_type"
    id: str = ""
    key: str = text(max_len=60)
    label: str = text(max_len=80)
    position: int = integer(0, minimum=0, maximum=1_000)
    duration_min: int = integer(45, minimum=1, maximum=24 * 60)
    description: str = text(max_len=500)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = link_id("meeting_type", self.key)


@dataclass(slots=True)
class MeetingBlock:
    """A stretch of time set aside for back-to-back 1:1s at one place."""

    TABLE: ClassVar[str] = "meeting_block"
    id: str = field(default_factory=uuid7)
    starts_at: str | None = moment()
    time_zone: str = text("", max_len=64)
    duration_min: int = integer(240, minimum=1, maximum=24 * 60)
    location: str = text(max_len=500)
    slot_min: int = integer(45, minimum=5, maximum=8 * 60)
    gap_min: int = integer(0, minimum=0, maximum=4 * 60)
    note: str = text(max_len=500)


@dataclass(slots=True)
class Meeting:
    """A 1:1 meeting with a contact: scheduled, then held (or not)."""

    TABLE: ClassVar[str] = "meeting"
    id: str = field(default_factory=uuid7)
    contact_id: str | None = ref("contact")
    kind: str = text("introductory", max_len=60)
    starts_at: str | None = moment()
    time_zone: str = text("", max_len=64)
    duration_min: int = integer(45, minimum=1, maximum=24 * 60)
    location: str = text(max_len=500)
    purpose: str = text(max_len=2_000)
    status: str = text("scheduled", max_len=30)
    rescheduled_from: str | None = ref("meeting")
    block_id: str | None = ref("meeting_block")
    confirm_call: str = text("", max_len=30)
    confirm_called_at: str | None = moment()
    ask: str = text(max_len=2_000)
    answer: str = text("", max_len=30)
    counter_offer: str = text(max_len=2_000)
    summary: str = long_text()
    went_well: list[str] = items()
    do_better: list[str] = items()
    traits_met: list[str] = items(max_len=1_000)


@dataclass(slots=True)
class AgendaNote:
    """What the organizer wrote at one step of a 1:1's agenda."""

    TABLE: ClassVar[str] = "agenda_note"
    id: str = field(default_factory=uuid7)
    meeting_id: str = ref("meeting", required=True)
    step: str = text(max_len=60)
    text: str = long_text()
    checked: list[str] = items(max_len=2_000)


@dataclass(slots=True)
class Commitment:
    """Something a person agreed to do: what, when, where, and whether it happened."""

    TABLE: ClassVar[str] = "commitment"
    id: str = field(default_factory=uuid7)
    contact_id: str | None = ref("contact")
    meeting_id: str | None = ref("meeting")
    what: str = text(max_len=1_000)
    due_at: str | None = moment()
    place: str = text(max_len=500)
    follow_up_on: str | None = day()
    status: str = text("open", max_len=30)


@dataclass(slots=True)
class Training:
    TABLE: ClassVar[str] = "training"
    id: str = field(default_factory=uuid7)
    title: str = text(max_len=300)
    starts_at: str | None = moment()
    place: str = text(max_len=500)
    trainer: str = text()
    goals: list[str] = items()
    agenda: list[str] = items()
    preparation: list[str] = items()
    preparation_done: list[str] = items()
    checkin_notes: str = long_text()
    status: str = text("planned", max_len=30)


@dataclass(slots=True)
class Participant:
    TABLE: ClassVar[str] = "participant"
    id: str = field(default_factory=uuid7)
    training_id: str = ref("training", required=True)
    contact_id: str | None = ref("contact")
    readiness: str = text("", max_len=30)


@dataclass(slots=True)
class Observation:
    """Notes from the observed 1:1, a participant's tried 1:1, or a role-play."""

    TABLE: ClassVar[str] = "observation"
    id: str = field(default_factory=uuid7)
    training_id: str = ref("training", required=True)
    participant_id: str | None = ref("participant")
    kind: str = text("observed", max_len=30)
    scenario: str = text(max_len=200)
    meeting_id: str | None = ref("meeting")
    noticed: str = long_text()
    went_well: str = long_text()
    to_improve: str = long_text()
    questions: str = long_text()
    tips: list[str] = items()


@dataclass(slots=True)
class Evaluation:
    """One participant's evaluation of a training; anonymous ones name no participant."""

    TABLE: ClassVar[str] = "evaluation"
    id: str = field(default_factory=uuid7)
    training_id: str = ref("training", required=True)
    participant_id: str | None = ref("participant")
    learned: str = long_text()
    rating: int = integer(3, minimum=1, maximum=5)
    likes: list[str] = items()
    wishes: list[str] = items()
    anonymous: bool = flag()


@dataclass(slots=True)
class Reflection:
    """The trainer's reflection after a training."""

    TABLE: ClassVar[str] = "reflection"
    id: str = field(default_factory=uuid7)
    training_id: str = ref("training", required=True)
    did: str = long_text()
    worked: str = long_text()
    did_not_work: str = long_text()
    change_next: str = long_text()


RECORD_TYPES: tuple[type[SyncedRecord], ...] = (
    Contact,
    Tag,
    ContactTag,
    LadderStage,
    MeetingType,
    MeetingBlock,
    Meeting,
    AgendaNote,
    Commitment,
    Training,
    Participant,
    Observation,
    Evaluation,
    Reflection,
)

BY_TABLE: dict[str, type[SyncedRecord]] = {cls.TABLE: cls for cls in RECORD_TYPES}
