"""The client register's storage API: the only place that queries or changes client rows.

A little over 400 lines on purpose: one repository, so that every query and write of a
client row (search, field-wise update against the version, archive, delete with erasure)
is in one place to review.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypedDict

import sqlalchemy
from sqlalchemy import asc, desc, func
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel import Session, col, select

from app.domain import clock as app_clock
from app.domain.clients import (
    CLIENT_FIELDS,
    ClientDraft,
    ClientRecord,
    ClientSummary,
    Condition,
    Diet,
    FieldProblem,
    MenopausalStatus,
    Sex,
    in_condition_order,
    name_sort_key,
    search_terms,
    search_text,
    validate_client,
)
from app.storage.database import Database
from app.storage.models import Client, ClientMedicine
from app.storage.quick import REGISTER_ORDER

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row
    from sqlalchemy.sql import ClauseElement


class ClientNotFound(LookupError):
    """The client was deleted (perhaps in another window) or never existed."""


class StaleClient(RuntimeError):
    """The client was changed (in another window) after the copy this write is based on.

    Nothing was written; *current* is the client as she is stored now.
    """

    def __init__(self, current: ClientRecord, expected_version: int) -> None:
        super().__init__(
            f"client {current.id} is at version {current.version}, not {expected_version}"
        )
        self.current = current


class InvalidClient(ValueError):
    """The draft has problems; nothing was saved."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


_SUMMARY_COLUMNS = (
    col(Client.id),
    col(Client.client_number),
    col(Client.given_names),
    col(Client.family_name_prefix),
    col(Client.family_name),
    col(Client.birth_date),
    col(Client.sex),
    col(Client.menopausal_status),
    col(Client.archived),
    col(Client.modified_at),
)


