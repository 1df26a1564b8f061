"""The migrations agree with the models, and keep the project's numbering (0001, 0002, …)."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.storage.database import known_revisions, migrations_path, open_database
from app.storage.models import metadata

ROOT = Path(__file__).resolve().parents[2]


def test_a_database_upgraded_to_head_matches_the_models(database_path: Path) -> None:
    """A model changed without a migration (or the reverse) shows up here as a difference."""
    database = open_database(database_path)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, metadata)
    finally:
        database.close()
    assert differences == [], "the models differ from the head migration: write a migration"


def test_revisions_are_numbered_in_one_unbroken_chain() -> None:
    script = ScriptDirectory(str(migrations_path()))
    revisions = list(reversed(list(script.walk_revisions())))  # oldest first
    assert len(script.get_heads()) == 1, "the migrations branch: merge or renumber them"
    assert [r.revision for r in revisions] == [f"{n:04d}" for n in range(1, len(revisions) + 1)]
    assert [r.down_revision for r in revisions] == [None, *(r.revision for r in revisions[:-1])]
    for revision in revisions:
        assert Path(revision.path).name.startswith(f"{revision.revision}_")
    # The app reads the chain without Alembic at start-up; it must see the same one.
    assert known_revisions() == ([r.revision for r in revisions], revisions[-1].revision)


def test_alembic_revision_names_the_next_number(tmp_path: Path) -> None:
    """What a developer runs (alembic.ini's own settings) makes 0005 after 0004, not a random id."""
    scripts = tmp_path / "database"
    shutil.copytree(migrations_path(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    config = Config(ROOT / "alembic.ini")
    config.set_main_option("script_location", str(scripts))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{tmp_path / 'scratch.sqlite3'}")
    _, head = known_revisions()
    expected = f"{int(head) + 1:04d}"

    command.revision(config, message="what changes")

    created = sorted({p.name for p in (scripts / "versions").glob("*.py")} - _names())
    assert created == [f"{expected}_what_changes.py"]
    new = ScriptDirectory(str(scripts)).get_revision(expected)
    assert new is not None and new.down_revision == head
    assert Path(new.path).name == created[0]


def _names() -> set[str]:
    return {p.name for p in (migrations_path() / "versions").glob("*.py")}
