"""Combo boxes that the mouse wheel never changes.

A dietician scrolling the client context or a form turns the wheel over whatever lies under
the pointer; Qt's combo boxes change their value with it, focused or not (a box tabbed to and
then scrolled over too), so the client's sex changed unseen. Here the wheel always scrolls the
page; a value is chosen by a click, the arrow keys or typing, as the dietician means it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class WheelSafeComboBox(QComboBox):
    """A QComboBox that leaves the wheel to the page behind it (its open list still scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives none

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Never change the value: let the parent scroll."""
        event.ignore()
