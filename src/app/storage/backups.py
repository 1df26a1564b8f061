"""Backups of the database: daily at start, on request, and restoring one safely.

Copies are made with SQLite's online backup API, never by copying a file in use. The daily
copies keep the last 14 days and, beyond those, one per month for 6 months.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.storage.errors import DatabaseRefused, RefusalReason
from app.storage.files import backup_file, inspect_file

KEEP_DAILY = 14
KEEP_MONTHLY = 6
_DAILY = re.compile(r"^supplan-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, checked before it may be restored."""

    path: Path
    made: datetime
    clients: int


def backup_folder(database: Path) -> Path:
    """Where the backups of *database* go: a folder next to it."""
    return database.parent / "backups"


class Backups:
    """Daily, manual and restore operations for one database file."""

    def __init__(
        self,
        database: Path,
        folder: Path | None = None,
        keep_daily: int = KEEP_DAILY,
        keep_monthly: int = KEEP_MONTHLY,
    ) -> None:
        self.database = database
        self.folder = folder or backup_folder(database)
        self.keep_daily = keep_daily
        self.keep_monthly = keep_monthly

    def daily(self, today: date | None = None) -> Path | None:
        """Make today's backup unless there is one; prune old ones. None when nothing made."""
        today = today or date.today()
        target = self.folder / f"supplan-{today.isoformat()}.sqlite3"
        if target.exists() or not self.database.exists():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        backup_file(self.database, partial)
        partial.replace(target)  # a crash mid-copy never leaves a half backup under its name
        self.prune()
        return target

    def dailies(self) -> list[tuple[date, Path]]:
        """The daily backups, newest first."""
        found = []
        if self.folder.exists():
            for path in self.folder.iterdir():
                match = _DAILY.match(path.name)
                if match:
                    found.append((date.fromisoformat(match.group(1)), path))
        return sorted(found, reverse=True)

    def prune(self) -> list[Path]:
        """Remove daily backups beyond the retention; returns the removed files."""
        dailies = self.dailies()
        keep = {path for _day, path in dailies[: self.keep_daily]}
        months: list[tuple[int, int]] = []
        for day, path in dailies[self.keep_daily :]:
            month = (day.year, day.month)
            if month in months or len(months) >= self.keep_monthly:
                continue
            months.append(month)
            keep.add(path)  # the newest backup of each older month
        removed = [path for _day, path in dailies if path not in keep]
        for path in removed:
            path.unlink()
        return removed

    def latest(self) -> Path | None:
        """The newest daily backup, if any."""
        dailies = self.dailies()
        return dailies[0][1] if dailies else None

    def backup_to(self, target: Path) -> None:
        """A backup at a place the dietician chose."""
        backup_file(self.database, target)

    @staticmethod
    def inspect(path: Path) -> BackupInfo:
        """Check that *path* is a healthy Supplan database this version can open.

        Raises DatabaseRefused (foreign, newer, unreadable or damaged) and never changes it.
        """
        if not path.is_file():
            raise DatabaseRefused(path, RefusalReason.MISSING)
        state = inspect_file(path)
        if state.is_new:
            raise DatabaseRefused(path, RefusalReason.NOT_SUPPLAN, "empty file")
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
                clients = connection.execute("SELECT count(*) FROM client").fetchone()[0]
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            raise DatabaseRefused(path, RefusalReason.UNREADABLE, str(error)) from error
        if verdict != "ok":
            raise DatabaseRefused(path, RefusalReason.UNREADABLE, f"integrity: {verdict}")
        return BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime), clients)

    def restore(self, source: Path, now: datetime | None = None) -> Path:
        """Replace the database by a checked backup; the current one is backed up first.

        The database must be closed by the caller. Returns the safety copy of the current one.
        """
        self.inspect(source)
        now = now or datetime.now()
        self.folder.mkdir(parents=True, exist_ok=True)
        safety = self.folder / f"supplan-before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
        if self.database.exists() and self.database.stat().st_size:
            try:
                backup_file(self.database, safety)
            except sqlite3.DatabaseError:
                # A damaged current database cannot be read by SQLite: keep its bytes instead.
                safety.write_bytes(self.database.read_bytes())
        destination = sqlite3.connect(self.database)
        try:
            origin = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
            try:
                origin.backup(destination)
            finally:
                origin.close()
        finally:
            destination.close()
        return safety


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; nothing is deleted."""
    now = now or datetime.now()
    target = database.with_name(f"{database.stem}.damaged-{now:%Y%m%d-%H%M%S}{database.suffix}")
    database.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    return target
