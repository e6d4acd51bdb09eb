"""`MeetingRecordDialog`: a held 1:1 as a read-only record — agenda notes, the ask,
the answer, commitments and the self-check — with Edit and Export PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.agenda import AgendaTemplate, load_template
from rapport.domain.ask_coach import coach_ask
from rapport.domain.traits import TRAITS
from rapport.store.one_on_ones import MeetingRecord, agenda_folders, meeting_record
from rapport.ui.dates import LONG_DAY, stored_day_text, stored_moment_text
from rapport.ui.meetings.labels import (
    OneOnOne,
    answer_labels,
    commitment_status_labels,
    rating_labels,
    trait_labels,
)
from rapport.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from rapport.store.core import Store


def _next_text(record: MeetingRecord) -> str:
    following = record.next_meeting
    if following is None:
        return OneOnOne.tr("None scheduled yet")
    when = stored_moment_text(following.starts_at, LONG_DAY)
    return f"{when} · {following.location}" if following.location else when


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) or "—"


def record_html(record: MeetingRecord, template: AgendaTemplate, kind_label: str) -> str:
    """The whole 1:1 as simple HTML (for the window and the PDF)."""
    m = record.meeting
    answers = answer_labels()
    out = [
        "<h1>"
        + escape(OneOnOne.tr("1:1 with {name}").replace("{name}", record.contact_name or "?"))
        + "</h1>"
    ]
    facts = [
        (OneOnOne.tr("When"), stored_moment_text(m.starts_at, LONG_DAY)),
        (OneOnOne.tr("Where"), m.location or "—"),
        (OneOnOne.tr("Kind"), kind_label),
        (OneOnOne.tr("Next 1:1"), _next_text(record)),
    ]
    out.append('<table cellpadding="3">')
    out += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts]
    out.append("</table>")
    if m.summary:
        out.append("<h2>" + escape(OneOnOne.tr("Summary")) + f"</h2><p>{_para(m.summary)}</p>")

    steps = list(template.steps)
    known = {s.key for s in steps}
    for step in steps:
        note = record.notes.get(step.key)
        out.append(f"<h2>{escape(step.title)}</h2>")
        if step.kind == "ask":
            rating = coach_ask(m.ask)
            out.append("<p><b>" + escape(OneOnOne.tr("The ask")) + f":</b> {_para(m.ask)}</p>")
            if m.ask:
                label = rating_labels()[rating.label]
                out.append(
                    "<p class='muted'>"
                    + escape(OneOnOne.tr("Ask coach: {r}").replace("{r}", label))
                    + "</p>"
                )
            answer = answers.get(m.answer, m.answer)
            out.append("<p><b>" + escape(OneOnOne.tr("Answer")) + f":</b> {escape(answer)}</p>")
            if m.answer == "counter_offer" and m.counter_offer:
                out.append(
                    "<p><b>"
                    + escape(OneOnOne.tr("They offered"))
                    + f":</b> {_para(m.counter_offer)}</p>"
                )
        if note is not None:
            items = [c for c in step.checklist if c.key in note.checked]
            if items:
                out.append(
                    "<ul>" + "".join(f"<li>✓ {escape(c.text)}</li>" for c in items) + "</ul>"
                )
            if note.text:
                out.append(f"<p>{_para(note.text)}</p>")
        elif step.kind != "ask":
            out.append("<p class='muted'>" + escape(OneOnOne.tr("No notes.")) + "</p>")
    for key, note in record.notes.items():  # steps a newer template no longer has
        if key not in known and note.text:
            out.append(f"<h2>{escape(key.replace('_', ' '))}</h2><p>{_para(note.text)}</p>")

    out.append("<h2>" + escape(OneOnOne.tr("Commitments")) + "</h2>")
    if record.commitments:
        statuses = commitment_status_labels()
        head = (
            OneOnOne.tr("What"),
            OneOnOne.tr("When"),
            OneOnOne.tr("Where"),
            OneOnOne.tr("Follow up on"),
            OneOnOne.tr("Status"),
        )
        out.append(
            '<table cellpadding="3"><tr>'
            + "".join(f"<td><b>{escape(h)}</b></td>" for h in head)
            + "</tr>"
        )
        for c in record.commitments:
            cells = (
                c.what,
                stored_moment_text(c.due_at),
                c.place,
                stored_day_text(c.follow_up_on),
                statuses.get(c.status, c.status),
            )
            out.append("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in cells) + "</tr>")
        out.append("</table>")
    else:
        out.append("<p class='muted'>" + escape(OneOnOne.tr("No commitments.")) + "</p>")

    out.append("<h2>" + escape(OneOnOne.tr("Self-check")) + "</h2><p>")
    names = trait_labels()
    marks = [f"{'✓' if key in m.traits_met else '✗'} {escape(names[key][0])}" for key in TRAITS]
    out.append("<br>".join(marks) + "</p>")
    for title, entries in (
        (OneOnOne.tr("Went well"), m.went_well),
        (OneOnOne.tr("To do better"), m.do_better),
    ):
        out.append(f"<p><b>{escape(title)}</b></p>")
        out.append(
            "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in entries) + "</ul>"
            if entries
            else "<p>—</p>"
        )
    return "\n".join(out)


class MeetingRecordDialog(QDialog):
    """The record of a held 1:1. Edit reopens it in the wizard."""

    edited = Signal(str)

    def __init__(self, store: Store, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingRecord")
        self.store = store
        self.meeting_id = meeting_id
        self.html = ""
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("recordText")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: 17pt; } h2 { font-size: 12.5pt; margin-top: 10px; } "
            ".muted { color: #666666; }"
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editRecord")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.buttons.addButton(self.edit_button, role)
        self.buttons.addButton(self.pdf_button, role)
        self.buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit)
        self.pdf_button.clicked.connect(self._export_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.refresh()
        self.setMinimumSize(640, 480)
        resize_within_screen(self, 820, 760)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit"))
        self.pdf_button.setText(self.tr("Export &PDF…"))

    def refresh(self) -> None:
        from rapport.store.meetings import load_meeting_types
        from rapport.ui.calendar.labels import type_label

        record = meeting_record(self.store, self.meeting_id)
        if record is None:
            self.browser.setPlainText(self.tr("This meeting no longer exists."))
            self.edit_button.setEnabled(False)
            self.pdf_button.setEnabled(False)
            return
        self.record = record
        language = QLocale().name()[:2]
        template = load_template(agenda_folders(self.store), record.meeting.kind, language).template
        kind = type_label(load_meeting_types(self.store), record.meeting.kind)
        self.html = record_html(record, template, kind)
        self.browser.setHtml(self.html)
        self.setWindowTitle(
            self.tr("1:1 with {name}").replace("{name}", record.contact_name or "?")
        )

    def edit(self) -> None:
        from rapport.ui.meetings.launch import open_wizard

        wizard = open_wizard(self.parentWidget(), self.store, self.meeting_id)
        if wizard is not None:
            wizard.saved.connect(self._after_edit)

    def _after_edit(self, meeting_id: str) -> None:
        self.refresh()
        self.edited.emit(meeting_id)

    def _export_clicked(self) -> None:
        day = (self.record.meeting.starts_at or "")[:10]
        name = f"1-1 {self.record.contact_name or 'meeting'} {day}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the 1:1 as PDF"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        from rapport.ui.pdf import write_pdf

        try:
            write_pdf(path, self.html, title=self.windowTitle())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("PDF not written"), str(exc))
