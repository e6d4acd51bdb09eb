"""The Contacts screen: everyone the organizer knows, found in a keystroke."""
