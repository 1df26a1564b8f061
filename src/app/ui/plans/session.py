"""One open plan: its items, client context, findings and overrides, saved as it changes.

The editor's widgets only call this object and listen to its signals; the rules run here
(through the domain engine) on every change, in the same event-loop turn.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.clients import ClientDraft, ClientRecord
from app.domain.plan import Override, Plan, PlanItem, client_context
from app.domain.rules import (
    RULES_VERSION,
    Finding,
    blocking_findings,
    evaluate,
)
from app.storage.clients import ClientRepository
from app.storage.plans import PlanRepository, StoredPlan

#: Edits are written to the database at most this long after they are made.
SAVE_DELAY_MS = 300


class PlanSession(QObject):
    """The state of one plan being edited, and the single place it changes."""

    #: Items, client context or overrides changed; findings and totals are fresh.
    changed = Signal()
    #: The plan was written to the database.
    saved = Signal()
    #: Saving failed; the text says why. The edits stay in memory and are retried.
    save_failed = Signal(str)

    def __init__(
        self,
        plans: PlanRepository,
        clients: ClientRepository,
        plan: StoredPlan,
        client: ClientRecord,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._clients = clients
        self.plan = plan
        self.client = client
        self.findings: list[Finding] = []
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
        """The plan as the rules engine sees it."""
        return Plan(self.plan.plan_date, self.context(), self.plan.items)

    def context(self):
        """The client's context for the rules, as of the plan date."""
        return client_context(self.client.draft, self.plan.plan_date)

    @property
    def blocking(self) -> list[Finding]:
        """Critical findings that still need an override before the plan can be final."""
        return blocking_findings(self.findings, self.plan.overrides)

    # --- changing -----------------------------------------------------------------------
    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        """Replace the items (every item edit ends here, also undo and redo)."""
        if self.read_only or items == self.plan.items:
            return
        self.plan.items = items
        self._changed()

    def set_client(self, draft: ClientDraft) -> None:
        """Change the client's context; it is saved to her record in the register."""
        record = self._clients.update(self.client.id, draft)  # raises InvalidClient
        self.client = record
        self._changed()

    def set_title(self, title: str) -> None:
        """Rename the plan."""
        if self.read_only or title == self.plan.title:
            return
        self.plan.title = title
        self._changed()

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
        self._changed()

    def remove_override(self, rule_id: str) -> None:
        """Withdraw an override."""
        if self.read_only or rule_id not in self.plan.overrides:
            return
        self.plan.overrides = {k: v for k, v in self.plan.overrides.items() if k != rule_id}
        self._changed()

    def finalise(self) -> list[Finding]:
        """Make the plan final; returns the findings that prevent it (nothing done then)."""
        blocking = self.blocking
        if blocking or self.read_only:
            return blocking
        self.flush()
        self._plans.finalise(self.plan.id)
        self.plan = self._plans.get(self.plan.id)
        self.changed.emit()
        return []

    def _changed(self) -> None:
        self._recheck()
        self._dirty = True
        self._save_timer.start()
        self.changed.emit()

    def _recheck(self) -> None:
        self.findings = evaluate(self.domain_plan)
        firing = {f.rule_id for f in self.findings}
        stale = [rule for rule in self.plan.overrides if rule not in firing]
        if stale and not self.read_only:
            # An override belongs to a finding; when the finding goes, so does the override.
            self.plan.overrides = {k: v for k, v in self.plan.overrides.items() if k not in stale}
            self._dirty = True

    # --- saving -------------------------------------------------------------------------
    @property
    def has_unsaved_changes(self) -> bool:
        """Whether edits wait to be written."""
        return self._dirty

    def flush(self) -> bool:
        """Write pending edits now; False (and save_failed) if the database refused."""
        from sqlalchemy.exc import SQLAlchemyError

        self._save_timer.stop()
        if not self._dirty or self.read_only:
            return True
        try:
            self._plans.save(self.plan)
        except (SQLAlchemyError, OSError) as error:
            self.save_failed.emit(str(error))
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
