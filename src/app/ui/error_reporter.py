"""Unexpected errors: logged without client data, told to the user once, work goes on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import _

log = logging.getLogger("supplan.app")


_HARMLESS_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    if message in _HARMLESS_QT_MESSAGES:
        return
    if kind != QtMsgType.QtDebugMsg:
        print(f"Qt: {message}", file=sys.stderr)


class ErrorReporter(QObject):
    """Unexpected exceptions: one friendly dialog (with "copy details"), logged; work goes on."""

    def __init__(self, log_file: Path | None = None) -> None:
        super().__init__()
        self.showing = False
        #: Where the details are written, shown in the dialog (None when logging failed).
        self.log_file = log_file
        #: Given the error, True when it handled it (damage: the recovery dialog).
        self.database_error_handler: Callable[[BaseException], bool] | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: log without client data, then tell the user once."""
        from app.logs import describe_error

        details = describe_error(kind, error, trace)
        handled = False
        if self.database_error_handler is not None:
            try:
                handled = self.database_error_handler(error)
            except Exception:  # checking must never hide the error it was asked about
                log.exception("checking the database after an error failed")
        if handled:
            # Damage: the Database damaged dialog follows, not "Something went wrong".
            log.error("error from a damaged database\n%s", details)
            return
        log.error("unexpected error\n%s", details)
        if self.showing or QApplication.platformName() in ("offscreen", "minimal"):
            print(f"Supplan: unexpected error\n{details}", file=sys.stderr)
            return
        self.showing = True
        try:
            self.message_box(details).exec()
        finally:
            self.showing = False

    def message_box(self, details: str) -> QMessageBox:
        """The dialog: what happened, where the log file is, and buttons to act on it."""
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Something went wrong"))
        text = _(
            "Supplan ran into an unexpected problem. Your saved work is safe; the last "
            "action may not have been completed. Try it once more."
        )
        if self.log_file is not None:
            text += "\n\n" + _(
                "If it happens again, send the log file to whoever supports your Supplan. "
                "It is here:\n{path}",
                path=str(self.log_file),
            )
        box.setText(text)
        box.setDetailedText(details)
        copy = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        if self.log_file is not None:
            folder = box.addButton(_("Open the log folder"), QMessageBox.ButtonRole.ActionRole)
            folder.setObjectName("open_log_folder")
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
            )
        box.addButton(QMessageBox.StandardButton.Ok)
        return box
