"""The calendar's colours: one per meeting status, readable with white text."""

from __future__ import annotations

STATUS_COLORS = {
    "scheduled": "#3f6fa8",
    "confirmed": "#2e7d4f",
    "held": "#6b6b78",
    "no_show": "#9a6a2f",
    "cancelled": "#a0a0a8",
    "rescheduled": "#b0b0b8",
}
TEXT_ON = "#ffffff"
CLASH = "#c62828"
BLOCK_FILL = "#f3ead2"
BLOCK_EDGE = "#c9b27a"
FREE_EDGE = "#8a7a4a"
TODAY_FILL = "#eef4fb"
GRID_LINE = "#dddddd"
HALF_LINE = "#f0f0f0"
SELECTED = "#111111"
