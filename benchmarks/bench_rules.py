"""Median time to evaluate a 20-item plan for a client on three medicines (target < 1 ms).

.venv/bin/python -m benchmarks.bench_rules
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from app.domain.catalogue import seed_products
from app.domain.clients import Diet, MenopausalStatus, Sex
from app.domain.plan import ClientContext, Moment, Plan, PlanItem, TakenWith
from app.domain.rules import evaluate
from benchmarks import report

TARGET_MS = 1.0


def twenty_item_plan() -> Plan:
    """A realistic but heavy plan: 20 catalogue products spread over the day."""
    products = seed_products()
    moments = list(Moment)
    items = tuple(
        PlanItem(
            product=product.name,
            nutrients=product.nutrients,
            schedule={m: (1 if m is moments[i % 4] else 0) for m in Moment},
            taken_with=TakenWith.MILK if i % 5 == 0 else TakenWith.WATER,
            long_term=i % 3 != 0,
        )
        for i, product in enumerate(products[:20])
    )
    client = ClientContext(
        age=72,
        sex=Sex.FEMALE,
        menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
        diet=Diet.VEGETARIAN,
        medicines=("Fosamax 70 mg", "Thyrax Duotab 0,1 mg", "omeprazol 20 mg"),
        dietary_calcium_mg=700,
    )
    return Plan(date(2026, 11, 24), client, items)


def measure(repeats: int = 2000) -> dict[str, float]:
    """Median and 95th percentile of evaluate() in milliseconds over *repeats* runs."""
    plan = twenty_item_plan()
    for _ in range(50):  # warm-up
        evaluate(plan)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        evaluate(plan)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "median_ms": statistics.median(samples),
        "p95_ms": samples[int(len(samples) * 0.95)],
        "findings": len(evaluate(plan)),
    }


def main() -> None:
    """Print the figure beside its target."""
    report("rules evaluation, 20 items, 3 medicines", measure(), TARGET_MS)


if __name__ == "__main__":
    main()
