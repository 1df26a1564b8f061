"""The plan editor's daily totals: what the supplements add up to per nutrient, per day.

A panel of its own because it only shows the session's totals and keeps room for them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from app.i18n import _
from app.ui.plans.form_grid import panel_title
from app.ui.plans.models import TotalsModel
from app.ui.plans.session import PlanSession


class TotalsPanel(QWidget):
    """A titled table of the daily totals, as high as its rows."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals_model = TotalsModel(session, self)
        self.totals_view = QTableView()
        self.totals_view.setObjectName("totals")
        self.totals_view.setModel(self.totals_model)
        self.totals_view.verticalHeader().setVisible(False)
        self.totals_view.setTabKeyNavigation(False)
        self.totals_view.setAccessibleName(_("Daily totals from supplements"))
        totals_header = self.totals_view.horizontalHeader()
        totals_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        totals_header.setSectionResizeMode(TotalsModel.NUTRIENT, QHeaderView.ResizeMode.Stretch)
        totals_layout = QVBoxLayout(self)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(panel_title(_("Daily totals from supplements"), self.totals_view))
        totals_layout.addWidget(self.totals_view, 1)

    def fit(self) -> None:
        """Give the totals the height of all their rows (up to eight), never a hidden row."""
        view = self.totals_view
        rows = min(self.totals_model.rowCount(), 8) or 1
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(view.verticalHeader().sectionSize(r) for r in range(rows))
        if self.totals_model.rowCount() == 0:
            height += view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(height)
