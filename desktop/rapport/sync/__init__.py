"""Sync: the hybrid logical clock, bundles, export, merge and headquarters."""
