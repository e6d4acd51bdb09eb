"""The Settings dialog: the organizer's name, organization, weekly goal and language."""
