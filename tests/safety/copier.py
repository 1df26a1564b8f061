"""Subprocess for the kill tests: backs up or restores in a loop, printing each finished one.

python -m tests.safety.copier daily|manual|restore DATABASE [SOURCE_A SOURCE_B]
"""

import sys
from datetime import date, timedelta
from pathlib import Path

from app.storage.backups import Backups

mode, database = sys.argv[1], Path(sys.argv[2])
backups = Backups(database)
print("ready", flush=True)
number = 0
while True:
    if mode == "daily":
        day = date(2000, 1, 1) + timedelta(days=int(sys.argv[3]) * 1000 + number)
        backups.daily(day)
        print(day.isoformat(), flush=True)
    elif mode == "manual":
        backups.backup_to(database.with_name("chosen.sqlite3"))
        print("manual", flush=True)
    else:
        source = Path(sys.argv[3 + number % 2])
        backups.restore(source)
        print(source.name, flush=True)
    number += 1
