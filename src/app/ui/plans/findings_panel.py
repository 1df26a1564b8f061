"""The plan editor's findings panel: the list, the selected finding explained, override buttons.

A panel of its own because it only shows what the rules found and which finding is
selected; the editor decides what an override or a withdrawal does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.prescribed import offers_for
from app.domain.rules import Finding
from app.domain.severity import Severity
from app.i18n import _, ngettext
from app.ui.i18n import current_language
from app.ui.labels import severity_label
from app.ui.plans.form_grid import panel_title
from app.ui.plans.models import FindingsModel
from app.ui.plans.override_words import override_words
from app.ui.plans.session import PlanSession


class FindingsPanel(QWidget):
    """The findings of one plan session, a count above them and the selected one below."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.findings_model = FindingsModel(session, self)
        self.findings_view = QListView()
        self.findings_view.setObjectName("findings")
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setWordWrap(True)
        self.finding_text = QLabel()
        self.finding_text.setObjectName("finding_text")
        self.finding_text.setWordWrap(True)
        self.finding_text.setTextFormat(Qt.TextFormat.RichText)
        self.finding_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.finding_text.setMinimumHeight(150)
        self.override_button = QPushButton(override_words(Severity.CRITICAL).action)
        self.remove_override_button = QPushButton(override_words(Severity.CRITICAL).withdraw)
        #: Answers a finding about medicines that supply nutrients: adds them as prescribed.
        self.prescribed_button = QPushButton(
            ngettext("Add as prescribed product", "Add as prescribed products", 1)
        )
        self.prescribed_button.setObjectName("add_prescribed")
        self.prescribed_button.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self._lay_out()

    def _lay_out(self) -> None:
        findings_layout = QVBoxLayout(self)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addWidget(panel_title(_("Findings"), self.findings_view))
        findings_layout.addWidget(self.summary)
        findings_layout.addWidget(self.findings_view, 1)
        explanation = QScrollArea()
        explanation.setObjectName("finding_scroll")
        explanation.setWidget(self.finding_text)
        explanation.setWidgetResizable(True)
        explanation.setFrameShape(QFrame.Shape.NoFrame)
        explanation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        findings_layout.addWidget(explanation, 2)
        # A row of its own: beside the override buttons it would squeeze them in a narrow panel.
        action_row = QHBoxLayout()
        action_row.addWidget(self.prescribed_button)
        action_row.addStretch(1)
        findings_layout.addLayout(action_row)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_button)
        override_row.addWidget(self.remove_override_button)
        override_row.addStretch(1)
        findings_layout.addLayout(override_row)

    def name_fields(self) -> None:
        """Accessible names of the list and the explanation, for screen readers."""
        self.findings_view.setAccessibleName(_("Findings"))
        self.finding_text.setAccessibleName(_("The selected finding"))

    def show_summary(self) -> None:
        """How many findings of each severity, or that there are none."""
        findings = self._session.findings
        counts = {s: 0 for s in Severity}
        for finding in findings:
            counts[finding.severity] += 1
        self.summary.setText(
            self._findings_count(counts)
            if findings
            else _("No findings: the plan meets every rule.")
        )

    def _findings_count(self, counts: dict[Severity, int]) -> str:
        """Counts such as "1 critical, 2 warnings" by each language's plural rules."""
        parts = []
        if n := counts[Severity.CRITICAL]:
            parts.append(ngettext("{count} critical", "{count} critical", n, count=n))
        if n := counts[Severity.WARNING]:
            parts.append(ngettext("{count} warning", "{count} warnings", n, count=n))
        if n := counts[Severity.ADVICE]:
            parts.append(ngettext("{count} advice", "{count} advice", n, count=n))
        return ", ".join(parts)

    def selected_finding(self) -> Finding | None:
        """The finding selected in the panel."""
        rows = self.findings_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._session.findings):
            return None
        return self.findings_model.finding_at(rows[0].row())

    def select_finding(self, rule_id: str) -> bool:
        """Select a rule's finding in the panel; False when it does not fire."""
        row = self.findings_model.row_of(rule_id)
        if row is None:
            return False
        self.findings_view.selectionModel().setCurrentIndex(
            self.findings_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def show_selected_finding(self) -> Finding | None:
        """Explain the selected finding and enable what can be done with it; returns it."""
        finding = self.selected_finding()
        if finding is None:
            self.finding_text.setText(_("Select a finding to see why, what to do and the source."))
            self.override_button.setEnabled(False)
            self.remove_override_button.setEnabled(False)
            self.prescribed_button.setVisible(False)
            self.prescribed_button.setEnabled(False)
            return None
        language = current_language()
        read_only = self._session.read_only
        override = self._session.plan.overrides.get(finding.rule_id)
        what_to_do = _("What to do:")
        source = _("Source:")
        parts = [
            f"<b>{severity_label(finding.severity)} — {_html(finding.title(language))}</b>",
            _html(finding.message(language)),
            f"<b>{what_to_do}</b> {_html(finding.action(language))}",
            f"<i>{source} {_html(finding.source(language))}</i>",
            f"<small>{finding.rule_id}</small>",
        ]
        words = override_words(finding.severity)
        if override is not None:
            overridden = words.done
            version = _("rules version {version}", version=override.rules_version)
            parts.insert(
                1, f"<b>{overridden}</b> {_html(override.reason)} <small>({version})</small>"
            )
        self.finding_text.setText("<br>".join(parts))
        can_override = finding.severity is not Severity.ADVICE and not read_only
        self.override_button.setEnabled(can_override and override is None)
        self.override_button.setText(words.action)
        self.remove_override_button.setText(words.withdraw)
        self.remove_override_button.setEnabled(override is not None and not read_only)
        offered = len(offers_for(finding, self._session.domain_plan))
        self.prescribed_button.setText(
            ngettext("Add as prescribed product", "Add as prescribed products", offered)
        )
        self.prescribed_button.setVisible(offered > 0)
        self.prescribed_button.setEnabled(offered > 0 and not read_only)
        return finding


def _html(text: str) -> str:
    return escape(text)
