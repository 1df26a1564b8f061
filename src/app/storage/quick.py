"""Reads that must not wait for SQLAlchemy at start-up (SQLite only, read-only, forgiving).

The main window is shown before the storage layer is imported (~200 ms); to show it in the
right language, the language setting is read here with the standard library.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.clients import ClientSummary


def read_language(path: Path) -> str:
    """The saved language setting ("system", "nl" or "en"); "system" when it cannot be read."""
    if not path.exists() or path.stat().st_size == 0:
        return "system"
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT language FROM practice_settings WHERE id = 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return "system"
    return row[0] if row and row[0] in ("system", "nl", "en") else "system"


#: The register's orders (shared with ClientRepository.search_ids, which builds the same
#: ordering with SQLAlchemy): column names, "length(x)" for the length of x.
REGISTER_ORDER: dict[str, tuple[str, ...]] = {
    "number": ("length(client_number)", "client_number"),
    "name": ("sort_key",),
    "birth_date": ("birth_date",),
    "sex": ("sex", "sort_key"),
    "status": ("menopausal_status", "sort_key"),
}
_SUMMARY = (
    "id, client_number, given_names, family_name_prefix, family_name, birth_date, sex, "
    "menopausal_status, archived, modified_at"
)


def _like_escaped(term: str) -> str:
    return "%" + term.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


class QuickRegister:
    """Read-only register rows straight from the SQLite file, for the first paint.

    The same queries as ClientRepository.search_ids and .summaries; the window shows the
    register with these while SQLAlchemy loads, then switches to the repository.
    """

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)

    def close(self) -> None:
        """Release the file."""
        self._connection.close()

    def search_ids(
        self,
        query: str = "",
        include_archived: bool = False,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[int]:
        """Ids of the matching clients in the chosen order."""
        from app.domain.clients import search_terms

        direction = "DESC" if descending else "ASC"
        ordering = ", ".join(f"{column} {direction}" for column in REGISTER_ORDER[order_by])
        where = [] if include_archived else ["archived = 0"]
        params = []
        for term in search_terms(query):
            where.append("search_text LIKE ? ESCAPE '/'")
            params.append(_like_escaped(term))
        sql = "SELECT id FROM client"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {ordering}, id"
        return [row[0] for row in self._connection.execute(sql, params).fetchall()]

    def summaries(self, ids: list[int]) -> dict[int, ClientSummary]:
        """The register rows of these clients, by id."""
        from datetime import date, datetime

        from app.domain.clients import ClientSummary, MenopausalStatus, Sex

        found = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            marks = ", ".join("?" * len(batch))
            rows = self._connection.execute(
                f"SELECT {_SUMMARY} FROM client WHERE id IN ({marks})", batch
            )
            for row in rows:
                found[row[0]] = ClientSummary(
                    id=row[0],
                    client_number=row[1],
                    given_names=row[2],
                    family_name_prefix=row[3],
                    family_name=row[4],
                    birth_date=date.fromisoformat(row[5]),
                    sex=Sex(row[6]),
                    menopausal_status=MenopausalStatus(row[7]),
                    archived=bool(row[8]),
                    modified_at=datetime.fromisoformat(row[9]),
                )
        return found
