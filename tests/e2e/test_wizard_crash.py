"""A laptop that dies in the middle of a 1:1 loses nothing: the wizard, typed into
through its real widgets in a separate process, is killed with SIGKILL once its draft is
saved; opened again, it is at the same step with the same text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from rapport.domain.records import Contact, Meeting
from rapport.workspace import open_workspace
from tests.e2e.cli import env

# Opens the wizard on a meeting, types notes on two steps with real key presses, and
# says "SAVED" once the draft holds the last words; then stays in its event loop (in
# the middle of the 1:1) until it is killed.
TYPE_AND_WAIT = """
import sys
from pathlib import Path
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from rapport.store import one_on_ones as ones
from rapport.ui.meetings.launch import open_wizard
from rapport.workspace import open_workspace

data_dir, meeting_id = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
folder = open_workspace(data_dir)
wizard = open_wizard(None, folder.store, meeting_id)
wizard.next()
QTest.keyClicks(wizard.currentPage().notes, "Her mother was a union steward")
wizard.next()
QTest.keyClicks(wizard.currentPage().notes, "We both want safe streets")
box = wizard.currentPage().checks["named_vision"]
QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
key = ones.draft_key(meeting_id)

def check():
    draft = ones.load_draft(folder.store, key) or {}
    note = draft.get("notes", {}).get("connection", {})
    if note.get("text") == "We both want safe streets" and note.get("checked"):
        print("SAVED", flush=True)
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
app.exec()
"""

# Opens the wizard again and reports where it is and what its pages hold.
REOPEN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from rapport.ui.meetings.launch import open_wizard
from rapport.workspace import open_workspace

data_dir, meeting_id = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
folder = open_workspace(data_dir)
wizard = open_wizard(None, folder.store, meeting_id)
page = wizard.currentPage()
report = {
    "step": wizard.current_key(),
    "text": page.notes.toPlainText(),
    "checked": [k for k, c in page.checks.items() if c.isChecked()],
}
wizard.back()
report["before"] = wizard.currentPage().notes.toPlainText()
wizard.done_saving = True
print(json.dumps(report), flush=True)
folder.close()
"""


def test_a_killed_wizard_reopens_at_the_same_step_with_the_same_text(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    folder = open_workspace(data_dir)
    try:
        ana = Contact(first_name="Ana", last_name="Pérez")
        folder.store.save(ana)
        meeting = Meeting(contact_id=ana.id, starts_at="2026-03-03T23:00:00Z", location="Café")
        folder.store.save(meeting)
    finally:
        folder.close()

    proc = subprocess.Popen(
        [sys.executable, "-c", TYPE_AND_WAIT, str(data_dir), meeting.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env(),
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "SAVED", (line, proc.stderr.read() if proc.stderr else "")
        assert proc.poll() is None, "the wizard must still be open when it is killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    reopened = subprocess.run(
        [sys.executable, "-c", REOPEN, str(data_dir), meeting.id],
        capture_output=True,
        text=True,
        env=env(),
        timeout=120,
        check=False,
    )
    assert reopened.returncode == 0, reopened.stderr
    report = json.loads(reopened.stdout.strip().splitlines()[-1])
    assert report == {
        "step": "connection",
        "text": "We both want safe streets",
        "checked": ["named_vision"],
        "before": "Her mother was a union steward",
    }
