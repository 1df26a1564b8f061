"""The details of the selected plan item: units per moment, intake, long-term, prescribed, note.

A panel of its own so the editor holds the window and its edits, and this the fields,
their checks as typed and the messages beside them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import limits
from app.domain.plan import Moment, TakenWith
from app.i18n import _
from app.ui.bounded import bound_line
from app.ui.labels import moment_label, taken_with_label
from app.ui.plans.colours import error_colour
from app.ui.wheel import WheelSafeComboBox

_MOMENTS = list(Moment)


class ItemChanges(TypedDict, total=False):
    """The fields of a plan item that the details panel edits."""

    schedule: Mapping[Moment, int]
    taken_with: TakenWith
    long_term: bool
    note: str
    prescribed: bool


class ItemDetails(QGroupBox):
    """The selected item's schedule, intake, long-term flag and note, checked as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Selected product"))
        self.units = {moment: bound_line(QLineEdit(), 4) for moment in _MOMENTS}
        self.errors = {moment: QLabel() for moment in _MOMENTS}
        self.taken_with = WheelSafeComboBox()
        for value in TakenWith:
            self.taken_with.addItem(taken_with_label(value), value.value)
        self.long_term = QCheckBox(_("Long-term"))
        self.long_term.setAccessibleName(_("Long-term"))
        self.prescribed = QCheckBox(_("Prescribed by the doctor"))
        self.prescribed.setObjectName("item_prescribed")
        self.prescribed.setAccessibleName(_("Prescribed by the doctor"))
        self.note = bound_line(QLineEdit(), limits.ITEM_NOTE)
        self.note.setObjectName("item_note")
        grid = QGridLayout(self)
        errors = QVBoxLayout()  # under the fields, full width: a message never wraps away
        errors.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(errors, 2, 0, 1, 6)
        for column, moment in enumerate(_MOMENTS):
            edit = self.units[moment]
            edit.setObjectName(f"units_{moment.value}")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000") + 24)
            edit.setAccessibleName(_("Units: {moment}", moment=moment_label(moment).lower()))
            error = self.errors[moment]
            error.setObjectName(f"units_error_{moment.value}")
            error.setStyleSheet(f"color: {error_colour(self.palette())};")
            error.setWordWrap(True)
            error.setVisible(False)
            label = QLabel(moment_label(moment))
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            errors.addWidget(error)
        taken_with_label_ = QLabel(_("Taken with"))
        taken_with_label_.setBuddy(self.taken_with)
        self.taken_with.setAccessibleName(_("Taken with"))
        grid.addWidget(taken_with_label_, 0, 4)
        grid.addWidget(self.taken_with, 1, 4)
        grid.addWidget(self.long_term, 1, 5)
        self.note_label = QLabel(_("Note for the client"))
        self.note_label.setBuddy(self.note)
        self.note.setAccessibleName(_("Note for the client"))
        grid.addWidget(self.note_label, 3, 0, 1, 4)
        grid.addWidget(self.prescribed, 3, 4, 1, 2)  # under intake and long-term, above the note
        grid.addWidget(self.note, 4, 0, 1, 6)
        grid.setColumnStretch(4, 1)

    def mark(self, moment: Moment, problem: str | None) -> None:
        """Show next to a units field why its text is refused (None: it is fine)."""
        edit = self.units[moment]
        text = "" if problem is None else f"⚠ {moment_label(moment)}: {self.problem_text(problem)}"
        self.errors[moment].setText(text)
        self.errors[moment].setVisible(problem is not None)  # no empty row under the fields
        edit.setAccessibleDescription(text)
        edit.setStyleSheet(
            "" if problem is None else f"border: 2px solid {error_colour(self.palette())};"
        )

    def show_placeholders(self, shown: bool) -> None:
        """Grey hints in the empty fields, only while a product is selected.

        In the disabled panel a grey "0" would look like a value.
        """
        for edit in self.units.values():
            edit.setPlaceholderText("0" if shown else "")
        self.note.setPlaceholderText(_("Printed on the handout") if shown else "")

    def show_nothing(self) -> None:
        """Empty every field, for when no product is selected (no stale values)."""
        self.show_placeholders(False)
        for moment in _MOMENTS:
            self.units[moment].clear()
            self.mark(moment, None)
        self.taken_with.setCurrentIndex(-1)
        self.long_term.setChecked(False)
        self.prescribed.setChecked(False)
        self.note.clear()

    def problem_text(self, code: str) -> str:
        """Why a number of units was refused."""
        return {
            "negative": _("Cannot be negative."),
            "not_whole": _("Whole units only."),
            "absurd": _("At most {count} at one moment.", count=limits.UNITS_PER_MOMENT),
        }[code]
