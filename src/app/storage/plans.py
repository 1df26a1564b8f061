"""Supplement plans in the database: list, create, save, finalise, version, duplicate, delete.

A plan stores the composition of each product as it was prescribed, so editing a product in
the catalogue later never changes a plan that was already given to a client.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, delete, select

from app.domain import clock as app_clock
from app.domain import limits
from app.domain.limits import check_text
from app.domain.plan import Moment, Override, PlanItem, PlanStatus, TakenWith, check_item
from app.domain.planfile import nutrients_from_data, nutrients_to_data
from app.storage.database import Database
from app.storage.models import PlanOverride, SupplementPlan, SupplementPlanItem


class PlanNotFound(LookupError):
    """The plan was deleted or never existed."""


class PlanIsFinal(PermissionError):
    """A final plan cannot be changed; make a new version instead."""


@dataclass(frozen=True)
class PlanSummary:
    """One row in a client's list of plans."""

    id: int
    title: str
    plan_date: date
    status: PlanStatus
    version: int
    modified_at: datetime


@dataclass
class StoredPlan:
    """A plan as the editor works on it."""

    id: int
    client_id: int
    title: str
    plan_date: date
    status: PlanStatus
    version: int
    previous_id: int | None
    items: tuple[PlanItem, ...] = ()
    overrides: dict[str, Override] = field(default_factory=dict)
    handout_text: str = ""
    handout_language: str = ""

    @property
    def is_final(self) -> bool:
        """Whether the plan is read-only."""
        return self.status is PlanStatus.FINAL


class PlanRepository:
    """The storage API for plans."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = app_clock.now) -> None:
        self._db = database
        self._clock = clock

    def list_for_client(self, client_id: int) -> list[PlanSummary]:
        """A client's plans, newest first."""
        statement = (
            select(SupplementPlan)
            .where(SupplementPlan.client_id == client_id)
            .order_by(col(SupplementPlan.plan_date).desc(), col(SupplementPlan.id).desc())
        )
        with self._db.session() as session:
            return [
                PlanSummary(
                    id=_stored_id(row),
                    title=row.title,
                    plan_date=row.plan_date,
                    status=PlanStatus(row.status),
                    version=row.version,
                    modified_at=row.modified_at,
                )
                for row in session.exec(statement)
            ]

    def create(
        self,
        client_id: int,
        title: str,
        plan_date: date,
        items: tuple[PlanItem, ...] = (),
    ) -> StoredPlan:
        """A new draft plan for a client."""
        with self._db.session() as session:
            plan_id = _insert(session, client_id, title, plan_date, items, self._clock())
            return self._load(session, plan_id)

    def create_many(self, plans: list[tuple[int, str, date, tuple[PlanItem, ...]]]) -> int:
        """Add many draft plans (client id, title, date, items) in one transaction."""
        now = self._clock()
        with self._db.session() as session:
            for client_id, title, plan_date, items in plans:
                _insert(session, client_id, title, plan_date, items, now)
        return len(plans)

    def get(self, plan_id: int) -> StoredPlan:
        """One plan with its items and overrides."""
        with self._db.session() as session:
            return self._load(session, plan_id)

    def save(self, plan: StoredPlan) -> None:
        """Store the editor's state of a draft in one transaction; a final plan is refused."""
        with self._db.session() as session:
            row = session.get(SupplementPlan, plan.id)
            if row is None:
                raise PlanNotFound(plan.id)
            if row.status == PlanStatus.FINAL:
                raise PlanIsFinal(plan.id)
            check_text("title", plan.title, limits.TITLE)
            check_text("handout_text", plan.handout_text, limits.HANDOUT_TEXT)
            for override in plan.overrides.values():
                check_text("reason", override.reason, limits.REASON)
            row.title = plan.title
            row.plan_date = plan.plan_date
            row.handout_text = plan.handout_text
            row.handout_language = plan.handout_language
            row.modified_at = self._clock()
            session.add(row)
            session.exec(
                delete(SupplementPlanItem).where(col(SupplementPlanItem.plan_id) == plan.id)
            )
            _write_items(session, plan.id, plan.items)
            _write_overrides(session, plan.id, plan.overrides, self._clock())

    def finalise(self, plan_id: int) -> None:
        """Make a draft final (read-only)."""
        with self._db.session() as session:
            row = session.get(SupplementPlan, plan_id)
            if row is None:
                raise PlanNotFound(plan_id)
            row.status = PlanStatus.FINAL.value
            row.finalised_at = self._clock()
            session.add(row)

    def new_version(self, plan_id: int) -> StoredPlan:
        """A new draft made from a (final) plan; the original stays as it was."""
        original = self.get(plan_id)
        copy = self.create(original.client_id, original.title, app_clock.today(), original.items)
        copy.version = original.version + 1
        copy.previous_id = original.id
        copy.overrides = dict(original.overrides)
        copy.handout_text = original.handout_text
        copy.handout_language = original.handout_language
        with self._db.session() as session:
            row = session.get(SupplementPlan, copy.id)
            assert row is not None
            row.version = copy.version
            row.previous_id = original.id
            row.handout_text = original.handout_text
            row.handout_language = original.handout_language
            session.add(row)
            _write_overrides(session, copy.id, copy.overrides, self._clock())
        return copy

    def duplicate(self, plan_id: int, client_id: int | None = None) -> StoredPlan:
        """A new, independent draft with the same items (for this or another client)."""
        original = self.get(plan_id)
        return self.create(
            client_id if client_id is not None else original.client_id,
            original.title,
            app_clock.today(),
            original.items,
        )

    def delete(self, plan_id: int) -> None:
        """Remove a plan with its items and overrides."""
        with self._db.session() as session:
            row = session.get(SupplementPlan, plan_id)
            if row is None:
                raise PlanNotFound(plan_id)
            session.delete(row)

    @staticmethod
    def _load(session: Session, plan_id: int) -> StoredPlan:
        row = session.get(SupplementPlan, plan_id)
        if row is None:
            raise PlanNotFound(plan_id)
        items = session.exec(
            select(SupplementPlanItem)
            .where(SupplementPlanItem.plan_id == plan_id)
            .order_by(col(SupplementPlanItem.position))
        ).all()
        overrides = session.exec(select(PlanOverride).where(PlanOverride.plan_id == plan_id)).all()
        return StoredPlan(
            id=plan_id,
            client_id=row.client_id,
            title=row.title,
            plan_date=row.plan_date,
            status=PlanStatus(row.status),
            version=row.version,
            previous_id=row.previous_id,
            items=tuple(_item(i) for i in items),
            overrides={
                o.rule_id: Override(o.rule_id, o.rules_version, o.reason) for o in overrides
            },
            handout_text=row.handout_text,
            handout_language=row.handout_language,
        )


