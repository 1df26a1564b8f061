"""Alembic environment: runs on the connection Supplan hands over, or on a URL for developers."""

from alembic import context
from sqlalchemy import create_engine

from app.storage.models import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(connection) -> None:
    # Batch mode lets ALTER TABLE steps work on SQLite by copying the table.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    with create_engine(url).begin() as own_connection:
        _run(own_connection)
