"""An upgrade is all or nothing: stopped half-way, the next start upgrades from the old schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from app.storage import database as database_module
from app.storage.database import known_revisions, open_database
from tests.safety.corpus import client_count

OLD_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "supplan-schema-0001.sqlite3"


class Stopped(Exception):
    """Stands for the process dying between two statements of a migration."""


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_an_upgrade_stopped_after_its_first_statement_leaves_the_old_schema(tmp_path, monkeypatch):
    path = tmp_path / "supplan.sqlite3"
    shutil.copyfile(OLD_SCHEMA, path)
    before = client_count(path)
    real_engine = database_module.create_sqlite_engine

    def engine_that_dies(target: Path):
        engine = real_engine(target)

        @event.listens_for(engine, "after_cursor_execute")
        def _stop(_conn, _cursor, statement, *_args):
            if statement.lstrip().upper().startswith("CREATE TABLE"):
                raise Stopped(statement.split("(")[0])

        return engine

    monkeypatch.setattr(database_module, "create_sqlite_engine", engine_that_dies)
    with pytest.raises(Stopped):
        open_database(path)
    assert _revision(path) == "0001", "a half-done upgrade must not be recorded"
    monkeypatch.undo()

    reopened = open_database(path)
    try:
        _revisions, head = known_revisions()
        assert _revision(path) == head
    finally:
        reopened.close()
    assert client_count(path) == before
