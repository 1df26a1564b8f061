"""Backups of the database: daily at start, on request, and restoring one safely.

Copies are made with SQLite's online backup API, never by copying a file in use. The daily
copies keep the last 14 days and, beyond those, one per month for 6 months.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain import clock
from app.storage import atomic
from app.storage.errors import DatabaseDamaged, DatabaseRefused, RefusalReason
from app.storage.files import backup_file, inspect_file

KEEP_DAILY = 14
KEEP_MONTHLY = 6
_DAILY = re.compile(r"^supplan-(\d{4}-\d{2}-\d{2})\.sqlite3$")
# Left by a daily backup killed mid-copy before copies went through storage.atomic.
_OLD_PARTIAL = re.compile(r"^supplan-\d{4}-\d{2}-\d{2}\.partial$")
#: The copies checked right after they were written (name -> size, mtime, clients).
VERIFIED_FILE = "verified.json"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, checked before it may be restored."""

    path: Path
    made: datetime
    clients: int


@dataclass(frozen=True)
class Candidate:
    """A copy recovery can offer: its date, and what checking it found."""

    path: Path
    made: datetime
    info: BackupInfo | None
    refused: DatabaseRefused | None
    #: Checked right after it was written and unchanged since.
    verified: bool

    @property
    def usable(self) -> bool:
        """Whether the copy passed the check and may be restored."""
        return self.info is not None


def backup_folder(database: Path) -> Path:
    """Where the backups of *database* go: a folder next to it."""
    return database.parent / "backups"


