"""Run every benchmark and print one table (also written to benchmarks/results.json).

make bench        # or: .venv/bin/python -m benchmarks
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

from benchmarks import bench_handout, bench_rules, bench_startup


def cpu_name() -> str:
    """The processor's model name (from /proc/cpuinfo where there is one)."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _in_child(module: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", module], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def main() -> None:
    """Measure, print the table, write results.json."""
    startup = bench_startup.measure(runs=9, clients=bench_startup.CLIENTS)
    rules = bench_rules.measure()
    # The Qt benchmarks run in processes of their own: one QApplication each, torn down
    # cleanly, and no Qt state in this process.
    editor = _in_child("benchmarks.bench_editor")
    register = _in_child("benchmarks.bench_register")
    handout = bench_handout.measure()
    rows = [
        ("cold start: main window shown / bare QMainWindow", startup["shown_ratio"], "×", 1.5),
        ("cold start: register filled / bare QMainWindow", startup["filled_ratio"], "×", 2.5),
        ("whole process: supplan --smoke / bare window", startup["process_ratio"], "×", 4),
        ("rules evaluation, 20 items, 3 medicines", rules["median_ms"], "ms", 1),
        ("edit → findings panel updated, 20 items", editor["median_ms"], "ms", 16),
        ("register search keystroke, 50,000 clients", register["keystroke_median_ms"], "ms", 50),
        ("open on 50,000 clients / empty database", register["open_ratio"], "×", 1.2),
        ("handout PDF, 20 items", handout["median_ms"], "ms", 300),
        ("peak memory, 50,000 clients in the register", register["peak_rss_mb"], "MB", 250),
    ]
    print(f"Supplan benchmarks, {date.today().isoformat()}, {cpu_name()} (medians)")
    print(f"{'figure':<50} {'median':>10}   {'target':<8} met")
    for name, value, unit, target in rows:
        met = value <= target
        shown = f"≤ {target:g}"
        print(f"{name:<50} {value:>7.2f} {unit:<2}   {shown:<8} {'yes' if met else 'NO'}")
    print(
        f"(bare QMainWindow {startup['bare_window_ms']:.0f} ms; Supplan shown "
        f"{startup['supplan_shown_ms']:.0f} ms, filled {startup['supplan_filled_ms']:.0f} ms, "
        f"ready to edit {startup['supplan_ready_to_edit_ms']:.0f} ms; whole processes "
        f"{startup['bare_process_ms']:.0f} and {startup['supplan_process_ms']:.0f} ms, "
        f"{bench_startup.CLIENTS} clients)"
    )
    bench_startup.print_breakdown(startup)
    results = {
        "date": date.today().isoformat(),
        "cpu": cpu_name(),
        "figures": [
            {"name": n, "median": round(v, 3), "unit": u, "target": t, "met": v <= t}
            for n, v, u, t in rows
        ],
        "details": {
            "startup": startup,
            "rules": rules,
            "editor": editor,
            "register": register,
            "handout": handout,
        },
    }
    out = Path(__file__).parent / "results.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


main()
