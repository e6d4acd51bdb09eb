"""The contact list: the ladder as a synced record, a sorted list of contacts, search

Revision ID: 0004
Revises: 0003

- `ladder_stage`: a synced record type (every database, PostgreSQL at HQ included).
- On SQLite only:
  - `contact_list`: one row per live contact with the Contacts screen's sort keys
    (name, first phone and email, turf, position on the ladder, tags, last 1:1, next
    step), each indexed, so a sorted page among 100,000 contacts is an index walk;
  - `contact_fts`: an FTS5 index (unicode61, remove_diacritics 2, prefix indexes) over
    names, phones (as written, as digits, and their last 10, 7 and 4 digits), emails
    (as written, and the local part without punctuation), tag names, turf, and the
    story, issues, shared vision and notes, as the view `contact_fts_source` gives
    them. Private notes are never indexed;
  - triggers on contact, tag, contact_tag, meeting, commitment and ladder_stage that
    note which contacts a write touched (`contact_list_pending`), for the Writer's
    writes and a sync merge's raw executemany alike; and one on the device row, whose
    update ends every store write transaction (`Writer.finish`), that recomputes those
    contacts' rows and index entries set-wise, inside the same transaction. Plain SQL,
    no application functions: any SQLite connection, the sqlite3 shell included, can
    write these tables safely (what it leaves pending, `rapport.store.contacts`
    refreshes before it reads).
  - A database that merges for headquarters (rows in hq_device) keeps neither: HQ's
    merges of a million records should not pay for a laptop's search.

The SQL is written out in this file, frozen, as a migration's should be.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DEFAULT_LADDER = ("prospect", "contacted", "had_one_on_one", "volunteer", "leader")
HELD = "'held'"
UPCOMING = "('scheduled', 'confirmed')"
OPEN = "'open'"
NO_NEXT_STEP = "~"  # sorts after every date: contacts with no next step come last

# Characters removed from a phone number before its digits are taken.
PHONE_PUNCTUATION = (" ", "-", "(", ")", ".", "+", "/", "\u00a0")
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:;#*,\t\u2013\u2011"

# Sort keys fold accents. SQLite's lower() knows only ASCII, and its parser allows about
# 40 nested calls in one statement, so a key is: the first letter mapped through a
# lookup string (Latin-1 and Latin Extended-A), then the rest through a chain of
# replace() for the accented letters found inside names, most frequent first. Letters
# not listed sort by code point, after z. Search needs none of this: FTS5 folds itself.
REST_FOLDS = (
    "áa ée íi óo úu ñn üu çc àa èe ìi òo ùu âa",
    "êe îi ôo ûu ëe ïi ãa õo äa öo åa øo ýy łl",
    "śs šs žz żz ćc čc ńn ęe ąa ÁA ÉE ÍI ÓO ÚU",
)
SPECIAL_FOLDS = {"ß": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "ø": "o", "Ø": "o",
                 "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "t",
                 "Þ": "t", "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t"}  # fmt: skip


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _first_letter_folds() -> tuple[str, str]:
    """Two strings of equal length: accented letters, and the letter each folds to."""
    import unicodedata

    src, dst = [], []
    for code in range(0xC0, 0x180):
        ch = chr(code)
        base = (
            SPECIAL_FOLDS.get(ch)
            or "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            ).lower()
        )
        if len(base) == 1 and base.isascii() and base.isalpha():
            src.append(ch)
            dst.append(base)
    return "".join(src), "".join(dst)


FIRST_FROM, FIRST_TO = _first_letter_folds()


def _fold(x: str) -> str:
    """A sort key: lower case, accents off. ASCII-only text (most of it) skips the work,
    and so do the later chains once no accented letter is left."""
    rest = "substr(v, 2)"
    for i, chain in enumerate(REST_FOLDS):
        w = f"w{i}"
        expr = w
        for pair in chain.split():
            expr = f"replace({expr}, {_q(pair[0])}, {_q(pair[1].lower())})"
        if i:
            expr = f"CASE WHEN {w} GLOB '*[^ -~]*' THEN {expr} ELSE {w} END"
        rest = f"(SELECT {expr} FROM (SELECT {rest} AS {w} LIMIT 1))"
    first = (
        f"CASE WHEN instr({_q(FIRST_FROM)}, substr(v, 1, 1)) > 0 "
        f"THEN substr({_q(FIRST_TO)}, instr({_q(FIRST_FROM)}, substr(v, 1, 1)), 1) "
        "ELSE lower(substr(v, 1, 1)) END"
    )
    return (
        f"(SELECT CASE WHEN v GLOB '*[^ -~]*' THEN {first} || lower({rest}) "
        f"ELSE lower(v) END FROM (SELECT {x} AS v LIMIT 1))"
    )


def _digits(x: str) -> str:
    """The digits of a phone number as written; an extension ("x12", "ext. 12") and
    letters around the number are left out. `x` should be a plain column name."""
    expr = f"substr({x}, 1, instr({x} || 'x', 'x') - 1)"
    for ch in PHONE_PUNCTUATION:
        expr = f"replace({expr}, {_q(ch)}, '')"
    return f"trim({expr}, {_q(LETTERS)})"


def _json_list(x: str) -> str:
    """A JSON list column, or an empty list when it is not valid JSON: a trigger must
    never make a write fail."""
    return f"CASE WHEN json_valid({x}) THEN {x} ELSE '[]' END"


def _first_item(x: str) -> str:
    return f"CASE WHEN json_valid({x}) THEN coalesce(json_extract({x}, '$[0]'), '') ELSE '' END"


def _tags(contact_id: str) -> str:
    return (
        "coalesce((SELECT group_concat(name, ', ') FROM ("
        "SELECT DISTINCT t.name AS name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"WHERE ct.contact_id = {contact_id} AND ct.deleted = 0 AND t.deleted = 0 "
        "AND t.name <> '' ORDER BY t.name COLLATE NOCASE, t.name)), '')"
    )


def _stage_pos(stage: str) -> str:
    default = " ".join(f"WHEN {_q(key)} THEN {i}" for i, key in enumerate(DEFAULT_LADDER))
    return (
        "coalesce((SELECT min(ls.position) FROM ladder_stage ls "
        f"WHERE ls.key = {stage} AND ls.deleted = 0), CASE {stage} {default} ELSE 1000 END)"
    )


# Everything contact_list holds that comes from the contact and its tags.
# Everything contact_list holds that comes from the contact and its tags.
SOURCE_VIEW = f"""
CREATE VIEW contact_list_source AS SELECT
    c.id AS contact_id,
    c.deleted AS deleted,
    {_fold("trim(c.first_name || ' ' || c.last_name)")} AS name_key,
    (SELECT {_digits("p")} FROM (SELECT {_first_item("c.phones")} AS p LIMIT 1)) AS phone_key,
    lower({_first_item("c.emails")}) AS email_key,
    c.turf AS turf,
    {_fold("c.turf")} AS turf_key,
    c.stage AS stage,
    {_stage_pos("c.stage")} AS stage_pos,
    {_tags("c.id")} AS tags,
    {_fold(_tags("c.id"))} AS tags_key
