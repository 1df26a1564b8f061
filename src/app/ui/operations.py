"""Every change is an operation that says what it changed (after Anki's `aqt/operations`).

A window that writes a client or a plan runs the write through `Operations.run`. The write
returns what it changed as an `OpChanges` value, and one signal,
`did_execute(changes, initiator)`, reaches every open window: the register, the client form,
the plans lists and the editors each look at the changes and refresh only what concerns
them; the window that made the change may skip its own refresh. So no window works on a
private copy of a client that another window has changed since.

The writes are a few milliseconds of SQLite, so they run on the GUI thread (Anki's
`CollectionOp` moves them to a worker thread; nothing here needs that). Errors are raised
to the caller, which explains them where the user is looking (next to the field, or in a
message naming the window).

The storage layer is imported only for type checking: the main window is shown before
SQLAlchemy loads (see Application).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.domain.clients import ClientDraft, ClientRecord
    from app.domain.evaluation import Evaluation
    from app.domain.plan import PlanItem
    from app.storage.clients import ClientRepository
    from app.storage.plans import PlanRepository, StoredPlan

T = TypeVar("T")

#: The client fields the register shows or searches on (a change elsewhere needs no refresh).
REGISTER_FIELDS = frozenset(
    {
        "given_names",
        "family_name_prefix",
        "family_name",
        "birth_date",
        "sex",
        "menopausal_status",
        "archived",
    }
)


@dataclass(frozen=True)
class OpChanges:
    """What one operation changed, for the windows to decide what to refresh."""

    #: Clients whose record or plans changed (also the ones added or removed).
    client_ids: frozenset[int] = frozenset()
    #: Which of their fields changed (ClientDraft names, and "archived").
    client_fields: frozenset[str] = frozenset()
    #: Clients that no longer exist: their windows close.
    removed_client_ids: frozenset[int] = frozenset()
    #: Plans whose content, status or existence changed.
    plan_ids: frozenset[int] = frozenset()
    #: A plan of the clients in client_ids was added, changed or removed.
    plans: bool = False
    #: The evaluation of a plan as just written, by plan id (its editor made it): a list
    #: shows its findings from this instead of loading and evaluating the plan again.
    evaluations: Mapping[int, Evaluation] = field(default_factory=dict)

    @classmethod
    def client(cls, client_id: int, fields: Iterable[str]) -> OpChanges:
        """A client's fields changed (nothing at all when *fields* is empty)."""
        fields = frozenset(fields)
        return cls(client_ids=frozenset({client_id}), client_fields=fields) if fields else cls()

    @classmethod
    def client_removed(cls, client_id: int) -> OpChanges:
        """A client was erased, with her plans."""
        ids = frozenset({client_id})
        return cls(client_ids=ids, removed_client_ids=ids, plans=True)

    @classmethod
    def plan(cls, client_id: int, *plan_ids: int) -> OpChanges:
        """Plans of a client were added, changed or removed."""
        return cls(client_ids=frozenset({client_id}), plan_ids=frozenset(plan_ids), plans=True)

    def __bool__(self) -> bool:
        return bool(self.client_ids or self.removed_client_ids or self.plan_ids)

    def concerns_client(self, client_id: int) -> bool:
        """Whether this client's record, plans or existence changed."""
        return client_id in self.client_ids or client_id in self.removed_client_ids

    @property
    def register(self) -> bool:
        """Whether the register's rows may look different now."""
        return bool(self.removed_client_ids or self.client_fields & REGISTER_FIELDS)


class Operations(QObject):
    """The one change notifier, owned by the application and handed to every window."""

    #: (OpChanges, initiator): after every operation that changed something.
    did_execute = Signal(object, object)

    def run(self, op: Callable[[], tuple[T, OpChanges]], initiator: object | None = None) -> T:
        """Do *op* (a write returning its result and what it changed), then tell every window.

        Exceptions from *op* reach the caller; nothing is announced then.
        """
        value, changes = op()
        if changes:
            self.did_execute.emit(changes, initiator)
        return value


# --- the writes the windows make, each saying what it changed --------------------------------
def create_client(clients: ClientRepository, draft: ClientDraft) -> tuple[ClientRecord, OpChanges]:
    """A new client."""
    from app.domain.clients import CLIENT_FIELDS

    record = clients.create(draft)
    return record, OpChanges.client(record.id, {*CLIENT_FIELDS, "archived"})


def update_client(
    clients: ClientRepository,
    client_id: int,
    changes: Mapping[str, object],
    expected_version: int,
) -> tuple[ClientRecord, OpChanges]:
    """Only the changed fields of a client, if nobody changed her since *expected_version*."""
    record, changed = clients.update_fields(client_id, changes, expected_version)
    return record, OpChanges.client(client_id, changed)


def set_archived(
    clients: ClientRepository, client_id: int, archived: bool
) -> tuple[None, OpChanges]:
    """Archive a client or bring her back."""
    clients.set_archived(client_id, archived)
    return None, OpChanges.client(client_id, {"archived"})


def delete_client(
    clients: ClientRepository, client_id: int, compact: bool = True
) -> tuple[bool, OpChanges]:
    """Erase a client and everything that belongs to her; False when compaction is pending.

    compact=False leaves the compaction to a job (ClientRepository.finish_erasure).
    """
    erased = clients.delete(client_id, compact)
    return erased, OpChanges.client_removed(client_id)


def save_plan(
    plans: PlanRepository, plan: StoredPlan, evaluation: Evaluation | None = None
) -> tuple[None, OpChanges]:
    """Write the editor's state of a draft plan (*evaluation*: of that state, for the lists)."""
    plans.save(plan)
    changes = OpChanges.plan(plan.client_id, plan.id)
    if evaluation is not None:
        changes = replace(changes, evaluations={plan.id: evaluation})
    return None, changes


def finalise_plan(plans: PlanRepository, plan: StoredPlan) -> tuple[StoredPlan, OpChanges]:
    """Make a draft final; returns the plan as stored."""
    plans.finalise(plan.id)
    return plans.get(plan.id), OpChanges.plan(plan.client_id, plan.id)


def new_plan_version(plans: PlanRepository, plan_id: int) -> tuple[StoredPlan, OpChanges]:
    """A new draft version of a (final) plan."""
    copy = plans.new_version(plan_id)
    return copy, OpChanges.plan(copy.client_id, plan_id, copy.id)


def create_plan(
    plans: PlanRepository,
    client_id: int,
    title: str,
    plan_date: date,
    items: tuple[PlanItem, ...] = (),
) -> tuple[StoredPlan, OpChanges]:
    """A new draft plan for a client."""
    plan = plans.create(client_id, title, plan_date, items)
    return plan, OpChanges.plan(client_id, plan.id)


def duplicate_plan(plans: PlanRepository, plan_id: int) -> tuple[StoredPlan, OpChanges]:
    """A new draft with the same items."""
    copy = plans.duplicate(plan_id)
    return copy, OpChanges.plan(copy.client_id, copy.id)


def delete_plan(plans: PlanRepository, client_id: int, plan_id: int) -> tuple[None, OpChanges]:
    """Remove a plan."""
    plans.delete(plan_id)
    return None, OpChanges.plan(client_id, plan_id)
