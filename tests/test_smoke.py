"""`supplan --smoke` as a separate process: the start a dietician (and the build) relies on."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path


def _run(*args: str, database: Path, without=()) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("SUPPLAN_DATABASE", *without):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args, "--database", str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_start_creates_the_database_and_reports_timings(tmp_path):
    database = tmp_path / "new" / "supplan.sqlite3"
    result = _run("--smoke", database=database)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^first paint: \d+ ms$", result.stdout, re.M), result.stdout
    assert re.search(r"^register filled: \d+ ms \(0 clients\)$", result.stdout, re.M)
    assert result.stderr == ""
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()


def test_a_session_without_a_runtime_folder_starts_without_a_word_on_stderr(tmp_path):
    """No XDG_RUNTIME_DIR (no login session, as in CI): nothing is printed, nothing fails."""
    result = _run("--smoke", database=tmp_path / "supplan.sqlite3", without=("XDG_RUNTIME_DIR",))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_smoke_start_shows_existing_clients(tmp_path, clients):
    from tests.helpers import draft

    clients.create(draft())
    clients.create(draft(given="Eline", family="Bakker"))
    result = _run("--smoke", database=tmp_path / "supplan.sqlite3")
    assert result.returncode == 0, result.stderr
    assert "(2 clients)" in result.stdout


def test_smoke_start_refuses_a_foreign_file_and_leaves_it_alone(tmp_path):
    database = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.close()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = _run("--smoke", database=database)
    assert result.returncode == 1
    assert "Not a Supplan database" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_without_a_screen_a_damaged_file_is_explained_and_left_alone(tmp_path):
    database = tmp_path / "supplan.sqlite3"
    database.write_text("not a database\n")
    result = _run("--smoke", database=database)
    assert result.returncode == 1
    assert "Database cannot be read" in result.stderr
    assert database.read_text() == "not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["supplan.sqlite3"]


def test_version_flag():
    from app import __version__

    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == f"Supplan {__version__}"
