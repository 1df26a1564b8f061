"""SIGKILL at random moments during daily backups, manual backups and restores.

After every kill the data is reopened as the app does at start (leftovers of killed writes
removed, database opened): nothing is lost, every file under a final name is a complete,
healthy copy, and no -journal or temporary file is left behind.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage import atomic
from app.storage.backups import Backups, check_database
from tests.safety import corpus

ROOT = Path(__file__).resolve().parents[2]
KILLS = {"daily": 25, "manual": 25, "restore": 30}


def _padded(path: Path, clients: int) -> None:
    """A Supplan database with *clients* clients and ~6 MB more, so a copy takes a while."""
    corpus.populate(path, clients)
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE padding (data BLOB)")
        connection.executemany("INSERT INTO padding VALUES (randomblob(60000))", [()] * 100)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """Two healthy databases: 120 and 80 clients."""
    folder = tmp_path_factory.mktemp("sources")
    made = {}
    for name, clients in (("a.sqlite3", 120), ("b.sqlite3", 80)):
        _padded(folder / name, clients)
        made[name] = folder / name
    return made


def _reopen(database: Path) -> int:
    """What the app does at start: remove leftovers, open (migrate) the database."""
    from app.storage.clients import ClientRepository
    from app.storage.database import open_database

    Backups(database).remove_leftovers()
    opened = open_database(database)
    try:
        return ClientRepository(opened).count()
    finally:
        opened.close()


def _final_names_are_whole(folder: Path) -> None:
    for path in folder.rglob("*"):
        assert not path.name.endswith("-journal"), f"a -journal was left: {path.name}"
        assert not atomic.leftovers(path.parent), "a temporary file survived reopening"
        if path.suffix == ".sqlite3" and path.is_file():
            assert check_database(path, thorough=True) == "ok", f"half copy: {path.name}"
            Backups.inspect(path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("mode", sorted(KILLS))
def test_kills_during_backup_and_restore_leave_only_whole_files(mode, sources, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "supplan.sqlite3"
    shutil.copyfile(sources["a.sqlite3"], database)
    expected = {corpus.client_count(sources["a.sqlite3"])}
    if mode == "restore":
        expected.add(corpus.client_count(sources["b.sqlite3"]))
    rng = random.Random(f"13-{mode}")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    finished = killed_mid_write = 0
    for kill in range(KILLS[mode]):
        args = [sys.executable, "-m", "tests.safety.copier", mode, str(database)]
        args += [str(sources["a.sqlite3"]), str(sources["b.sqlite3"])] if mode == "restore" else []
        if mode == "daily":
            args.append(str(kill))
        copier = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert copier.stdout is not None
        assert copier.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        copier.send_signal(signal.SIGKILL)
        out, _ = copier.communicate()
        finished += len(out.split())
        left = atomic.leftovers(folder) + atomic.leftovers(folder / "backups")
        killed_mid_write += bool(left)
        journals = [p.name for p in folder.rglob("*-journal")]
        assert not journals, f"a killed copy left a journal even before cleaning: {journals}"
        assert _reopen(database) in expected, "the database lost clients"
        _final_names_are_whole(folder)
        assert check_database(database, thorough=True) == "ok"
    assert finished > 0, "the copier never got work done between kills"
    assert killed_mid_write > 0, "no kill landed in the middle of a write"
    print(f"{mode}: {KILLS[mode]} kills, {killed_mid_write} mid-write, {finished} finished")