def check_database(path: Path, thorough: bool = False) -> str:
    """SQLite's own check of *path*: "ok", or the first things it found wrong.

    quick_check (~half the time) before routine copies; integrity_check (also compares
    every index with its table) before a manual backup and a restore.
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute(f"PRAGMA {pragma}(5)").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error) or type(error).__name__
    verdict = "; ".join(str(row[0]) for row in rows)
    return verdict or "no answer"


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

    def check(self, thorough: bool = False) -> None:
        """Raise DatabaseDamaged unless SQLite finds the database healthy."""
        verdict = check_database(self.database, thorough)
        if verdict != "ok":
            raise DatabaseDamaged(self.database, verdict)

    def _write_checked(self, target: Path, thorough: bool) -> BackupInfo:
        """Copy the database to *target* if it is healthy, and check the copy before naming it.

        Raises DatabaseDamaged (nothing written) or DatabaseRefused (the copy failed its check;
        nothing left under *target*).
        """
        self.check(thorough)
        with atomic.atomic_path(target) as temporary:
            atomic.sqlite_copy(self.database, temporary)
            try:
                info = self.inspect(temporary)
            except DatabaseRefused:
                # quick_check does not compare indexes with their rows; the copy's full
                # check does. Damage there that is also in the database is the database's.
                verdict = check_database(self.database, thorough=True)
                if verdict != "ok":
                    raise DatabaseDamaged(self.database, verdict) from None
                raise
        return BackupInfo(target, info.made, info.clients)

    def daily(self, today: date | None = None) -> Path | None:
        """Make today's backup unless there is one; prune old ones. None when nothing made.

        Raises DatabaseDamaged, writing nothing, when the database fails its check: a
        damaged database is never copied over the healthy backups.
        """
        today = today or clock.today()
        target = self.folder / f"supplan-{today.isoformat()}.sqlite3"
        if target.exists() or not self.database.exists():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        info = self._write_checked(target, thorough=False)
        self._record_verified(info)
        self.prune()
        return target

    def daily_and_check(self) -> Path | None:
        """The start-up job: today's copy (private), or on the days one exists a quick check.

        Damage is found early either way (DatabaseDamaged). Runs on a worker thread: only
        its own sqlite3 connections and file operations.
        """
        from app.storage.private import tighten_tree

        made = self.daily()
        if made is None:
            self.check()
        else:
            tighten_tree(made.parent)
        return made

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
        """Remove daily backups beyond the retention; returns the removed files.

        The newest verified copy is always kept, however old: if the database was damaged
        unnoticed for weeks, the last copy known to be healthy must not rotate out.
        """
        dailies = self.dailies()
        keep = {path for _day, path in dailies[: self.keep_daily]}
        months: list[tuple[int, int]] = []
        for day, path in dailies[self.keep_daily :]:
            month = (day.year, day.month)
            if month in months or len(months) >= self.keep_monthly:
                continue
            months.append(month)
            keep.add(path)  # the newest backup of each older month
        newest_verified = next((path for _day, path in dailies if self.is_verified(path)), None)
        if newest_verified is not None:
            keep.add(newest_verified)
        removed = [path for _day, path in dailies if path not in keep]
        for path in removed:
            path.unlink()
        if removed:
            self._forget([path.name for path in removed])
        return removed

    def latest(self) -> Path | None:
        """The newest daily backup, if any."""
        dailies = self.dailies()
        return dailies[0][1] if dailies else None

    def backup_to(self, target: Path) -> BackupInfo:
        """A backup at a place the dietician chose: only of a healthy database, checked."""
        return self._write_checked(target, thorough=True)

    # -- which copies were verified ------------------------------------------------------

    def _verified(self) -> dict[str, object]:
        try:
            data = json.loads((self.folder / VERIFIED_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save_verified(self, data: dict[str, object]) -> None:
        atomic.write_text(self.folder / VERIFIED_FILE, json.dumps(data, indent=1, sort_keys=True))

    def _record_verified(self, info: BackupInfo) -> None:
        stat = info.path.stat()
        data = self._verified()
        data[info.path.name] = {
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
            "clients": info.clients,
            "checked": clock.now().isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):  # the copy stands; only its mark is missing
            self._save_verified(data)

    def _forget(self, names: list[str]) -> None:
        data = self._verified()
        if any(name in data for name in names):
            for name in names:
                data.pop(name, None)
            with contextlib.suppress(OSError):
                self._save_verified(data)

    def is_verified(self, path: Path) -> bool:
        """Whether *path* was checked right after it was written and has not changed since."""
        entry = self._verified().get(path.name)
        if path.parent != self.folder or not isinstance(entry, dict):
            return False
        try:
            stat = path.stat()
        except OSError:
            return False
        return entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns

    def listing(self) -> list[tuple[Path, datetime, int | None]]:
        """The copies in the backups folder, newest first, each with its client count if verified.

        None in place of the count: not verified. Cheap: no copy is opened.
        """
        data = self._verified()
        found = []
        for path in self.folder.glob("*.sqlite3") if self.folder.is_dir() else []:
            if path.name.startswith("."):
                continue
            try:
                made = datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            entry = data.get(path.name) if self.is_verified(path) else None
            clients = entry.get("clients") if isinstance(entry, dict) else None
            # The marks file is outside the database: a count that is not a number is no count.
            found.append((path, made, clients if isinstance(clients, int) else None))
        return sorted(found, key=lambda entry: entry[1], reverse=True)

    def remove_leftovers(self) -> list[Path]:
        """Remove what killed writes left next to the database and in the backups folder."""
        removed = atomic.remove_leftovers(self.database.parent, self.folder)
        if self.folder.exists():
            for path in self.folder.iterdir():
                if _OLD_PARTIAL.match(path.name):
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed.append(path)
        return removed

    # -- recovery ------------------------------------------------------------------------

    def copies(self) -> list[Path]:
        """Every copy of the database Supplan made: backups and before-upgrade copies."""
        found: list[Path] = []
        if self.folder.is_dir():
            found += [p for p in self.folder.glob("*.sqlite3") if not p.name.startswith(".")]
        stem, suffix = self.database.stem, self.database.suffix
        if self.database.parent.is_dir():
            found += list(self.database.parent.glob(f"{stem}.before-upgrade-*{suffix}"))
        return found

    def has_earlier_data(self) -> bool:
        """Whether anything shows this database held data before: a copy or a damaged file."""
        if self.copies():
            return True
        stem, suffix = self.database.stem, self.database.suffix
        parent = self.database.parent
        return parent.is_dir() and any(parent.glob(f"{stem}.damaged-*{suffix}"))

    def candidates(self) -> list[Candidate]:
        """Every copy, checked: the restorable ones first, newest first, then the others."""
        found = []
        for path in self.copies():
            try:
                made = datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            try:
                info, refused = self.inspect(path), None
            except DatabaseRefused as error:
                info, refused = None, error
            found.append(Candidate(path, made, info, refused, self.is_verified(path)))
        return sorted(found, key=lambda c: (not c.usable, -c.made.timestamp(), c.path.name))

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

    def restore(self, source: Path, now: datetime | None = None) -> Path | None:
        """Replace the database by a checked backup; the current one is backed up first.

        The database must be closed by the caller. Returns the safety copy of the current
        one (None when there was no current one). The new database is written under a
        temporary name and checked before it replaces the old: a failed or killed restore
        leaves the database as it was.
        """
        self.inspect(source)
        now = now or clock.now()
        self.folder.mkdir(parents=True, exist_ok=True)
        safety: Path | None = None
        if self.database.exists() and self.database.stat().st_size:
            safety = self.folder / f"supplan-before-restore-{now:%Y%m%d-%H%M%S}.sqlite3"
            try:
                backup_file(self.database, safety)
            except sqlite3.DatabaseError:
                # A damaged current database cannot be read by SQLite: keep its bytes instead.
                atomic.copy_file(self.database, safety)
        with atomic.atomic_path(self.database) as temporary:
            atomic.sqlite_copy(source, temporary)
            self.inspect(temporary)
            # A write-ahead log left beside the old database belongs to it: applied to the
            # restored file it would damage it. Keep it with the safety copy.
            for suffix in ("-wal", "-shm"):
                companion = Path(f"{self.database}{suffix}")
                if companion.exists():
                    kept = safety or self.database.with_name(
                        f"{self.database.stem}.before-restore-{now:%Y%m%d-%H%M%S}"
                        f"{self.database.suffix}"
                    )
                    companion.replace(Path(f"{kept}{suffix}"))
        return safety


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; nothing is deleted."""
    now = now or clock.now()
    target = database.with_name(f"{database.stem}.damaged-{now:%Y%m%d-%H%M%S}{database.suffix}")
    database.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    return target
