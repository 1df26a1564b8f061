"""Cold start: `supplan --smoke` against a bare PySide6 QMainWindow, fresh processes, alternated.

Each process prints the wall-clock moment it painted (and, for Supplan, filled the register);
the time counts from just before the process is started. Ratios are taken pair by pair.

    .venv/bin/python -m benchmarks.bench_startup
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SHOWN = 1.5
TARGET_FILLED = 2.5
HERE = Path(__file__).parent


def _run(command: list[str]) -> tuple[float, dict[str, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    moments = {}
    for line in out.splitlines():
        key, _, value = line.partition(": ")
        if key.endswith("_at"):
            moments[key] = (float(value) - started) * 1000
    return started, moments


def smoke_command(database: Path) -> list[str]:
    """`supplan --smoke` on *database*, as a fresh process."""
    return [sys.executable, "-m", "app", "--smoke", "--database", str(database)]


def measure(database: Path | None = None, runs: int = 7) -> dict[str, float]:
    """Medians (ms) of bare shown, Supplan painted and filled, and the pairwise ratios."""
    with tempfile.TemporaryDirectory() as folder:
        target = database or Path(folder) / "empty.sqlite3"
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        _run(smoke_command(target))  # warm-up: creates the empty database, fills caches
        _run(bare_cmd)
        bare, shown, filled, ready, shown_ratio, filled_ratio = [], [], [], [], [], []
        for _ in range(runs):
            _, b = _run(bare_cmd)
            _, s = _run(smoke_command(target))
            bare.append(b["shown_at"])
            shown.append(s["painted_at"])
            filled.append(s["filled_at"])
            ready.append(s["ready_at"])
            shown_ratio.append(s["painted_at"] / b["shown_at"])
            filled_ratio.append(s["filled_at"] / b["shown_at"])
    median = statistics.median
    return {
        "bare_window_ms": median(bare),
        "supplan_shown_ms": median(shown),
        "supplan_filled_ms": median(filled),
        "supplan_ready_to_edit_ms": median(ready),
        "shown_ratio": median(shown_ratio),
        "filled_ratio": median(filled_ratio),
    }


def main() -> None:
    """Print the figures beside their targets."""
    result = measure()
    print(
        json.dumps(
            {
                "benchmark": "cold start vs bare QMainWindow",
                **{k: round(v, 2) for k, v in result.items()},
                "target_shown_ratio": TARGET_SHOWN,
                "target_filled_ratio": TARGET_FILLED,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
