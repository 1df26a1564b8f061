"""Moments of this process's start-up, printed by `supplan --smoke` for the start-up benchmark.

Wall-clock times (time.time()): the benchmark started the process, so it can count from
there, the interpreter's own start included; and the processor time used by then (steadier
on a busy machine). Only the standard library, so the steps before Qt can be marked too.
"""

from __future__ import annotations

import time

#: Step name -> the moment it was first reached, in the order reached.
MOMENTS: dict[str, float] = {}
#: Step name -> the processor time (s) this process had used when it was reached.
PROCESSOR: dict[str, float] = {}


def mark(step: str) -> None:
    """Note that *step* was reached now (only its first time counts)."""
    if step not in MOMENTS:
        MOMENTS[step] = time.time()
        PROCESSOR[step] = time.process_time()
