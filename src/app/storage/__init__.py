"""Storage: SQLModel tables, sessions, migrations and the repositories the UI calls.

SQLite is the embedded default; anything SQLite-only (PRAGMAs, application_id, the backup
API) stays inside this package so a shared PostgreSQL server can use the same code later.
"""
