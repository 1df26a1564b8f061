"""Undo commands for the plan editor: every edit is a before/after snapshot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


class SnapshotCommand(QUndoCommand):
    """Sets a value (items, client context) and can set the previous one back.

    Consecutive edits with the same merge key (typing in one field) become one undo step:
    see `push_snapshot`. (Qt's own mergeWith is not used: with PySide it deletes the merged
    command twice.)
    """

    def __init__(
        self, text: str, apply: Callable[[Any], None], before: Any, after: Any, merge_key: str = ""
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        """Qt: apply the new state."""
        self._apply(self.after)

    def undo(self) -> None:
        """Qt: restore the previous state."""
        self._apply(self.before)


def push_snapshot(stack: QUndoStack, command: SnapshotCommand) -> None:
    """Push *command*, or fold it into the previous one when it continues the same edit."""
    index = stack.index()
    previous = stack.command(index - 1) if index > 0 else None
    if (
        command.merge_key
        and isinstance(previous, SnapshotCommand)
        and previous.merge_key == command.merge_key
        and index == stack.count()
    ):
        previous.after = command.after
        command.redo()
        return
    stack.push(command)