def _insert(
    session: Session,
    client_id: int,
    title: str,
    plan_date: date,
    items: tuple[PlanItem, ...],
    now: datetime,
) -> int:
    row = SupplementPlan(
        client_id=client_id, title=title, plan_date=plan_date, created_at=now, modified_at=now
    )
    check_text("title", title, limits.TITLE)
    session.add(row)
    session.flush()
    assert row.id is not None
    _write_items(session, row.id, items)
    return row.id


def _stored_id(row: SupplementPlan) -> int:
    """The id of a plan read from the database (only unsaved rows have none)."""
    assert row.id is not None
    return row.id


def _item(row: SupplementPlanItem) -> PlanItem:
    return PlanItem(
        product=row.product,
        nutrients=nutrients_from_data(json.loads(row.nutrients)),
        schedule={
            Moment.MORNING: row.morning,
            Moment.MIDDAY: row.midday,
            Moment.EVENING: row.evening,
            Moment.BEDTIME: row.bedtime,
        },
        taken_with=TakenWith(row.taken_with),
        long_term=row.long_term,
        note=row.note,
        prescribed=row.prescribed,
    )


def _write_items(session: Session, plan_id: int, items: tuple[PlanItem, ...]) -> None:
    for position, item in enumerate(items):
        check_text("product", item.product, limits.PRODUCT_NAME, limits.PRODUCT_NAME_LINES)
        check_text("note", item.note, limits.ITEM_NOTE, limits.ITEM_NOTE_LINES)
        check_item(item)
        session.add(
            SupplementPlanItem(
                plan_id=plan_id,
                position=position,
                product=item.product,
                nutrients=json.dumps(nutrients_to_data(item.nutrients), ensure_ascii=False),
                morning=item.schedule.get(Moment.MORNING, 0),
                midday=item.schedule.get(Moment.MIDDAY, 0),
                evening=item.schedule.get(Moment.EVENING, 0),
                bedtime=item.schedule.get(Moment.BEDTIME, 0),
                taken_with=item.taken_with.value,
                long_term=item.long_term,
                note=item.note,
                prescribed=item.prescribed,
            )
        )


def _write_overrides(
    session: Session, plan_id: int, overrides: Mapping[str, Override], now: datetime
) -> None:
    existing = {
        o.rule_id: o
        for o in session.exec(select(PlanOverride).where(PlanOverride.plan_id == plan_id))
    }
    for rule_id, row in existing.items():
        wanted = overrides.get(rule_id)
        if wanted is None:
            session.delete(row)
        elif (row.reason, row.rules_version) != (wanted.reason, wanted.rules_version):
            row.reason, row.rules_version = wanted.reason, wanted.rules_version
            session.add(row)
    for rule_id, override in overrides.items():
        if rule_id not in existing:
            session.add(
                PlanOverride(
                    plan_id=plan_id,
                    rule_id=rule_id,
                    rules_version=override.rules_version,
                    reason=override.reason,
                    created_at=now,
                )
            )
