"""The client repository on a real SQLite file: create, search, archive, update, erase."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.clients import Sex
from app.storage.clients import ClientNotFound, ClientRepository, InvalidClient, StaleClient
from tests.helpers import draft


def _numbers(rows):
    return [r.client_number for r in rows]


def test_created_client_gets_a_readable_unique_number_and_times(database):
    clock = iter([datetime(2026, 1, 5, 9, 0), datetime(2026, 1, 5, 9, 1)])
    clients = ClientRepository(database, clock=lambda: next(clock))
    first = clients.create(draft())
    second = clients.create(draft(given="Eline", family="Bakker"))
    assert (first.client_number, second.client_number) == ("2026-0001", "2026-0002")
    assert first.created_at == first.modified_at == datetime(2026, 1, 5, 9, 0)


def test_client_numbers_restart_each_year_and_never_repeat(database):
    moments = iter([datetime(2025, 12, 31), datetime(2026, 1, 1), datetime(2026, 1, 1)])
    clients = ClientRepository(database, clock=lambda: next(moments))
    a = clients.create(draft())
    b = clients.create(draft())
    clients.delete(b.id)
    c = clients.create(draft())
    assert (a.client_number, c.client_number) == ("2025-0001", "2026-0001")


def test_all_fields_round_trip(clients):
    saved = clients.create(
        draft(
            given="Zoë",
            family="'t Hart",
            dietary_calcium_mg=650,
            medicines=["Fosamax 70 mg", "Thyrax Duotab 0,1 mg"],
            allergies="lactose",
            notes="Prefers email.\nSecond line.",
            email="zoe@example.nl",
            phone="+31 6 12345678",
        )
    )
    loaded = clients.get(saved.id).draft
    assert loaded.given_names == "Zoë"
    assert (loaded.family_name_prefix, loaded.family_name) == ("'t", "Hart")
    assert loaded.medicines == ["Fosamax 70 mg", "Thyrax Duotab 0,1 mg"]
    assert loaded.notes == "Prefers email.\nSecond line."
    assert loaded.dietary_calcium_mg == 650


@pytest.fixture
def register(clients):
    clients.create(draft(given="José", family="van der Berg", born=date(1961, 3, 12)))
    clients.create(draft(given="Anna", family="de Vries", born=date(1954, 6, 1)))
    clients.create(draft(given="Eline", family="Bakker", born=date(1980, 9, 23)))
    clients.create(draft(given="Jan", family="Jansen", born=date(1948, 11, 5), sex=Sex.MALE))
    return clients


def test_register_is_sorted_by_family_name_without_prefix(register):
    assert [r.family_name for r in register.search()] == ["Bakker", "Berg", "Jansen", "Vries"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jose", ["José"]),
        ("JOSÉ", ["José"]),
        ("berg", ["José"]),
        ("van der berg", ["José"]),
        ("jo", ["José"]),
        ("ja", ["Jan"]),
        ("vrie ann", ["Anna"]),
        ("1954", ["Anna"]),
        ("01-06", ["Anna"]),
        ("1954-06-01", ["Anna"]),
        ("2026-0003", ["Eline"]),
        ("0003", ["Eline"]),
        ("", ["Eline", "José", "Jan", "Anna"]),
        ("nobody", []),
        ("100%", []),
        ("_", []),
    ],
)
def test_search_matches_parts_of_name_number_and_birth_date(register, query, expected):
    assert [r.given_names for r in register.search(query)] == expected


def test_archived_clients_are_hidden_unless_asked_for(register):
    anna = register.search("anna")[0]
    register.set_archived(anna.id, True)
    assert register.search("anna") == []
    assert [r.archived for r in register.search("anna", include_archived=True)] == [True]
    register.set_archived(anna.id, False)
    assert _numbers(register.search("anna")) == [anna.client_number]


def test_update_changes_fields_and_derived_search(register):
    anna = register.search("anna")[0]
    changed = register.get(anna.id).draft
    changed.family_name = "Smit"
    changed.family_name_prefix = ""
    register.update(anna.id, changed)
    assert register.search("vries") == []
    assert [r.given_names for r in register.search("smit")] == ["Anna"]


def test_invalid_client_is_refused_and_nothing_saved(clients):
    with pytest.raises(InvalidClient) as refused:
        clients.create(draft(born=date(2030, 1, 1)))
    assert [p.field for p in refused.value.problems] == ["birth_date"]
    assert clients.count() == 0


def test_delete_erases_the_client_and_her_medicines(register, database):
    from sqlmodel import select

    from app.storage.models import ClientMedicine

    anna = register.search("anna")[0]
    register.update(anna.id, draft(medicines=["Fosamax", "Losec"]))
    register.delete(anna.id)
    with pytest.raises(ClientNotFound):
        register.get(anna.id)
    with database.session() as session:
        assert session.exec(select(ClientMedicine)).all() == []
    assert register.count() == 3


def test_sql_fragments_are_stored_as_plain_text(clients):
    name = "Robert'); DROP TABLE client;--"
    saved = clients.create(draft(given=name))
    assert clients.get(saved.id).draft.given_names == name
    assert [r.id for r in clients.search("drop table")] == [saved.id]


def test_settings_default_then_saved(database):
    from app.storage.settings import Settings, SettingsRepository

    repo = SettingsRepository(database)
    assert repo.load() == Settings()
    repo.save(Settings(practice_name="Diëtistenpraktijk Zoë", agb_code="12345678", logo=b"png"))
    assert repo.load().practice_name == "Diëtistenpraktijk Zoë"
    assert repo.load().logo == b"png"
    with pytest.raises(ValueError):
        repo.save(Settings(language="fr"))


def test_client_numbers_keep_counting_past_9999(database):
    clients = ClientRepository(database, clock=lambda: datetime(2026, 3, 1))
    ids = clients.create_many([draft(given=f"Client{n}") for n in range(10_001)])
    assert len(ids) == 10_001
    assert clients.get(ids[-1]).client_number == "2026-10001"
    assert clients.create(draft()).client_number == "2026-10002"


def test_create_many_saves_medicines_and_refuses_all_if_one_is_invalid(database):
    clients = ClientRepository(database)
    ids = clients.create_many([draft(medicines=["Fosamax", "Losec"]), draft(given="Eline")])
    assert clients.get(ids[0]).draft.medicines == ["Fosamax", "Losec"]
    with pytest.raises(InvalidClient):
        clients.create_many([draft(given="Ok"), draft(born=date(2099, 1, 1))])
    assert clients.count() == 2


@pytest.mark.parametrize("order_by", ["number", "name", "birth_date", "sex", "status"])
@pytest.mark.parametrize("query", ["", "jan", "van der", "1954", "%", "_"])
def test_start_up_preview_reads_exactly_what_the_repository_reads(
    database, database_path, order_by, query
):
    from app.domain.demo import demo_clients
    from app.storage.quick import QuickRegister

    clients = ClientRepository(database)
    if clients.count() == 0:
        clients.create_many(list(demo_clients(300, seed=9)))
        clients.set_archived(clients.search_ids()[0], True)
    preview = QuickRegister(database_path)
    try:
        for descending in (False, True):
            for archived in (False, True):
                expected = clients.search_ids(query, archived, order_by, descending)
                assert preview.search_ids(query, archived, order_by, descending) == expected
        ids = clients.search_ids(query, True)[:50]
        assert preview.summaries(ids) == clients.summaries(ids)
    finally:
        preview.close()


def test_update_fields_writes_only_what_changed_and_keeps_the_rest(clients):
    from app.domain.clients import Diet

    anna = clients.create(draft(medicines=["Fosamax"], phone="06 11111111"))
    # Two windows opened her at the same version; each writes only its own field.
    first, changed = clients.update_fields(anna.id, {"medicines": ["Losec"]}, anna.version)
    assert changed == {"medicines"} and first.version == anna.version + 1
    second, _ = clients.update_fields(anna.id, {"phone": "06 22222222"}, first.version)
    third, _ = clients.update_fields(anna.id, {"diet": Diet.VEGAN}, second.version)
    stored = clients.get(anna.id).draft
    assert (stored.medicines, stored.phone, stored.diet) == (["Losec"], "06 22222222", Diet.VEGAN)
    assert third.version == anna.version + 3


def test_a_write_from_an_older_copy_is_refused_and_nothing_changes(clients):
    anna = clients.create(draft(medicines=["Fosamax"]))
    newer, _ = clients.update_fields(anna.id, {"medicines": ["Losec"]}, anna.version)
    with pytest.raises(StaleClient) as refused:
        clients.update_fields(anna.id, {"phone": "06 12345678"}, anna.version)
    assert refused.value.current.draft.medicines == ["Losec"]
    assert clients.get(anna.id) == newer


def test_update_fields_validates_and_writes_consequences(clients):
    from app.domain.clients import MenopausalStatus, Sex

    anna = clients.create(draft())
    with pytest.raises(InvalidClient):
        clients.update_fields(anna.id, {"phone": "call me"}, anna.version)
    assert clients.get(anna.id).version == anna.version
    record, changed = clients.update_fields(anna.id, {"sex": Sex.MALE}, anna.version)
    assert changed == {"sex", "menopausal_status"}
    assert record.draft.menopausal_status is MenopausalStatus.UNKNOWN
    same, nothing = clients.update_fields(anna.id, {"sex": Sex.MALE}, record.version)
    assert nothing == frozenset() and same.version == record.version
