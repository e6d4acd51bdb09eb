"""Rapport: an offline-first notebook for community organizers."""

__version__ = "0.1.0"
