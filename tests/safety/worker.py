"""Subprocess for the kill tests of migration and compaction; prints each finished step.

python -m tests.safety.worker migrate DATABASE   # open (back up, then migrate) an old file
python -m tests.safety.worker compact DATABASE   # delete clients one by one (erase, VACUUM)
"""

import sys
from pathlib import Path

from app.storage.clients import ClientRepository
from app.storage.database import open_database

mode, path = sys.argv[1], Path(sys.argv[2])
print("ready", flush=True)
if mode == "migrate":
    open_database(path).close()
    print("migrated", flush=True)
else:
    database = open_database(path)
    clients = ClientRepository(database)
    for summary in clients.search():
        clients.delete(summary.id)
        print(summary.id, flush=True)