FROM contact c
"""

PHONE_TEXT = (
    "coalesce((SELECT group_concat(v || ' ' || d"
    " || CASE WHEN length(d) > 10 THEN ' ' || substr(d, -10) ELSE '' END"
    " || CASE WHEN length(d) > 7 THEN ' ' || substr(d, -7) ELSE '' END"
    " || CASE WHEN length(d) > 4 THEN ' ' || substr(d, -4) ELSE '' END, ' ')"
    f" FROM (SELECT value AS v, {_digits('value')} AS d"
    f" FROM json_each({_json_list('c.phones')}) WHERE type = 'text' LIMIT 100)), '')"
)  # the LIMIT keeps SQLite from inlining d, so each number's digits are taken once
LOCAL_PART = "substr(v, 1, instr(v, '@') - 1)"
EMAIL_TEXT = (
    "coalesce((SELECT group_concat(v || ' ' || "
    f"replace(replace(replace(replace({LOCAL_PART}, '.', ''), '_', ''), '-', ''), '+', ''), ' ')"
    f" FROM (SELECT value AS v FROM json_each({_json_list('c.emails')})"
    " WHERE type = 'text' LIMIT 100)), '')"
)
SEARCH_COLUMNS = "name, phone, email, tag, turf, notes"

# What the full-text index holds for each row of contact_list. Not private_notes.
SEARCH_VIEW = f"""
CREATE VIEW contact_fts_source AS SELECT
    cl.n AS n,
    cl.contact_id AS contact_id,
    c.first_name || ' ' || c.last_name AS name,
    {PHONE_TEXT} AS phone,
    {EMAIL_TEXT} AS email,
    cl.tags AS tag,
    c.turf AS turf,
    c.story || ' ' || c.issues || ' ' || c.shared_vision || ' ' || c.notes AS notes
