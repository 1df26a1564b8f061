"""One open plan: its items, client context, findings and overrides, saved as it changes.

The editor's widgets only call this object and listen to its signals; the rules run here
(through the domain engine) once on every change, in the same event-loop turn, and the one
Evaluation they give is what the editor, the totals, the handout and the plans list show.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.clients import ClientRecord
from app.domain.evaluation import Evaluation, evaluate_for
from app.domain.plan import ClientContext, Override, Plan, PlanItem
from app.domain.rules import RULES_VERSION, Finding
from app.storage.clients import ClientNotFound, ClientRepository, StaleClient
from app.storage.plans import PlanNotFound, PlanRepository, StoredPlan
from app.ui.operations import (
    OpChanges,
    Operations,
    finalise_plan,
    save_plan,
    update_client,
)

#: Edits are written to the database at most this long after they are made.
SAVE_DELAY_MS = 300


class ChangedElsewhere(RuntimeError):
    """A client field no longer holds the value an undo or redo expects.

    Another window changed it since; nothing was written.
    """

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


class PlanSession(QObject):
    """The state of one plan being edited, and the single place it changes."""

    #: Items, client context or overrides changed; findings and totals are fresh.
    changed = Signal()
    #: The plan was written to the database.
    saved = Signal()
    #: Saving failed; the WriteProblem value says why. The edits stay in memory and are retried.
    save_failed = Signal(str)
    #: The client was erased (in the register): this plan is gone with her.
    client_removed = Signal()

    def __init__(
        self,
        plans: PlanRepository | None,
        clients: ClientRepository | None,
        plan: StoredPlan,
        client: ClientRecord,
        parent: QObject | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        #: None only for a scratch session that is never shown or written (help's key list).
        self._plans = plans
        self._clients = clients
        #: Every write goes through here, and every window's writes are heard here.
        self.operations = operations or Operations(self)
        self.operations.did_execute.connect(self._other_window_changed)
        self._gone = False
        self.plan = plan
        self.client = client
        #: The plan as it stands, evaluated (replaced on every change, never changed).
        self.evaluation: Evaluation
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._dirty = False
        self._recheck()

    # --- reading ------------------------------------------------------------------------
    @property
    def items(self) -> tuple[PlanItem, ...]:
        """The plan's items in order."""
        return self.plan.items

    @property
    def read_only(self) -> bool:
        """A final plan cannot be edited."""
        return self.plan.is_final

    @property
    def domain_plan(self) -> Plan:
        """The plan as the rules engine sees it (the one the evaluation was made of)."""
        return self.evaluation.plan

    def context(self) -> ClientContext:
        """The client's context for the rules, as of the plan date."""
        return self.evaluation.plan.client

    @property
    def findings(self) -> list[Finding]:
        """The findings, most serious first."""
        return list(self.evaluation.findings)

    @property
    def blocking(self) -> list[Finding]:
        """Critical findings that still need an override before the plan can be final."""
        return self.evaluation.blocking

    # --- changing -----------------------------------------------------------------------
    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        """Replace the items (every item edit ends here, also undo and redo)."""
        if self.read_only or items == self.plan.items:
            return
        self.plan.items = items
        self._changed()

    def set_client_fields(
        self, values: Mapping[str, object], expected: Mapping[str, object] | None = None
    ) -> None:
        """Write these fields (and only these) to the client's record in the register.

        *expected*: the values the fields must hold now (undo and redo pass what they
        replace); if another window changed one of them since, ChangedElsewhere is raised
        and nothing is written. Raises InvalidClient for a value that is not accepted, and
        StaleClient when the record changed without this session hearing of it (it then
        shows the stored record).
        """
        if expected is not None:
            draft = self.client.draft
            differ = [name for name, value in expected.items() if getattr(draft, name) != value]
            if differ:
                raise ChangedElsewhere(differ)
        if not values:
            return
        client, clients = self.client, self._clients
        assert clients is not None, "a scratch session is never edited"
        try:
            self.client = self.operations.run(
                lambda: update_client(clients, client.id, values, client.version),
                initiator=self,
            )
        except StaleClient as stale:
            self.client = stale.current
            self._client_reloaded()
            raise
        self._client_reloaded()

    def set_title(self, title: str) -> None:
        """Rename the plan."""
        if self.read_only or title == self.plan.title:
            return
        self.plan.title = title
        self._changed(evaluate=False)  # the rules do not read the title

    def set_plan_date(self, plan_date: date) -> None:
        """Move the plan date (ages are computed at the plan date)."""
        if self.read_only or plan_date == self.plan.plan_date:
            return
        self.plan.plan_date = plan_date
        self._changed()

    def set_handout(self, text: str, language: str) -> None:
        """The dietician's free text and the handout language ("" = the app's) of this plan."""
        if self.read_only or (text, language) == (
            self.plan.handout_text,
            self.plan.handout_language,
        ):
            return
        self.plan.handout_text = text
        self.plan.handout_language = language
        self._dirty = True
        self._save_timer.start()

    def set_override(self, rule_id: str, reason: str) -> None:
        """Record the dietician's reason to keep the plan despite a finding."""
        if self.read_only:
            return
        if not reason.strip():
            raise ValueError("an override needs a written reason")
        overrides = dict(self.plan.overrides)
        overrides[rule_id] = Override(rule_id, RULES_VERSION, reason.strip())
        self.plan.overrides = overrides
        self._changed(evaluate=False)  # the findings stay; only what is open changes

    def remove_override(self, rule_id: str) -> None:
        """Withdraw an override."""
        if self.read_only or rule_id not in self.plan.overrides:
            return
        self.plan.overrides = {k: v for k, v in self.plan.overrides.items() if k != rule_id}
        self._changed(evaluate=False)

    def finalise(self) -> list[Finding]:
        """Make the plan final; returns the findings that prevent it (nothing done then)."""
        blocking = self.blocking
        if blocking or self.read_only:
            return blocking
        self.flush()
        plans = self._plans
        assert plans is not None, "a scratch session is never finalised"
        self.plan = self.operations.run(lambda: finalise_plan(plans, self.plan), initiator=self)
        self.changed.emit()
        return []

    def _changed(self, evaluate: bool = True) -> None:
        self._recheck(evaluate)
        self._dirty = True
        self._save_timer.start()
        self.changed.emit()

    def _client_reloaded(self) -> None:
        """The client's record changed: re-check; the plan is saved only if that changed it."""
        self._recheck()
        if self._dirty:
            self._save_timer.start()
        self.changed.emit()

    def _other_window_changed(self, changes: OpChanges, initiator: object) -> None:
        """Another window changed something: take her record from the database again."""
        if initiator is self or self._gone:
            return
        client_id = self.client.id
        if client_id in changes.removed_client_ids:
            self.forget()
            self.client_removed.emit()
        elif client_id in changes.client_ids and changes.client_fields:
            assert self._clients is not None, "a scratch session hears no other window"
            try:
                self.client = self._clients.get(client_id)
            except ClientNotFound:
                self.forget()
                self.client_removed.emit()
                return
            self._client_reloaded()

    def forget(self) -> None:
        """Stop saving and listening: the plan's window closed, or the plan is gone."""
        self._dirty = False
        self._save_timer.stop()
        if not self._gone:
            self._gone = True
            self.operations.did_execute.disconnect(self._other_window_changed)

    def _recheck(self, evaluate: bool = True) -> None:
        """Evaluate the plan again (*evaluate*), or only take its overrides into the evaluation."""
        evaluation = evaluate_for(self.client.draft, self.plan) if evaluate else self.evaluation
        firing = {f.rule_id for f in evaluation.findings}
        stale = [rule for rule in self.plan.overrides if rule not in firing]
        if stale and not self.read_only:
            # An override belongs to a finding; when the finding goes, so does the override.
            self.plan.overrides = {k: v for k, v in self.plan.overrides.items() if k not in stale}
            self._dirty = True
        if evaluation.overrides != self.plan.overrides:
            evaluation = evaluation.with_overrides(self.plan.overrides)
        self.evaluation = evaluation

    # --- saving -------------------------------------------------------------------------
    @property
    def has_unsaved_changes(self) -> bool:
        """Whether edits wait to be written."""
        return self._dirty

    def flush(self) -> bool:
        """Write pending edits now; False (and save_failed) if the database refused."""
        from sqlalchemy.exc import SQLAlchemyError

        self._save_timer.stop()
        if not self._dirty or self.read_only or self._gone:
            return True
        plans = self._plans
        assert plans is not None, "a scratch session is never edited"
        try:
            self.operations.run(
                lambda: save_plan(plans, self.plan, self.evaluation), initiator=self
            )
        except PlanNotFound:
            self.forget()  # deleted with its client; there is nothing left to save into
            self.client_removed.emit()
            return True
        except (SQLAlchemyError, OSError) as error:
            from app.storage.errors import write_problem

            self.save_failed.emit(write_problem(error).value)
            self._save_timer.start(2000)
            return False
        self._dirty = False
        self.saved.emit()
        return True

    def replace_plan(self, plan: StoredPlan) -> None:
        """Switch to another stored plan (e.g. the new version of a final one)."""
        self.flush()
        self.plan = dataclasses.replace(plan)
        self._dirty = False
        self._recheck()
        self.changed.emit()
