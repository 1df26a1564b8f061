"""Why a plan file was refused, shown the same way by the plan editor and the plans list.

Its own module because both windows import plan files and neither should import the other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import _


def show_file_problems(parent: QWidget, problems: list[str]) -> None:
    """Explain why a plan file was refused, one line per problem (as `supplan check`)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("File not imported"))
    box.setText(_("This file is not a valid plan; nothing was changed."))
    box.setDetailedText("\n".join(problems))
    box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
    box.open()