FROM contact_list cl JOIN contact c ON c.id = cl.contact_id
"""

# The index keeps its own copy of the text (an external-content index reading the view
# would save it, but FTS5 refuses content that uses json_each). detail=column: terms and
# columns, no positions (no phrase queries; 30% smaller and faster to build). Prefix
# indexes of 1, 2 and 3 characters: the first keystroke ("a") counts 50,000 matches in
# 2 ms instead of 20.
FTS_TABLE = (
    f"CREATE VIRTUAL TABLE contact_fts USING fts5({SEARCH_COLUMNS}, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', "
    "detail = column, columnsize = 0)"
)

LIST_COLUMNS = (
    "contact_id, name_key, phone_key, email_key, turf, turf_key, stage, stage_pos, tags, tags_key"
)

STEPS = f"""
UPDATE contact_list SET
    last_one_on_one = (
        SELECT max(m.starts_at) FROM meeting m
        WHERE m.contact_id = contact_list.contact_id AND m.deleted = 0 AND m.status = {HELD}
    ),
    (next_step_kind, next_step_at, next_step_what, next_step_key) = (
        SELECT k, at, what, coalesce(at, {_q(NO_NEXT_STEP)}) FROM (
            SELECT 'meeting' AS k, m.starts_at AS at, m.purpose AS what, 0 AS pri
            FROM meeting m
            WHERE m.contact_id = contact_list.contact_id AND m.deleted = 0
              AND m.status IN {UPCOMING} AND m.starts_at IS NOT NULL
            UNION ALL
            SELECT 'commitment', coalesce(k.due_at, k.follow_up_on), k.what, 1
            FROM commitment k
            WHERE k.contact_id = contact_list.contact_id AND k.deleted = 0 AND k.status = {OPEN}
            UNION ALL
            SELECT NULL, NULL, NULL, 2
        ) ORDER BY pri = 2, at IS NULL, at, pri LIMIT 1
    )
"""

PENDING = "SELECT contact_id FROM contact_list_pending"

# Recompute the pending contacts' rows of contact_list and of the index, set-wise.
# A contact that is gone (tombstoned) leaves both; its row number is not reused before
# its index entry is deleted, since that comes first.
REFRESH = f"""
    DELETE FROM contact_fts WHERE rowid IN (
        SELECT n FROM contact_list WHERE contact_id IN ({PENDING}));
    DELETE FROM contact_list WHERE contact_id IN ({PENDING});
    INSERT INTO contact_list ({LIST_COLUMNS})
        SELECT {LIST_COLUMNS} FROM contact_list_source
        WHERE contact_id IN ({PENDING}) AND deleted = 0;
    {STEPS} WHERE contact_id IN ({PENDING});
    INSERT INTO contact_fts (rowid, {SEARCH_COLUMNS})
        SELECT n, {SEARCH_COLUMNS} FROM contact_fts_source
        WHERE contact_id IN ({PENDING}) ORDER BY n;
    DELETE FROM contact_list_pending;
