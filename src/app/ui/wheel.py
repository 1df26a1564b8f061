"""Combo boxes that the mouse wheel changes only once they have the focus.

A dietician scrolling the client context or a form turns the wheel over whatever lies under
the pointer; Qt's combo boxes take the focus from the wheel and change their value, so the
client's sex or an item's moment changed unseen. Here the wheel scrolls the page instead
until the box is clicked or tabbed to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class FocusedWheelComboBox(QComboBox):
    """A QComboBox that ignores the wheel unless focused (the page scrolls instead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives none

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Change the value only when focused; otherwise let the parent scroll."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
