"""The app's one clock: every "today" and "now" in src comes from here.

A plan's date, a client's age, the daily backup's name and every timestamp written depend on
the calendar; asking here instead of `date.today()` lets the tests fix the day (they start
each test on the same morning), and tests/unit/test_clock.py fails on any other way to ask.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

#: When fixed: the moment it was fixed to and the monotonic time it was fixed at.
_fixed: tuple[datetime, float] | None = None


def now() -> datetime:
    """The local date and time; a fixed clock ticks on from its moment, so order is kept."""
    if _fixed is None:
        return datetime.now()
    moment, since = _fixed
    return moment + timedelta(seconds=time.monotonic() - since)


def today() -> date:
    """The local date."""
    return now().date()


def fix(moment: datetime | None) -> None:
    """Start the clock at *moment* from now on (tests); None goes back to the real clock."""
    global _fixed
    _fixed = None if moment is None else (moment, time.monotonic())
