"""`AskCoachPanel`: rates the ask as it is typed, from very soft to hard, and says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from rapport.domain.ask_coach import RATINGS, AskRating, coach_ask
from rapport.ui.meetings.labels import rating_labels, reason_text

# From soft (warm) to hard (green): the rating bar's colour.
_COLOURS = ("#c0392b", "#d35400", "#b7950b", "#2e86c1", "#1e8449")


class AskCoachPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askCoach")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rating = coach_ask("")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.label = QLabel(self)
        self.label.setObjectName("askRating")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("askRatingBar")
        self.bar.setRange(0, len(RATINGS))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.good = QLabel(self)
        self.good.setObjectName("askGood")
        self.good.setWordWrap(True)
        self.good.setTextFormat(Qt.TextFormat.PlainText)
        self.fix = QLabel(self)
        self.fix.setObjectName("askFix")
        self.fix.setWordWrap(True)
        self.fix.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.fix)
        layout.addWidget(self.good)
        layout.addStretch(1)
        self.retranslate()

    def update_for(self, ask: str) -> AskRating:
        self.rating = coach_ask(ask)
        self._show()
        return self.rating

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ask coach"))
        self._show()

    def _show(self) -> None:
        r = self.rating
        if not r.reasons:
            self.label.setText(self.tr("No ask yet"))
            self.bar.setValue(0)
            self.fix.setText(
                self.tr(
                    "Write the ask as you will say it. A hard ask names an action, a day, "
                    "a time and a place, and ends with a yes-or-no question."
                )
            )
            self.good.setText("")
            return
        self.label.setText(rating_labels()[r.label])
        self.bar.setValue(r.rating + 1)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[r.rating]}; border-radius: 3px; }}"
        )
        fixes = [f"✗ {reason_text(x)}" for x in r.reasons if not x.ok]
        goods = [f"✓ {reason_text(x)}" for x in r.reasons if x.ok]
        self.fix.setText("\n".join(fixes))
        self.fix.setVisible(bool(fixes))
        self.good.setText("\n".join(goods))
        self.good.setVisible(bool(goods))
