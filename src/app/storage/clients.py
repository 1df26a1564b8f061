"""The client register's storage API: the only place that queries or changes client rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import col, select

from app.domain.clients import (
    ClientDraft,
    ClientRecord,
    ClientSummary,
    Diet,
    FieldProblem,
    MenopausalStatus,
    Sex,
    name_sort_key,
    search_terms,
    search_text,
    validate_client,
)
from app.storage.database import Database
from app.storage.models import Client, ClientMedicine


class ClientNotFound(LookupError):
    """The client was deleted (perhaps in another window) or never existed."""


class InvalidClient(ValueError):
    """The draft has problems; nothing was saved."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


_SUMMARY_COLUMNS = (
    Client.id,
    Client.client_number,
    Client.given_names,
    Client.family_name_prefix,
    Client.family_name,
    Client.birth_date,
    Client.sex,
    Client.menopausal_status,
    Client.archived,
    Client.modified_at,
)


class ClientRepository:
    """Create, find, change, archive and erase clients."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        self._db = database
        self._clock = clock

    def search(self, query: str = "", include_archived: bool = False) -> list[ClientSummary]:
        """Clients matching every word of *query* (case and accents ignored), sorted by name."""
        statement = select(*_SUMMARY_COLUMNS).order_by(Client.sort_key, Client.id)
        if not include_archived:
            statement = statement.where(col(Client.archived).is_(False))
        for term in search_terms(query):
            statement = statement.where(col(Client.search_text).contains(term, autoescape=True))
        with self._db.session() as session:
            rows = session.exec(statement).all()
        return [
            ClientSummary(
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
            for row in rows
        ]

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

    def update(self, client_id: int, draft: ClientDraft) -> ClientRecord:
        """Replace a client's fields; raises InvalidClient or ClientNotFound."""
        now = self._clock()
        draft = self._validated(draft, now.date())
        with self._db.session() as session:
            row = self._load(session, client_id)
            for name, value in _columns(draft).items():
                setattr(row, name, value)
            _fill_derived(row)
            row.medicines = _medicines(draft)
            row.modified_at = now
            session.add(row)
            session.flush()
            return _record(row)

    def set_archived(self, client_id: int, archived: bool) -> None:
        """Archive (hide from the register) or bring back a client."""
        with self._db.session() as session:
            row = self._load(session, client_id)
            row.archived = archived
            row.modified_at = self._clock()
            session.add(row)

    def delete(self, client_id: int) -> None:
        """Erase a client and everything that belongs to her (right to erasure)."""
        with self._db.session() as session:
            session.delete(self._load(session, client_id))

    @staticmethod
    def _validated(draft: ClientDraft, today: date) -> ClientDraft:
        draft = draft.normalised()
        problems = validate_client(draft, today)
        if problems:
            raise InvalidClient(problems)
        return draft

    @staticmethod
    def _load(session, client_id: int) -> Client:
        row = session.get(Client, client_id)
        if row is None:
            raise ClientNotFound(client_id)
        return row

    @staticmethod
    def _next_client_number(session, year: int) -> str:
        """Readable, unique numbers per year: 2026-0001, 2026-0002, …"""
        prefix = f"{year}-"
        last = session.exec(
            select(func.max(Client.client_number)).where(
                col(Client.client_number).startswith(prefix)
            )
        ).one()
        sequence = int(last.removeprefix(prefix)) + 1 if last else 1
        return f"{prefix}{sequence:04d}"


def _columns(draft: ClientDraft) -> dict[str, object]:
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
    )
