"""Pure Python records and rules. Imports nothing of ours and nothing of Qt or SQL."""
