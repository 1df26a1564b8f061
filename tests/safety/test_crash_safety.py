"""Killing the app mid-write (SIGKILL, 50 times) never damages the database or loses a commit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import draft

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_fifty_kills_at_random_moments_lose_nothing_committed(database_path, database, clients):
    client = clients.create(draft())
    database.close()
    rng = random.Random(20261124)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    committed: set[int] = set()
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.writer", str(database_path), str(client.id)],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        first = ""
        if len(committed) < KILLS // 2 or rng.random() < 0.5:
            # Half the kills come after a first commit, so a slow (loaded) machine still does
            # work between kills; the others may land anywhere, before the first commit too.
            first = writer.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        committed |= {int(line) for line in (first + out).split() if line.isdigit()}
        connection = sqlite3.connect(database_path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in connection.execute("SELECT id FROM supplement_plan")}
            counts = dict(
                connection.execute(
                    "SELECT plan_id, count(*) FROM supplement_plan_item GROUP BY plan_id"
                )
            )
        finally:
            connection.close()
        assert committed <= stored, "a committed plan was lost"
        assert all(counts.get(plan_id) == 6 for plan_id in committed), "a plan lost items"
    assert len(committed) >= KILLS // 2  # the writer did get work done between the kills