"""


def _changed(*columns: str) -> str:
    return "(" + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns) + ")"


def _mark(contact_id: str) -> str:
    return (
        "INSERT OR IGNORE INTO contact_list_pending (contact_id) "
        f"SELECT {contact_id} WHERE {contact_id} IS NOT NULL;"
    )


def _mark_tagged(tag_id: str) -> str:
    return (
        "INSERT OR IGNORE INTO contact_list_pending (contact_id) "
        f"SELECT contact_id FROM contact_tag WHERE tag_id = {tag_id};"
    )


def _mark_staged(*keys: str) -> str:
    return (
        "INSERT OR IGNORE INTO contact_list_pending (contact_id) "
        f"SELECT contact_id FROM contact_list WHERE stage IN ({', '.join(keys)});"
    )


# The contact columns that contact_list and the index read (private_notes is not one).
CONTACT_READ = (
    "first_name",
    "last_name",
    "phones",
    "emails",
    "turf",
    "stage",
    "story",
    "issues",
    "shared_vision",
    "notes",
    "deleted",
)
MEETING_READ = ("contact_id", "status", "starts_at", "purpose", "deleted")
COMMITMENT_READ = ("contact_id", "status", "due_at", "follow_up_on", "what", "deleted")

# Each trigger only notes which contacts changed: one small insert per row written,
# cheap even inside a sync merge's executemany. The update of the device row that
# ends every store write transaction (`Writer.finish`, and HQ's merge) then recomputes
# them all at once: FTS5 writes a new segment for every statement that writes it, and
# SQLite journals every statement a trigger writes through, so a row-by-row upkeep
# costs ten times more.
#
# Only on laptops: a database that merges bundles for headquarters (its hq_device
# table has rows) keeps no contact list and no search index, as on PostgreSQL.
LAPTOP = "NOT EXISTS (SELECT 1 FROM hq_device)"
TRIGGER_PARTS: dict[str, tuple[str, str, str]] = {
    # name: (event, condition, what it does)
    "contact_list_contact_ai": (
        "AFTER INSERT ON contact",
        "NEW.deleted = 0",
        _mark("NEW.id"),
    ),
    "contact_list_contact_au": (
        f"AFTER UPDATE OF {', '.join(CONTACT_READ)} ON contact",
        f"(OLD.deleted = 0 OR NEW.deleted = 0) AND {_changed(*CONTACT_READ)}",
        _mark("NEW.id"),
    ),
    "contact_list_contact_ad": ("AFTER DELETE ON contact", "", _mark("OLD.id")),
    "contact_list_contact_tag_ai": ("AFTER INSERT ON contact_tag", "", _mark("NEW.contact_id")),
    "contact_list_contact_tag_au": (
        "AFTER UPDATE OF contact_id, tag_id, deleted ON contact_tag",
        _changed("contact_id", "tag_id", "deleted"),
        _mark("OLD.contact_id") + _mark("NEW.contact_id"),
    ),
    "contact_list_contact_tag_ad": ("AFTER DELETE ON contact_tag", "", _mark("OLD.contact_id")),
    "contact_list_tag_ai": ("AFTER INSERT ON tag", "", _mark_tagged("NEW.id")),
    "contact_list_tag_au": (
        "AFTER UPDATE OF name, deleted ON tag",
        _changed("name", "deleted"),
        _mark_tagged("NEW.id"),
    ),
    "contact_list_tag_ad": ("AFTER DELETE ON tag", "", _mark_tagged("OLD.id")),
    "contact_list_meeting_ai": ("AFTER INSERT ON meeting", "", _mark("NEW.contact_id")),
    "contact_list_meeting_au": (
        f"AFTER UPDATE OF {', '.join(MEETING_READ)} ON meeting",
        _changed(*MEETING_READ),
        _mark("OLD.contact_id") + _mark("NEW.contact_id"),
    ),
    "contact_list_meeting_ad": ("AFTER DELETE ON meeting", "", _mark("OLD.contact_id")),
    "contact_list_commitment_ai": ("AFTER INSERT ON commitment", "", _mark("NEW.contact_id")),
    "contact_list_commitment_au": (
        f"AFTER UPDATE OF {', '.join(COMMITMENT_READ)} ON commitment",
        _changed(*COMMITMENT_READ),
        _mark("OLD.contact_id") + _mark("NEW.contact_id"),
    ),
    "contact_list_commitment_ad": ("AFTER DELETE ON commitment", "", _mark("OLD.contact_id")),
    "contact_list_ladder_ai": ("AFTER INSERT ON ladder_stage", "", _mark_staged("NEW.key")),
    "contact_list_ladder_au": (
        "AFTER UPDATE OF key, position, deleted ON ladder_stage",
        _changed("key", "position", "deleted"),
        _mark_staged("OLD.key", "NEW.key"),
    ),
    "contact_list_ladder_ad": ("AFTER DELETE ON ladder_stage", "", _mark_staged("OLD.key")),
    "contact_list_refresh": (
        "AFTER UPDATE ON device",
        "EXISTS (SELECT 1 FROM contact_list_pending)",
        REFRESH,
    ),
}
TRIGGERS = {
    name: f"{event} WHEN {LAPTOP}{f' AND {when}' if when else ''} BEGIN {body} END"
    for name, (event, when, body) in TRIGGER_PARTS.items()
}

LIST_INDEXES = (
    ("ix_contact_list_contact_id", ["contact_id"], True),
    ("ix_contact_list_name_key", ["name_key"], False),
    ("ix_contact_list_phone_key", ["phone_key"], False),
    ("ix_contact_list_email_key", ["email_key"], False),
    ("ix_contact_list_turf_key", ["turf_key"], False),
    ("ix_contact_list_stage", ["stage"], False),
    ("ix_contact_list_stage_pos", ["stage_pos", "name_key"], False),
    ("ix_contact_list_tags_key", ["tags_key"], False),
    ("ix_contact_list_last_one_on_one", ["last_one_on_one"], False),
    ("ix_contact_list_next_step_key", ["next_step_key"], False),
)


def _ladder_stage_table() -> None:
    fields = ("key", "label", "position", "description")
    op.create_table(
        "ladder_stage",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *(sa.Column(f"{name}__hlc", sa.Text(), nullable=False) for name in fields),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ladder_stage_change_seq", "ladder_stage", ["change_seq"])


def _contact_list_tables() -> None:
    keys = ("name_key", "phone_key", "email_key", "turf", "turf_key", "stage")
    op.create_table(
        "contact_list",
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=False) for name in keys),
        sa.Column("stage_pos", sa.Integer(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("tags_key", sa.Text(), nullable=False),
        sa.Column("last_one_on_one", sa.Text(), nullable=True),
        sa.Column("next_step_kind", sa.Text(), nullable=True),
        sa.Column("next_step_at", sa.Text(), nullable=True),
        sa.Column("next_step_what", sa.Text(), nullable=True),
        sa.Column("next_step_key", sa.Text(), nullable=False, server_default=NO_NEXT_STEP),
        sa.PrimaryKeyConstraint("n"),
    )
    op.create_table(
        "contact_list_pending",
        sa.Column("contact_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id"),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    _ladder_stage_table()
    if op.get_context().dialect.name != "sqlite":
        return  # HQ on PostgreSQL keeps no contact list and no search index
    _contact_list_tables()
    for statement in (SOURCE_VIEW, SEARCH_VIEW, FTS_TABLE):
        op.execute(statement)
    # Fill from the rows already there, set-wise, before the triggers exist; not at HQ
    # (see LAPTOP).
    if not op.get_bind().exec_driver_sql("SELECT count(*) FROM hq_device").scalar():
        _fill()
    for name, columns, unique in LIST_INDEXES:
        op.create_index(name, "contact_list", columns, unique=unique)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _fill() -> None:
    op.execute(
        f"INSERT INTO contact_list ({LIST_COLUMNS}) "
        f"SELECT {LIST_COLUMNS} FROM contact_list_source WHERE deleted = 0"
    )
    op.execute(STEPS)
    op.execute(
        f"INSERT INTO contact_fts (rowid, {SEARCH_COLUMNS}) "
        f"SELECT n, {SEARCH_COLUMNS} FROM contact_fts_source"
    )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        for name in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS contact_fts")
        op.execute("DROP VIEW IF EXISTS contact_fts_source")
        op.execute("DROP VIEW IF EXISTS contact_list_source")
        op.drop_table("contact_list_pending")
        op.drop_table("contact_list")
    op.drop_index("ix_ladder_stage_change_seq", "ladder_stage")
    op.drop_table("ladder_stage")
