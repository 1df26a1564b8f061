"""Plan items from the client's doctor: a prescribed flag on each item

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # A plain ADD COLUMN: SQLite fills every existing item with false, no table copy.
    op.add_column(
        "supplement_plan_item",
        sa.Column("prescribed", sa.Boolean(), server_default="0", nullable=False),
    )


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("supplement_plan_item", schema=None) as batch_op:
        batch_op.drop_column("prescribed")
