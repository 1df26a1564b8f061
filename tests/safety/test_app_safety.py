"""The app around the database: damaged files, a second instance, failed writes, errors."""

from __future__ import annotations

import logging
import os
import sys

import pytest
from sqlalchemy.exc import OperationalError

from app.storage.backups import Backups
from tests.helpers import answer_message_box, close_app, draft


@pytest.fixture
def application(qtbot, database_path):
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    app = Application(QApplication.instance(), database_path)
    yield app
    close_app(app)


def _start(app) -> bool:
    app.show_window()
    return app.open_database()


def test_damaged_database_moved_aside_and_latest_backup_restored(application, database_path):
    from app.storage.database import open_database
    from app.storage.stores import Stores

    db = open_database(database_path)
    Stores.over(db).clients.create(draft(given="Backupia"))
    db.close()
    Backups(database_path).daily()
    database_path.write_bytes(b"this is not a database any more")
    asked = []

    def restore_first(situation, candidates, note):
        asked.append((situation, candidates))
        return "restore", candidates[0].path

    application.ask_recovery = restore_first
    assert _start(application)
    assert asked and asked[0][0] == "damaged"
    assert asked[0][1][0].path.name.startswith("supplan-") and asked[0][1][0].usable
    damaged = list(database_path.parent.glob("supplan.damaged-*.sqlite3"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == b"this is not a database any more"
    model = application.window.register.model
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Vries, Backupia de"


def test_damaged_database_replaced_by_a_new_empty_one_on_request(application, database_path):
    database_path.write_bytes(b"garbage")
    Backups(database_path).folder.mkdir()  # earlier data: a missing file would be "lost"
    (Backups(database_path).folder / "supplan-2026-11-20.sqlite3").write_bytes(b"old")
    asked = []
    application.ask_recovery = lambda *args: asked.append(args[0]) or ("new", None)
    assert _start(application)
    assert asked == ["damaged"]  # asked once: not "lost" again once she chose a new one
    assert application.window.register.model.rowCount() == 0
    assert list(database_path.parent.glob("supplan.damaged-*.sqlite3"))


def test_quitting_leaves_the_damaged_file_untouched(application, database_path):
    database_path.write_bytes(b"garbage")
    application.ask_recovery = lambda situation, candidates, note: ("quit", None)
    assert not _start(application)
    assert database_path.read_bytes() == b"garbage"
    assert not list(database_path.parent.glob("*.damaged-*"))


def test_a_second_instance_is_refused_and_a_stale_lock_recovered(
    application, database_path, qtbot, capsys
):
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    assert _start(application)
    second = Application(QApplication.instance(), database_path)
    assert not second.take_lock()
    assert "already open" in capsys.readouterr().err
    application.release_lock()
    # A lock left by a crashed instance (its process is gone) is taken over.
    lock = database_path.with_name(database_path.name + ".lock")
    lock.write_text(f"999999\nSupplan\n{os.uname().nodename}\n")
    assert second.take_lock()
    second.release_lock()


def test_a_failed_plan_save_keeps_the_edits_and_the_database_as_it_was(
    qtbot, database, monkeypatch
):
    from app.storage.plans import PlanRepository
    from app.storage.stores import Stores
    from app.ui.plans.plan_list import PlansWindow
    from tests.plans import item

    stores = Stores.over(database)
    client = stores.clients.create(draft())
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    editor = window.new_plan()
    editor.add_product(
        __import__("app.domain.catalogue", fromlist=["x"]).search_products("zink 10")[0]
    )
    editor.session.flush()

    def disk_full(self, plan):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(PlanRepository, "save", disk_full)
    editor._push_items("test", (*editor.session.items, item(("iron", 14, "mg"))))
    with qtbot.waitSignal(editor.session.save_failed, timeout=2000):
        pass
    assert "Could not save: the disk is full." in editor.statusBar().currentMessage()
    assert len(editor.session.items) == 2  # the edit is kept in the editor
    assert len(stores.plans.get(editor.session.plan.id).items) == 1  # the database as it was
    monkeypatch.undo()
    assert editor.session.flush()
    assert len(stores.plans.get(editor.session.plan.id).items) == 2


def test_a_failed_client_save_says_so_and_keeps_the_form(qtbot, main_window, monkeypatch):
    from app.storage.clients import ClientRepository

    def read_only(self, draft):
        raise OperationalError("INSERT", {}, Exception("attempt to write a readonly database"))

    monkeypatch.setattr(ClientRepository, "create", read_only)
    form = main_window.register.new_client()
    qtbot.keyClicks(form.given_names, "Anna")
    qtbot.keyClicks(form.family_name, "Jansen")
    qtbot.keyClicks(form.birth_date, "01-01-1960")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    answer_message_box(qtbot, "OK")
    assert not form.try_save()
    assert form.isVisible() and form.given_names.text() == "Anna"


def test_unexpected_errors_are_logged_without_client_data(tmp_path, capsys):
    from app.logs import setup_logging
    from app.ui.error_reporter import ErrorReporter

    log_file = setup_logging(tmp_path)
    try:
        raise ValueError("Anna de Vries, born 01-06-1954, takes Sintrom")
    except ValueError:
        ErrorReporter()(*sys.exc_info())
    for handler in logging.getLogger("supplan").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "test_app_safety.py" in text
    assert "Anna" not in text and "Sintrom" not in text
    assert "Anna" not in capsys.readouterr().err


def test_restore_from_the_menu_checks_asks_and_brings_the_data_back(
    qtbot, application, database_path, tmp_path
):
    assert _start(application)
    window = application.window
    clients = window._stores.clients
    anna = clients.create(draft(given="Restoria"))
    chosen = tmp_path / "chosen.sqlite3"
    Backups(database_path).backup_to(chosen)
    clients.delete(anna.id)
    window.register.refresh()
    assert window.register.model.rowCount() == 0
    answer_message_box(qtbot, "Yes")
    assert window.confirm_restore(chosen)
    assert window.register.model.rowCount() == 1
    assert list((database_path.parent / "backups").glob("supplan-before-restore-*.sqlite3"))


def test_export_client_file_from_the_register(qtbot, application, tmp_path):
    import zipfile

    assert _start(application)
    window = application.window
    client = window._stores.clients.create(draft(given="Exportia"))
    window.register.refresh()
    window.register.select_client(client.id)
    assert window.export_client_action.isEnabled()
    job = window.export_client(client.id, tmp_path / "file.zip")
    application.jobs.wait()
    assert job.succeeded
    with zipfile.ZipFile(tmp_path / "file.zip") as archive:
        assert "Exportia" in archive.read("client.json").decode()


def test_settings_show_the_backup_folder_and_retention(qtbot, application, database_path):
    assert _start(application)
    dialog = application.window.open_settings()
    assert str(database_path.parent / "backups") in dialog.backups.text()
    assert "14" in dialog.backups.text() and "6" in dialog.backups.text()
    dialog.reject()


def test_settings_list_the_backups_and_which_are_verified(qtbot, application, database_path):
    from datetime import date

    assert _start(application)
    application.window._stores.clients.create(draft())
    backups = Backups(database_path)
    backups.daily(date(2026, 11, 24))
    (backups.folder / "supplan-2026-11-23.sqlite3").write_bytes(b"made by an older Supplan")
    dialog = application.window.open_settings()
    qtbot.waitExposed(dialog)
    items = [dialog.backup_list.item(row) for row in range(dialog.backup_list.count())]
    texts = {item.toolTip().rsplit("/", 1)[-1]: item.text() for item in items}
    assert "verified, clients: 1" in texts["supplan-2026-11-24.sqlite3"]
    assert "not verified" in texts["supplan-2026-11-23.sqlite3"]
    dialog.reject()
