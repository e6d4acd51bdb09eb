"""initial schema: synced records, device, settings, bundle log

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_note",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Text(), nullable=False),
        sa.Column("step", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("checked", sa.Text(), nullable=False),
        sa.Column("meeting_id__hlc", sa.Text(), nullable=False),
        sa.Column("step__hlc", sa.Text(), nullable=False),
        sa.Column("text__hlc", sa.Text(), nullable=False),
        sa.Column("checked__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agenda_note", schema=None) as batch_op:
        batch_op.create_index("ix_agenda_note_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_agenda_note_meeting_id", ["meeting_id"], unique=False)

    op.create_table(
        "commitment",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("meeting_id", sa.Text(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due_at", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("contact_id__hlc", sa.Text(), nullable=False),
        sa.Column("meeting_id__hlc", sa.Text(), nullable=False),
        sa.Column("what__hlc", sa.Text(), nullable=False),
        sa.Column("due_at__hlc", sa.Text(), nullable=False),
        sa.Column("place__hlc", sa.Text(), nullable=False),
        sa.Column("follow_up_on__hlc", sa.Text(), nullable=False),
        sa.Column("status__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index("ix_commitment_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_commitment_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_commitment_meeting_id", ["meeting_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("first_name", sa.Text(), nullable=False),
        sa.Column("last_name", sa.Text(), nullable=False),
        sa.Column("pronouns", sa.Text(), nullable=False),
        sa.Column("preferred_language", sa.Text(), nullable=False),
        sa.Column("phones", sa.Text(), nullable=False),
        sa.Column("emails", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("turf", sa.Text(), nullable=False),
        sa.Column("how_met", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("story", sa.Text(), nullable=False),
        sa.Column("issues", sa.Text(), nullable=False),
        sa.Column("shared_vision", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("do_not_contact", sa.Integer(), nullable=False),
        sa.Column("follow_up_days", sa.Integer(), nullable=True),
        sa.Column("first_name__hlc", sa.Text(), nullable=False),
        sa.Column("last_name__hlc", sa.Text(), nullable=False),
        sa.Column("pronouns__hlc", sa.Text(), nullable=False),
        sa.Column("preferred_language__hlc", sa.Text(), nullable=False),
        sa.Column("phones__hlc", sa.Text(), nullable=False),
        sa.Column("emails__hlc", sa.Text(), nullable=False),
        sa.Column("address__hlc", sa.Text(), nullable=False),
        sa.Column("turf__hlc", sa.Text(), nullable=False),
        sa.Column("how_met__hlc", sa.Text(), nullable=False),
        sa.Column("stage__hlc", sa.Text(), nullable=False),
        sa.Column("story__hlc", sa.Text(), nullable=False),
        sa.Column("issues__hlc", sa.Text(), nullable=False),
        sa.Column("shared_vision__hlc", sa.Text(), nullable=False),
        sa.Column("notes__hlc", sa.Text(), nullable=False),
        sa.Column("private_notes__hlc", sa.Text(), nullable=False),
        sa.Column("do_not_contact__hlc", sa.Text(), nullable=False),
        sa.Column("follow_up_days__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_change_seq", ["change_seq"], unique=False)

    op.create_table(
        "contact_tag",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=False),
        sa.Column("tag_id", sa.Text(), nullable=False),
        sa.Column("contact_id__hlc", sa.Text(), nullable=False),
        sa.Column("tag_id__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.create_index("ix_contact_tag_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_contact_tag_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_contact_tag_tag_id", ["tag_id"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("clock_last", sa.Text(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "evaluation",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("training_id", sa.Text(), nullable=False),
        sa.Column("participant_id", sa.Text(), nullable=True),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("likes", sa.Text(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=False),
        sa.Column("anonymous", sa.Integer(), nullable=False),
        sa.Column("training_id__hlc", sa.Text(), nullable=False),
        sa.Column("participant_id__hlc", sa.Text(), nullable=False),
        sa.Column("learned__hlc", sa.Text(), nullable=False),
        sa.Column("rating__hlc", sa.Text(), nullable=False),
        sa.Column("likes__hlc", sa.Text(), nullable=False),
        sa.Column("wishes__hlc", sa.Text(), nullable=False),
        sa.Column("anonymous__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index("ix_evaluation_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_evaluation_participant_id", ["participant_id"], unique=False)
        batch_op.create_index("ix_evaluation_training_id", ["training_id"], unique=False)

    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.Text(), nullable=True),
        sa.Column("time_zone", sa.Text(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("rescheduled_from", sa.Text(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("do_better", sa.Text(), nullable=False),
        sa.Column("traits_met", sa.Text(), nullable=False),
        sa.Column("contact_id__hlc", sa.Text(), nullable=False),
        sa.Column("kind__hlc", sa.Text(), nullable=False),
        sa.Column("starts_at__hlc", sa.Text(), nullable=False),
        sa.Column("time_zone__hlc", sa.Text(), nullable=False),
        sa.Column("duration_min__hlc", sa.Text(), nullable=False),
        sa.Column("location__hlc", sa.Text(), nullable=False),
        sa.Column("purpose__hlc", sa.Text(), nullable=False),
        sa.Column("status__hlc", sa.Text(), nullable=False),
        sa.Column("rescheduled_from__hlc", sa.Text(), nullable=False),
        sa.Column("answer__hlc", sa.Text(), nullable=False),
        sa.Column("summary__hlc", sa.Text(), nullable=False),
        sa.Column("went_well__hlc", sa.Text(), nullable=False),
        sa.Column("do_better__hlc", sa.Text(), nullable=False),
        sa.Column("traits_met__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_meeting_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_meeting_rescheduled_from", ["rescheduled_from"], unique=False)

    op.create_table(
        "observation",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("training_id", sa.Text(), nullable=False),
        sa.Column("participant_id", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("to_improve", sa.Text(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("tips", sa.Text(), nullable=False),
        sa.Column("training_id__hlc", sa.Text(), nullable=False),
        sa.Column("participant_id__hlc", sa.Text(), nullable=False),
        sa.Column("kind__hlc", sa.Text(), nullable=False),
        sa.Column("scenario__hlc", sa.Text(), nullable=False),
        sa.Column("went_well__hlc", sa.Text(), nullable=False),
        sa.Column("to_improve__hlc", sa.Text(), nullable=False),
        sa.Column("questions__hlc", sa.Text(), nullable=False),
        sa.Column("tips__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index("ix_observation_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_observation_participant_id", ["participant_id"], unique=False)
        batch_op.create_index("ix_observation_training_id", ["training_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("training_id", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("readiness", sa.Text(), nullable=False),
        sa.Column("training_id__hlc", sa.Text(), nullable=False),
        sa.Column("contact_id__hlc", sa.Text(), nullable=False),
        sa.Column("readiness__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_participant_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_participant_training_id", ["training_id"], unique=False)

    op.create_table(
        "reflection",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("training_id", sa.Text(), nullable=False),
        sa.Column("did", sa.Text(), nullable=False),
        sa.Column("worked", sa.Text(), nullable=False),
        sa.Column("did_not_work", sa.Text(), nullable=False),
        sa.Column("change_next", sa.Text(), nullable=False),
        sa.Column("training_id__hlc", sa.Text(), nullable=False),
        sa.Column("did__hlc", sa.Text(), nullable=False),
        sa.Column("worked__hlc", sa.Text(), nullable=False),
        sa.Column("did_not_work__hlc", sa.Text(), nullable=False),
        sa.Column("change_next__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index("ix_reflection_change_seq", ["change_seq"], unique=False)
        batch_op.create_index("ix_reflection_training_id", ["training_id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("color", sa.Text(), nullable=False),
        sa.Column("name__hlc", sa.Text(), nullable=False),
        sa.Column("color__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.create_index("ix_tag_change_seq", ["change_seq"], unique=False)

    op.create_table(
        "training",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("trainer", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("preparation", sa.Text(), nullable=False),
        sa.Column("preparation_done", sa.Text(), nullable=False),
        sa.Column("checkin_notes", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("title__hlc", sa.Text(), nullable=False),
        sa.Column("starts_at__hlc", sa.Text(), nullable=False),
        sa.Column("place__hlc", sa.Text(), nullable=False),
        sa.Column("trainer__hlc", sa.Text(), nullable=False),
        sa.Column("goals__hlc", sa.Text(), nullable=False),
        sa.Column("agenda__hlc", sa.Text(), nullable=False),
        sa.Column("preparation__hlc", sa.Text(), nullable=False),
        sa.Column("preparation_done__hlc", sa.Text(), nullable=False),
        sa.Column("checkin_notes__hlc", sa.Text(), nullable=False),
        sa.Column("status__hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("deleted__hlc", sa.Text(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index("ix_training_change_seq", ["change_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index("ix_training_change_seq")

    op.drop_table("training")
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.drop_index("ix_tag_change_seq")

    op.drop_table("tag")
    op.drop_table("setting")
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index("ix_reflection_training_id")
        batch_op.drop_index("ix_reflection_change_seq")

    op.drop_table("reflection")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_training_id")
        batch_op.drop_index("ix_participant_contact_id")
        batch_op.drop_index("ix_participant_change_seq")

    op.drop_table("participant")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index("ix_observation_training_id")
        batch_op.drop_index("ix_observation_participant_id")
        batch_op.drop_index("ix_observation_change_seq")

    op.drop_table("observation")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_rescheduled_from")
        batch_op.drop_index("ix_meeting_contact_id")
        batch_op.drop_index("ix_meeting_change_seq")

    op.drop_table("meeting")
    op.drop_table("imported_bundle")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluation_training_id")
        batch_op.drop_index("ix_evaluation_participant_id")
        batch_op.drop_index("ix_evaluation_change_seq")

    op.drop_table("evaluation")
    op.drop_table("device")
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_tag_tag_id")
        batch_op.drop_index("ix_contact_tag_contact_id")
        batch_op.drop_index("ix_contact_tag_change_seq")

    op.drop_table("contact_tag")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_change_seq")

    op.drop_table("contact")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index("ix_commitment_meeting_id")
        batch_op.drop_index("ix_commitment_contact_id")
        batch_op.drop_index("ix_commitment_change_seq")

    op.drop_table("commitment")
    with op.batch_alter_table("agenda_note", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_note_meeting_id")
        batch_op.drop_index("ix_agenda_note_change_seq")

    op.drop_table("agenda_note")
