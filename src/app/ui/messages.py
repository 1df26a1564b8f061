"""Failed file writes told in plain words with what to do, never as an errno or exception."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def file_error_text(error: OSError | sqlite3.Error, path: Path | str) -> str:
    """Why *path* could not be written, and what the dietician can do about it."""
    where = str(getattr(error, "filename", None) or path)
    code = getattr(error, "errno", None)
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QCoreApplication.translate(
            "Messages",
            "Supplan may not write to %1. Choose another folder, for example your Documents "
            "folder.",
        )
    elif code == errno.ENOSPC:
        text = QCoreApplication.translate(
            "Messages",
            "The disk is full, so %1 could not be written. Make room or choose another "
            "disk, then try again.",
        )
    elif isinstance(error, FileNotFoundError) or code == errno.ENOENT:
        text = QCoreApplication.translate(
            "Messages", "The folder for %1 does not exist (any more). Choose another folder."
        )
    elif isinstance(error, IsADirectoryError):
        text = QCoreApplication.translate("Messages", "%1 is a folder. Choose a file name in it.")
    else:
        text = QCoreApplication.translate(
            "Messages",
            "%1 could not be written. Check that the disk or USB stick is still connected, "
            "then try again or choose another folder.",
        )
    return (
        text.replace("%1", where)
        + "\n\n"
        + QCoreApplication.translate("Messages", "Nothing else was changed.")
    )
