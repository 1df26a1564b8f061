"""Under a medicines field: how each line reads, and the correction of a slip of the pen.

The client form and the plan editor's client context both type medicines one per line. As
they are typed, lines that are not plainly recognised are said (read as, topical, not
recognised), and a line read despite a slip of the pen is offered its known spelling:
"Did you mean acenocoumarol?" — one click, or Tab from the field and Space, puts it in the
line and keeps the rest ("1 mg").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QScrollArea, QWidget

from app.domain import medicines
from app.domain.medicines import Match, MedicineReading
from app.domain.readings import corrected, describe, did_you_mean
from app.i18n import _, language


class MedicineHints(QObject):
    """The readings of *field*'s lines in `notes`, and the offered correction in `offer`.

    The host puts both widgets in its layout (the offer right after the field in the tab
    order); they hide while there is nothing to say.
    """

    def __init__(self, field: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        #: (line number in the field, reading, corrected line) of the correction on offer.
        self._offered: tuple[int, MedicineReading, str] | None = None
        self.notes = QLabel(parent)
        self.notes.setObjectName("medicine_readings")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer = QPushButton(parent)
        self.offer.setObjectName("medicine_correction")
        self.offer.setAutoDefault(False)  # Enter in the dialog still saves, Space accepts
        self.offer.clicked.connect(self.accept)
        field.textChanged.connect(self.refresh)
        self.refresh()

    def readings(self) -> list[tuple[int, MedicineReading]]:
        """How each non-blank line of the field reads, with its line number."""
        lines = self._field.toPlainText().split("\n")
        return [(n, medicines.read(line)) for n, line in enumerate(lines) if line.strip()]

    def refresh(self) -> None:
        """Say how the lines read now, and offer the first correction there is."""
        shown = language()
        readings = self.readings()
        self.notes.setText(
            "\n".join(describe(r, shown) for _n, r in readings if r.match is not Match.EXACT)
        )
        self.notes.setVisible(bool(self.notes.text()))
        self._offered = None
        for number, reading in readings:
            line = corrected(reading)
            if line is not None and line != reading.as_typed:
                self._offered = (number, reading, line)
                break
        if self._offered is None:
            self.offer.setVisible(False)
        else:
            _number, reading, line = self._offered
            self.offer.setText(did_you_mean(reading, shown))
            self.offer.setToolTip(_("Replace the line by “{line}”", line=line))
            self.offer.setVisible(True)
        if self._field.hasFocus():  # typing: once laid out, let what it says be seen
            QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        """Scroll a surrounding scroll area (the editor's client context) to the hints."""
        shown = self.offer if self.offer.isVisible() else self.notes
        area = self._field.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and shown.isVisible():
            area.ensureWidgetVisible(shown, 0, 4)

    def accept(self) -> None:
        """Put the offered spelling in its line (one undo step in the field)."""
        if self._offered is None:
            return
        number, _reading, line = self._offered
        block = self._field.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(line)
        self._field.setFocus()
