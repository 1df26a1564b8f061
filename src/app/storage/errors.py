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


class WriteProblem(Enum):
    """Why a write failed, in the terms a user can act on (one message and way out each)."""

    FULL = "full"  # the disk (or the user's quota) is full
    READ_ONLY = "read_only"  # the disk or share can only be read
    NO_PERMISSION = "no_permission"  # the user may not write there
    NO_FOLDER = "no_folder"  # the folder is gone (a USB stick pulled out, a share lost)
    OTHER = "other"


# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 13, 14


def write_errors() -> tuple[type[BaseException], ...]:
    """The errors a failed write raises, for `except`; SQLAlchemy is imported only then."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    return (OSError, sqlite3.Error, DBAPIError)


def write_problem(error: BaseException, folder: Path | None = None) -> WriteProblem:
    """Classify an OSError, a sqlite3 error or a SQLAlchemy error wrapping one.

    SQLite cannot open its -wal or journal in a read-only folder ("unable to open database
    file"): *folder*, when given, tells a read-only disk from a missing permission.
    """
    import errno
    import os

    error = getattr(error, "orig", None) or error  # SQLAlchemy's DBAPIError
    if isinstance(error, OSError):
        code = error.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return WriteProblem.FULL
        if code == errno.EROFS:
            return WriteProblem.READ_ONLY
        if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
            return WriteProblem.NO_PERMISSION
        if isinstance(error, FileNotFoundError | NotADirectoryError):
            return WriteProblem.NO_FOLDER
        return WriteProblem.OTHER
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code is not None:
        code &= 0xFF
    if code == _SQLITE_FULL or "disk is full" in text:
        return WriteProblem.FULL
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM) or "readonly" in text:
        if folder is not None and folder.exists() and _read_only_disk(folder):
            return WriteProblem.READ_ONLY
        if folder is not None and folder.exists() and not os.access(folder, os.W_OK):
            return WriteProblem.NO_PERMISSION
        return WriteProblem.READ_ONLY if code == _SQLITE_READONLY else WriteProblem.OTHER
    return WriteProblem.OTHER


def _read_only_disk(folder: Path) -> bool:
    import os

    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows: no statvfs
        return False


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
