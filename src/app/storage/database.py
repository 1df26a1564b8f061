"""Opening the database: check what the file is, back it up, migrate it, refuse what is not ours.

A file that is not a Supplan database, or one written by a newer Supplan, is only ever read
(through a read-only connection) and never changed. An older one is copied next to itself
with SQLite's backup API before Alembic brings it to the current schema.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.domain import clock
from app.storage.errors import DatabaseRefused, RefusalReason, database_error, is_damage
from app.storage.files import (
    APPLICATION_ID,
    SQLITE_HEADER,
    FileState,
    backup_file,
    inspect_file,
    known_revisions,
    migration_backup_path,
    migrations_path,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection
    from sqlalchemy.engine import ExceptionContext
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

log = logging.getLogger(__name__)
#: Added to the database's name for the pending-erasure marker ("supplan.sqlite3.erasure-pending").
ERASURE_SUFFIX = ".erasure-pending"

__all__ = [
    "APPLICATION_ID",
    "SQLITE_HEADER",
    "Database",
    "DatabaseRefused",
    "FileState",
    "RefusalReason",
    "backup_file",
    "create_sqlite_engine",
    "database_error",
    "inspect_file",
    "is_damage",
    "known_revisions",
    "migration_backup_path",
    "migrations_path",
    "open_database",
    "upgrade",
]


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _configure_sqlite(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
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
        #: Called with the error whenever SQLite reports damage (the app shows its dialog).
        self.damage_listeners: list[Callable[[BaseException], None]] = []
        event.listen(engine, "handle_error", self._on_error)

    def _on_error(self, context: ExceptionContext) -> None:
        """SQLAlchemy: every database error passes here; damage is announced, not hidden."""
        error = context.original_exception
        if is_damage(error):
            for listener in list(self.damage_listeners):
                listener(error)

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

    @property
    def erasure_marker(self) -> Path | None:
        """The side file whose existence means: an erasure has not been compacted away yet.

        A zero-byte file next to the database, not a row in it: compaction fails on a full
        disk, and so would a write to the database, while creating an empty file needs no
        free block. It holds no personal data, and is made before compacting, so a kill
        during VACUUM leaves it behind and the next start finishes the job.
        """
        return None if self.path is None else self.path.with_name(self.path.name + ERASURE_SUFFIX)

    def erasure_pending(self) -> bool:
        """Whether deleted data may still be in the file (a compaction failed or never ran)."""
        marker = self.erasure_marker
        return marker is not None and marker.exists()

    def finish_erasure(self) -> bool:
        """Compact after a deletion; True when done, False (marker kept) when it failed.

        The marker is written first; if even that fails the compaction is still tried, and a
        failure of both raises, so the caller can say so now instead of never.
        """
        marker = self.erasure_marker
        marked = self.mark_erasure_pending()
        try:
            self.compact()
        except (OSError, SQLAlchemyError):
            log.exception("compaction after an erasure failed")
            if not marked:
                raise
            return False
        if marker is not None:
            marker.unlink(missing_ok=True)
        return True

    def mark_erasure_pending(self) -> bool:
        """Write the marker (see erasure_marker); False when even that failed."""
        marker = self.erasure_marker
        if marker is not None and not marker.exists():
            try:
                marker.touch()
            except OSError:
                log.exception("cannot record the pending erasure in %s", marker)
                return False
        return True

    def compact(self) -> None:
        """Rewrite the file so deleted data is gone from the disk, not just unlinked.

        After erasing a client (GDPR art. 17): SQLite keeps deleted rows in free pages and in
        the write-ahead log until VACUUM and a truncating checkpoint.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM"):
                connection.exec_driver_sql(statement)
            busy, _frames, _done = connection.exec_driver_sql(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).one()
            if busy:  # another connection kept old pages in the log: not erased yet
                raise OSError("the write-ahead log could not be emptied")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to *revision* with Alembic, every step in one transaction.

    Python's sqlite3 runs CREATE/ALTER/DROP outside any transaction unless one was begun
    explicitly, so a process killed between two statements of a migration left a half-built
    schema still stamped with the old revision, which the next start could not upgrade
    ("table ... already exists"). An explicit BEGIN makes the upgrade all or nothing.
    """
    from alembic import command

    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN")
        command.upgrade(_alembic_config(connection), revision)
        connection.commit()


def open_database(path: Path, now: datetime | None = None) -> Database:
    """Open (creating or migrating as needed) the Supplan database at *path*.

    Raises DatabaseRefused, leaving the file untouched, for a foreign, newer or unreadable file.
    """
    state = inspect_file(path)
    _revisions, head = known_revisions()
    backup: Path | None = None
    if not state.is_new and state.revision != head:
        backup = migration_backup_path(path, now or clock.now())
        backup_file(path, backup)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(path)
    if state.is_new:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    if state.revision != head:
        upgrade(engine)
    return Database(engine, path, backup)
