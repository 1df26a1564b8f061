"""A version number on each client, so a write based on an older copy is refused

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # A plain ADD COLUMN: SQLite fills every existing row with the default, no table copy.
    op.add_column("client", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("version")
