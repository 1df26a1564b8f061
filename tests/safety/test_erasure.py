"""Erasure that completes (issue 13 point 6), on a real full filesystem (a 2 MB tmpfs).

Needs root to mount the tmpfs; skipped with the reason otherwise (CI runs as root).
"""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.clients import ClientDraft, Sex
from app.storage.clients import ClientRepository
from app.storage.database import open_database
from tests.helpers import answer_message_box

NAME = "Zwaantje"
FAMILY = "Oosterveldqx"


def _mount(folder: Path) -> None:
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


@pytest.fixture
def small_disk(tmp_path: Path):
    folder = tmp_path / "disk"
    _mount(folder)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem, then free *leave* bytes again; returns the filler file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def _traces(folder: Path) -> list[str]:
    found = []
    for path in folder.iterdir():
        if path.name.startswith("supplan") and path.is_file():
            data = path.read_bytes()
            if FAMILY.encode() in data or NAME.encode() in data:
                found.append(path.name)
    return found


def _fill_register(clients: ClientRepository) -> int:
    drafts = [
        ClientDraft(
            given_names=f"Client{n}",
            family_name=f"Filler{n}",
            birth_date=date(1960, 1, 1),
            sex=Sex.FEMALE,
            notes="x" * 3000,
        )
        for n in range(120)
    ]
    clients.create_many(drafts)
    her = clients.create(
        ClientDraft(
            given_names=NAME,
            family_name=FAMILY,
            birth_date=date(1950, 5, 5),
            sex=Sex.FEMALE,
            notes=f"{NAME} {FAMILY} " * 50,
            medicines=[f"{FAMILY} 10 mg"],
        )
    )
    return her.id


def _started(database_path: Path, monkeypatch):
    """Supplan started on *database_path* as a user starts it, with dialogs (not stderr)."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    app = Application(QApplication.instance(), database_path)
    monkeypatch.setattr(Application, "interactive", property(lambda _self: True))
    app.show_window()
    assert app.open_database()
    return app


def _stop(app) -> None:
    app.window.close()
    app.database.close()
    app.release_lock()


def _erasure_box(qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shown() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "erasure_pending" and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    box = shown()
    assert "could not be compacted" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown() is None)


def test_erasure_on_a_full_disk_is_pending_then_completes_at_the_next_start(
    qtbot, small_disk, python_org_sqlite, monkeypatch
):
    path = small_disk / "supplan.sqlite3"
    db = open_database(path)
    her = _fill_register(ClientRepository(db))
    db.close()  # the last connection checkpoints her into the file
    assert _traces(small_disk) == ["supplan.sqlite3"]  # she is in the file
    marker = small_disk / "supplan.sqlite3.erasure-pending"

    app = _started(path, monkeypatch)
    qtbot.wait(50)  # the start-up jobs (daily backup) ran before the disk is full
    app.jobs.wait()
    filler = _fill(small_disk, leave=96 * 1024)  # room to commit the delete, not to VACUUM
    register = app.window.register
    register.select_client(her)
    register.table.setFocus()
    answer_message_box(qtbot, "Delete")
    qtbot.keyClick(register.table, Qt.Key.Key_Delete)
    _erasure_box(qtbot)  # the user is told at once
    clients = ClientRepository(app.database)
    assert clients.count() == 120  # the delete itself did commit
    assert marker.exists() and marker.stat().st_size == 0  # no personal data in it
    # secure_delete overwrote her cells and the checkpoint carried that into the file; the
    # erasure stays pending all the same, since the compaction did not run.
    assert _traces(small_disk) == []
    _stop(app)

    # Next start, disk still full: retried, still pending, and the user is told again.
    app = _started(path, monkeypatch)
    _erasure_box(qtbot)
    assert marker.exists()
    _stop(app)

    # Space freed, next start: the erasure completes silently; no byte of her is left.
    filler.unlink()
    app = _started(path, monkeypatch)
    qtbot.waitUntil(lambda: not marker.exists(), timeout=5000)
    assert not app.database.erasure_pending()
    assert ClientRepository(app.database).count() == 120
    _stop(app)
    assert _traces(small_disk) == []


@pytest.fixture
def python_org_sqlite(monkeypatch):
    """Connections start with secure_delete off, as in a python.org build (Debian's is on)."""
    from sqlalchemy import event

    from app.storage import database as database_module

    made = database_module.create_sqlite_engine

    def without_secure_delete(path):
        engine = made(path)
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA secure_delete = OFF"))
        return engine

    monkeypatch.setattr(database_module, "create_sqlite_engine", without_secure_delete)


def test_delete_compacts_and_leaves_no_trace(tmp_path, python_org_sqlite):
    path = tmp_path / "supplan.sqlite3"
    db = open_database(path)
    clients = ClientRepository(db)
    her = _fill_register(clients)
    assert clients.delete(her) is True
    assert not db.erasure_pending()
    assert _traces(tmp_path) == []
    db.close()
