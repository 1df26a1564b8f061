"""Opening, creating, migrating and refusing database files (real SQLite files in tmp_path)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from app.storage.clients import ClientRepository
from app.storage.database import (
    APPLICATION_ID,
    DatabaseRefused,
    RefusalReason,
    create_sqlite_engine,
    known_revisions,
    open_database,
    upgrade,
)
from tests.conftest import FIXTURES


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_new_database_is_created_at_head_in_wal_mode_with_foreign_keys(database_path):
    db = open_database(database_path)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert db.migration_backup is None
    finally:
        db.close()
    assert _revision(database_path) == known_revisions()[1]


def test_empty_file_is_migrated_to_head(database_path):
    database_path.write_bytes(b"")
    db = open_database(database_path)
    db.close()
    assert _revision(database_path) == known_revisions()[1]


def test_missing_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "supplan.sqlite3"
    open_database(path).close()
    assert path.exists()


def test_every_revision_upgrades_step_by_step_from_the_first(database_path):
    revisions, head = known_revisions()
    assert revisions[0] == "0001" and revisions[-1] == head
    engine = create_sqlite_engine(database_path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    for revision in revisions:
        upgrade(engine, revision)
        assert _revision(database_path) == revision
    engine.dispose()


def test_items_stored_before_the_prescribed_flag_are_not_prescribed(database_path):
    """The migration adding the flag gives every existing item false (a plain ADD COLUMN)."""
    revisions, head = known_revisions()
    engine = create_sqlite_engine(database_path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine, revisions[revisions.index(head) - 1])
    now = "2026-11-24 09:00:00"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO client (id, client_number, given_names, family_name_prefix, "
            "family_name, birth_date, sex, menopausal_status, diet, allergies, notes, email, "
            "phone, archived, sort_key, search_text, created_at, modified_at) VALUES (1, "
            f"'2025-0001', 'Anna', '', 'Jansen', '1950-01-01', 'female', 'unknown', "
            f"'omnivore', '', '', '', '', 0, '', '', '{now}', '{now}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO supplement_plan (id, client_id, title, plan_date, status, version, "
            "handout_text, handout_language, created_at, modified_at) VALUES (1, 1, 'Plan', "
            f"'2026-11-24', 'draft', 1, '', '', '{now}', '{now}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO supplement_plan_item (plan_id, position, product, nutrients, morning, "
            "midday, evening, bedtime, taken_with, long_term, note) VALUES (1, 0, 'Calcium', "
            "'[]', 1, 0, 0, 0, 'water', 1, '')"
        )
    upgrade(engine, head)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT prescribed FROM supplement_plan_item").all()
    engine.dispose()
    assert [tuple(row) for row in rows] == [(0,)]


def test_frozen_first_schema_upgrades_with_a_backup_and_keeps_every_client(tmp_path):
    path = tmp_path / "supplan.sqlite3"
    shutil.copy(FIXTURES / "supplan-schema-0001.sqlite3", path)
    db = open_database(path, now=datetime(2026, 11, 24, 9, 30, 5))
    try:
        assert db.migration_backup == tmp_path / "supplan.before-upgrade-20261124-093005.sqlite3"
        with sqlite3.connect(db.migration_backup) as backup:
            assert backup.execute("SELECT count(*) FROM client").fetchone()[0] == 2
        backup.close()
        clients = ClientRepository(db)
        everyone = clients.search(include_archived=True)
        assert [c.client_number for c in everyone] == ["2025-0002", "2025-0001"]
        anna = clients.get(everyone[1].id)
        assert anna.draft.medicines == ["Fosamax 70 mg", "omeprazole 20 mg"]
        assert anna.draft.dietary_calcium_mg == 800
        assert anna.version == 1  # 0004 gave every existing client a first version
        from app.storage.settings import SettingsRepository

        assert SettingsRepository(db).load().language == "system"
    finally:
        db.close()
    assert _revision(path) == known_revisions()[1]
    assert _revision(tmp_path / "supplan.before-upgrade-20261124-093005.sqlite3") == "0001"


def test_database_at_head_is_opened_without_backup(database_path):
    open_database(database_path).close()
    db = open_database(database_path)
    db.close()
    assert db.migration_backup is None
    assert not list(database_path.parent.glob("*before-upgrade*"))


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipes (name) VALUES ('stamppot')")
    connection.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_foreign_sqlite, RefusalReason.NOT_SUPPLAN),
        (lambda p: p.write_text("name,birth\nAnna,1954\n"), RefusalReason.UNREADABLE),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000),
            RefusalReason.UNREADABLE,
        ),
    ],
    ids=["other-sqlite-app", "text-file", "garbage-after-header"],
)
def test_foreign_file_is_refused_and_left_byte_identical(database_path, make, reason):
    make(database_path)
    before = _digest(database_path)
    neighbours = sorted(p.name for p in database_path.parent.iterdir())
    with pytest.raises(DatabaseRefused) as refused:
        open_database(database_path)
    assert refused.value.reason is reason
    assert _digest(database_path) == before
    assert sorted(p.name for p in database_path.parent.iterdir()) == neighbours


def test_database_from_a_newer_supplan_is_refused_and_unchanged(database_path):
    open_database(database_path).close()
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _digest(database_path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(database_path)
    assert refused.value.reason is RefusalReason.TOO_NEW
    assert _digest(database_path) == before


def test_foreign_keys_cascade_when_a_client_is_deleted(clients, database):
    from tests.helpers import draft

    anna = clients.create(draft(medicines=["Fosamax", "Losec"]))
    with database.engine.connect() as connection:
        # A plain SQL delete (not the ORM) shows the database itself enforces the cascade.
        connection.exec_driver_sql("DELETE FROM client WHERE id = ?", (anna.id,))
        connection.commit()
        left = connection.exec_driver_sql("SELECT count(*) FROM client_medicine").scalar()
    assert left == 0


def test_database_path_prefers_command_line_then_environment(tmp_path):
    from app.config import DATABASE_FILE_NAME, database_path

    env = {"SUPPLAN_DATABASE": str(tmp_path / "env.sqlite3")}
    assert database_path(str(tmp_path / "cli.sqlite3"), env) == tmp_path / "cli.sqlite3"
    assert database_path(None, env) == tmp_path / "env.sqlite3"
    default = database_path(None, {})
    assert default.name == DATABASE_FILE_NAME and "Supplan" in default.parts[-2]


def test_sample_dates_survive_a_round_trip(clients):
    from tests.helpers import draft

    saved = clients.create(draft(born=date(1930, 2, 28)))
    assert clients.get(saved.id).draft.birth_date == date(1930, 2, 28)


def test_revisions_read_from_the_files_match_alembic():
    from alembic.script import ScriptDirectory

    from app.storage.database import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config())
    expected = [rev.revision for rev in script.walk_revisions()][::-1]
    assert known_revisions() == (expected, script.get_current_head())


def test_quick_language_read_needs_no_sqlalchemy(database_path, database):
    from app.storage.quick import read_language
    from app.storage.settings import Settings, SettingsRepository

    assert read_language(database_path.with_name("missing.sqlite3")) == "system"
    SettingsRepository(database).save(Settings(language="nl"))
    assert read_language(database_path) == "nl"
    database_path.with_name("junk.sqlite3").write_text("junk")
    assert read_language(database_path.with_name("junk.sqlite3")) == "system"
