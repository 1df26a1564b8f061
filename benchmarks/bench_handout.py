"""Median time to build the handout of a 20-item plan (target < 300 ms).

.venv/bin/python -m benchmarks.bench_handout
"""

from __future__ import annotations

import statistics
import time

from app.domain.evaluation import evaluate_plan
from app.handout.builder import build_handout
from app.handout.practice import Practice
from benchmarks import report
from benchmarks.bench_rules import twenty_item_plan

TARGET_MS = 300.0


def measure(runs: int = 15) -> dict[str, float]:
    """Median and slowest build in milliseconds (fonts registered in a warm-up build)."""
    plan = twenty_item_plan()
    evaluation = evaluate_plan(plan)
    practice = Practice(practice_name="Praktijk", dietician_name="Diëtist", phone="0118 123456")
    first_start = time.perf_counter()
    build_handout(evaluation, practice, "nl")
    first = (time.perf_counter() - first_start) * 1000
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = build_handout(evaluation, practice, "nl")
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": statistics.median(samples),
        "max_ms": max(samples),
        "first_build_ms": first,
        "bytes": len(pdf),
    }


def main() -> None:
    """Print the figure beside its target."""
    report("handout, 20 items", measure(), TARGET_MS)


if __name__ == "__main__":
    main()
