"""Nothing half-written under a final name, on a real full disk; leftovers cleaned at start.

The full disk is a small tmpfs mounted for the test (root only, as in CI); elsewhere these
tests are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.storage import atomic
from app.storage.backups import Backups
from app.storage.stores import Stores
from tests.helpers import draft


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str):
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def full_disk(tmp_path):
    """A real 256 KB filesystem, filled up."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a real full disk needs a tmpfs, which needs root on Linux")
    with _tmpfs(tmp_path / f"disk-{uuid.uuid4().hex[:6]}", "256k") as folder:
        filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(filler, b"\0" * 4096)
        finally:
            os.close(filler)
        yield folder


def _nothing_under(folder: Path, *names: str) -> None:
    present = sorted(p.name for p in folder.iterdir() if p.name != "filler")
    assert present == [], f"left on the full disk: {present}"
    for name in names:
        assert not (folder / name).exists()


def test_a_write_that_fails_leaves_neither_the_file_nor_the_temporary(full_disk):
    with pytest.raises(OSError):
        atomic.write_bytes(full_disk / "handout.pdf", b"%PDF" + b"x" * 200_000)
    _nothing_under(full_disk, "handout.pdf")


def test_a_failed_write_keeps_the_old_file_whole(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("old")

    def fail(temporary: Path) -> None:
        temporary.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_with(target, fail)
    assert target.read_text() == "old"
    assert not atomic.leftovers(tmp_path)


def test_a_manual_backup_on_a_full_disk_leaves_no_file_under_the_chosen_name(
    database, database_path, clients, full_disk
):
    clients.create(draft())
    with pytest.raises((OSError, sqlite3.Error)):
        Backups(database_path).backup_to(full_disk / "my-backup.sqlite3")
    _nothing_under(full_disk, "my-backup.sqlite3", "my-backup.sqlite3-journal")


def test_a_client_file_export_on_a_full_disk_leaves_nothing(database, full_disk):
    from app.client_file import export_client_file
    from app.handout.practice import Practice

    stores = Stores.over(database)
    client = stores.clients.create(draft())
    with pytest.raises(OSError):
        export_client_file(stores, client.id, full_disk / "client.zip", "nl", Practice())
    _nothing_under(full_disk, "client.zip", "client.zip.partial")


def test_handout_and_summary_on_a_full_disk_leave_neither(qtbot, database, full_disk):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    client = stores.clients.create(draft())
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    template = next(t for t in stores.templates.list() if "Bot" in t.name)
    editor = window.new_plan(template)
    dialog = editor.open_handout()
    dialog.with_summary.setChecked(True)
    with pytest.raises(OSError):
        dialog.export_to(full_disk / "handout.pdf")
    _nothing_under(full_disk, "handout.pdf")
    dialog.reject()


def test_a_plan_export_on_a_full_disk_leaves_nothing(qtbot, database, full_disk):
    from app.ui.plans.plan_list import PlansWindow

    stores = Stores.over(database)
    client = stores.clients.create(draft())
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    editor = window.new_plan(next(t for t in stores.templates.list() if "Bot" in t.name))
    with pytest.raises(OSError):
        editor.export_to(full_disk / "plan.json")
    _nothing_under(full_disk, "plan.json")


def test_leftovers_of_killed_writes_are_removed_at_start_and_nothing_else(
    qtbot, database_path, tmp_path
):
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    folder = database_path.parent / "backups"
    folder.mkdir(parents=True)
    killed = [
        atomic.temporary_name(database_path),
        atomic.temporary_name(folder / "supplan-2026-11-24.sqlite3"),
        folder / "supplan-2026-11-23.partial",  # left by a daily backup of older versions
    ]
    killed.append(Path(f"{killed[1]}-journal"))
    kept = [folder / "notes.txt", database_path.with_name(".hidden-but-mine.sqlite3")]
    for path in killed + kept:
        path.write_bytes(b"half")
    app = Application(QApplication.instance(), database_path)
    app.ask_recovery = None
    try:
        app.show_window()
        assert app.open_database()
        assert [p for p in killed if p.exists()] == []
        assert all(p.exists() for p in kept)
    finally:
        app.window.close()
        app.database.close()
        app.release_lock()


@pytest.mark.parametrize("kind", ["daily", "manual"])
def test_damage_is_reported_as_damage_even_when_the_backup_disk_is_full(
    kind, database, database_path, full_disk
):
    """The database is checked before anything is copied.

    A full backup disk must not hide the damage behind a "disk full" message (nor spend the
    room left on a damaged copy).
    """
    from datetime import date

    from app.domain.demo import demo_clients
    from app.storage.clients import ClientRepository
    from app.storage.errors import DatabaseDamaged
    from tests.safety import corpus

    ClientRepository(database).create_many(list(demo_clients(300, seed=13)))
    database.close()
    # The daily backup's quick_check sees a bad freelist; the manual backup's
    # integrity_check also sees rows that no longer match their indexes.
    damage = corpus.bad_freelist_pointer if kind == "daily" else corpus.flip_bytes_in_client_page
    damage(database_path)
    backups = Backups(database_path, folder=full_disk)
    with pytest.raises(DatabaseDamaged):
        if kind == "daily":
            backups.daily(date(2026, 11, 24))
        else:
            backups.backup_to(full_disk / "chosen.sqlite3")
    _nothing_under(full_disk)
