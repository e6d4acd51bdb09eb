"""The Sync screen: bundles to and from headquarters."""
