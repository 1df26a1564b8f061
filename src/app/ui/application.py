"""Starting the GUI: open the database, pick the language, show the main window.

Also `--smoke`: the same start, timed, quitting as soon as the register is filled.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.i18n import Translations, choose_language


def refusal_text(reason: str, path: Path) -> tuple[str, str]:
    """Title and explanation for a database that may not be opened (never changed)."""
    where = QCoreApplication.translate("Startup", "The file was not changed:\n%1").replace(
        "%1", str(path)
    )
    if reason == "too_new":
        return (
            QCoreApplication.translate("Startup", "Database from a newer Supplan"),
            QCoreApplication.translate(
                "Startup",
                "This database was written by a newer version of Supplan. "
                "Install that version (or a later one) to open it.",
            )
            + "\n\n"
            + where,
        )
    if reason == "unreadable":
        return (
            QCoreApplication.translate("Startup", "Database cannot be read"),
            QCoreApplication.translate(
                "Startup",
                "The database file cannot be read: it may be damaged, or you may not have "
                "permission to open it.",
            )
            + "\n\n"
            + where,
        )
    return (
        QCoreApplication.translate("Startup", "Not a Supplan database"),
        QCoreApplication.translate(
            "Startup",
            "This file is not a Supplan database. Choose another file with --database, "
            "or move this one away.",
        )
        + "\n\n"
        + where,
    )


class _FirstPaint(QObject):
    """Notes the moment the window is first painted."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started
        self.ms: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: record the first Paint event."""
        if event.type() == QEvent.Type.Paint and self.ms is None:
            self.ms = (time.perf_counter() - self.started) * 1000
        return False


class Application(QObject):
    """Owns the database, the translations and the main window for one run of the GUI."""

    def __init__(self, qt_app: QApplication, database_path: Path) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.database_path = database_path
        self.translations = Translations()
        self.window = None
        self.database = None

    def open(self) -> bool:
        """Open the database; on refusal explain it in a dialog and return False."""
        from app.storage.database import DatabaseRefused, open_database

        try:
            self.database = open_database(self.database_path)
        except DatabaseRefused as refused:
            self.translations.install(choose_language("system"))
            title, text = refusal_text(refused.reason.value, refused.path)
            if QApplication.platformName() in ("offscreen", "minimal"):
                print(f"{title}: {text}", file=sys.stderr)
            else:
                QMessageBox.critical(None, title, text)
            return False
        return True

    def show_window(self) -> None:
        """Build the main window in the chosen language and show it, filled."""
        from app.storage.stores import Stores
        from app.ui.main_window import MainWindow

        assert self.database is not None
        stores = Stores.over(self.database)
        self.translations.install(choose_language(stores.settings.load().language))
        old = self.window
        self.window = MainWindow(stores, self.database_path)
        self.window.language_changed.connect(self._switch_language)
        if self.database.migration_backup is not None:
            self.window.statusBar().showMessage(
                self.tr("The database was upgraded; the old version was kept as %1").replace(
                    "%1", str(self.database.migration_backup)
                )
            )
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        self.window.register.refresh()

    def _switch_language(self, _language: str) -> None:
        # Rebuilding the window is simpler and surer than retranslating every widget.
        QTimer.singleShot(0, self.show_window)


# Qt messages that say nothing about Supplan: the offscreen platform (tests, --smoke) cannot
# size or raise windows.
_HARMLESS_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    if message in _HARMLESS_QT_MESSAGES:
        return
    if kind != QtMsgType.QtDebugMsg:
        print(f"Qt: {message}", file=sys.stderr)


def run_gui(database_path: Path, smoke: bool = False, started: float | None = None) -> int:
    """Run the app on *database_path*; return the process exit code."""
    started = time.perf_counter() if started is None else started
    qInstallMessageHandler(_qt_message)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Supplan")
    qt_app.setApplicationDisplayName("Supplan")
    qt_app.setWindowIcon(QIcon(str(_icon_path())))
    app = Application(qt_app, database_path)
    if not app.open():
        return 1
    if not smoke:
        app.show_window()
        return qt_app.exec()
    return _smoke(app, started)


def _smoke(app: Application, started: float) -> int:
    """Start as a user would, print how long it took, quit."""
    first_paint = _FirstPaint(started)
    app.qt_app.installEventFilter(first_paint)
    app.show_window()
    assert app.window is not None
    filled_ms = (time.perf_counter() - started) * 1000
    shown = app.window.register.model.rowCount()
    QTimer.singleShot(0, app.qt_app.quit)
    app.qt_app.exec()
    app.qt_app.removeEventFilter(first_paint)
    paint = f"{first_paint.ms:.0f} ms" if first_paint.ms is not None else "not painted"
    print(f"first paint: {paint}")
    print(f"register filled: {filled_ms:.0f} ms ({shown} clients)")
    app.window.close()
    app.database.close()
    return 0


def _icon_path() -> Path:
    from importlib.resources import files

    return Path(str(files("app.resources") / "icons" / "supplan.svg"))
