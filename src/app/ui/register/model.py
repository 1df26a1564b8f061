"""Table model of the client register, over rows the storage layer returns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.clients import ClientSummary, Sex, age_on, format_date
from app.ui.labels import menopausal_label, sex_label

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    """One row per client: number, name (filed under the family name), birth date, age, status."""

    NUMBER, NAME, BIRTH_DATE, AGE, SEX, STATUS = range(6)

    def __init__(self, today: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._today = today or date.today()

    def set_clients(self, rows: list[ClientSummary]) -> None:
        """Show these clients instead of the current ones."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def client_at(self, row: int) -> ClientSummary:
        """The client shown in *row* of this (unsorted) model."""
        return self._rows[row]

    def row_of(self, client_id: int) -> int | None:
        """The row showing *client_id*, if any."""
        for row, client in enumerate(self._rows):
            if client.id == client_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: number of clients (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: number of columns."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Qt: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Client no."),
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Age"),
            self.tr("Sex"),
            self.tr("Menopausal status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: what a cell shows, sorts on and which client it is."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == SORT_ROLE:
            return self._sort_value(client, column)
        if role == ID_ROLE:
            return client.id
        if role == Qt.ItemDataRole.FontRole and client.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, client: ClientSummary, column: int) -> str:
        if column == self.NUMBER:
            return client.client_number
        if column == self.NAME:
            name = client.register_name
            return self.tr("%1 (archived)").replace("%1", name) if client.archived else name
        if column == self.BIRTH_DATE:
            return format_date(client.birth_date)
        if column == self.AGE:
            return str(age_on(client.birth_date, self._today))
        if column == self.SEX:
            return sex_label(client.sex)
        if column == self.STATUS:
            if client.sex is Sex.MALE:
                return ""
            return menopausal_label(client.menopausal_status)
        return ""

    def _sort_value(self, client: ClientSummary, column: int) -> object:
        if column == self.NAME:
            return client.sort_key
        if column in (self.BIRTH_DATE, self.AGE):
            # Age ascending is birth date descending.
            return client.birth_date.toordinal() * (-1 if column == self.AGE else 1)
        return self._display(client, column)
