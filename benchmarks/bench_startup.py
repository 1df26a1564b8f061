"""Cold start: `supplan --smoke` against a bare PySide6 window, as whole processes, paired.

Each round starts both processes once, one right after the other (which goes first
alternates), so a busy moment of the machine weighs on both; the ratio is taken pair by pair
and its median reported. Times count from just before the process is started to its exit
(interpreter start, imports, window, database, quit and the interpreter's own exit). Each
process also prints the wall-clock moments of its steps (`<step>_at: <time>`), the breakdown.

The database is a realistic one: synthetic clients with plans (`supplan demo-data`). The
processes run with their own home and data folders (a temporary folder), never the user's,
and read their modules compiled (as installed), whatever PYTHONDONTWRITEBYTECODE says.

    .venv/bin/python -m benchmarks.bench_startup [--clients N] [--runs N] [--database PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SHOWN = 1.5
TARGET_FILLED = 2.5
#: `supplan --smoke` as a whole process, against a bare PySide6 window's process.
TARGET_PROCESS = 4.0
CLIENTS = 2000
PLANS_PER_CLIENT = 2
HERE = Path(__file__).parent

#: The steps of `supplan --smoke`, in order (see app.startup_times and ui.application._smoke).
STEPS = (
    ("started", "interpreter started, `supplan` module loaded"),
    ("qt_imported", "Qt and the window's modules imported"),
    ("qapplication", "QApplication made"),
    ("painted", "main window first painted"),
    ("window_shown", "main window shown"),
    ("filled", "register filled (quick read, before SQLAlchemy)"),
    ("storage_imported", "storage layer imported (SQLModel, SQLAlchemy)"),
    ("database_open", "database opened, schema revision checked"),
    ("ready", "register attached to the database: ready to edit"),
    ("quit", "filled register painted, event loop quit"),
    ("closed", "window and database closed, lock released"),
    ("exited", "process ended"),
)


def sandbox_environment(folder: Path) -> dict[str, str]:
    """No screen, and home, data, config, state and cache folders inside *folder*.

    Modules are read compiled, as installed (pip and the executable ship bytecode), even
    where PYTHONDONTWRITEBYTECODE is set; the bytecode is kept inside *folder* too.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(folder / "home"))
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(folder / name.lower())
    env.pop("SUPPLAN_DATABASE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    return env


def make_database(path: Path, clients: int, env: dict[str, str]) -> Path:
    """A database with *clients* synthetic clients (seed 1), each with plans; empty for 0."""
    if clients:
        subprocess.run(
            [sys.executable, "-m", "app", "demo-data", "--clients", str(clients),
             "--plans-per-client", str(PLANS_PER_CLIENT), "--database", str(path)],
            check=True, capture_output=True, env=env,
        )  # fmt: skip
    return path


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run *command*; milliseconds from its start to each printed moment and to its exit.

    Also the processor time it used ("cpu"): on a busy machine, a steadier figure.
    """
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started_wall = time.time()
    started = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    moments = {"exited": (time.perf_counter() - started) * 1000}
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    moments["cpu"] = 1000 * sum(
        getattr(cpu_after, field) - getattr(cpu_before, field) for field in ("ru_utime", "ru_stime")
    )
    for line in out.splitlines():
        key, _, value = line.partition(": ")
        if key.endswith("_at"):
            moments[key.removesuffix("_at")] = (float(value) - started_wall) * 1000
        elif key.endswith("_cpu"):
            moments[key] = float(value) * 1000
    return moments


def smoke_command(database: Path) -> list[str]:
    """`supplan --smoke` on *database*, as a fresh process."""
    return [sys.executable, "-m", "app", "--smoke", "--database", str(database)]


def bare_command() -> list[str]:
    """A bare PySide6 window (benchmarks/bare_window.py), as a fresh process."""
    return [sys.executable, str(HERE / "bare_window.py")]


def measure(database: Path | None = None, runs: int = 7, clients: int = 0) -> dict[str, float]:
    """Medians (ms) and paired ratios; on *database*, else a new one with *clients* clients."""
    median = statistics.median
    with tempfile.TemporaryDirectory() as folder:
        env = sandbox_environment(Path(folder))
        target = database or make_database(Path(folder) / "supplan.sqlite3", clients, env)
        # Warm-up: fills the file caches, makes the database (if new) and today's backup.
        _run(smoke_command(target), env)
        _run(bare_command(), env)
        bare: list[dict[str, float]] = []
        smoke: list[dict[str, float]] = []
        for round_ in range(runs):
            if round_ % 2:
                smoke.append(_run(smoke_command(target), env))
                bare.append(_run(bare_command(), env))
            else:
                bare.append(_run(bare_command(), env))
                smoke.append(_run(smoke_command(target), env))
    pairs = list(zip(bare, smoke, strict=True))
    result = {
        "runs": runs,
        "bare_window_ms": median(b["shown"] for b in bare),
        "bare_process_ms": median(b["exited"] for b in bare),
        "supplan_shown_ms": median(s["painted"] for s in smoke),
        "supplan_filled_ms": median(s["filled"] for s in smoke),
        "supplan_ready_to_edit_ms": median(s["ready"] for s in smoke),
        "supplan_process_ms": median(s["exited"] for s in smoke),
        "shown_ratio": median(s["painted"] / b["shown"] for b, s in pairs),
        "filled_ratio": median(s["filled"] / b["shown"] for b, s in pairs),
        "process_ratio": median(s["exited"] / b["exited"] for b, s in pairs),
        "bare_cpu_ms": median(b["cpu"] for b in bare),
        "supplan_cpu_ms": median(s["cpu"] for s in smoke),
        "cpu_ratio": median(s["cpu"] / b["cpu"] for b, s in pairs),
    }
    for step, _ in STEPS:
        if all(step in s for s in smoke):
            result[f"step_{step}_ms"] = median(s[step] for s in smoke)
        if all(f"{step}_cpu" in s for s in smoke):
            result[f"step_{step}_cpu_ms"] = median(s[f"{step}_cpu"] for s in smoke)
    return result


def print_breakdown(result: dict[str, float]) -> None:
    """The steps of `supplan --smoke`: median moment from the process start, and the gap."""
    print(f"{'step of supplan --smoke':<56} {'at':>8} {'+':>6}   {'cpu':>8} {'+':>6}")
    previous = previous_cpu = 0.0
    for step, what in STEPS:
        at = result.get(f"step_{step}_ms")
        if at is None:
            continue
        line = f"{what:<56} {at:>5.0f} ms {at - previous:>+6.0f}"
        cpu = result.get(f"step_{step}_cpu_ms")
        if cpu is not None:
            line += f"   {cpu:>5.0f} ms {cpu - previous_cpu:>+6.0f}"
            previous_cpu = cpu
        print(line)
        previous = at
    print(
        f"bare PySide6 window: shown {result['bare_window_ms']:.0f} ms, "
        f"process ended {result['bare_process_ms']:.0f} ms"
    )


def main() -> None:
    """Print the figures beside their targets, and the breakdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--database", type=Path, help="use this database (a copy is not made)")
    args = parser.parse_args()
    result = measure(args.database, runs=args.runs, clients=args.clients)
    print(
        json.dumps(
            {
                "benchmark": "cold start vs bare PySide6 window, paired",
                "clients": args.clients,
                **{k: round(v, 2) for k, v in result.items()},
                "target_shown_ratio": TARGET_SHOWN,
                "target_filled_ratio": TARGET_FILLED,
                "target_process_ratio": TARGET_PROCESS,
            },
            indent=2,
        )
    )
    print_breakdown(result)


if __name__ == "__main__":
    main()
