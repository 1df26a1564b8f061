"""Why a database file may not be opened (no SQLAlchemy here: the UI needs it at start-up)."""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path


class RefusalReason(Enum):
    """Why a database file was refused."""

    NOT_SUPPLAN = "not_supplan"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"
    MISSING = "missing"  # a backup chosen to restore is no longer there


class DatabaseRefused(Exception):
    """The file at the database path may not be opened; it has not been changed."""

    def __init__(self, path: Path, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(f"{path}: {reason.value} {detail}".strip())
        self.path = path
        self.reason = reason
        self.detail = detail


class DatabaseDamaged(Exception):
    """SQLite's own check found damage in the database: it must not be copied or trusted."""

    def __init__(self, path: Path, verdict: str) -> None:
        super().__init__(f"{path}: damaged ({verdict})")
        self.path = path
        self.verdict = verdict


# SQLite's result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = (11, 26)


def is_damage(error: BaseException | None) -> bool:
    """Whether *error* (or what caused it) is SQLite saying the file is damaged."""
    for _depth in range(20):  # a chain of causes, never a cycle followed forever
        if error is None:
            return False
        if isinstance(error, sqlite3.DatabaseError):
            code = getattr(error, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _DAMAGE_CODES:
                return True
            text = str(error).lower()
            if any(word in text for word in ("malformed", "not a database", "corrupt")):
                return True
            if "could not decode to utf-8" in text:  # Supplan only ever writes valid text
                return True
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return False


def database_error(error: BaseException | None) -> sqlite3.DatabaseError | None:
    """The SQLite DatabaseError behind *error* (SQLAlchemy wraps them), if there is one."""
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, sqlite3.DatabaseError):
            return error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
        seen += 1
    return None
