"""Headless command-line jobs. Each module's `run(args)` returns the exit status."""
