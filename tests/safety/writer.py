"""Subprocess for the crash test: writes plans in a loop, printing each committed id."""

import sys
from datetime import date
from pathlib import Path

from app.storage.database import open_database
from app.storage.plans import PlanRepository
from tests.plans import item

database = open_database(Path(sys.argv[1]))
plans = PlanRepository(database)
client_id = int(sys.argv[2])
items = tuple(item(("zinc", 10 + n, "mg"), product=f"Product {n}") for n in range(6))
print("ready", flush=True)
while True:
    plan = plans.create(client_id, "crash test", date(2026, 11, 24), items)
    plan.items = items[::-1]
    plans.save(plan)  # a second transaction on the same plan
    print(plan.id, flush=True)
