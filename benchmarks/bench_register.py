"""The register at 50,000 clients: search keystroke, opening time and peak memory.

A keystroke in the search box to the table updated (target < 50 ms), opening the app on that
database against an empty one (target ≤ 1.2×), and peak memory with all of them in the
register (target < 250 MB).

    .venv/bin/python -m benchmarks.bench_register
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLIENTS = 50_000
TARGET_KEYSTROKE_MS = 50.0
TARGET_OPEN_RATIO = 1.2
TARGET_RSS_MB = 250.0


def make_database(folder: Path) -> Path:
    """A demo database with 50,000 clients (seed 1), made with `supplan demo-data`."""
    path = folder / "clients-50k.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "app", "demo-data", "--clients", str(CLIENTS), "--database",
         str(path)],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


def keystrokes(database: Path, rounds: int = 5) -> list[float]:
    """Milliseconds from a key typed in the search box to the refilled table, per key."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.storage.database import open_database
    from app.storage.stores import Stores
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    window = MainWindow(Stores.over(db), database)
    window.show()
    window.register.refresh()
    search = window.register.search
    samples = []
    keys = [Qt.Key.Key_J, Qt.Key.Key_A, Qt.Key.Key_N, Qt.Key.Key_S]
    for _ in range(rounds):  # types "jans" and clears it again, key by key
        for key in keys:
            start = time.perf_counter()
            QTest.keyClick(search, key)
            samples.append((time.perf_counter() - start) * 1000)
            app.processEvents()
        for _ in keys:
            start = time.perf_counter()
            QTest.keyClick(search, Qt.Key.Key_Backspace)
            samples.append((time.perf_counter() - start) * 1000)
            app.processEvents()
    window.close()
    db.close()
    return samples


def peak_rss_mb(database: Path) -> float:
    """Peak resident memory of `supplan --smoke` with the register filled from *database*."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(
        [sys.executable, "-m", "app", "--smoke", "--database", str(database)],
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # ru_maxrss is in KiB on Linux


def measure() -> dict[str, float]:
    """All three figures, medians over repeated runs."""
    from benchmarks.bench_startup import measure as startup

    with tempfile.TemporaryDirectory() as folder:
        database = make_database(Path(folder))
        samples = keystrokes(database)
        empty = startup(runs=5)
        full = startup(database, runs=5)
        rss = peak_rss_mb(database)
    return {
        "keystroke_median_ms": statistics.median(samples),
        "keystroke_max_ms": max(samples),
        "open_50k_filled_ms": full["supplan_filled_ms"],
        "open_empty_filled_ms": empty["supplan_filled_ms"],
        "open_ratio": full["supplan_filled_ms"] / empty["supplan_filled_ms"],
        "peak_rss_mb": rss,
    }


def main() -> None:
    """Print the figures beside their targets."""
    print(json.dumps({k: round(v, 2) for k, v in measure().items()}, indent=2))


if __name__ == "__main__":
    main()
