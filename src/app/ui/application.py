"""Starting the GUI: open the database, pick the language, show the main window.

Also `--smoke`: the same start, timed, quitting as soon as the register is filled.

Longer than ~400 lines on purpose: the `Application` is the start-up sequence (lock, window,
quick register, storage, recovery, daily backup, restore, language switch) and each step's
way out when the database cannot be used; read top to bottom it is the order things happen,
and splitting it would scatter one sequence over modules. Its words are in startup_texts.py,
the unexpected-error dialog in error_reporter.py.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import _
from app.startup_times import MOMENTS, PROCESSOR, mark
from app.storage.errors import RefusalReason
from app.storage.lock import DatabaseLock
from app.ui.error_reporter import ErrorReporter, _qt_message
from app.ui.i18n import Translations, choose_language
from app.ui.jobs import DATABASE, JobsManager
from app.ui.operations import Operations
from app.ui.startup_texts import already_open_text, backup_refusal_text, lost_text, refusal_text

if TYPE_CHECKING:  # imported where they are used: the window shows before the storage layer
    from app.storage.backups import Candidate
    from app.storage.database import Database
    from app.ui.main_window import MainWindow
    from app.ui.recovery import RecoveryDialog
    from app.ui.settings_dialog import SettingsDialog

log = logging.getLogger("supplan.app")

#: Why recovery is offered (the same words as app.ui.recovery, which loads only when needed).
DAMAGED = "damaged"
LOST = "lost"


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
        #: Every window's writes are announced here (it outlives a rebuilt main window).
        self.operations = Operations(self)
        #: Backups, compaction and exports run here, off the GUI thread (see app.ui.jobs).
        self.jobs = JobsManager(self)
        qt_app.aboutToQuit.connect(self.jobs.shutdown)  # a running job ends whole first
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.lock: DatabaseLock | None = None
        #: perf_counter() when the register was first shown filled (before SQLAlchemy).
        self.preview_filled: float | None = None
        #: Answers the damaged- or lost-database question: (situation, copies, note) ->
        #: ("restore", path) | ("new", None) | ("quit", None). None without a screen: the
        #: file is then left exactly as it is and the reason printed.
        self.ask_recovery = self._ask_recovery if self.interactive else None
        self.recovery_dialog: RecoveryDialog | None = None
        self._damage_pending = False
        #: The dietician asked for a new empty database (so a missing file is not "lost").
        self._new_requested = False
        self._closed_damaged = False
        #: The register shows rows read by the quick preview (before the full opening).
        self._previewing = False
        #: Ask a new database for the practice details (not without a screen: tests, --smoke).
        self.ask_first_run = self.interactive
        self.first_run_dialog: SettingsDialog | None = None

    @property
    def interactive(self) -> bool:
        """False without a screen (tests, --smoke): explain on stderr instead of dialogs."""
        return QApplication.platformName() not in ("offscreen", "minimal")

    def _tell(self, title: str, text: str) -> None:
        if self.interactive:
            QMessageBox.critical(self.window, title, text)
        else:
            print(f"{title}: {text}", file=sys.stderr)

    def take_lock(self) -> bool:
        """Only one Supplan writes a database (see storage.lock); any refusal is explained.

        Also makes the data folder (0700 when it is Supplan's own) and tightens the modes of
        the files already in it.
        """
        from app.config import default_database_path
        from app.storage.lock import DatabaseLock, LockRefused
        from app.storage.private import private_folder, tighten_database
        from app.ui.messages import data_folder_text, lock_refusal_text

        own_folder = self.database_path.parent == default_database_path().parent
        try:
            private_folder(self.database_path.parent, tighten=own_folder)
        except OSError as error:
            log.warning("data folder cannot be created: %s", type(error).__name__)
            self._tell(*data_folder_text(error, self.database_path))
            return False
        tighten_database(self.database_path, own_folder)
        lock = DatabaseLock(self.database_path)
        try:
            lock.acquire()
        except LockRefused as refused:
            log.warning("database lock refused: %s", refused.problem.value)
            if refused.owner is not None:
                owner = refused.owner
                title = _("Supplan is already open")
                text = already_open_text(owner.host, owner.since, owner.pid)
            else:
                title, text = lock_refusal_text(refused.problem.value, refused.error)
            self._tell(
                title,
                text + "\n\n" + _("Database: {path}", path=str(self.database_path)),
            )
            return False
        self.lock = lock
        return True

    def release_lock(self) -> None:
        """Let another instance open the database."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def show_window(self) -> None:
        """Build the main window in the saved language and show it (not yet filled)."""
        from app.storage.quick import read_language
        from app.ui.main_window import MainWindow

        self.translations.install(choose_language(read_language(self.database_path)))
        old = self.window
        self.window = MainWindow(
            None, self.database_path, operations=self.operations, jobs=self.jobs
        )
        self.window.language_changed.connect(self._switch_language)
        self.window.restore_requested.connect(self.restore)
        self.window.damage_found.connect(lambda: self._damage_reported(None))
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()

    def open_database(self) -> bool:
        """Open the database and fill the window; on refusal explain it and return False."""
        assert self.window is not None
        if self.lock is None and not self.take_lock():
            self.window.hide()
            return False
        if self.database is None:
            self._remove_leftovers()
            if not self._not_lost():
                self.window.hide()
                self.release_lock()
                return False
            self._preview_register()  # before the imports below, which take ~300 ms
        from app.storage.database import DatabaseRefused, open_database
        from app.storage.stores import Stores

        mark("storage_imported")
        if self.database is None:
            try:
                self.database = open_database(self.database_path)
                mark("database_open")
                self._private_after_open()
            except DatabaseRefused as refused:
                log.warning("database refused: %s (%s)", refused.reason.value, refused.detail)
                if refused.reason is RefusalReason.UNREADABLE and self.recover(DAMAGED):
                    return self.open_database()
                title, text = refusal_text(refused.reason.value, refused.path)
                self.window.hide()
                self._tell(title, text)
                self.release_lock()
                return False
            self.database.damage_listeners.append(self._damage_reported)
        try:
            self._previewing = False
            self.window.attach(Stores.over(self.database))
        except Exception as error:  # damage that only shows when the rows are read
            if not self.database_error_seen(error):
                raise
            return True  # the recovery dialog follows as soon as start-up has ended
        if self.database.erasure_pending():
            QTimer.singleShot(0, self.finish_erasure)
        QTimer.singleShot(0, self._daily_backup)
        if self.ask_first_run:
            self.ask_first_run = False  # once per run, not again after a language switch
            QTimer.singleShot(0, self._first_run)
        if self.database.migration_backup is not None:
            self.window.statusBar().showMessage(
                _(
                    "The database was upgraded; the old version was kept as {path}",
                    path=str(self.database.migration_backup),
                )
            )
        return True

    def _private_after_open(self) -> None:
        """Key the lock on the (perhaps new) file's inode; its -wal and -shm are 0600 too."""
        from app.config import default_database_path
        from app.storage.private import tighten_database

        if self.lock is not None:
            self.lock.follow()
        own_folder = self.database_path.parent == default_database_path().parent
        tighten_database(self.database_path, own_folder)

    def _first_run(self) -> None:
        from app.storage.settings import SettingsRepository
        from app.ui.settings_dialog import offer_first_run

        if self.window is not None and self.database is not None:
            self.first_run_dialog = offer_first_run(SettingsRepository(self.database), self.window)

    def _preview_register(self) -> None:
        """Fill the register straight from the file before SQLAlchemy loads (~200 ms sooner).

        Only for a file that needs no migration; anything unusual waits for the full open.
        """
        from app.storage.errors import DatabaseRefused
        from app.storage.files import inspect_file, known_revisions
        from app.storage.quick import QuickRegister

        assert self.window is not None
        try:
            state = inspect_file(self.database_path)
        except DatabaseRefused:
            return
        if state.is_new or state.revision != known_revisions()[1]:
            return
        reader = QuickRegister(self.database_path)
        try:
            self._previewing = True
            self.window.register.preview(reader)
            self.preview_filled = time.perf_counter()
            self.qt_app.processEvents()  # paint the filled register now
        except sqlite3.Error:
            log.warning("register preview failed; waiting for the database layer")
        finally:
            reader.close()

    def finish_erasure(self) -> None:
        """Finish an erasure a full disk interrupted (a job); say so while it cannot be finished."""
        if self.database is None or not self.database.erasure_pending():
            return
        self.jobs.submit(
            DATABASE,
            _("Erasing the deleted data from the database file…"),
            self.database.finish_erasure,
            self._erasure_finished,
            self._erasure_finished,
        )

    def _erasure_finished(self, done: object) -> None:
        """The compaction's answer: True, False (marker kept) or the error of both failing."""
        from app.ui.register.view import erasure_pending_text, show_erasure_pending

        if done is True:
            log.info("pending erasure completed")
            return
        if isinstance(done, BaseException):
            log.error("finishing a pending erasure failed", exc_info=done)
        if self.interactive and self.window is not None:
            show_erasure_pending(self.window)
        else:
            print(erasure_pending_text(), file=sys.stderr)

    def _remove_leftovers(self) -> None:
        """Temporary files of writes killed last time (held lock: nobody else writes now)."""
        from app.storage.backups import Backups

        for path in Backups(self.database_path).remove_leftovers():
            log.warning("removed the leftover of an unfinished write: %s", path.name)

    def _not_lost(self) -> bool:
        """False when the database is missing or empty although earlier data existed.

        A missing or zero-byte file next to backups (or a damaged file kept aside) is a lost
        database, not a new one: the dietician is asked before an empty register is started.
        """
        from app.storage.backups import Backups

        try:
            empty = not self.database_path.exists() or self.database_path.stat().st_size == 0
        except OSError:
            return True  # opening it explains what is wrong
        if not empty or self._new_requested:
            return True
        if not Backups(self.database_path).has_earlier_data():
            return True
        log.warning("database missing or empty while copies of earlier data exist")
        return self.recover(LOST)

    def _ask_recovery(
        self, situation: str, candidates: list[Candidate], note: str
    ) -> tuple[str, Path | None]:
        """Show the recovery dialog: every copy, checked; returns (choice, chosen path)."""
        from app.ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(situation, candidates, self.database_path, note, self.window)
        self.recovery_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.recovery_dialog = None
        return dialog.choice, dialog.chosen

    def recover(self, situation: str) -> bool:
        """Offer a damaged or lost database's way out; True when there is a database to open.

        Every copy is listed, checked; a refused restore says why and the dialog comes back
        with the others. The damaged (or empty) file is moved aside, never deleted, and only
        once the dietician chose something other than Quit.
        """
        import sqlite3 as sqlite

        from app.storage.backups import Backups, move_aside
        from app.storage.errors import DatabaseRefused
        from app.ui.messages import file_error_text

        if self.ask_recovery is None:  # nobody to ask: leave the file exactly as it is
            if situation == LOST:
                self._tell(*lost_text(self.database_path))
            return False
        backups = Backups(self.database_path)
        note = ""
        while True:
            choice, chosen = self.ask_recovery(situation, backups.candidates(), note)
            if choice not in ("restore", "new"):
                log.warning("recovery: the dietician quit; nothing changed")
                return False
            if self.database_path.exists():
                aside = move_aside(self.database_path)
                log.warning("damaged database moved aside to %s", aside.name)
            if choice == "new":
                log.warning("recovery: a new empty database, asked for")
                self._new_requested = True
                return True
            assert chosen is not None  # "restore" always comes with the chosen copy
            try:
                backups.restore(chosen)
            except DatabaseRefused as refused:
                log.warning("recovery: %s refused (%s)", chosen.name, refused.reason.value)
                note = backup_refusal_text(refused.reason.value, chosen)
                continue
            except (OSError, sqlite.Error) as error:
                log.warning("recovery: restoring %s failed (%s)", chosen.name, type(error).__name__)
                note = file_error_text(error, self.database_path)
                continue
            log.info("restored backup %s", chosen.name)
            return True

    def _damage_reported(self, _error: BaseException | None) -> None:
        """SQLite reported damage: deal with it once the current action has ended."""
        if not self._damage_pending:
            self._damage_pending = True
            QTimer.singleShot(0, self, self._handle_damage)  # on the GUI thread, also from a job

    def database_error_seen(self, error: BaseException) -> bool:
        """An unexpected error: if the database file is damaged, say that instead.

        SQLite's full check (a value no Supplan wrote, e.g. a flipped bit in a stored word,
        shows as an odd error in the app and only to integrity_check). True when damage was
        found: the recovery dialog follows instead of "Something went wrong".
        """
        from app.storage.backups import check_database
        from app.storage.errors import is_damage

        if self.database is None:
            # The quick preview at start-up read a bad row: the full opening that follows
            # reads (and checks) the same file and deals with it. Or the damaged database
            # was closed and a window still tried to read it.
            if self._previewing or self._closed_damaged:
                log.warning("a read of the damaged or not yet opened database failed")
                return True
            return False
        if self._damage_pending:
            return True
        if not is_damage(error):
            verdict = check_database(self.database_path, thorough=True)
            if verdict == "ok":
                return False
            log.error("integrity_check after an unexpected error: %s", verdict[:200])
        self._damage_reported(error)
        return True

    def _handle_damage(self) -> None:
        """Close the damaged database and offer recovery; quit when the dietician quits."""
        self.jobs.wait()  # no job may use the file once it is closed (their damage: this one)
        self._damage_pending = False
        if self.database is None or self.window is None:
            return
        log.error("database damage found while running")
        if not self.window.close_plan_windows():
            return  # a plan window stayed open; the next database error asks again
        self.database.close()
        self.database = None
        self._closed_damaged = True
        if self.recover(DAMAGED):
            self._closed_damaged = False
            self.open_database()
            return
        self.window.hide()
        if self.ask_recovery is None:
            title, text = refusal_text("unreadable", self.database_path)
            self._tell(title, text)
        self.release_lock()
        self.qt_app.quit()

    def _daily_backup(self) -> None:
        """Today's copy, or on the days one exists a quick check: a job, off the GUI thread."""
        from app.storage.backups import Backups

        self.jobs.submit(
            DATABASE,
            _("Making today's backup…"),
            Backups(self.database_path).daily_and_check,
            self._daily_backup_done,
            self._daily_backup_error,
        )

    def _daily_backup_done(self, made: Path | None) -> None:
        if made is not None:
            log.info("daily backup %s", made.name)

    def _daily_backup_error(self, error: BaseException) -> None:
        from app.storage.errors import DatabaseDamaged

        if isinstance(error, DatabaseDamaged):
            log.error("quick_check: %s; no backup made", error.verdict[:200])
            self._damage_reported(error)
        elif isinstance(error, Exception):
            log.error("daily backup failed", exc_info=error)
            self.daily_backup_failed(error)
        else:
            raise error

    def daily_backup_failed(self, error: Exception) -> None:
        """Say so: a dietician must never believe she is covered when today has no copy."""
        from app.storage.backups import Backups
        from app.ui.messages import file_error_text

        title = _("No backup today")
        text = (
            _("Today's backup could not be made. Your data itself is unchanged.")
            + "\n\n"
            + file_error_text(error, Backups(self.database_path).folder)
            + "\n\n"
            + _("Once that is solved, make one with File → Back up now.")
        )
        if self.interactive and self.window is not None:
            QMessageBox.warning(self.window, title, text)
        else:
            print(f"{title}: {text}", file=sys.stderr)
        if self.window is not None:
            self.window.statusBar().showMessage(title)

    def restore(self, source: Path) -> bool:
        """Replace the open database by a backup (after backing up the current one)."""
        from app.storage.backups import Backups
        from app.storage.database import open_database
        from app.storage.errors import DatabaseRefused
        from app.storage.stores import Stores

        assert self.window is not None and self.database is not None
        if not self.window.close_plan_windows():
            return False
        self.jobs.wait()  # no backup, compaction or export may run while the file is replaced
        self.database.close()
        from app.ui.messages import database_write_text, write_errors

        problem = None
        try:
            safety = Backups(self.database_path).restore(source)
        except DatabaseRefused as refused:  # the database is as it was
            problem = backup_refusal_text(refused.reason.value, source)
        except write_errors() as error:
            log.warning("restore failed: %s", type(error).__name__)
            problem = database_write_text(error, restoring=True)
        finally:
            self.database = open_database(self.database_path)
            self.database.damage_listeners.append(self._damage_reported)
            self.window.attach(Stores.over(self.database))
        if problem is not None:
            log.warning("restore of %s refused or failed", source.name)
            # Asked for in the window, so answered there (even when started without a screen).
            QMessageBox.warning(self.window, _("Not restored"), problem)
            return False
        kept = safety.name if safety else "-"
        log.info("restored %s; the previous database was kept as %s", source.name, kept)
        self.window.statusBar().showMessage(
            _("Backup restored; the previous database was kept as {path}", path=str(safety))
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
def run_gui(database_path: Path, smoke: bool = False, started: float | None = None) -> int:
    """Run the app on *database_path*; return the process exit code."""
    from app.logs import setup_logging

    mark("qt_imported")
    started = time.perf_counter() if started is None else started
    log_file = None
    with contextlib.suppress(OSError):  # no log folder (read-only home): the app still runs
        log_file = setup_logging()
    reporter = ErrorReporter(log_file)
    sys.excepthook = reporter
    qInstallMessageHandler(_qt_message)
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure(qt_app)
    mark("qapplication")
    app = Application(qt_app, database_path)
    reporter.database_error_handler = app.database_error_seen
    if smoke:
        return _smoke(app, started)
    app.show_window()
    qt_app.processEvents()  # paint the window before the database layer loads
    if not app.open_database():
        return 1
    code = qt_app.exec()
    if app.database is not None:
        # Now, not when the interpreter frees it (cli.main skips that): closing moves the
        # write-ahead log into the file, so a copy of the file alone holds all the data.
        app.database.close()
    app.release_lock()
    return code


def configure(qt_app: QApplication) -> None:
    """Name and icon for the whole application.

    No display name: Qt would append it to every title ("… — Supplan"), and Supplan's titles
    already read "Supplan — <what>" (see window_title).
    """
    qt_app.setApplicationName("Supplan")
    qt_app.setWindowIcon(QIcon(str(_icon_path())))


def _smoke(app: Application, started: float) -> int:
    """Start as a user would, print how long it took, quit.

    Besides the three figures, every moment of app.startup_times as `<step>_at: <time.time()>`
    (the start-up benchmark reads those).
    """
    first_paint = _FirstPaint(started)
    app.ask_first_run = False  # a timed start asks nothing, even on a screen
    app.qt_app.installEventFilter(first_paint)
    app.show_window()
    app.qt_app.processEvents()
    mark("window_shown")
    if not app.open_database():
        return 1
    assert app.window is not None and app.database is not None
    ready_ms = (time.perf_counter() - started) * 1000
    mark("ready")
    # The register counts as filled when it was painted with clients, from the preview if
    # there was one; "ready" is when it can also be edited.
    filled_ms = (app.preview_filled - started) * 1000 if app.preview_filled else ready_ms
    shown = app.window.register.model.rowCount()
    # Paint the register as the database layer filled it before quitting, as a user would
    # see it. Quitting first closes the window, and a hidden table sizes its columns by
    # every row instead of the visible ones (~0.4 s at 2,000 clients, seconds at 50,000).
    app.qt_app.processEvents()
    QTimer.singleShot(0, app.qt_app.quit)
    app.qt_app.exec()
    mark("quit")
    app.qt_app.removeEventFilter(first_paint)
    paint = f"{first_paint.ms:.0f} ms" if first_paint.ms is not None else "not painted"
    print(f"first paint: {paint}")
    print(f"register filled: {filled_ms:.0f} ms ({shown} clients)")
    print(f"ready to edit: {ready_ms:.0f} ms")
    wall_offset = time.time() - time.perf_counter()
    print(f"started_at: {started + wall_offset:.6f}")
    if first_paint.wall is not None:
        print(f"painted_at: {first_paint.wall:.6f}")
    print(f"filled_at: {started + filled_ms / 1000 + wall_offset:.6f}")
    app.window.close()
    app.database.close()
    app.release_lock()
    mark("closed")
    for step, moment in MOMENTS.items():
        print(f"{step}_at: {moment:.6f}")
        print(f"{step}_cpu: {PROCESSOR[step]:.6f}")
    return 0


def _icon_path() -> Path:
    from importlib.resources import files

    return Path(str(files("app.resources") / "icons" / "supplan.svg"))
