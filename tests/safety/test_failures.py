"""Honest failures on REAL full and read-only disks (issue 13 points 4 and 8).

A small tmpfs is a full disk, a read-only bind mount a read-only folder (root only: as root,
chmod does not stop writes; skipped with the reason otherwise, CI runs as root). Nothing is
monkeypatched: the lock file, SQLite and the file dialogs meet the real errno.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from app.storage.database import open_database
from app.storage.stores import Stores
from tests.helpers import close_app, draft, when_modal
from tests.safety.corpus import client_count
from tests.safety.mounts import bind, fill, is_full, read_only, small_disk

ROOT = Path(__file__).resolve().parents[2]


# --- helpers --------------------------------------------------------------------------------
def make_database(path: Path, clients: int) -> list[int]:
    """A closed Supplan database with *clients* clients; returns their ids."""
    db = open_database(path)
    try:
        stores = Stores.over(db)
        return [stores.clients.create(draft(given=f"Cliënt{n}")).id for n in range(clients)]
    finally:
        db.close()


class Boxes:
    """Answers the modal message boxes as they open, in order, and keeps what they said."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.seen: list[tuple[str, str]] = []
        self._next()

    def _next(self) -> None:
        """Arm a bounded wait for the next box not answered yet (tests.helpers.when_modal)."""
        if self.answers:
            when_modal(QMessageBox, self._answer, ready=lambda box: box not in self._done)

    def _answer(self, box: QMessageBox) -> None:
        self._done.append(box)
        self.seen.append((box.windowTitle(), box.text()))
        answer = self.answers.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == answer:
                button.click()
                break
        else:
            raise AssertionError(f"no {answer!r} in {[b.text() for b in box.buttons()]}")
        self._next()

    _done: list = []  # noqa: RUF012 - boxes already answered (a deleted box may linger)

    def wait(self, qtbot) -> None:
        qtbot.waitUntil(lambda: not self.answers, timeout=5000)


