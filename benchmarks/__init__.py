"""Speed benchmarks: `make bench` runs them all (see __main__.py)."""

from __future__ import annotations

import json


def report(title: str, result: dict[str, float], target_ms: float) -> None:
    """Print one benchmark's figures as JSON, beside its target (the parent reads this)."""
    print(
        json.dumps(
            {
                "benchmark": title,
                **{key: round(value, 4) for key, value in result.items()},
                "target_ms": target_ms,
                "met": result["median_ms"] < target_ms,
            },
            indent=2,
        )
    )
