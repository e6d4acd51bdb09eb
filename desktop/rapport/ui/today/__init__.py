"""The Today screen: the organizer's day at a glance."""
