"""The local store: tables, engine, the one write path, migrations and backups.

Nothing here imports Qt. Screens call these functions; they never write SQL.
"""
