"""Edit menu commands (Undo, Cut, Copy, ...) carried out by whichever widget has focus."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

COMMANDS = ("undo", "redo", "cut", "copy", "paste", "selectAll")


def edit_target(widget: QWidget | None) -> QWidget | None:
    """The widget that carries out edit commands for `widget` (a spin box's line edit...)."""
    if widget is None:
        return None
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if widget.metaObject().indexOfMethod("selectAll()") >= 0:
        return widget
    inner = widget.findChild(QLineEdit)
    return inner if isinstance(inner, QLineEdit) else None


def run_command(command: str) -> bool:
    """Carry out `command` on the focused widget; False if nothing there can do it."""
    target = edit_target(QApplication.focusWidget())
    if target is None or target.metaObject().indexOfMethod(f"{command}()") < 0:
        return False
    return bool(QMetaObject.invokeMethod(target, command))


def available(command: str) -> bool:
    """Whether `command` would do something now (used to grey out menu items)."""
    target = edit_target(QApplication.focusWidget())
    if target is None:
        return False
    if isinstance(target, QLineEdit):
        writable = not target.isReadOnly()
        visible = target.echoMode() == QLineEdit.EchoMode.Normal
        return {
            "undo": writable and target.isUndoAvailable(),
            "redo": writable and target.isRedoAvailable(),
            "cut": writable and visible and target.hasSelectedText(),
            "copy": visible and target.hasSelectedText(),
            "paste": writable,
            "selectAll": bool(target.text()),
        }[command]
    if isinstance(target, QTextEdit | QPlainTextEdit):
        writable = not target.isReadOnly()
        document = target.document()
        selected = target.textCursor().hasSelection()
        return {
            "undo": writable and document.isUndoAvailable(),
            "redo": writable and document.isRedoAvailable(),
            "cut": writable and selected,
            "copy": selected,
            "paste": writable,
            "selectAll": not document.isEmpty(),
        }[command]
    return target.metaObject().indexOfMethod(f"{command}()") >= 0
