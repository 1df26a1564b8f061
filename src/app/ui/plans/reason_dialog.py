"""The written reason for overriding or acknowledging a finding.

Qt's QInputDialog.getMultiLineText traps the keyboard: Tab types a tab and Return a new
line, so the reason could only be confirmed with the mouse. Here Tab leaves the text, Ctrl+Return
confirms, and OK stays disabled until there is a reason to record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import limits
from app.i18n import _
from app.ui.bounded import BoundedPlainTextEdit
from app.ui.i18n import window_title


class ReasonDialog(QDialog):
    """Asks for a reason in a few lines of text; accepted only with a non-blank reason."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(title))
        self.setMinimumWidth(480)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason = BoundedPlainTextEdit(limits.REASON)
        self.reason.setTabChangesFocus(True)
        self.reason.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reason.setAccessibleName(title)
        label.setBuddy(self.reason)
        hint = QLabel(_("Ctrl+Return records the reason."))
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text.strip())))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_given)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason.with_counter())
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def text(self) -> str:
        """The reason as typed."""
        return self.reason.toPlainText()

    def _accept_if_given(self) -> None:
        if self.text.strip():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, title: str, question: str) -> str | None:
        """The reason given, or None when cancelled."""
        dialog = cls(title, question, parent)
        try:
            return dialog.text if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
