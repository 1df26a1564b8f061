"""Open and save dialogs that show every column whole.

Qt's own file dialog (used where the desktop offers none) opens small, and its detail view
clips the type and date columns ("25 11 2…6"). These wrappers behave like the static
QFileDialog functions but open it wider with those columns sized to their contents. Native
dialogs are left as the system draws them.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget

#: Wide enough for name, size, type and a full date at the default font.
MINIMUM_SIZE = (900, 520)


def fit_columns(dialog: QFileDialog) -> None:
    """Name takes the room left; size, type and date are as wide as what they show."""
    width, height = MINIMUM_SIZE
    dialog.resize(max(dialog.width(), width), max(dialog.height(), height))
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def in_documents(name: str) -> str:
    """A bare file name (or none) placed in the user's Documents folder.

    Without a folder Qt opens the dialog in the working directory, which for an installed
    program is wherever it was started from (the program's own folder).
    """
    if os.path.dirname(name):
        return name
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not os.path.isdir(folder):
        folder = os.path.expanduser("~")
    return os.path.join(folder, name) if name else folder


def _run(dialog: QFileDialog) -> tuple[str, str]:
    fit_columns(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName: (chosen existing file or "", chosen filter)."""
    dialog = QFileDialog(parent, caption, in_documents(directory), filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName: (file name to write or "", chosen filter)."""
    dialog = QFileDialog(parent, caption, in_documents(directory), filter)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)
