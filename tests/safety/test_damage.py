"""Damaged, cut-off, empty and missing databases each reach the right dialog and end safely.

The corpus (tests/safety/corpus.py) is made here from a healthy database of 300 clients with
a verified backup of yesterday; after each kind of damage the app is started as a user
would, must ask what to do (never "Something went wrong", never a silent empty register),
and after restoring has all 300 clients back with the damaged file kept aside.
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import timedelta

import pytest

from app.storage.backups import Backups, check_database
from tests.helpers import TODAY, close_app, when_modal
from tests.safety import corpus

CLIENTS = 300


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    """A healthy database of 300 clients, made once and copied for each test."""
    path = tmp_path_factory.mktemp("healthy") / "supplan.sqlite3"
    corpus.populate(path, CLIENTS)
    return path


@pytest.fixture
def application(qtbot, database_path, monkeypatch):
    """The application as run_gui makes it, with its error reporter as sys.excepthook."""
    import sys

    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application
    from app.ui.error_reporter import ErrorReporter

    app = Application(QApplication.instance(), database_path)
    reporter = ErrorReporter()
    reporter.database_error_handler = app.database_error_seen
    monkeypatch.setattr(sys, "excepthook", reporter)
    yield app
    close_app(app)


def _with_yesterdays_backup(healthy, database_path):
    shutil.copyfile(healthy, database_path)
    made = Backups(database_path).daily(TODAY - timedelta(days=1))
    assert made is not None and Backups(database_path).is_verified(made)
    return made


# How each kind is found: at opening (before the window is filled) or just after start-up.
FOUND = {
    "flipped_bytes": "after start",  # indexes no longer match rows: the backup's full check
    "bad_cell_count": "after start",  # the first read of the register
    "bad_freelist": "after start",  # quick_check before the daily backup
    "truncated_pages": "at opening",
    "truncated_mid_page": "at opening",  # only the header check sees this one
    "zero_bytes": "at opening",
    "foreign_wal": "after start",  # quick_check before the daily backup
}


@pytest.mark.parametrize("kind", sorted(corpus.KINDS))
def test_each_kind_of_damage_reaches_recovery_and_restores_every_client(
    kind, healthy, database_path, application, qtbot, capfd
):
    backup = _with_yesterdays_backup(healthy, database_path)
    corpus.KINDS[kind](database_path)
    damaged_bytes = database_path.read_bytes()
    asked = []

    def restore_newest(situation, candidates, note):
        asked.append((situation, [c.path for c in candidates if c.usable]))
        return "restore", candidates[0].path

    application.ask_recovery = restore_newest
    assert application.show_window() is None
    assert application.open_database()
    if FOUND[kind] == "at opening":
        assert asked, "recovery must be offered before the register is shown"
    else:
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        qtbot.waitUntil(lambda: application.database is not None, timeout=5000)
    situation, usable = asked[0]
    assert situation == ("lost" if kind == "zero_bytes" else "damaged")
    assert usable[0] == backup
    assert application.window.register.model.rowCount() == CLIENTS
    assert check_database(database_path, thorough=True) == "ok"
    aside = list(database_path.parent.glob("supplan.damaged-*.sqlite3"))
    assert len(aside) == 1
    if kind != "foreign_wal":  # SQLite read the foreign log into it before it was closed
        assert aside[0].read_bytes() == damaged_bytes
    err = capfd.readouterr().err  # Qt prints errors raised in data() straight to fd 2
    assert "unexpected error" not in err
    assert "Error calling Python override" not in err  # no error at every repaint
    assert len(asked) == 1


def test_a_missing_database_next_to_backups_is_lost_not_new(
    healthy, database_path, application, capsys
):
    _with_yesterdays_backup(healthy, database_path)
    database_path.unlink()
    application.ask_recovery = None  # no screen: nobody to ask
    application.show_window()
    assert not application.open_database()
    assert not database_path.exists(), "no empty register may be started by surprise"
    assert "Database missing" in capsys.readouterr().err


def test_an_empty_register_on_request_only(healthy, database_path, application):
    _with_yesterdays_backup(healthy, database_path)
    database_path.unlink()
    application.ask_recovery = lambda situation, candidates, note: ("new", None)
    application.show_window()
    assert application.open_database()
    assert application.window.register.model.rowCount() == 0


def test_a_first_start_with_nothing_earlier_starts_a_new_database(database_path, application):
    application.ask_recovery = None  # would refuse if anything were asked
    application.show_window()
    assert application.open_database()
    assert database_path.exists()


def test_first_run_dialog_comes_only_after_a_lost_database_was_dealt_with(
    healthy, database_path, application, qtbot
):
    _with_yesterdays_backup(healthy, database_path)
    database_path.write_bytes(b"")
    order = []
    application.ask_first_run = True
    application._first_run = lambda: order.append("first run")
    application.ask_recovery = lambda *args: order.append("recovery") or ("quit", None)
    application.show_window()
    assert not application.open_database()
    qtbot.wait(50)
    assert order == ["recovery"]
    assert database_path.exists() and database_path.stat().st_size == 0  # left as it was


def test_recovery_dialog_lists_every_copy_newest_usable_first_and_offers_the_next_on_refusal(
    healthy, database_path, application, qtbot, tmp_path
):
    """The real dialog, shown and clicked: a refused restore says why and offers the next."""
    from PySide6.QtCore import Qt

    from app.ui.recovery import RecoveryDialog

    older = _with_yesterdays_backup(healthy, database_path)
    backups = Backups(database_path)
    newer = backups.daily(TODAY)
    broken = backups.folder / "supplan-before-restore-20990101-000000.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # newest, but not usable
    database_path.write_bytes(b"garbage")
    application.ask_recovery = application._ask_recovery
    seen = []

    def first_dialog(dialog: RecoveryDialog) -> None:
        seen.append([dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())])
        assert dialog.selected().path == newer  # newest usable, not the newest file
        assert not dialog.note.isVisible()
        newer.write_bytes(newer.read_bytes()[:-5000])  # it breaks before she clicks
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        when_modal(RecoveryDialog, second_dialog, ready=lambda d: d.note.isVisible())

    def second_dialog(dialog: RecoveryDialog) -> None:
        seen.append(dialog.note.text())
        assert dialog.selected().path == older  # the next one is offered
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter: the default, Restore
        if dialog.isVisible():
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(RecoveryDialog, first_dialog)
    application.show_window()
    assert application.open_database()
    assert seen[0][0] == "healthy, checked when made" and seen[0][-1] == "damaged"
    assert len(seen[0]) == 3
    assert "cannot be read" in seen[1] and newer.name in seen[1]
    assert application.window.register.model.rowCount() == CLIENTS
    assert list(database_path.parent.glob("supplan.damaged-*.sqlite3"))


def test_damage_reported_while_running_shows_recovery_not_something_went_wrong(
    healthy, database_path, application, qtbot, capsys
):
    import sys

    from sqlalchemy import text

    from app.ui.error_reporter import ErrorReporter

    _with_yesterdays_backup(healthy, database_path)
    asked = []
    application.ask_recovery = lambda *args: asked.append(args[0]) or ("quit", None)
    application.show_window()
    assert application.open_database()
    reporter = ErrorReporter()
    reporter.database_error_handler = application.database_error_seen
    application.database.close()
    corpus.bad_cell_count(database_path)
    try:
        with application.database.engine.connect() as connection:
            connection.execute(text("SELECT * FROM client")).fetchall()
    except Exception:
        reporter(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == ["damaged"]
    assert "unexpected error" not in capsys.readouterr().err
    assert database_path.exists()  # quitting leaves it as it is


def test_a_database_error_without_damage_is_still_the_ordinary_error(
    healthy, database_path, application, capsys
):
    import sqlite3

    _with_yesterdays_backup(healthy, database_path)
    application.ask_recovery = lambda *args: pytest.fail("the database is healthy")
    application.show_window()
    assert application.open_database()
    assert not application.database_error_seen(sqlite3.OperationalError("database is locked"))


def test_damage_is_looked_for_at_every_start_also_when_todays_copy_exists(
    healthy, database_path, application, qtbot
):
    shutil.copyfile(healthy, database_path)
    assert Backups(database_path).daily(TODAY) is not None  # today's copy exists
    corpus.bad_freelist_pointer(database_path)  # every read still works
    asked = []
    application.ask_recovery = lambda *args: asked.append(args[0]) or ("quit", None)
    application.show_window()
    assert application.open_database()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == ["damaged"]


def test_damage_reaches_recovery_even_when_the_code_that_met_it_handled_the_error(
    healthy, database_path, application, qtbot
):
    """A save that fails says "not saved" in its own way; the damage behind it is still told."""
    _with_yesterdays_backup(healthy, database_path)
    asked = []
    application.ask_recovery = lambda *args: asked.append(args[0]) or ("quit", None)
    application._daily_backup = lambda: None  # its check would find the damage by itself
    application.show_window()
    assert application.open_database()
    application.window.hide()  # no repaint of the register meets the damage first
    application.database.engine.dispose()  # no page cache: the next read is from the disk
    corpus.bad_cell_count(database_path)
    with contextlib.suppress(Exception):  # handled by the caller, as the client form does
        application.window._stores.clients.search()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == ["damaged"]
