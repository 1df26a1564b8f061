"""Table model of the client register: ids from the database, rows fetched as they are shown.

A register can hold 50,000 clients. The model keeps only the ordered ids of the matching
clients (the database searches and sorts them) and fetches the rows Qt asks for, a page at
a time, so searching and sorting stay fast however large the practice grows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain import clock
from app.domain.clients import ClientSummary, MenopausalStatus, Sex, age_on, format_date
from app.i18n import _
from app.ui.labels import menopausal_label, sex_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200

Index = QModelIndex | QPersistentModelIndex
#: Fetches the register rows of the given client ids.
RowSource = Callable[[list[int]], dict[int, ClientSummary]]


class ClientTableModel(QAbstractTableModel):
    """One row per client: number, name (filed under the family name), birth date, age, status."""

    NUMBER, NAME, BIRTH_DATE, AGE, SEX, STATUS = range(6)
    #: The database order behind each column (age sorts as birth date, reversed).
    ORDER_BY = ("number", "name", "birth_date", "birth_date", "sex", "status")

    def __init__(self, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, ClientSummary] = {}
        self._source: RowSource | None = None
        self._today = today or clock.today()
        #: Called with (column key, descending) when the user sorts; the view re-queries.
        self.sort_requested: Callable[[str, bool], None] | None = None

    def set_clients(self, ids: list[int], source: RowSource) -> None:
        """Show these clients (in this order); their rows are fetched from *source* as needed."""
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self._source = source
        self.endResetModel()

    def client_at(self, row: int) -> ClientSummary:
        """The client shown in *row*."""
        client_id = self._ids[row]
        if client_id not in self._rows:
            self._fetch_around(row)
        return self._rows[client_id]

    def row_of(self, client_id: int) -> int | None:
        """The row showing *client_id*, if any."""
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def _fetch_around(self, row: int) -> None:
        assert self._source is not None
        start = (row // PAGE) * PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        try:
            self._rows.update(self._source(wanted))
        except Exception:
            # Unreadable rows (a damaged file): blank, not read again on every repaint, and
            # reported once (the application checks the file and offers recovery), where
            # an exception raised out of data() would only be printed, at every repaint.
            for client_id in wanted:
                self._rows.setdefault(client_id, _GONE)
            sys.excepthook(*sys.exc_info())
        for client_id in wanted:  # deleted meanwhile: keep a placeholder, never fetch again
            self._rows.setdefault(client_id, _GONE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: number of matching clients (a table has no children)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: number of columns."""
        return 0 if parent.isValid() else 6

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: the view's header was clicked; the database sorts, this model shows the result."""
        if self.sort_requested is None or not 0 <= column < 6:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.AGE:
            descending = not descending
        self.sort_requested(self.ORDER_BY[column], descending)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Qt: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            _("Client no."),
            _("Name"),
            _("Birth date"),
            _("Age"),
            _("Sex"),
            _("Menopausal status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: what a cell shows and which client it is."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        client = self.client_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(client, column)
        if role == Qt.ItemDataRole.FontRole and client.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, client: ClientSummary, column: int) -> str:
        if client is _GONE:
            return ""
        if column == self.NUMBER:
            return client.client_number
        if column == self.NAME:
            name = client.register_name
            return _("{name} (archived)", name=name) if client.archived else name
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


#: Stands in for a client deleted between the search and the display.
_GONE = ClientSummary(
    id=0,
    client_number="",
    given_names="",
    family_name_prefix="",
    family_name="",
    birth_date=date(1900, 1, 1),
    sex=Sex.OTHER,
    menopausal_status=MenopausalStatus.UNKNOWN,
    archived=False,
    modified_at=datetime(1900, 1, 1),
)
