"""Text fields that cannot take more than the domain's limit (app.domain.limits).

One-line fields get QLineEdit's maxLength. A multi-line field shows a counter ("120 / 300")
and cuts pasted text to the room left before it reaches the document, so pasting 200,000
characters neither blocks the window nor produces a text the handout cannot lay out.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.i18n import _


def bound_line(edit: QLineEdit, limit: int) -> QLineEdit:
    """Give a one-line field its limit; returns it for chaining."""
    edit.setMaxLength(limit)
    return edit


class BoundedPlainTextEdit(QPlainTextEdit):
    """A QPlainTextEdit that holds at most *limit* characters and *lines* lines."""

    def __init__(
        self, limit: int, lines: int | None = None, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.max_lines = lines
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counter.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dark themes too
        self.textChanged.connect(self._enforce)
        self.setPlainText(text)
        self._enforce()

    def _fitted(self, text: str) -> str:
        if self.max_lines is not None:
            text = "\n".join(text.split("\n")[: self.max_lines])
        return text[: self.limit]

    def room(self) -> int:
        """How many more characters fit (the selection would be replaced)."""
        selected = len(self.textCursor().selectedText())
        return max(0, self.limit - len(self.toPlainText()) + selected)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste only what fits: the excess never reaches the document."""
        if source.hasText():
            text, room = source.text(), self.room()
            self.insertPlainText(text[:room])
            if len(text) > room:  # say so: a silent cut would look like a complete paste
                left_out = _(
                    "{count} characters did not fit and were not pasted.",
                    count=f"{len(text) - room:,}".replace(",", "\u202f"),
                )
                self.counter.setText(f"{self.counter.text()} — {left_out}")
        else:
            super().insertFromMimeData(source)

    def _enforce(self) -> None:
        text = self.toPlainText()
        fitted = self._fitted(text)
        if fitted != text:
            cursor = self.textCursor()
            position = min(cursor.position(), len(fitted))
            self.blockSignals(True)
            self.setPlainText(fitted)
            self.blockSignals(False)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            self.textChanged.emit()
            return
        self.counter.setText(f"{len(text):,} / {self.limit:,}".replace(",", "\u202f"))

    def with_counter(self) -> QWidget:
        """The field with its counter under it, to put in a form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self)
        layout.addWidget(self.counter)
        return box
