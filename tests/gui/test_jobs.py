"""The jobs runner: work on a worker thread, results on the GUI thread, one job per kind."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def jobs(qtbot):
    from app.ui.jobs import JobsManager

    manager = JobsManager()
    yield manager
    manager.shutdown()


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, jobs):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    with qtbot.waitSignal(jobs.finished, timeout=5000):
        job = jobs.submit("test", "Working", work, done)
    assert results == [42]
    assert seen["work"] != gui and seen["done"] == gui
    assert job.succeeded and not jobs.busy()


def test_jobs_of_one_kind_run_one_at_a_time_in_order(qtbot, jobs):
    lock = threading.Lock()
    active = []
    overlaps = []
    order: list[int] = []

    def work(number: int) -> None:
        with lock:
            active.append(number)
            if len(active) > 1:
                overlaps.append(tuple(active))
        time.sleep(0.02)
        with lock:
            active.remove(number)
            order.append(number)

    for number in range(5):
        jobs.submit("database", "Working", lambda n=number: work(n))
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert overlaps == [] and order == [0, 1, 2, 3, 4]


def test_other_kinds_run_at_the_same_time(qtbot, jobs):
    both = threading.Barrier(2, timeout=5)
    jobs.submit("a", "A", both.wait)
    jobs.submit("b", "B", both.wait)  # deadlocks (barrier times out) if b waited for a
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=8000)


def test_an_error_reaches_the_failed_callback_on_the_gui_thread(qtbot, jobs):
    errors: list[BaseException] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(jobs.finished, timeout=5000):
        job = jobs.submit("test", "Working", work, failed=errors.append)
    assert isinstance(errors[0], OSError) and errors[0].errno == 28
    assert not job.succeeded and job.error is errors[0]


def test_an_error_without_a_handler_goes_to_the_excepthook(qtbot, jobs, monkeypatch):
    import sys

    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: seen.append(error))
    with qtbot.waitSignal(jobs.finished, timeout=5000):
        jobs.submit("test", "Working", lambda: 1 / 0)
    assert len(seen) == 1 and isinstance(seen[0], ZeroDivisionError)


def test_wait_delivers_every_job_of_the_kind_including_the_queued_ones(qtbot, jobs):
    delivered: list[int] = []
    for number in range(3):
        jobs.submit("database", "Working", lambda n=number: time.sleep(0.01) or n, delivered.append)
    jobs.wait("database")
    assert delivered == [0, 1, 2] and not jobs.busy()


def test_shutdown_waits_for_the_running_job_and_cancels_the_waiting_ones(qtbot, jobs):
    from app.ui.jobs import JobState

    release = threading.Event()
    ran: list[str] = []

    def slow() -> None:
        release.wait(5)
        time.sleep(0.05)
        ran.append("slow")

    first = jobs.submit("database", "Working", slow)
    second = jobs.submit("database", "Working", lambda: ran.append("second"))
    release.set()
    jobs.shutdown()
    assert ran == ["slow"]  # the running one ended whole, before shutdown returned
    assert first.state is JobState.FINISHED and second.state is JobState.CANCELLED
    late = jobs.submit("database", "Working", lambda: ran.append("late"))
    assert late.state is JobState.CANCELLED


def test_progress_shows_only_for_a_job_longer_than_half_a_second(qtbot, jobs):
    from PySide6.QtWidgets import QStatusBar

    from app.ui.jobs import JobsIndicator

    bar = QStatusBar()
    qtbot.addWidget(bar)
    indicator = JobsIndicator(jobs)
    bar.addPermanentWidget(indicator)
    bar.show()
    qtbot.waitExposed(bar)
    # A short job never shows it.
    with qtbot.waitSignal(jobs.finished, timeout=5000):
        jobs.submit("test", "Short job", lambda: time.sleep(0.05))
    qtbot.wait(600)
    assert not indicator.isVisible()
    # A long one does, after half a second, with its label; and it goes when the job ends.
    release = threading.Event()
    started = time.monotonic()
    jobs.submit("test", "Making today's backup…", lambda: release.wait(10))
    qtbot.waitUntil(indicator.isVisible, timeout=3000)
    assert time.monotonic() - started >= 0.45
    assert indicator.label.text() == "Making today's backup…"
    release.set()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)


def _choose_file(path) -> None:
    """Type *path* into the next file dialog that opens and accept it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, look)


