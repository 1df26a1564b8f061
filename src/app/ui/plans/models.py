"""Qt models of an open plan: its items, its findings and its daily totals."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.catalogue import in_language
from app.domain.evaluation import TotalLine
from app.domain.nutrients import nutrient_title, sentence_start
from app.domain.plan import Moment, composition_parts
from app.domain.rules import Finding
from app.domain.severity import Severity
from app.i18n import _
from app.ui.i18n import current_language
from app.ui.labels import moment_label, severity_label, taken_with_label
from app.ui.plans.colours import marked_colours
from app.ui.plans.override_words import override_words
from app.ui.plans.session import PlanSession

Index = QModelIndex | QPersistentModelIndex


def _bold_font() -> QFont:
    """The font of a marked row, which the column widths are also measured in."""
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


#: Room around a cell's text (the style's margins and focus frame), in pixels.
_CELL_PADDING = 10
_MOMENTS = list(Moment)


class ItemsModel(QAbstractTableModel):
    """The plan's items: product, units per moment, taken with, long-term, note."""

    PRODUCT, MORNING, MIDDAY, EVENING, BEDTIME, TAKEN_WITH, LONG_TERM, NOTE = range(8)

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._highlighted: set[int] = set()
        session.changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self._highlighted = {i for i in self._highlighted if i < len(self._session.items)}
        self.endResetModel()

    def highlight(self, rows: set[int]) -> None:
        """Mark the items that caused the selected finding."""
        self._highlighted = set(rows)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 7))

    @property
    def highlighted(self) -> set[int]:
        """Rows shown as the cause of the selected finding."""
        return set(self._highlighted)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: one row per item."""
        return 0 if parent.isValid() else len(self._session.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: eight columns."""
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt: column titles."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = [_("Product")] + [moment_label(m) for m in _MOMENTS]
        titles += [_("Taken with"), _("Long-term"), _("Note for the client")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: cell contents; items behind the selected finding are marked."""
        if not index.isValid() or index.row() >= len(self._session.items):
            return None
        item = self._session.items[index.row()]
        column = index.column()
        marked = index.row() in self._highlighted
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PRODUCT:
                name = in_language(item.product, current_language())
                if item.prescribed:  # visibly from the doctor, in every row
                    name = _("{product} (prescribed)", product=name)
                return ("▶ " if marked else "") + name
            if self.MORNING <= column <= self.BEDTIME:
                units = item.schedule.get(_MOMENTS[column - self.MORNING], 0)
                return str(units) if units else ""
            if column == self.TAKEN_WITH:
                return taken_with_label(item.taken_with)
            if column == self.LONG_TERM:
                return _("yes") if item.long_term else _("no")
            if column == self.NOTE:
                return in_language(item.note, current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.MORNING <= column <= self.BEDTIME:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and marked:
            return _bold_font()
        if role == Qt.ItemDataRole.SizeHintRole:
            # Always as wide as the marked cell (bold, with ▶): selecting a finding must not
            # widen the columns and push the note column out of sight.
            text = str(self.data(index) or "")
            if column == self.PRODUCT and not marked:
                text = "▶ " + text
            metrics = QFontMetrics(_bold_font())
            return QSize(metrics.horizontalAdvance(text) + _CELL_PADDING, metrics.height() + 8)
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QBrush(marked_colours(QApplication.palette())[0])
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(marked_colours(QApplication.palette())[1])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PRODUCT:
            parts = [
                sentence_start(p) for p in composition_parts(item.nutrients, current_language())
            ]
            if item.prescribed:
                parts.append(_("Prescribed by the doctor"))
            return "\n".join(parts)
        return None


class FindingsModel(QAbstractListModel):
    """The findings, most serious first, each with its severity icon and word."""

    FINDING_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        session.changed.connect(self._reset)
        style = QApplication.style()
        self._icons = {
            Severity.CRITICAL: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.ADVICE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def finding_at(self, row: int) -> Finding:
        """The finding in *row*."""
        return self._session.findings[row]

    def row_of(self, rule_id: str) -> int | None:
        """The row of a rule's finding, if it fires."""
        for row, finding in enumerate(self._session.findings):
            if finding.rule_id == rule_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: one row per finding."""
        return 0 if parent.isValid() else len(self._session.findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: "Warning — title", the icon, and the whole finding as tooltip."""
        if not index.isValid() or index.row() >= len(self._session.findings):
            return None
        finding = self._session.findings[index.row()]
        override = self._session.plan.overrides.get(finding.rule_id)
        language = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{severity_label(finding.severity)} — {finding.title(language)}"
            if override is not None:
                text += " " + override_words(finding.severity).mark
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message(language)
        if role == Qt.ItemDataRole.FontRole and finding.severity is Severity.CRITICAL:
            font = QFont()
            font.setBold(override is None)
            return font
        if role == self.FINDING_ROLE:
            return finding.rule_id
        return None


class TotalsModel(QAbstractTableModel):
    """Daily totals per nutrient with the limit that applies and how close the plan is."""

    NUTRIENT, AMOUNT, LIMIT, SHARE = range(4)

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: tuple[TotalLine, ...] = ()
        session.changed.connect(self._reset)
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = self._session.evaluation.totals  # the totals the rules and handout use
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: one row per nutrient in the plan."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: four columns."""
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_("Nutrient"), _("Per day"), _("Limit"), _("Of limit"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: nutrient, amount, limit, percentage (over the limit shown in bold with ▲)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line = self._rows[index.row()]
        language = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NUTRIENT:
                return nutrient_title(line.nutrient, language)
            if column == self.AMOUNT:
                return line.amount_text(language)
            if column == self.LIMIT:
                return line.limit_text(language)
            if column == self.SHARE:
                return f"▲ {line.share_text()}" if line.over else line.share_text()
        if role == Qt.ItemDataRole.FontRole and line.over:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.NUTRIENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
