"""The organizer's own settings. They stay on this device."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "es")


@dataclass(slots=True)
class Settings:
    organizer_name: str = ""
    organization: str = ""
    weekly_goal: int = 10
    language: str = "en"

    def problems(self) -> list[str]:
        found = []
        if not 0 <= self.weekly_goal <= 100:
            found.append("The weekly 1:1 goal must be between 0 and 100.")
        if self.language not in LANGUAGES:
            found.append(f"The interface language must be one of {', '.join(LANGUAGES)}.")
        return found
