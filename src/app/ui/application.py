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
        self.wall: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: record the first Paint event."""
        if event.type() == QEvent.Type.Paint and self.ms is None:
            self.ms = (time.perf_counter() - self.started) * 1000
            self.wall = time.time()
        return False


class Application(QObject):
    """Owns the database, the translations and the main window for one run of the GUI.

    Start-up order, for speed: the window is built and shown first (only Qt is loaded by
    then), and the storage layer (SQLAlchemy, ~200 ms to import) opens the database after.
    """

    def __init__(self, qt_app: QApplication, database_path: Path) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.database_path = database_path
        self.translations = Translations()
        self.window = None
        self.database = None

    def show_window(self) -> None:
        """Build the main window in the saved language and show it (not yet filled)."""
        from app.storage.quick import read_language
        from app.ui.main_window import MainWindow

        self.translations.install(choose_language(read_language(self.database_path)))
        old = self.window
        self.window = MainWindow(None, self.database_path)
        self.window.language_changed.connect(self._switch_language)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()

    def open_database(self) -> bool:
        """Open the database and fill the window; on refusal explain it and return False."""
        from app.storage.database import DatabaseRefused, open_database
        from app.storage.stores import Stores

        assert self.window is not None
        if self.database is None:
            try:
                self.database = open_database(self.database_path)
            except DatabaseRefused as refused:
                title, text = refusal_text(refused.reason.value, refused.path)
                self.window.hide()
                if QApplication.platformName() in ("offscreen", "minimal"):
                    print(f"{title}: {text}", file=sys.stderr)
                else:
                    QMessageBox.critical(None, title, text)
                return False
        self.window.attach(Stores.over(self.database))
        if self.database.migration_backup is not None:
            self.window.statusBar().showMessage(
                self.tr("The database was upgraded; the old version was kept as %1").replace(
                    "%1", str(self.database.migration_backup)
                )
            )
        return True

    def _switch_language(self, _language: str) -> None:
        # Rebuilding the window is simpler and surer than retranslating every widget.
        def rebuild() -> None:
            self.show_window()
            self.open_database()

        QTimer.singleShot(0, rebuild)


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
    if smoke:
        return _smoke(app, started)
    app.show_window()
    qt_app.processEvents()  # paint the window before the database layer loads
    if not app.open_database():
        return 1
    return qt_app.exec()


def _smoke(app: Application, started: float) -> int:
    """Start as a user would, print how long it took, quit."""
    first_paint = _FirstPaint(started)
    app.qt_app.installEventFilter(first_paint)
    app.show_window()
    app.qt_app.processEvents()
    if not app.open_database():
        return 1
    assert app.window is not None and app.database is not None
    filled_ms = (time.perf_counter() - started) * 1000
    shown = app.window.register.model.rowCount()
    QTimer.singleShot(0, app.qt_app.quit)
    app.qt_app.exec()
    app.qt_app.removeEventFilter(first_paint)
    paint = f"{first_paint.ms:.0f} ms" if first_paint.ms is not None else "not painted"
    print(f"first paint: {paint}")
    print(f"register filled: {filled_ms:.0f} ms ({shown} clients)")
    if first_paint.wall is not None:
        print(f"painted_at: {first_paint.wall:.6f}")
    print(f"filled_at: {time.time() - (time.perf_counter() - started - filled_ms / 1000):.6f}")
    app.window.close()
    app.database.close()
    return 0


def _icon_path() -> Path:
    from importlib.resources import files

    return Path(str(files("app.resources") / "icons" / "supplan.svg"))
