"""Alembic environment: runs on the connection Supplan hands over, or on a URL for developers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic import context
from sqlalchemy import create_engine

from app.storage.models import metadata

if TYPE_CHECKING:  # the executable bundles only what the app imports at run time
    from alembic.migration import MigrationContext
    from alembic.operations.ops import MigrationScript
    from sqlalchemy.engine import Connection

config = context.config
connection = config.attributes.get("connection")


#: How autogenerate compares the models with a database; tests/storage/test_migrations.py
#: compares the head migration with the models the same way.
COMPARE = {"compare_type": True, "compare_server_default": True}


def _number_the_revision(
    _context: MigrationContext, _revision: object, directives: list[MigrationScript]
) -> None:
    """`alembic revision` numbers the new script after the head (0005 after 0004), not randomly."""
    head = context.script.get_current_head()
    directives[0].rev_id = f"{int(head or 0) + 1:04d}"


def _run(connection: Connection) -> None:
    # Batch mode lets ALTER TABLE steps work on SQLite by copying the table.
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        process_revision_directives=_number_the_revision,
        **COMPARE,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    with create_engine(url).begin() as own_connection:
        _run(own_connection)
