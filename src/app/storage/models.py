"""The tables. Change them only together with a new Alembic revision in database/versions.

No `from __future__ import annotations` here: SQLModel reads the annotations at run time.
"""

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, Relationship, SQLModel


class Client(SQLModel, table=True):
    """A client of the practice; deleting her deletes everything that belongs to her."""

    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_register_order", "archived", "sort_key", "id", "search_text"),
    )

    id: int | None = Field(default=None, primary_key=True)
    client_number: str = Field(max_length=20, unique=True, index=True)
    given_names: str = Field(max_length=200)
    family_name_prefix: str = Field(default="", max_length=200)
    family_name: str = Field(max_length=200)
    birth_date: date
    sex: str = Field(max_length=10)
    menopausal_status: str = Field(default="unknown", max_length=20)
    diet: str = Field(default="omnivore", max_length=20)
    dietary_calcium_mg: int | None = None
    #: Kidney function (eGFR, mL/min/1.73 m²); empty when not known.
    egfr: int | None = None
    #: The client's conditions the rules read, their names joined by commas; empty for none.
    conditions: str | None = Field(default=None, max_length=200)
    allergies: str = ""
    notes: str = ""
    email: str = Field(default="", max_length=320)
    phone: str = Field(default="", max_length=40)
    archived: bool = Field(default=False, index=True)
    # Derived from the fields above on every save; they make sorting and search cheap.
    sort_key: str = Field(default="", index=True)
    search_text: str = ""
    created_at: datetime = Field(sa_type=DateTime)
    modified_at: datetime = Field(sa_type=DateTime)
    #: Raised by one on every write, so a window writing from an older copy is caught.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    medicines: list["ClientMedicine"] = Relationship(
        back_populates="client",
        cascade_delete=True,
        sa_relationship_kwargs={"order_by": "ClientMedicine.position"},
    )


class ClientMedicine(SQLModel, table=True):
    """One current medicine of a client, in the order the dietician listed them."""

    __tablename__ = "client_medicine"

    id: int | None = Field(default=None, primary_key=True)
    #: None until the row is flushed with its client (set through the relationship).
    client_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
        ),
    )
    position: int
    name: str = Field(max_length=200)

    client: Optional["Client"] = Relationship(back_populates="medicines")


class PracticeSettings(SQLModel, table=True):
    """The practice's details for the handout, and the app's language; a single row."""

    __tablename__ = "practice_settings"

    id: int | None = Field(default=1, primary_key=True)
    dietician_name: str = ""
    practice_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    agb_code: str = Field(default="", max_length=20)
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    language: str = Field(default="system", max_length=10)


class SupplementPlan(SQLModel, table=True):
    """A client's supplement plan. A final plan is never changed: edits make a new version."""

    __tablename__ = "supplement_plan"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    title: str = Field(default="", max_length=200)
    plan_date: date
    status: str = Field(default="draft", max_length=10)
    version: int = 1
    #: The plan this one was made from (previous version), kept for the history.
    previous_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("supplement_plan.id", ondelete="SET NULL"), nullable=True
        ),
    )
    handout_text: str = ""
    #: "nl" or "en"; empty means the app's language at the time of printing.
    handout_language: str = Field(default="", max_length=5)
    created_at: datetime = Field(sa_type=DateTime)
    modified_at: datetime = Field(sa_type=DateTime)
    finalised_at: datetime | None = Field(default=None, sa_type=DateTime)


class SupplementPlanItem(SQLModel, table=True):
    """One product in a plan, with its composition as prescribed (copied, not referenced)."""

    __tablename__ = "supplement_plan_item"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("supplement_plan.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    position: int
    product: str = Field(max_length=300)
    #: JSON list of {"nutrient", "amount", "unit"} per unit, as in the plan file.
    nutrients: str = "[]"
    morning: int = 0
    midday: int = 0
    evening: int = 0
    bedtime: int = 0
    taken_with: str = Field(default="water", max_length=10)
    long_term: bool = True
    note: str = ""
    #: From the client's doctor (a calcium/vitamin D or iron medicine), counted like any item.
    prescribed: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class PlanOverride(SQLModel, table=True):
    """A dietician's written reason to keep a plan despite a finding, per rule id."""

    __tablename__ = "plan_override"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("supplement_plan.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    rule_id: str = Field(max_length=40)
    rules_version: str = Field(max_length=40)
    reason: str
    created_at: datetime = Field(sa_type=DateTime)


class PracticeProduct(SQLModel, table=True):
    """A product the practice added to its own catalogue."""

    __tablename__ = "practice_product"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    nutrients: str = "[]"
    archived: bool = False
    created_at: datetime = Field(sa_type=DateTime)
    modified_at: datetime = Field(sa_type=DateTime)


class PlanTemplate(SQLModel, table=True):
    """A protocol saved by the practice: named items to start a plan from."""

    __tablename__ = "plan_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    #: JSON list of items as in the plan file.
    items: str = "[]"
    created_at: datetime = Field(sa_type=DateTime)


metadata = SQLModel.metadata
