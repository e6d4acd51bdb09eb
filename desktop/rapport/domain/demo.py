"""Believable demo data: contacts, tags, 1:1 meetings, commitments and trainings.

`generate(seed, n_contacts, today)` yields record instances in an order that puts
every parent before its children (tags and contacts, then meetings with their agenda
notes and commitments, then trainings). It is deterministic: the same seed, size,
`today` and `salt` give the same records, ids included. Ids are UUIDv7-shaped (version
7, variant 10): the time part is `today` at midnight UTC plus one millisecond per
record, so they sort in the order they were made, and the 74 random bits come from
the seeded generator. `salt` feeds the generator too; `rapport demo` passes the
number of rows the folder already holds, so a second run in one folder adds new
people with new ids while two fresh folders get equal data.

Every value satisfies the field declarations in `rapport.domain.records`.
"""

from __future__ import annotations

import bisect
import functools
import random
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from rapport.domain.demo_text import (
    ASK_NOTES,
    CANCELLED_NOTES,
    COUNTERS,
    DO_BETTER,
    DOMAINS,
    FIRST_EN,
    FIRST_ES,
    GENERAL_ASKS,
    HOW_MET,
    LAST_EN,
    LAST_ES,
    LEADER_ASKS,
    NO_SHOW_NOTES,
    NOTES,
    PLACES,
    PRIVATE_NOTES,
    PRONOUNS,
    PURPOSE,
    ROLE_TAGS,
    STEP_NOTES,
    STORY_MORE,
    STORY_START,
    STREETS,
    SUMMARY,
    TAG_COLORS,
    TAG_NAMES,
    THEMES,
    TURFS,
    VENUES,
    VISION,
    WENT_WELL,
    WHEN,
    WORKPLACES,
)
from rapport.domain.fields import SyncedRecord
from rapport.domain.records import (
    DEFAULT_LADDER,
    AgendaNote,
    Commitment,
    Contact,
    ContactTag,
    Evaluation,
    Meeting,
    Observation,
    Participant,
    Reflection,
    Tag,
    Training,
)

TIME_ZONE = "America/Chicago"
MEETING_KINDS = ("introductory", "follow_up", "leadership")
AGENDA_STEPS = ("purpose", "stories", "connection", "strategy", "ask", "wrap_up")
ANSWERS = ("yes", "no", "maybe", "counter_offer")
PAST_STATUSES = ("held", "no_show", "cancelled")
UPCOMING_STATUSES = ("scheduled", "confirmed")
COMMITMENT_STATUSES = ("open", "kept", "missed")
OBSERVATION_KINDS = ("observed", "tried", "roleplay")
TRAITS = ("face_to_face", "scheduled", "purposeful", "educational", "follow_up")
MAX_MEETINGS = 5_000

# Share of contacts at each rung of DEFAULT_LADDER: most are prospects, few lead.
STAGE_WEIGHTS = (45, 25, 15, 10, 5)
_STAGE_CUM = tuple(sum(STAGE_WEIGHTS[: i + 1]) for i in range(len(STAGE_WEIGHTS)))
_PROSPECT, _CONTACTED, _HAD_ONE, _VOLUNTEER, _LEADER = range(5)


def planned_meetings(n_contacts: int) -> int:
    """How many 1:1s the demo makes for `n_contacts` people."""
    if n_contacts <= 0:
        return 0
    count = n_contacts // 5
    if n_contacts >= 20:
        count = max(count, 20)
    return min(count, MAX_MEETINGS)


def planned_trainings(n_contacts: int) -> int:
    return 2 if n_contacts >= 40 else 1


# --- helpers ----------------------------------------------------------------------------


@functools.cache
def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _lower_first(words: str) -> str:
    return words[:1].lower() + words[1:]


def central_offset_hours(day: date) -> int:
    """UTC offset of America/Chicago on `day` (CDT -5 from the second Sunday of March to
    the first Sunday of November, CST -6 otherwise); good for times of day after 3 am."""
    march = date(day.year, 3, 8)
    dst_start = march + timedelta(days=(6 - march.weekday()) % 7)
    november = date(day.year, 11, 1)
    dst_end = november + timedelta(days=(6 - november.weekday()) % 7)
    return -5 if dst_start <= day < dst_end else -6


