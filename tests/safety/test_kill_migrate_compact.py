"""SIGKILL at random moments while an old database is upgraded and while a deletion compacts.

After every kill the data is reopened as the app does at start: the upgrade either has not
happened (the old file is whole and upgrades now) or has (with a whole before-upgrade copy);
a deletion either committed or did not, an interrupted compaction is finished, and the file
passes SQLite's full check every time.
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
from tests.safety.corpus import client_count

ROOT = Path(__file__).resolve().parents[2]
OLD_SCHEMA = ROOT / "tests" / "fixtures" / "supplan-schema-0001.sqlite3"
MIGRATION_KILLS, COMPACTION_KILLS = 12, 15
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _padded(path: Path) -> None:
    """Make the file big enough (~4 MB) that copying and rewriting it takes a while."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE IF NOT EXISTS padding (data BLOB)")
        connection.executemany("INSERT INTO padding VALUES (randomblob(40000))", [()] * 100)
        connection.commit()
    finally:
        connection.close()


def _run_and_kill(mode: str, database: Path, rng: random.Random) -> list[str]:
    """Start the worker, kill it at a random moment, return the steps it finished."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.worker", mode, str(database)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.6))
    worker.send_signal(signal.SIGKILL)
    out, _ = worker.communicate()
    return out.split()


def _reopen(database: Path):
    """What the app does at start: remove leftovers, then open (and upgrade) the database."""
    from app.storage.database import open_database

    Backups(database).remove_leftovers()
    return open_database(database)


def test_kills_during_an_upgrade_never_lose_the_old_data(tmp_path):
    rng = random.Random("13-migrate")
    before = client_count(OLD_SCHEMA)
    upgraded_in_worker = 0
    for _kill in range(MIGRATION_KILLS):
        folder = tmp_path / f"run-{_kill}"
        folder.mkdir()
        database = folder / "supplan.sqlite3"
        shutil.copyfile(OLD_SCHEMA, database)
        _padded(database)
        upgraded_in_worker += "migrated" in _run_and_kill("migrate", database, rng)
        # The database's own journal may be hot (SQLite rolls it back when opening); a copy
        # must never leave one.
        journals = [
            p.name for p in folder.glob("*-journal") if p.name != f"{database.name}-journal"
        ]
        assert not journals, f"a killed copy left a journal: {journals}"
        opened = _reopen(database)
        try:
            from app.storage.clients import ClientRepository

            assert ClientRepository(opened).count() == before, "the upgrade lost clients"
        finally:
            opened.close()
        assert not atomic.leftovers(folder), "a temporary file survived reopening"
        assert not list(folder.glob("*-journal")), "a journal survived reopening"
        for copy in folder.glob("*.sqlite3"):
            assert check_database(copy, thorough=True) == "ok", f"half file: {copy.name}"
            assert client_count(copy) == before, copy.name
    assert upgraded_in_worker < MIGRATION_KILLS, "no kill landed before the upgrade finished"
    print(f"upgrade: {MIGRATION_KILLS} kills, {upgraded_in_worker} finished before the kill")


def test_kills_during_compaction_leave_a_whole_file_and_finish_the_erasure(tmp_path):
    from app.storage.clients import ClientRepository
    from tests.safety import corpus

    rng = random.Random("13-compact")
    database = tmp_path / "supplan.sqlite3"
    corpus.populate(database, 60)
    _padded(database)
    remaining = client_count(database)
    deleted = 0
    for _kill in range(COMPACTION_KILLS):
        finished = _run_and_kill("compact", database, rng)
        deleted += len(finished)
        opened = _reopen(database)
        try:
            if opened.erasure_pending():
                assert opened.finish_erasure(), "an interrupted compaction was not finished"
            assert not opened.erasure_pending()
            count = ClientRepository(opened).count()
        finally:
            opened.close()
        # The deletion in flight either committed or did not; nothing else changed.
        assert remaining - len(finished) - 1 <= count <= remaining - len(finished)
        remaining = count
        assert check_database(database, thorough=True) == "ok"
        assert not list(tmp_path.glob("*-journal")), "a killed compaction left a journal"
        if remaining == 0:
            break
    assert deleted > 0, "the worker never finished a deletion between kills"
    print(f"compaction: {COMPACTION_KILLS} kills, {deleted} deletions finished")