def choose_file(path: Path) -> None:
    """Type *path* into the next file dialog that opens and accept it."""

    def look(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(QFileDialog, look)


@pytest.fixture
def start(qtbot):
    """A function starting the Application on a path (or refused); all closed at the end."""
    from app.ui.application import Application

    apps = []

    def run(path: Path):
        app = Application(QApplication.instance(), path)
        apps.append(app)
        app.show_window()
        app.started = app.open_database()
        return app

    yield run
    for app in apps:
        close_app(app)


# --- start-up: the lock file and the data folder -----------------------------------------------
def test_a_full_disk_at_start_up_is_told_as_a_full_disk_not_as_already_open(
    tmp_path, start, capsys
):
    with small_disk(tmp_path / "disk") as disk:
        database = disk / "supplan.sqlite3"
        make_database(database, 3)
        before = database.read_bytes()
        fill(disk)
        assert is_full(disk)
        app = start(database)
        assert not app.started
        err = capsys.readouterr().err
        assert "Disk full:" in err and "The disk that holds the database is full" in err, err
        assert "already open" not in err and "process  on ?" not in err
        assert database.read_bytes() == before
        assert not Path(f"{database}.lock").exists()
        app.window = None


def test_a_healthy_database_in_a_read_only_folder_is_not_called_unreadable(tmp_path, start, capsys):
    from app.cli import main

    folder = tmp_path / "share"
    folder.mkdir()
    database = folder / "supplan.sqlite3"
    make_database(database, 2)
    with read_only(folder):
        app = start(database)
        assert not app.started
        err = capsys.readouterr().err
        assert "Database on a read-only disk:" in err, err
        assert "cannot be read" not in err and "already open" not in err
        code = main(["demo-data", "--clients", "1", "--database", str(database)])
        err = capsys.readouterr().err
        assert code == 4
        assert err.count("\n") == 1 and "read-only disk or share" in err, err
        assert "unreadable" not in err and "Traceback" not in err
        plan = ROOT / "tests" / "data" / "anna.json"
        out = tmp_path / "handout.pdf"
        code = main(["handout", str(plan), "-o", str(out), "--database", str(database)])
        err = capsys.readouterr().err
        assert code != 0 and err.count("\n") == 1
        assert "read-only" in err and "not damaged" in err and "unreadable" not in err, err
    assert client_count(database) == 2


def _supplan(args, env, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SUPPLAN_DATABASE"}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8", LC_ALL="")
    env.update(values)
    return env


def test_a_data_folder_that_cannot_be_created_is_explained_at_start_up(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with read_only(home):
        env = _env(tmp_path, XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"))
        result = _supplan(["--smoke"], env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "PermissionError" not in result.stderr
    assert "Data folder cannot be created:" in result.stderr, result.stderr
    assert "the disk can only be read" in result.stderr
    assert str(home / "data" / "Supplan") in result.stderr


# --- one writer ---------------------------------------------------------------------------------
def test_a_hard_link_or_a_second_path_to_the_open_database_is_refused_with_the_pid(
    tmp_path, start, capsys
):
    from app.cli import main

    database = tmp_path / "a" / "supplan.sqlite3"
    database.parent.mkdir()
    make_database(database, 1)
    link = tmp_path / "elsewhere" / "same.sqlite3"
    link.parent.mkdir()
    os.link(database, link)
    first = start(database)
    assert first.started
    second = start(link)
    assert not second.started
    err = capsys.readouterr().err
    assert f"on this computer (process {os.getpid()}) since" in err, err
    # The CLI's writing command takes the same lock: refused, one line, exit 3.
    assert main(["demo-data", "--clients", "5", "--database", str(link)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"(process {os.getpid()})" in err, err
    assert main(["demo-data", "--clients", "5", "--database", str(database)]) == 3
    capsys.readouterr()
    assert client_count(database) == 1
    # The same folder seen under a second path (a bind mount, as a network drive would be).
    with bind(database.parent, tmp_path / "second-path") as other:
        third = start(other / database.name)
        assert not third.started
    first.window.close()
    first.database.close()
    first.database = None
    first.release_lock()
    assert main(["demo-data", "--clients", "5", "--database", str(link)]) == 0
    assert client_count(database) == 6


def test_a_new_database_is_keyed_on_its_own_inode_once_created(tmp_path, start, capsys):
    """Started on no file at all, the lock follows the file once made: its hard link is refused."""
    database = tmp_path / "new" / "supplan.sqlite3"
    first = start(database)
    assert first.started and database.exists()
    link = tmp_path / "link.sqlite3"
    os.link(database, link)
    assert not start(link).started
    assert f"(process {os.getpid()})" in capsys.readouterr().err


def test_the_cli_does_not_write_while_the_gui_has_the_database_open(tmp_path, start, capsys):
    from app.cli import main

    database = tmp_path / "supplan.sqlite3"
    make_database(database, 2)
    app = start(database)
    assert app.started
    assert main(["demo-data", "--clients", "3", "--database", str(database)]) == 3
    err = capsys.readouterr().err
    assert "open in Supplan on this computer" in err and str(os.getpid()) in err, err
    assert client_count(database) == 2


def test_a_kill_during_start_up_leaves_a_database_that_opens_again(tmp_path):
    """SIGKILL at moments spread over the start (lock, open, preview, daily backup), reopen."""
    database = tmp_path / "supplan.sqlite3"
    make_database(database, 4)
    env = _env(tmp_path, XDG_DATA_HOME=str(tmp_path / "data"))
    delays = [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3, 1.8]
    for delay in delays:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--database", str(database), "--smoke"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        again = _supplan(["--database", str(database), "--smoke"], env)
        assert again.returncode == 0, (delay, again.stderr)
        assert "(4 clients)" in again.stdout, again.stdout
        assert "already open" not in again.stderr
    assert client_count(database) == 4


# --- every write path on a full disk, through the shown window ----------------------------------
@pytest.fixture
def full_app(tmp_path, start, qtbot):
    """The app started on a small disk, which is then filled to the last byte."""
    with small_disk(tmp_path / "disk", size="4m") as disk:
        database = disk / "supplan.sqlite3"
        ids = make_database(database, 3)
        app = start(database)
        assert app.started
        qtbot.wait(50)  # the daily backup runs first
        app.jobs.wait()
        fill(disk)
        assert is_full(disk)
        app.client_ids = ids
        yield app
        if app.window is not None:
            app.window.close_plan_windows()
            app.window.close()
            app.window = None
        if app.database is not None:
            app.database.close()
            app.database = None
        app.release_lock()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen menu
def test_new_plan_on_a_full_disk_says_the_disk_is_full(qtbot, full_app):
    from PySide6.QtWidgets import QMenu

    window = full_app.window
    window.register.select_client(full_app.client_ids[0])
    plans = window.open_plans()
    qtbot.waitExposed(plans)

    def choose_blank(menu: QMenu) -> None:
        menu.setActiveAction(menu.actions()[0])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    boxes = Boxes("OK")
    when_modal(QMenu, choose_blank, popup=True)
    qtbot.mouseClick(plans.new_button, Qt.MouseButton.LeftButton)
    boxes.wait(qtbot)
    title, text = boxes.seen[0]
    assert title == "Plan not created"
    assert "The disk that holds the database is full" in text
    assert "Something went wrong" not in text
    assert plans.model.rowCount() == 0
    assert window._stores.plans.list_for_client(full_app.client_ids[0]) == []


def test_delete_client_on_a_full_disk_says_so_and_keeps_her(qtbot, full_app):
    window = full_app.window
    register = window.register
    register.select_client(full_app.client_ids[1])
    register.table.setFocus()
    boxes = Boxes("Delete", "OK")
    qtbot.keyClick(register.table, Qt.Key.Key_Delete)
    boxes.wait(qtbot)
    title, text = boxes.seen[1]
    assert title == "Client not deleted", boxes.seen
    assert "The disk that holds the database is full" in text
    assert register.model.row_of(full_app.client_ids[1]) is not None
    assert register.model.rowCount() == 3


def test_settings_on_a_full_disk_keep_the_dialog_and_what_was_typed(qtbot, full_app):
    dialog = full_app.window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.practice_name.clear()
    qtbot.keyClicks(dialog.practice_name, "Praktijk Volle Schijf")
    boxes = Boxes("OK")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    boxes.wait(qtbot)
    title, text = boxes.seen[0]
    assert title == "Settings not saved"
    assert "The disk that holds the database is full" in text
    assert dialog.isVisible() and dialog.practice_name.text() == "Praktijk Volle Schijf"
    dialog.reject()


def test_a_new_client_on_a_full_disk_keeps_the_form(qtbot, full_app):
    register = full_app.window.register
    form = register.new_client()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "Volle-Schijf")
    qtbot.keyClicks(form.birth_date, "01-01-1960")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    boxes = Boxes("OK")
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    boxes.wait(qtbot)
    title, text = boxes.seen[0]
    assert title == "Not saved" and "The disk that holds the database is full" in text
    assert form.isVisible() and form.family_name.text() == "Volle-Schijf"
    form.discard()


def test_backup_to_the_full_disk_says_the_disk_is_full(qtbot, full_app, tmp_path):
    window = full_app.window
    target = full_app.database_path.parent / "backup-now.sqlite3"
    boxes = Boxes("OK")
    choose_file(target)
    window.backup_action.trigger()
    boxes.wait(qtbot)
    title, text = boxes.seen[0]
    assert title == "Backup failed" and "The disk is full" in text, boxes.seen


def test_restore_on_a_full_disk_keeps_the_current_database(qtbot, full_app, tmp_path):
    source = tmp_path / "elsewhere.sqlite3"
    make_database(source, 7)
    window = full_app.window
    boxes = Boxes("Yes", "OK")
    window.confirm_restore(source)
    boxes.wait(qtbot)
    title, text = boxes.seen[1]
    assert title == "Not restored", boxes.seen
    assert "full" in text and "The current database was kept as it was." in text
    assert window.register.model.rowCount() == 3


# --- exports to a read-only folder ---------------------------------------------------------------
def test_export_and_backup_to_a_read_only_folder_say_so(qtbot, tmp_path, start):
    database = tmp_path / "supplan.sqlite3"
    ids = make_database(database, 2)
    app = start(database)
    assert app.started
    window = app.window
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        window.register.select_client(ids[0])
        boxes = Boxes("OK")
        choose_file(stick / "client.zip")
        window.export_client_action.trigger()
        boxes.wait(qtbot)
        assert boxes.seen[0][0] == "Not exported"
        assert "may not write to" in boxes.seen[0][1], boxes.seen
        boxes = Boxes("OK")
        choose_file(stick / "backup.sqlite3")
        window.backup_action.trigger()
        boxes.wait(qtbot)
        assert boxes.seen[0][0] == "Backup failed" and "may not write to" in boxes.seen[0][1]
    assert list(stick.iterdir()) == []


def test_a_lock_released_between_open_and_lock_is_not_lost(tmp_path, monkeypatch):
    """The holder quits (removing its lock file) just after a second Supplan opened it.

    The second must then lock a new file, or a third would get the database too.
    """
    import app.storage.lock as lock_module
    from app.storage.lock import DatabaseLock, LockProblem, LockRefused

    database = tmp_path / "supplan.sqlite3"
    make_database(database, 1)
    identities = tmp_path / "identities"
    holder = DatabaseLock(database, identities)
    holder.acquire()
    real_open = os.open

    def open_then_holder_quits(path, *args, **kwargs):
        fd = real_open(path, *args, **kwargs)
        if holder.held:
            holder.release()
        return fd

    monkeypatch.setattr(lock_module.os, "open", open_then_holder_quits)
    second = DatabaseLock(database, identities)
    second.acquire()
    monkeypatch.undo()
    try:
        # The lock file another computer sees is there, naming the second holder.
        lock_file = Path(f"{database}.lock")
        assert lock_file.exists() and lock_file.read_text().split()[0] == str(os.getpid())
        with pytest.raises(LockRefused) as refused:
            DatabaseLock(database, identities).acquire()
        assert refused.value.problem is LockProblem.HELD
    finally:
        second.release()


def test_handout_export_to_a_full_disk_says_the_disk_is_full(qtbot, database, tmp_path):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    client = stores.clients.create(draft(given="Handout"))
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    editor = window.new_plan()
    dialog = editor.open_handout()
    with small_disk(tmp_path / "stick", size="1m") as stick:
        fill(stick)
        boxes = Boxes("OK")
        choose_file(stick / "handout.pdf")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        boxes.wait(qtbot)
        title, text = boxes.seen[0]
        assert title == "Not exported" and "The disk is full" in text, boxes.seen
    dialog.reject()


def test_a_daily_backup_that_cannot_be_written_is_told(qtbot, full_app, capsys):
    """A full disk at the daily backup: she is told, never left believing she is covered."""
    from app.storage.backups import Backups

    for made in Backups(full_app.database_path).folder.glob("supplan-*.sqlite3"):
        made.unlink()  # today's copy gone: the next start must make one, on a full disk
    fill(full_app.database_path.parent)
    capsys.readouterr()
    full_app._daily_backup()
    full_app.jobs.wait()
    err = capsys.readouterr().err
    assert "No backup today" in err and "The disk is full" in err, err
    assert "File → Back up now" in err
    assert full_app.window.statusBar().currentMessage() == "No backup today"
