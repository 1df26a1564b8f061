"""Undo and redo for the plan editor: every edit is a before/after snapshot.

Plain Python rather than QUndoStack: the commands are snapshots of immutable values, and
merging typed characters into one step is a three-line rule here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction


@dataclass
class SnapshotCommand:
    """Sets a value (items, client context) and can set the previous one back."""

    text: str
    apply: Callable[[Any], None]
    before: Any
    after: Any
    #: Consecutive edits with the same key (typing in one field) make one undo step.
    merge_key: str = ""


class UndoHistory(QObject):
    """The editor's undo/redo history."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commands: list[SnapshotCommand] = []
        self._index = 0  # commands before this index are done
        self._sealed = False  # the next push starts a new step even with the same key

    def push(self, command: SnapshotCommand) -> None:
        """Do *command* and record it (folding it into the previous one if it continues it)."""
        del self._commands[self._index :]
        previous = self._commands[-1] if self._commands else None
        command.apply(command.after)
        if (
            command.merge_key
            and not self._sealed
            and previous is not None
            and previous.merge_key == command.merge_key
        ):
            previous.after = command.after
            if previous.after == previous.before:  # typed back to where it was: no step
                self._commands.pop()
        else:
            self._commands.append(command)
        self._sealed = False
        self._index = len(self._commands)
        self.changed.emit()

    def seal(self) -> None:
        """End the current typing step: the next edit is a step of its own.

        Called when a field is left, so two separate edits of one field are two undo steps.
        """
        self._sealed = True

    def undo(self) -> None:
        """Undo the last done command."""
        if self.can_undo:
            self._index -= 1
            command = self._commands[self._index]
            self._sealed = True
            command.apply(command.before)
            self.changed.emit()

    def redo(self) -> None:
        """Redo the last undone command."""
        if self.can_redo:
            command = self._commands[self._index]
            self._index += 1
            self._sealed = True
            command.apply(command.after)
            self.changed.emit()

    def clear(self) -> None:
        """Forget the history (e.g. once a plan is final)."""
        self._commands.clear()
        self._index = 0
        self.changed.emit()

    @property
    def can_undo(self) -> bool:
        """Whether there is something to undo."""
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        """Whether there is something to redo."""
        return self._index < len(self._commands)

    @property
    def undo_text(self) -> str:
        """What Undo would undo."""
        return self._commands[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        """What Redo would redo."""
        return self._commands[self._index].text if self.can_redo else ""

    def make_actions(
        self, parent: QObject, undo_label: str, redo_label: str
    ) -> tuple[QAction, QAction]:
        """Undo and Redo actions that follow the history (enabled state and tooltip)."""
        undo, redo = QAction(undo_label, parent), QAction(redo_label, parent)
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)

        def update() -> None:
            undo.setEnabled(self.can_undo)
            redo.setEnabled(self.can_redo)
            undo.setToolTip(self.undo_text)
            redo.setToolTip(self.redo_text)

        self.changed.connect(update)
        update()
        return undo, redo
