"""A client's eGFR and conditions in the register: migrated in, stored, read back."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import date

import pytest

from app.domain.clients import ClientDraft, Condition, Sex
from app.storage.clients import ClientRepository, InvalidClient
from app.storage.database import APPLICATION_ID, create_sqlite_engine, open_database, upgrade
from tests.conftest import FIXTURES


def _columns(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(client)")]
    connection.close()
    return columns


def test_upgrading_from_0004_keeps_every_client_with_no_egfr_and_no_conditions(tmp_path):
    path = tmp_path / "supplan.sqlite3"
    shutil.copy(FIXTURES / "supplan-schema-0001.sqlite3", path)
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine, "0004")
    engine.dispose()
    assert "egfr" not in _columns(path) and "conditions" not in _columns(path)

    database = open_database(path)
    try:
        assert {"egfr", "conditions"} <= set(_columns(path))
        clients = ClientRepository(database)
        everyone = clients.search(include_archived=True)
        assert [c.client_number for c in everyone] == ["2025-0002", "2025-0001"]
        for summary in everyone:
            draft = clients.get(summary.id).draft
            assert draft.egfr is None and draft.conditions == frozenset()
        anna = clients.get(everyone[1].id)
        assert anna.draft.medicines == ["Fosamax 70 mg", "omeprazole 20 mg"]
        # The new fields can be written on a migrated client.
        _record, fields = clients.update_fields(
            anna.id, {"egfr": 28, "conditions": frozenset({Condition.SARCOIDOSIS})}, anna.version
        )
        assert fields == {"egfr", "conditions"}
        assert clients.get(anna.id).draft.egfr == 28
        assert clients.get(anna.id).draft.conditions == {Condition.SARCOIDOSIS}
    finally:
        database.close()


def test_egfr_and_conditions_round_trip_and_bad_values_are_refused(clients):
    draft = ClientDraft(
        given_names="Anna",
        family_name="Jansen",
        birth_date=date(1950, 5, 1),
        sex=Sex.FEMALE,
        egfr=45,
        conditions=frozenset({Condition.CALCIUM_KIDNEY_STONES, Condition.HYPERCALCAEMIA}),
    )
    record = clients.create(draft)
    assert clients.get(record.id).draft.egfr == 45
    assert clients.get(record.id).draft.conditions == draft.conditions
    none = dataclasses.replace(draft, egfr=None, conditions=frozenset())
    cleared = clients.update(record.id, none)
    assert cleared.draft.egfr is None and cleared.draft.conditions == frozenset()
    ids = clients.create_many([draft])
    assert clients.get(ids[0]).draft.conditions == draft.conditions
    with pytest.raises(InvalidClient):
        clients.create(dataclasses.replace(draft, egfr=0))