def utc_text(day: date, at: time) -> str:
    """A Chicago wall-clock time on `day` as a UTC moment, YYYY-MM-DDTHH:MM:SSZ."""
    local = datetime.combine(day, at)
    utc = local - timedelta(hours=central_offset_hours(day))
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Ids:
    """UUIDv7-shaped ids from a seeded generator: `base_ms` + one ms per id, then random."""

    def __init__(self, rng: random.Random, base_ms: int) -> None:
        self._rng = rng
        self._ms = base_ms

    def __call__(self) -> str:
        self._ms += 1
        rand = self._rng.getrandbits(74)
        value = (
            (self._ms & 0xFFFF_FFFF_FFFF) << 80
            | 0x7 << 76
            | (rand >> 62) << 64
            | 0b10 << 62
            | (rand & ((1 << 62) - 1))
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(slots=True)
class _Person:
    """What the later steps need to know about a generated contact."""

    id: str
    first: str
    lang: str
    stage: int
    theme: int
    do_not_contact: bool


@dataclass(slots=True)
class _Slot:
    day: date
    at: time
    minutes: int
    venue: str


# --- the generator ----------------------------------------------------------------------


def generate(
    seed: int,
    n_contacts: int,
    today: date,
    *,
    salt: int = 0,
    tag_ids: Mapping[str, str] | None = None,
) -> Iterator[SyncedRecord]:
    """Yield demo records; parents come before the records that refer to them.

    `tag_ids` maps tag names the folder already has to their ids; those tags are
    reused rather than made again.
    """
    rng = random.Random(f"rapport-demo/{seed}/{salt}")
    base = datetime.combine(today, time(), tzinfo=UTC)
    gen = _Generator(rng, _Ids(rng, int(base.timestamp()) * 1000), today)
    yield from gen.tags(tag_ids or {})
    yield from gen.contacts(max(0, n_contacts))
    yield from gen.meetings(planned_meetings(n_contacts))
    for number in range(planned_trainings(n_contacts)):
        yield from gen.training(number)


class _Generator:
    def __init__(self, rng: random.Random, ids: _Ids, today: date) -> None:
        self.rng = rng
        self.new_id = ids
        self.today = today
        self.tag_ids: dict[str, str] = {}
        self.people: list[_Person] = []
        self.emails: dict[str, int] = {}
        self.phone_offset = rng.randrange(100_000)
        self.used_in_training: set[str] = set()

    # Tags and contacts --------------------------------------------------------------

    def tags(self, existing: Mapping[str, str]) -> Iterator[SyncedRecord]:
        for name, color in zip(TAG_NAMES, TAG_COLORS, strict=True):
            if name in existing:
                self.tag_ids[name] = existing[name]
                continue
            tag = Tag(id=self.new_id(), name=name, color=color)
            self.tag_ids[name] = tag.id
            yield tag

    def contacts(self, count: int) -> Iterator[SyncedRecord]:
        for index in range(count):
            contact, person = self._contact(index)
            self.people.append(person)
            yield contact
            for tag in self._tags_for(person):
                yield ContactTag(contact_id=contact.id, tag_id=self.tag_ids[tag])

    def _contact(self, index: int) -> tuple[Contact, _Person]:
        rng = self.rng
        r = rng.random()
        spanish = r < 0.45
        first = rng.choice(FIRST_ES if spanish else FIRST_EN)
        if spanish:
            last = rng.choice(LAST_ES)
            if r < 0.08:
                last = f"{last} {rng.choice(LAST_ES)}"
            lang = "es" if rng.random() < 0.7 else "en"
        else:
            last = rng.choice(LAST_ES if r > 0.93 else LAST_EN)
            lang = "en"
        stage = bisect.bisect(_STAGE_CUM, rng.random() * _STAGE_CUM[-1])
        theme = rng.randrange(len(THEMES))
        dnc = rng.random() < 0.03
        contact = Contact(
            id=self.new_id(),
            first_name=first,
            last_name=last,
            preferred_language=lang,
            phones=self._phones(index),
            emails=self._emails(first, last),
            turf=rng.choice(TURFS),
            how_met=rng.choice(HOW_MET),
            stage=DEFAULT_LADDER[stage],
            do_not_contact=dnc,
        )
        if rng.random() < 0.4:
            contact.pronouns = rng.choice(PRONOUNS)
        if rng.random() < 0.6:
            apt = f", Apt {rng.randint(1, 4)}{'ABCD'[rng.randrange(4)]}" if r < 0.5 else ""
            contact.address = f"{rng.randint(100, 4999)} {rng.choice(STREETS)}{apt}"
        # People further up the ladder have been talked with, so more is written down.
        if rng.random() < 0.2 + 0.15 * stage:
            self._write_up(contact, lang, theme)
        if rng.random() < 0.08:
            contact.private_notes = rng.choice(PRIVATE_NOTES)
        if not dnc and rng.random() < 0.25:
            contact.follow_up_days = rng.choice((7, 14, 14, 30, 30, 60, 90))
        return contact, _Person(contact.id, first, lang, stage, theme, dnc)

    def _write_up(self, contact: Contact, lang: str, theme: int) -> None:
        rng = self.rng
        work = rng.choice(WORKPLACES[lang])
        start = rng.choice(STORY_START[lang]).format(
            years=rng.randint(2, 30), place=rng.choice(PLACES[lang]), work=work
        )
        contact.story = f"{start} {rng.choice(STORY_MORE[lang]).format(work=work)}"
        contact.issues = rng.choice(THEMES[theme].issue[lang])
        if rng.random() < 0.6:
            contact.shared_vision = rng.choice(VISION[lang])
        if rng.random() < 0.5:
            contact.notes = rng.choice(NOTES[lang])

    def _phones(self, index: int) -> list[str]:
        rng = self.rng
        if rng.random() < 0.1:
            return []
        # A bijection on 0..99,999 (7,919 is prime to 100,000): no two of the first
        # 100,000 contacts share a number. Exchanges 010-019 in area 555 are fictional.
        n = (index * 7_919 + self.phone_offset) % 100_000
        phones = [_format_phone(rng, 10 + n // 10_000, n % 10_000)]
        if rng.random() < 0.15:
            phones.append(_format_phone(rng, 10 + rng.randrange(10), rng.randrange(10_000)))
        return phones

    def _emails(self, first: str, last: str) -> list[str]:
        rng = self.rng
        if rng.random() < 0.2:
            return []
        f, lname = _ascii(first), _ascii(last.split(" ", maxsplit=1)[0])
        style = rng.randrange(3)
        local = f"{f}.{lname}" if style == 0 else f"{f[0]}{lname}" if style == 1 else f"{f}{lname}"
        domain = rng.choice(DOMAINS)
        emails = [self._unique(f"{local}@{domain}")]
        if rng.random() < 0.1:
            emails.append(self._unique(f"{f}.{lname}.work@{rng.choice(DOMAINS)}"))
        return emails

    def _unique(self, email: str) -> str:
        seen = self.emails.get(email, 0)
        self.emails[email] = seen + 1
        if not seen:
            return email
        local, domain = email.split("@")
        return f"{local}{seen + 1}@{domain}"

    def _tags_for(self, person: _Person) -> list[str]:
        rng = self.rng
        tags = []
        if rng.random() < 0.55:
            tags.append(THEMES[person.theme].tag)
        if person.stage >= _VOLUNTEER and rng.random() < 0.6:
            tags.append(rng.choice(ROLE_TAGS[:2]))
        if person.lang == "es" and rng.random() < 0.1:
            tags.append("interpreter")
        return tags

    # Meetings ------------------------------------------------------------------------

    def meetings(self, count: int) -> Iterator[SyncedRecord]:
        if count == 0 or not self.people:
            return
        upcoming = min(max(count // 4, 1), 40)
        slots = self._past_slots(count - upcoming) + self._future_slots(upcoming)
        pools = self._pools()
        cancelled: list[tuple[str, _Person]] = []
        for slot in slots:
            past = slot.day < self.today
            if past:
                status = self.rng.choices(PAST_STATUSES, cum_weights=(78, 88, 100))[0]
            else:
                soon = (slot.day - self.today).days <= 1
                status = "confirmed" if soon and self.rng.random() < 0.7 else "scheduled"
            rescheduled_from = None
            if not past and cancelled and self.rng.random() < 0.4:
                rescheduled_from, person = cancelled.pop()
            else:
                person = self._pick(pools, status)
            meeting = self._meeting(slot, status, person, rescheduled_from)
            if status == "cancelled" and not person.do_not_contact:
                cancelled.append((meeting.id, person))
                del cancelled[:-10]
            yield meeting
            if status == "held":
                yield from self._agenda(meeting, person, slot)

    def _pools(self) -> dict[str, list[_Person]]:
        reachable = [p for p in self.people if not p.do_not_contact] or self.people
        met = [p for p in reachable if p.stage >= _HAD_ONE] or reachable
        reached = [p for p in reachable if p.stage >= _CONTACTED] or reachable
        return {"held": met, "other": reached}

    def _pick(self, pools: Mapping[str, Sequence[_Person]], status: str) -> _Person:
        return self.rng.choice(pools["held" if status == "held" else "other"])

    def _session(self, day: date, lane: int, left: int) -> list[_Slot]:
        """A block of back-to-back 1:1s at one place (a lane is a time of day)."""
        rng = self.rng
        if day.weekday() == 5:
            start = time(10, rng.choice((0, 30)))
        elif lane == 0:
            start = time(18, rng.choice((0, 30)))
        else:  # daytime blocks end by 18:00 at the latest
            start = time((9, 12, 15)[lane - 1], 0)
        minutes = 45 if rng.random() < 0.75 else 30
        venue = rng.choice(VENUES)
        slots = []
        at = datetime.combine(day, start)
        for _ in range(min(left, rng.choice((2, 3, 3, 4)))):
            slots.append(_Slot(day, at.time(), minutes, venue))
            at += timedelta(minutes=minutes)
        return slots

    def _lanes_for(self, day: date, lanes: int) -> range:
        weekday = day.weekday()
        if weekday == 6:
            return range(0)
        return range(1) if weekday == 5 else range(lanes)

    def _past_slots(self, count: int) -> list[_Slot]:
        # About ten 1:1s a week in the evenings; busier folders add daytime blocks so
        # the history stays within a couple of years.
        lanes = min(4, 1 + count // 1_000)
        slots: list[_Slot] = []
        day = self.today
        while len(slots) < count:
            day -= timedelta(days=1)
            for lane in self._lanes_for(day, lanes):
                if len(slots) < count and self.rng.random() < 0.6:
                    slots.extend(reversed(self._session(day, lane, count - len(slots))))
        slots.reverse()
        return slots

    def _future_slots(self, count: int) -> list[_Slot]:
        slots: list[_Slot] = []
        day = self.today
        while len(slots) < count:
            for lane in self._lanes_for(day, 1):
                if self.rng.random() < 0.6:
                    slots.extend(self._session(day, lane, count - len(slots)))
            day += timedelta(days=1)
        return slots

    def _meeting(
        self, slot: _Slot, status: str, person: _Person, rescheduled_from: str | None
    ) -> Meeting:
        rng = self.rng
        lang, theme = person.lang, THEMES[person.theme]
        if person.stage >= _LEADER:
            kind = "leadership" if rng.random() < 0.7 else "follow_up"
        elif person.stage == _VOLUNTEER:
            kind = "leadership" if rng.random() < 0.4 else "follow_up"
        elif person.stage == _HAD_ONE:
            kind = "follow_up" if rng.random() < 0.3 else "introductory"
        else:
            kind = "introductory"
        meeting = Meeting(
            id=self.new_id(),
            contact_id=person.id,
            kind=kind,
            starts_at=utc_text(slot.day, slot.at),
            time_zone=TIME_ZONE,
            duration_min=slot.minutes,
            location=slot.venue,
            purpose=PURPOSE[kind][lang].format(
                first=person.first, topic=theme.topic[lang], tag=theme.tag
            ),
            status=status,
            rescheduled_from=rescheduled_from,
        )
        if status == "held":
            meeting.answer = rng.choices(ANSWERS, cum_weights=(45, 65, 85, 100))[0]
            if meeting.answer == "counter_offer":
                counter = rng.choice(COUNTERS[lang])
                meeting.counter_offer = counter[0].upper() + counter[1:]
            meeting.summary = rng.choice(SUMMARY[lang]).format(
                first=person.first, topic=theme.topic[lang]
            )
            meeting.went_well = rng.sample(WENT_WELL, rng.randint(1, 2))
            meeting.do_better = rng.sample(DO_BETTER, rng.randint(0, 2))
            meeting.traits_met = [t for t in TRAITS if rng.random() < 0.8]
        elif status == "no_show":
            meeting.summary = NO_SHOW_NOTES[lang]
        elif status == "cancelled":
            meeting.summary = rng.choice(CANCELLED_NOTES[lang])
        return meeting

    def _agenda(self, meeting: Meeting, person: _Person, slot: _Slot) -> Iterator[SyncedRecord]:
        rng = self.rng
        lang, theme = person.lang, THEMES[person.theme]
        if meeting.kind == "leadership":
            ask = rng.choice(LEADER_ASKS[lang])
        elif rng.random() < 0.7:
            ask = rng.choice(theme.ask[lang])
        else:
            ask = rng.choice(GENERAL_ASKS[lang])
        words = {
            "first": person.first,
            "topic": theme.topic[lang],
            "issue": rng.choice(theme.issue[lang]),
            "vision": _lower_first(rng.choice(VISION[lang])),
            "target": theme.target[lang],
            "ask": ask,
            "ask_lower": _lower_first(ask),
            "when": rng.choice(WHEN[lang]),
            "counter": _lower_first(meeting.counter_offer),
        }
        for step in AGENDA_STEPS:
            note = ASK_NOTES[meeting.answer][lang] if step == "ask" else STEP_NOTES[step][lang]
            yield AgendaNote(
                id=self.new_id(), meeting_id=meeting.id, step=step, text=note.format(**words)
            )
        if meeting.answer in ("yes", "counter_offer") or (
            meeting.answer == "maybe" and rng.random() < 0.4
        ):
            what = ask if meeting.answer != "counter_offer" else meeting.counter_offer
            yield self._commitment(meeting, person, slot, what[0].upper() + what[1:])
            if rng.random() < 0.3:
                yield self._commitment(meeting, person, slot, rng.choice(GENERAL_ASKS[lang]))

    def _commitment(self, meeting: Meeting, person: _Person, slot: _Slot, what: str) -> Commitment:
        rng = self.rng
        due = slot.day + timedelta(days=rng.randint(2, 21))
        if due < self.today:
            status = rng.choices(COMMITMENT_STATUSES, cum_weights=(15, 75, 100))[0]
        else:
            status = "open"
        return Commitment(
            id=self.new_id(),
            contact_id=person.id,
            meeting_id=meeting.id,
            what=what,
            due_at=utc_text(due, time(19, 0)),
            place=rng.choice(VENUES),
            follow_up_on=(due - timedelta(days=1)).isoformat(),
            status=status,
        )

    # Trainings -----------------------------------------------------------------------

    def training(self, number: int) -> Iterator[SyncedRecord]:
        rng = self.rng
        held = number == 0
        day = self.today + timedelta(days=-20 if held else 12)
        while day.weekday() != 1:  # Tuesday evenings
            day += timedelta(days=1)
        spec = TRAININGS[number]
        training = Training(
            id=self.new_id(),
            title=spec.title,
            starts_at=utc_text(day, time(18, 30)),
            place=spec.place,
            trainer=spec.trainer,
            goals=list(spec.goals),
            agenda=list(spec.agenda),
            preparation=list(spec.preparation),
            preparation_done=list(spec.preparation if held else spec.preparation[:2]),
            checkin_notes=spec.checkin if held else "",
            status="held" if held else "planned",
        )
        yield training
        participants = []
        for person in self._trainees(rng.randint(8, 12) if held else rng.randint(6, 10)):
            readiness = rng.choice(("ready", "observe_more", "")) if held else ""
            participant = Participant(
                id=self.new_id(),
                training_id=training.id,
                contact_id=person.id,
                readiness=readiness,
            )
            participants.append(participant)
            yield participant
        if held:
            yield from self._observations(training, participants)
            yield from self._evaluations(training, participants)
            yield Reflection(id=self.new_id(), training_id=training.id, **REFLECTION)

    def _trainees(self, count: int) -> list[_Person]:
        """Volunteers and leaders first, then people who have had a 1:1."""
        candidates = [
            p
            for p in self.people
            if not p.do_not_contact and p.id not in self.used_in_training and p.stage >= _HAD_ONE
        ]
        candidates.sort(key=lambda p: -p.stage)
        chosen = candidates[: count * 3]
        chosen = self.rng.sample(chosen, min(count, len(chosen)))
        self.used_in_training.update(p.id for p in chosen)
        return chosen

    def _observations(
        self, training: Training, participants: Sequence[Participant]
    ) -> Iterator[SyncedRecord]:
        rng = self.rng
        yield Observation(
            id=self.new_id(),
            training_id=training.id,
            kind="observed",
            scenario="Trainer holds a real 1:1 with a food pantry volunteer",
            went_well="Kept asking why until the real reason came out; the ask named a date.",
            to_improve="Ran ten minutes long; the strategy part felt rushed.",
            questions="How do you know when to move from story to the ask?",
        )
        for participant in participants[: (len(participants) + 1) // 2]:
            yield Observation(
                id=self.new_id(),
                training_id=training.id,
                participant_id=participant.id,
                kind="tried",
                scenario="First 1:1 with the trainer watching",
                went_well=rng.choice(TRIED_WELL),
                to_improve=rng.choice(TRIED_IMPROVE),
                tips=rng.sample(TIPS, rng.randint(1, 3)),
            )
        for participant in rng.sample(list(participants), min(2, len(participants))):
            yield Observation(
                id=self.new_id(),
                training_id=training.id,
                participant_id=participant.id,
                kind="roleplay",
                scenario=rng.choice(ROLEPLAYS),
                went_well="\n".join(rng.sample(TRIED_WELL, 2)),
                to_improve="\n".join(rng.sample(TRIED_IMPROVE, 2)),
                tips=rng.sample(TIPS, rng.randint(0, 2)),
            )

    def _evaluations(
        self, training: Training, participants: Sequence[Participant]
    ) -> Iterator[SyncedRecord]:
        rng = self.rng
        for participant in [p for p in participants if rng.random() < 0.85]:
            anonymous = rng.random() < 0.3
            yield Evaluation(
                id=self.new_id(),
                training_id=training.id,
                participant_id=None if anonymous else participant.id,
                learned=rng.choice(LEARNED),
                rating=rng.choices((2, 3, 4, 5), cum_weights=(5, 20, 60, 100))[0],
                likes=rng.sample(LIKES, rng.randint(1, 2)),
                wishes=rng.sample(WISHES, rng.randint(1, 2)),
                anonymous=anonymous,
            )


@dataclass(frozen=True, slots=True)
class _TrainingSpec:
    title: str
    place: str
    trainer: str
    goals: tuple[str, ...]
    agenda: tuple[str, ...]
    preparation: tuple[str, ...]
    checkin: str


TRAININGS = (
    _TrainingSpec(
        title="One-on-ones 101: listening, story and a clear ask",
        place="St. Brigid's parish hall, lower level",
        trainer="Dolores Ibáñez",
        goals=(
            "Say in our own words what a one-on-one is for",
            "Know the parts of the conversation, from purpose to the ask",
            "Practice an ask with a specific day, time and place",
            "Leave with three one-on-ones on the calendar",
        ),
        agenda=(
            "Check-in, goals and agenda (10 min)",
            "Watch a live one-on-one (30 min)",
            "What did we notice? (15 min)",
            "Your turn: one-on-ones with coaching (35 min)",
            "Evaluations and next steps (10 min)",
        ),
        preparation=(
            "Send the one-on-one guide a week ahead",
            "Line up a volunteer for the live one-on-one",
            "Print sign-in sheets and evaluation cards",
            "Bring a timer, name tags and coffee",
        ),
        checkin=(
            "Eleven came, two new faces from the bus riders team. Most had read the guide; "
            "nobody had watched the videos. Question about what to do if someone cries."
        ),
    ),
    _TrainingSpec(
        title="Reuniones uno a uno: práctica de la pregunta directa",
        place="Union Hall, room 2",
        trainer="Marcus Webb",
        goals=(
            "Practicar una pregunta directa con día y hora",
            "Escuchar la historia antes de hablar de la campaña",
            "Saber qué hacer después de un 'no'",
        ),
        agenda=(
            "Bienvenida y objetivos (10 min)",
            "Demostración en vivo (25 min)",
            "Práctica en parejas (40 min)",
            "Evaluación (10 min)",
        ),
        preparation=(
            "Reservar la sala y el proyector",
            "Confirmar con cada participante el día antes",
            "Imprimir la guía en español",
        ),
        checkin="",
    ),
)
TRIED_WELL = (
    "Warm opening; the person relaxed quickly.",
    "Good follow-up questions about family and work.",
    "Made the ask clearly and then waited.",
    "Tied the story to the campaign without a speech.",
)
TRIED_IMPROVE = (
    "Talked over the pauses; let silence work.",
    "Skipped the purpose, so the ask came out of nowhere.",
    "The ask was vague: no day, no time.",
    "Took notes the whole time and lost eye contact.",
)
TIPS = (
    "Ask 'why' one more time than feels comfortable",
    "Name a day, a time and a place in the ask",
    "Put the notebook down during the story",
    "Say your own story in under two minutes",
    "Confirm the next step before you stand up",
    "After the ask, count to five in your head",
)
# Keys of role-play scenarios in resources/trainings/<language>.json.
ROLEPLAYS = ("doubtful_tenant", "night_shift_parent", "yes_to_everything", "retired_host")
LEARNED = (
    "A one-on-one is about the other person's story, not my pitch.",
    "How to make an ask with a real date and time.",
    "That silence after the ask is fine.",
    "Aprendí a escuchar primero y pedir después.",
    "The agenda is a guide, not a script.",
)
LIKES = (
    "I like that we watched a real one-on-one",
    "I like the coaching right after my practice",
    "Me gustó practicar en parejas",
    "I like that it started on time",
)
WISHES = (
    "I wish we had more time to practice",
    "I wish there were a handout to take home",
    "Ojalá hubiera más ejemplos en español",
    "I wish we had practiced handling a 'no'",
)
REFLECTION = {
    "did": "Ran the live one-on-one first, then paired people up for practice with coaching.",
    "worked": "The live demo gave everyone a picture to copy; the debrief questions were sharp.",
    "did_not_work": "Practice time got squeezed; two people never got to try.",
    "change_next": "Shorten the debrief, send the videos again, and pair new with experienced.",
}


def _format_phone(rng: random.Random, exchange: int, line: int) -> str:
    ex, ln = f"{exchange:03d}", f"{line:04d}"
    style = rng.randrange(6)
    if style == 0:
        return f"+1 (555) {ex}-{ln}"
    if style == 1:
        return f"555.{ex}.{ln}"
    if style == 2:
        return f"555{ex}{ln}"
    if style == 3:
        return f"(555) {ex}-{ln}"
    if style == 4:
        return f"555-{ex}-{ln}"
    return f"+1 555 {ex} {ln}"
