"""Alembic migrations of the Supplan schema; shipped inside the package as app.migrations."""
