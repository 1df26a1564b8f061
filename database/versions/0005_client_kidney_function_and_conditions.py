"""A client's kidney function (eGFR) and conditions, read by the condition rules

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMNs: existing clients get no eGFR and no conditions (NULL), no table copy.
    op.add_column("client", sa.Column("egfr", sa.Integer(), nullable=True))
    op.add_column(
        "client",
        sa.Column("conditions", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    )


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("conditions")
        batch_op.drop_column("egfr")