class ClientRepository:
    """Create, find, change, archive and erase clients."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = app_clock.now) -> None:
        self._db = database
        self._clock = clock

    def search(self, query: str = "", include_archived: bool = False) -> list[ClientSummary]:
        """Clients matching every word of *query* (case and accents ignored), sorted by name."""
        ids = self.search_ids(query, include_archived)
        rows = self.summaries(ids)
        return [rows[client_id] for client_id in ids]

    def search_ids(
        self,
        query: str = "",
        include_archived: bool = False,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[int]:
        """Ids of the matching clients in the chosen order (cheap, for a register of any size).

        *order_by*: "number", "name", "birth_date", "sex" or "status".
        """
        columns = [
            func.length(Client.client_number)
            if name.startswith("length(")
            else getattr(Client, name)
            for name in REGISTER_ORDER[order_by]
        ]
        ordering = [desc(c) if descending else asc(c) for c in columns]
        statement = select(Client.id).order_by(*ordering, col(Client.id))
        if not include_archived:
            statement = statement.where(col(Client.archived).is_(False))
        for term in search_terms(query):
            statement = statement.where(col(Client.search_text).contains(term, autoescape=True))
        with self._db.engine.connect() as connection:
            return _fetch_ids(connection, statement)

    def summaries(self, ids: list[int]) -> dict[int, ClientSummary]:
        """The register rows of these clients, by id (missing ids are left out)."""
        found: dict[int, ClientSummary] = {}
        with self._db.session() as session:
            for start in range(0, len(ids), 500):  # stay below SQL parameter limits
                batch = ids[start : start + 500]
                # SQLAlchemy's select: SQLModel's is typed for at most four columns.
                statement = sqlalchemy.select(*_SUMMARY_COLUMNS).where(col(Client.id).in_(batch))
                for row in session.execute(statement):
                    found[row[0]] = _summary(row)
        return found

    def count(self, include_archived: bool = True) -> int:
        """How many clients the register holds."""
        statement = select(func.count()).select_from(Client)
        if not include_archived:
            statement = statement.where(col(Client.archived).is_(False))
        with self._db.session() as session:
            return session.exec(statement).one()

    def get(self, client_id: int) -> ClientRecord:
        """One client with all her fields."""
        with self._db.session() as session:
            return _record(self._load(session, client_id))

    def create(self, draft: ClientDraft) -> ClientRecord:
        """Save a new client with a fresh client number; raises InvalidClient if not valid."""
        now = self._clock()
        draft = self._validated(draft, now.date())
        with self._db.session() as session:
            row = Client(
                client_number=self._next_client_number(session, now.year),
                created_at=now,
                modified_at=now,
                **_columns(draft),
            )
            _fill_derived(row)
            row.medicines = _medicines(draft)
            session.add(row)
            session.flush()
            return _record(row)

    def create_many(self, drafts: list[ClientDraft]) -> list[int]:
        """Save many new clients in one transaction (demo data, imports); returns their ids.

        Every draft is validated first; if any is invalid nothing is saved.
        """
        from sqlalchemy import insert

        now = self._clock()
        drafts = [self._validated(draft, now.date()) for draft in drafts]
        with self._db.session() as session:
            first = self._next_client_number(session, now.year)
            sequence = int(first.split("-")[1])
            rows = []
            for offset, draft in enumerate(drafts):
                row = Client(
                    client_number=f"{now.year}-{sequence + offset:04d}",
                    created_at=now,
                    modified_at=now,
                    **_columns(draft),
                )
                _fill_derived(row)
                rows.append(row.model_dump(exclude={"id"}))
            inserted = session.scalars(insert(Client).returning(col(Client.id)), rows)
            ids = [client_id for client_id in inserted if client_id is not None]
            medicines = [
                {"client_id": client_id, "position": position, "name": name}
                for client_id, draft in zip(ids, drafts, strict=True)
                for position, name in enumerate(draft.medicines)
            ]
            if medicines:
                session.execute(insert(ClientMedicine), medicines)
        return ids

    def update(self, client_id: int, draft: ClientDraft) -> ClientRecord:
        """Replace all of a client's fields; raises InvalidClient or ClientNotFound.

        For imports and tests: the windows use update_fields, which writes only what an
        edit changed.
        """
        now = self._clock()
        draft = self._validated(draft, now.date())
        with self._db.session() as session:
            row = self._load(session, client_id)
            for name, value in _columns(draft).items():
                setattr(row, name, value)
            _fill_derived(row)
            row.medicines = _medicines(draft)
            row.modified_at = now
            row.version += 1
            session.add(row)
            session.flush()
            return _record(row)

    def update_fields(
        self, client_id: int, changes: Mapping[str, object], expected_version: int
    ) -> tuple[ClientRecord, frozenset[str]]:
        """Write only the *changes* (ClientDraft field names), if still at *expected_version*.

        Returns her record and the names of the fields that changed. Raises StaleClient
        (nothing written) when another write came first, InvalidClient when the result would
        not be valid, ClientNotFound when she is gone. A field that changes as a consequence
        (a male client's menopausal status) is written too.
        """
        unknown = set(changes) - set(CLIENT_FIELDS)
        if unknown:
            raise ValueError(f"not client fields: {sorted(unknown)}")
        now = self._clock()
        with self._db.session() as session:
            row = self._load(session, client_id)
            current = _record(row)
            if row.version != expected_version:
                raise StaleClient(current, expected_version)
            # The names were checked above; the values are the form's, typed per field.
            edited = dataclasses.replace(current.draft, **changes)  # type: ignore[arg-type]
            wanted = self._validated(edited, now.date())
            changed = {
                name: getattr(wanted, name)
                for name in CLIENT_FIELDS
                if getattr(wanted, name) != getattr(current.draft, name)
            }
            if not changed:
                return current, frozenset()
            columns: Mapping[str, object] = _columns(wanted)
            for name in changed:
                if name != "medicines":
                    setattr(row, name, columns[name])
            if "medicines" in changed:
                row.medicines = _medicines(wanted)
            _fill_derived(row)
            row.modified_at = now
            row.version += 1
            session.add(row)
            session.flush()
            return _record(row), frozenset(changed)

    def set_archived(self, client_id: int, archived: bool) -> None:
        """Archive (hide from the register) or bring back a client."""
        with self._db.session() as session:
            row = self._load(session, client_id)
            row.archived = archived
            row.modified_at = self._clock()
            row.version += 1
            session.add(row)

    def delete(self, client_id: int, compact: bool = True) -> bool:
        """Erase a client and everything that belongs to her (right to erasure).

        Her plans, items, overrides and medicines go by cascade, with secure_delete on so
        SQLite overwrites what it frees (python.org builds leave it off); the file is then
        compacted so nothing of her is left in free pages or the write-ahead log. Returns
        False when the compaction failed (full disk): the erasure is then pending
        (Database.erasure_pending) and is finished at the next start.

        compact=False: the erasure is only marked pending; the caller compacts with
        `finish_erasure` (the GUI does, off its thread), or the next start does.
        """
        with self._db.session() as session:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            session.delete(self._load(session, client_id))
        if not compact:
            self._db.mark_erasure_pending()
            return True
        return self._db.finish_erasure()

    def finish_erasure(self) -> bool:
        """Compact after `delete(compact=False)`; see Database.finish_erasure."""
        return self._db.finish_erasure()

    @staticmethod
    def _validated(draft: ClientDraft, today: date) -> ClientDraft:
        draft = draft.normalised()
        problems = validate_client(draft, today)
        if problems:
            raise InvalidClient(problems)
        return draft

    @staticmethod
    def _load(session: Session, client_id: int) -> Client:
        row = session.get(Client, client_id)
        if row is None:
            raise ClientNotFound(client_id)
        return row

    @staticmethod
    def _next_client_number(session: Session, year: int) -> str:
        """Readable, unique numbers per year: 2026-0001, 2026-0002, …"""
        prefix = f"{year}-"
        # Longest first, so 2026-10000 comes after 2026-9999 (text order would not).
        last = session.exec(
            select(Client.client_number)
            .where(col(Client.client_number).startswith(prefix))
            .order_by(func.length(Client.client_number).desc(), col(Client.client_number).desc())
            .limit(1)
        ).first()
        sequence = int(last.removeprefix(prefix)) + 1 if last else 1
        return f"{prefix}{sequence:04d}"


class _Columns(TypedDict):
    """The stored columns that come straight from a draft."""

    given_names: str
    family_name_prefix: str
    family_name: str
    birth_date: date
    sex: str
    menopausal_status: str
    diet: str
    dietary_calcium_mg: int | None
    egfr: int | None
    conditions: str | None
    allergies: str
    notes: str
    email: str
    phone: str


def _columns(draft: ClientDraft) -> _Columns:
    assert draft.birth_date is not None and draft.sex is not None
    return {
        "given_names": draft.given_names,
        "family_name_prefix": draft.family_name_prefix,
        "family_name": draft.family_name,
        "birth_date": draft.birth_date,
        "sex": draft.sex.value,
        "menopausal_status": draft.menopausal_status.value,
        "diet": draft.diet.value,
        "dietary_calcium_mg": draft.dietary_calcium_mg,
        "egfr": draft.egfr,
        "conditions": ",".join(c.value for c in in_condition_order(draft.conditions)) or None,
        "allergies": draft.allergies,
        "notes": draft.notes,
        "email": draft.email,
        "phone": draft.phone,
    }


def _fill_derived(row: Client) -> None:
    row.sort_key = name_sort_key(row.given_names, row.family_name_prefix, row.family_name)
    row.search_text = search_text(
        row.given_names, row.family_name_prefix, row.family_name, row.client_number, row.birth_date
    )


def _medicines(draft: ClientDraft) -> list[ClientMedicine]:
    return [ClientMedicine(position=i, name=name) for i, name in enumerate(draft.medicines)]


def _record(row: Client) -> ClientRecord:
    assert row.id is not None
    birth_date: date = row.birth_date
    draft = ClientDraft(
        given_names=row.given_names,
        family_name_prefix=row.family_name_prefix,
        family_name=row.family_name,
        birth_date=birth_date,
        sex=Sex(row.sex),
        menopausal_status=MenopausalStatus(row.menopausal_status),
        diet=Diet(row.diet),
        dietary_calcium_mg=row.dietary_calcium_mg,
        medicines=[m.name for m in row.medicines],
        egfr=row.egfr,
        conditions=frozenset(Condition(name) for name in (row.conditions or "").split(",") if name),
        allergies=row.allergies,
        notes=row.notes,
        email=row.email,
        phone=row.phone,
    )
    return ClientRecord(
        id=row.id,
        client_number=row.client_number,
        draft=draft,
        archived=row.archived,
        created_at=row.created_at,
        modified_at=row.modified_at,
        version=row.version,
    )


def _summary(row: Row[*tuple[Any, ...]]) -> ClientSummary:
    return ClientSummary(
        id=row[0],
        client_number=row[1],
        given_names=row[2],
        family_name_prefix=row[3],
        family_name=row[4],
        birth_date=row[5],
        sex=Sex(row[6]),
        menopausal_status=MenopausalStatus(row[7]),
        archived=row[8],
        modified_at=row[9],
    )


def _fetch_ids(connection: Connection, statement: ClauseElement) -> list[int]:
    """Run a one-column id query straight on the driver's cursor.

    SQLAlchemy's result processing costs ~40 ms for 50,000 ids, most of a search keystroke;
    the statement is still compiled for the connection's dialect, so this works on any
    database SQLAlchemy supports.
    """
    compiled = statement.compile(dialect=connection.dialect)
    assert isinstance(compiled, SQLCompiler)  # a query compiles to SQL (not DDL)
    params = (
        [compiled.params[name] for name in compiled.positiontup]
        if compiled.positiontup is not None
        else compiled.params
    )
    driver = connection.connection.dbapi_connection
    assert driver is not None  # only a closed or invalidated connection has none
    cursor = driver.cursor()
    try:
        cursor.execute(str(compiled), params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