def _menu_click(qtbot, window, menu_title: str, action) -> None:
    """Open a menu of the window's menu bar and click one of its entries, with the mouse."""
    from PySide6.QtCore import Qt

    bar = window.menuBar()
    entry = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(entry).center())
    menu = entry.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen menu
def test_export_through_the_menu_runs_as_a_job_and_says_where_it_went(qtbot, main_window, tmp_path):
    import zipfile

    from tests.helpers import draft

    client = main_window._stores.clients.create(draft(given="Exportia"))
    main_window.register.refresh()
    main_window.register.select_client(client.id)
    target = tmp_path / "her file.zip"
    _choose_file(target)
    with qtbot.waitSignal(main_window.jobs.finished, timeout=10_000) as finished:
        _menu_click(qtbot, main_window, "Clients", main_window.export_client_action)
    job = finished.args[0]
    assert job.label == "Exporting the client file…" and job.succeeded
    with zipfile.ZipFile(target) as archive:
        assert "Exportia" in archive.read("client.json").decode()
    assert main_window.statusBar().currentMessage() == f"Client file written to {target}"


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen menu
def test_back_up_now_through_the_menu_runs_as_a_job(qtbot, main_window, tmp_path):
    from app.storage.backups import Backups

    target = tmp_path / "copy.sqlite3"
    _choose_file(target)
    with qtbot.waitSignal(main_window.jobs.finished, timeout=10_000) as finished:
        _menu_click(qtbot, main_window, "File", main_window.backup_action)
    assert finished.args[0].label == "Backing up the database…" and finished.args[0].succeeded
    assert Backups.inspect(target).clients == 0
    assert main_window.statusBar().currentMessage() == f"Backup written to {target}"


@pytest.fixture
def started(qtbot, database_path):
    """The application started on a database with two clients, its start-up jobs done."""
    from PySide6.QtWidgets import QApplication

    from app.storage.backups import Backups
    from app.storage.clients import ClientRepository
    from app.storage.database import open_database
    from app.ui.application import Application
    from tests.helpers import close_app, draft

    db = open_database(database_path)
    ClientRepository(db).create(draft(given="Eerste"))
    ClientRepository(db).create(draft(given="Tweede"))
    db.close()
    app = Application(QApplication.instance(), database_path)
    app.show_window()
    assert app.open_database()
    qtbot.waitUntil(lambda: app.jobs.busy() or Backups(database_path).latest() is not None)
    app.jobs.wait()  # the start's daily backup
    yield app
    close_app(app)


def _slow_database_job(app, events: list[str]) -> threading.Event:
    """A database job (as a backup is) that runs until the returned event is set."""
    from app.ui.jobs import DATABASE

    release = threading.Event()

    def work() -> None:
        release.wait(10)
        time.sleep(0.05)
        events.append("backup ended")

    app.jobs.submit(DATABASE, "Making today's backup…", work)
    return release


def test_a_restore_waits_for_a_running_backup(qtbot, started, monkeypatch, tmp_path):
    from app.storage.backups import Backups
    from tests.helpers import answer_message_box

    source = tmp_path / "copy.sqlite3"
    Backups(started.database_path).backup_to(source)
    events: list[str] = []
    restore = Backups.restore
    monkeypatch.setattr(
        Backups, "restore", lambda self, *args: events.append("restore") or restore(self, *args)
    )
    release = _slow_database_job(started, events)
    threading.Timer(0.3, release.set).start()
    answer_message_box(qtbot, "Yes")
    assert started.window.confirm_restore(source)
    assert events == ["backup ended", "restore"]
    assert started.window.register.model.rowCount() == 2


def test_a_delete_waits_for_a_running_backup(qtbot, started, monkeypatch):
    from app.storage.clients import ClientRepository
    from tests.helpers import answer_message_box

    events: list[str] = []
    delete = ClientRepository.delete
    monkeypatch.setattr(
        ClientRepository,
        "delete",
        lambda self, *args: events.append("delete") or delete(self, *args),
    )
    register = started.window.register
    register.select_client(1)
    register.table.setFocus()
    release = _slow_database_job(started, events)
    threading.Timer(0.3, release.set).start()
    answer_message_box(qtbot, "Delete")
    qtbot.keyClick(register.table, Qt.Key.Key_Delete)
    assert events == ["backup ended", "delete"]
    qtbot.waitUntil(lambda: not started.jobs.busy())  # the compaction that follows
    assert register.model.rowCount() == 1 and not started.database.erasure_pending()
