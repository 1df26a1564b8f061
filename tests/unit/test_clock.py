"""One clock: src asks app.domain.clock for today and now, so the tests can fix the day."""

from __future__ import annotations

import ast
from datetime import date, datetime, timedelta
from pathlib import Path

import app
from app.domain import clock
from app.domain.planfile import parse_plan
from tests.helpers import TODAY

SRC = Path(app.__file__).parent
SEAM = SRC / "domain" / "clock.py"

#: Ways to ask the system for the date or time of day, other than through the seam.
ASKING = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"),
    ("time", "localtime"),
    ("time", "strftime"),
    ("time", "ctime"),
}


def clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, "date.today") for every `date.today` (called or passed) in *source*."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in ASKING
        ):
            found.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return found


def test_src_asks_the_day_and_time_only_through_the_clock_seam():
    outside = [
        f"{path.relative_to(SRC)}:{line}: {name}"
        for path in sorted(SRC.rglob("*.py"))
        if path != SEAM
        for line, name in clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert outside == [], "use app.domain.clock.today()/now() instead:\n" + "\n".join(outside)


def test_the_check_sees_a_call_a_default_and_an_aliased_module():
    assert clock_reads("x = date.today()\ndef f(t=datetime.now): pass\n") == [
        (1, "date.today"),
        (2, "datetime.now"),
    ]
    assert clock_reads("clock.today()\nstamp = when.now()") == []


def test_every_test_runs_on_the_fixed_morning_and_the_clock_ticks_on():
    assert clock.today() == TODAY
    first = clock.now()
    assert first.date() == TODAY and first.hour == 9
    assert clock.now() >= first  # what is written later is still later


def test_fixing_and_releasing_the_clock():
    clock.fix(datetime(2030, 2, 28, 23, 59, 59))
    assert clock.today() == date(2030, 2, 28)
    clock.fix(None)
    assert abs(clock.now() - datetime.now()) < timedelta(seconds=5)
    clock.fix(datetime(2026, 11, 24, 9))  # as the conftest left it (it releases it itself)


def test_a_plan_file_without_a_date_is_dated_by_the_clock():
    clock.fix(datetime(2031, 5, 6, 12))
    plan = parse_plan(
        '{"format": "supplan-plan/1", "client": {"age": 60, "sex": "male"}, "items": []}'
    )
    assert plan.plan_date == date(2031, 5, 6)
