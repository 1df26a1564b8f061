"""Private by default (issue 13 point 9): 0700 folders, 0600 files, safe suggested names."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.filenames import MAX_NAME_BYTES, safe_file_name

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows: the profile's ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_a_first_start_under_umask_022_makes_everything_private(tmp_path, umask_022):
    """The real start (`supplan --smoke`): data, backups and log folder 0700, files 0600."""
    env = {k: v for k, v in os.environ.items() if k != "SUPPLAN_DATABASE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data" / "Supplan"
    log = tmp_path / "state" / "Supplan" / "log"
    folders = [data, data / "backups", log]
    files = [data / "supplan.sqlite3", *(data / "backups").iterdir(), *log.iterdir()]
    assert len(files) >= 3  # the database, today's backup, the log
    assert {str(f): oct(mode(f)) for f in folders} == {str(f): "0o700" for f in folders}
    assert {str(f): oct(mode(f)) for f in files} == {str(f): "0o600" for f in files}


@posix_only
def test_existing_files_are_tightened_at_start_also_wal_and_shm(
    qtbot, tmp_path, umask_022, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from app.storage.database import open_database
    from app.ui.application import Application

    data = tmp_path / "xdg-data" / "Supplan"  # the default data folder of this test
    data.mkdir(parents=True)
    database = data / "supplan.sqlite3"
    open_database(database).close()
    (data / "backups").mkdir()
    old_backup = data / "backups" / "supplan-2026-01-01.sqlite3"
    old_backup.write_bytes(database.read_bytes())
    upgrade_copy = data / "supplan.before-upgrade-20260101-000000.sqlite3"
    upgrade_copy.write_bytes(b"x")
    for path in (data, data / "backups"):
        path.chmod(0o755)
    for path in (database, old_backup, upgrade_copy):
        path.chmod(0o644)
    monkeypatch.delenv("SUPPLAN_DATABASE")
    from app.config import database_path

    assert database_path(None) == database
    app = Application(QApplication.instance(), database)
    app.show_window()
    try:
        assert app.open_database()
        # Open now: SQLite made -wal and -shm under umask 022; they are tightened too.
        wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
        assert wal.exists() and shm.exists()
        for path in (database, wal, shm, old_backup, upgrade_copy, Path(f"{database}.lock")):
            assert oct(mode(path)) == "0o600", path
        for path in (data, data / "backups"):
            assert oct(mode(path)) == "0o700", path
    finally:
        app.window.close()
        app.database.close()
        app.release_lock()


@posix_only
def test_a_folder_chosen_by_the_user_keeps_its_mode_but_the_database_is_private(
    qtbot, tmp_path, umask_022
):
    from PySide6.QtWidgets import QApplication

    from app.ui.application import Application

    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    other = folder / "praktijk-notes.txt"  # the database's stem, but not Supplan's
    other.write_text("not Supplan's")
    other.chmod(0o644)
    database = folder / "praktijk.sqlite3"
    app = Application(QApplication.instance(), database)
    app.show_window()
    try:
        assert app.open_database()
        assert oct(mode(database)) == "0o600"
        assert oct(mode(folder)) == "0o755" and oct(mode(other)) == "0o644"
    finally:
        app.window.close()
        app.database.close()
        app.release_lock()
    # A folder that does not exist yet is Supplan's to make: 0700.
    database = folder / "new" / "praktijk.sqlite3"
    app = Application(QApplication.instance(), database)
    app.show_window()
    try:
        assert app.open_database()
        assert oct(mode(database.parent)) == "0o700" and oct(mode(folder)) == "0o755"
    finally:
        app.window.close()
        app.database.close()
        app.release_lock()


@posix_only
def test_the_running_app_creates_nothing_others_can_read(umask_022, capsys):
    """The umask covers what is made after start (a rotated log, a backup, a -wal)."""
    from app.cli import main

    assert main(["--version"]) == 0
    capsys.readouterr()
    assert os.umask(0o022) == 0o077


@posix_only
def test_the_daily_backup_made_after_start_is_private(qtbot, database_path, umask_022):
    from PySide6.QtWidgets import QApplication

    from app.storage.backups import backup_folder
    from app.ui.application import Application

    app = Application(QApplication.instance(), database_path)
    app.show_window()
    try:
        assert app.open_database()
        qtbot.waitUntil(lambda: any(backup_folder(database_path).glob("*.sqlite3")))
        app.jobs.wait()  # the backup job ends by making its folder private
        backups = list(backup_folder(database_path).iterdir())
        assert {oct(mode(b)) for b in backups} == {"0o600"}, backups
    finally:
        app.window.close()
        app.database.close()
        app.release_lock()


@posix_only
def test_the_log_folder_and_file_are_private(tmp_path, umask_022):
    from app.logs import setup_logging

    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / "supplan.log.1").write_text("old")
    (folder / "supplan.log.1").chmod(0o644)
    import logging

    root = logging.getLogger("supplan")
    before = list(root.handlers)
    for handler in before:  # the first setup_logging of a process wins: make this one first
        root.removeHandler(handler)
    try:
        path = setup_logging(folder)
        assert oct(mode(folder)) == "0o700"
        assert oct(mode(path)) == "0o600" and oct(mode(folder / "supplan.log.1")) == "0o600"
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in before:
            root.addHandler(handler)


# --- file names suggested from a client's name ---------------------------------------------------
HOSTILE_NAMES = [
    "../../etc/passwd",
    "a/../b",
    "Anna..pdf",
    "..\\..\\Windows\\System32",
    "C:\\Users\\anna",
    "Anna:Stream",
    "Anna \u202egpj.exe",  # right-to-left override: would read "exe.jpg"
    "Anna\u200f\u2066\u2069 Jansen",  # other bidi marks and isolates
    "CON",
    "nul.pdf",
    "com1",
    "LPT9 ",
    "con .txt",
    "a\x00b\x07c\x1b[31m\n\r\t",
    'wat*is?dit"<>|',
    "   ...   ",
    "",
    "é" * 300,
    "x" * 1000,
    "Zoë van Dijk-de Vries",
]
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(10)}


def assert_safe(name: str) -> None:
    assert name
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert ".." not in name and not name.startswith(".") and not name.endswith((".", " "))
    assert not set('/\\:*?"<>|') & set(name)
    import unicodedata

    assert all(unicodedata.category(ch)[0] != "C" for ch in name), ascii(name)
    assert name.split(".")[0].strip().upper() not in _RESERVED
    for pure in (PurePosixPath, PureWindowsPath):
        assert pure(name).name == name and not pure(name).is_absolute()


@pytest.mark.parametrize("text", HOSTILE_NAMES)
def test_hostile_client_names_become_safe_file_names(text):
    assert_safe(safe_file_name(text))


def test_ordinary_names_are_kept_as_typed():
    assert safe_file_name("Zoë van Dijk-de Vries") == "Zoë van Dijk-de Vries"
    assert safe_file_name("supplement-plan-Anna-2026-11-25.pdf").endswith("2026-11-25.pdf")


@given(st.text(max_size=400))
def test_any_text_becomes_a_safe_file_name(text):
    assert_safe(safe_file_name(text))


def test_the_handout_dialog_suggests_a_clean_name_for_a_hostile_client(qtbot, database):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from app.storage.stores import Stores
    from app.ui.plans.plan_list import PlansWindow
    from tests.helpers import draft, when_modal

    stores = Stores.over(database)
    client = stores.clients.create(draft(given="../..\\Anna:\u202efdp", family="CON"))
    window = PlansWindow(stores, client.id)
    qtbot.addWidget(window)
    editor = window.new_plan()
    dialog = editor.open_handout()
    suggested: list[str] = []

    def read_and_cancel(box: QFileDialog) -> None:
        suggested.extend(Path(f).name for f in box.selectedFiles())
        box.reject()

    when_modal(QFileDialog, read_and_cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(suggested) == 1, suggested
    name = suggested[0]
    assert_safe(name)
    assert name.endswith(".pdf") and "Anna" in name and "\u202e" not in name
    dialog.reject()
