"""`MergeDialog`: make two contacts one, choosing field by field which value stays
(`suggest_merge` gives the first choice), then `merge_contacts`."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from rapport.store.core import Store


def _show_all(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return "" if value is None or isinstance(value, bool) else str(value)


SHOWN_CHARS = 28  # of a value on its button (the tip has it all): three columns fit


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    merged = Signal(str)  # the kept contact's id

    def __init__(self, store: Store, keep_id: str, drop_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        from rapport.domain.fields import field_specs
        from rapport.domain.records import Contact
        from rapport.store.contact_edits import get_contact, suggest_merge
        from rapport.store.contacts import load_ladder
        from rapport.ui.contacts.stages import stage_labels

        self.setObjectName("contactMerge")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.setMinimumSize(860, 460)
        self.store = store
        self.keep_id, self.drop_id = keep_id, drop_id
        keep, drop = get_contact(store, keep_id), get_contact(store, drop_id)
        if keep is None or drop is None:
            raise ValueError("both contacts must exist")
        self.keep, self.drop = keep[0], drop[0]
        suggested = suggest_merge(self.keep, self.drop)
        intro = QLabel(
            self.tr(
                "Choose the value to keep for each field where they differ. %1 stays; "
                "%2 is deleted and its 1:1s, commitments and tags move to %1."
            )
            .replace("%1", self.keep.display_name)
            .replace("%2", self.drop.display_name)
        )
        intro.setWordWrap(True)
        host = QWidget()
        grid = QGridLayout(host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        self.choices: dict[str, tuple[QButtonGroup, list[object]]] = {}
        stages = stage_labels(load_ladder(store))
        for column, heading in enumerate(
            (self.keep.display_name, self.drop.display_name, self.tr("Both combined"))
        ):
            title = QLabel(f"<b>{html.escape(heading)}</b>")
            grid.addWidget(title, 0, column + 1)
        row = 1
        for spec in field_specs(Contact):
            if spec.name == "id":
                continue
            mine, theirs = getattr(self.keep, spec.name), getattr(self.drop, spec.name)
            if mine == theirs:
                continue
            options: list[object] = [mine, theirs]
            if spec.name in suggested and suggested[spec.name] not in options:
                options.append(suggested[spec.name])
            default = options.index(suggested.get(spec.name, mine))
            group = QButtonGroup(self)
            grid.addWidget(QLabel(self._label(spec.name)), row, 0)
            for column, value in enumerate(options):
                shown = stages.get(str(value), str(value)) if spec.name == "stage" else _show(value)
                button = QRadioButton(shown or self.tr("(empty)"))
                button.setObjectName(f"merge_{spec.name}_{column}")
                full = _show_all(value)
                if full != shown:
                    button.setToolTip(full)
                group.addButton(button, column)
                grid.addWidget(button, row, column + 1)
            group.button(default).setChecked(True)
            self.choices[spec.name] = (group, options)
            row += 1
        if not self.choices:
            grid.addWidget(QLabel(self.tr("The two contacts hold the same details.")), 1, 0, 1, 4)
        grid.setRowStretch(row + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a33;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _label(self, name: str) -> str:
        labels = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "pronouns": self.tr("Pronouns"),
            "preferred_language": self.tr("Preferred language"),
            "phones": self.tr("Phones"),
            "emails": self.tr("Emails"),
            "address": self.tr("Address"),
            "turf": self.tr("Turf"),
            "how_met": self.tr("How we met"),
            "stage": self.tr("Stage"),
            "story": self.tr("Story"),
            "issues": self.tr("Issues"),
            "shared_vision": self.tr("Shared vision"),
            "notes": self.tr("Notes"),
            "private_notes": self.tr("Private notes"),
            "do_not_contact": self.tr("Do not contact"),
            "follow_up_days": self.tr("Follow up every (days)"),
        }
        return labels.get(name, name.replace("_", " "))

    def chosen(self) -> dict[str, object]:
        return {
            name: options[max(0, group.checkedId())]
            for name, (group, options) in self.choices.items()
        }

    def choose(self, field: str, which: int) -> None:
        """0: the kept contact's value, 1: the other's, 2: both combined (when offered)."""
        self.choices[field][0].button(which).setChecked(True)

    def merge(self) -> None:
        from rapport.store.contact_edits import merge_contacts

        try:
            merge_contacts(self.store, self.keep_id, self.drop_id, self.chosen())
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.merged.emit(self.keep_id)
        self.accept()
