"""Reads that must not wait for SQLAlchemy at start-up (SQLite only, read-only, forgiving).

The main window is shown before the storage layer is imported (~200 ms); to show it in the
right language, the language setting is read here with the standard library.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_language(path: Path) -> str:
    """The saved language setting ("system", "nl" or "en"); "system" when it cannot be read."""
    if not path.exists() or path.stat().st_size == 0:
        return "system"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT language FROM practice_settings WHERE id = 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return "system"
    return row[0] if row and row[0] in ("system", "nl", "en") else "system"
