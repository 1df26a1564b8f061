"""The words for setting a finding aside with a reason, by how serious the finding is.

A critical finding is *overridden* (Dutch: *afgeweken*), a warning is *acknowledged*
(*bevestigd*). Every button, mark and message about it takes its words from here, so the two
never get mixed up again.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.severity import Severity
from app.i18n import _


@dataclass(frozen=True)
class OverrideWords:
    """What the editor shows for one kind of override."""

    # Button that asks for the reason: "Override with reason…".
    action: str
    # Title of the dialog that asks for it: "Override with reason".
    title: str
    # Mark behind the finding in the list: "(overridden)".
    mark: str
    # Label before the reason in the finding's details: "Overridden with reason:".
    done: str
    # Button that takes it back: "Withdraw override".
    withdraw: str
    # Refusal of an empty reason.
    need_reason: str


def override_words(severity: Severity) -> OverrideWords:
    """The words for a finding of *severity*: critical is overridden, the rest acknowledged."""
    if severity is Severity.CRITICAL:
        return OverrideWords(
            action=_("Override with reason…"),
            title=_("Override with reason"),
            mark=_("(overridden)"),
            done=_("Overridden with reason:"),
            withdraw=_("Withdraw override"),
            need_reason=_("An override needs a written reason."),
        )
    return OverrideWords(
        action=_("Acknowledge with reason…"),
        title=_("Acknowledge with reason"),
        mark=_("(acknowledged)"),
        done=_("Acknowledged with reason:"),
        withdraw=_("Withdraw acknowledgement"),
        need_reason=_("An acknowledgement needs a written reason."),
    )
