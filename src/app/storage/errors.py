"""Why a database file may not be opened (no SQLAlchemy here: the UI needs it at start-up)."""

from __future__ import annotations

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
