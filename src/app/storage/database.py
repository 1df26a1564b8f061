"""Opening the database: check what the file is, back it up, migrate it, refuse what is not ours.

A file that is not a Supplan database, or one written by a newer Supplan, is only ever read
(through a read-only connection) and never changed. An older one is copied next to itself
with SQLite's backup API before Alembic brings it to the current schema.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from app.storage.errors import DatabaseRefused, RefusalReason

# "SUPL" in ASCII: written into every Supplan SQLite file (PRAGMA application_id) so that
# another program's database is recognised before anything is written to it.
APPLICATION_ID = 0x5355504C
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a database file holds, as read without changing it."""

    is_new: bool
    revision: str | None


def migrations_path() -> Path:
    """The Alembic scripts, shipped inside the package as app.migrations."""
    return Path(str(files("app.migrations")))


def _alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(None|[\"']([^\"']+)[\"'])", re.MULTILINE)


@cache
def known_revisions() -> tuple[list[str], str]:
    """All revisions this build of Supplan knows, oldest first, and the newest (head).

    Read from the migration files' text: importing Alembic costs ~130 ms at every start,
    and it is needed only when there is something to migrate.
    """
    parents: dict[str, str | None] = {}
    for script in (migrations_path() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision and down:
            parents[revision.group(1)] = down.group(2)
    children = {parent: child for child, parent in parents.items()}
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    assert len(chain) == len(parents), "migrations must form one unbranched chain"
    return chain, chain[-1]


def inspect_file(path: Path) -> FileState:
    """Read what *path* holds without writing to it; raise DatabaseRefused if it is not ours."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise DatabaseRefused(path, RefusalReason.UNREADABLE, str(error)) from error
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DatabaseRefused(path, RefusalReason.UNREADABLE, "no SQLite header")
    if _truncated(path, header):
        raise DatabaseRefused(path, RefusalReason.UNREADABLE, "file shorter than its header says")
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(path, RefusalReason.UNREADABLE, str(error)) from error
    if not tables and application_id in (0, APPLICATION_ID):
        return FileState(is_new=True, revision=None)
    if application_id != APPLICATION_ID or revision is None:
        raise DatabaseRefused(path, RefusalReason.NOT_SUPPLAN, f"application_id={application_id}")
    revisions, _head = known_revisions()
    if revision not in revisions:
        raise DatabaseRefused(path, RefusalReason.TOO_NEW, f"revision {revision}")
    return FileState(is_new=False, revision=revision)


def _truncated(path: Path, header: bytes) -> bool:
    """Whether the file is shorter than the page count in its (valid) header: a cut-off copy.

    Cheap (no page is read), unlike PRAGMA quick_check (~100 ms at 50,000 clients).
    """
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    page_count = int.from_bytes(header[28:32], "big")
    if header[92:96] != change_counter or page_count == 0:
        return False  # header page count not maintained: nothing to compare with
    return path.stat().st_size < page_size * page_count


def backup_file(source: Path, target: Path) -> None:
    """Copy a database consistently with SQLite's online backup API (safe while in use)."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def migration_backup_path(path: Path, now: datetime) -> Path:
    """Where the copy made before a migration goes: next to the database, timestamped."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on a SQLite file with foreign keys enforced and write-ahead logging."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_sqlite)
    return engine


class Database:
    """An open, migrated Supplan database; hands out sessions to the repositories."""

    def __init__(self, engine: Engine, path: Path | None, migration_backup: Path | None) -> None:
        self.engine = engine
        self.path = path
        #: The copy written before this start migrated the file, if it did.
        self.migration_backup = migration_backup

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Release the connections (and with them the WAL files)."""
        self.engine.dispose()

    def compact(self) -> None:
        """Rewrite the file so deleted data is gone from the disk, not just unlinked.

        After erasing a client (GDPR art. 17): SQLite keeps deleted rows in free pages and in
        the write-ahead log until VACUUM and a truncating checkpoint.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to *revision* with Alembic."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


def open_database(path: Path, now: datetime | None = None) -> Database:
    """Open (creating or migrating as needed) the Supplan database at *path*.

    Raises DatabaseRefused, leaving the file untouched, for a foreign, newer or unreadable file.
    """
    state = inspect_file(path)
    _revisions, head = known_revisions()
    backup: Path | None = None
    if not state.is_new and state.revision != head:
        backup = migration_backup_path(path, now or datetime.now())
        backup_file(path, backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    if state.is_new:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    if state.revision != head:
        upgrade(engine)
    return Database(engine, path, backup)
