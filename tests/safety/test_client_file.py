"""GDPR: a client's complete file for her, and erasure that leaves no trace in the file."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from app.client_file import export_client_file
from app.domain.plan import Override
from app.handout.practice import Practice
from app.storage.stores import Stores
from tests.helpers import draft
from tests.pdf import joined
from tests.plans import BONE_BUNDLE_ITEMS

UNIQUE = "Xylofoonia"


def test_export_has_her_data_as_json_and_every_plan_as_a_handout(database, tmp_path):
    stores = Stores.over(database)
    client = stores.clients.create(
        draft(given=UNIQUE, medicines=["Fosamax"], notes="Houdt van thee")
    )
    first = stores.plans.create(client.id, "Bot", date(2026, 1, 5), BONE_BUNDLE_ITEMS)
    first.overrides = {"INT-BISPH": Override("INT-BISPH", "v", "Inname besproken")}
    stores.plans.save(first)
    stores.plans.create(client.id, "Vitamine D", date(2026, 6, 1), BONE_BUNDLE_ITEMS[:1])
    target = tmp_path / "client.zip"
    names = export_client_file(stores, client.id, target, "nl", Practice(practice_name="P"))
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted(names)
        document = json.loads(archive.read("client.json"))
        pdfs = [archive.read(n) for n in names if n.endswith(".pdf")]
    assert document["format"] == "supplan-client-file/1"
    assert document["client"]["given_names"] == UNIQUE
    assert document["client"]["medicines"] == ["Fosamax"]
    assert document["client"]["notes"] == "Houdt van thee"
    assert [p["title"] for p in document["plans"]] == ["Vitamine D", "Bot"]
    assert document["plans"][1]["overrides"][0]["reason"] == "Inname besproken"
    assert len(pdfs) == 2 and all(UNIQUE in joined(pdf) for pdf in pdfs)
    assert not list(tmp_path.glob("*.partial"))


def test_erasure_leaves_no_byte_of_her_name_in_the_database_files(database, database_path):
    stores = Stores.over(database)
    client = stores.clients.create(draft(given=UNIQUE, family="Qwertyuiop", notes=UNIQUE * 3))
    plan = stores.plans.create(
        client.id, f"Plan voor {UNIQUE}", date(2026, 1, 5), BONE_BUNDLE_ITEMS
    )
    plan.overrides = {"X": Override("X", "v", f"{UNIQUE} akkoord")}
    stores.plans.save(plan)
    other = stores.clients.create(draft(given="Eline", family="Bakker"))

    def on_disk() -> bytes:
        files = [database_path, database_path.with_name(database_path.name + "-wal")]
        return b"".join(f.read_bytes() for f in files if f.exists())

    assert UNIQUE.encode() in on_disk()
    stores.clients.delete(client.id)
    assert UNIQUE.encode() not in on_disk()
    assert b"Qwertyuiop" not in on_disk()
    assert stores.clients.get(other.id).draft.given_names == "Eline"
    with database.engine.connect() as connection:
        for table in (
            "client_medicine",
            "supplement_plan",
            "supplement_plan_item",
            "plan_override",
        ):
            rows = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            assert rows == 0, table


def test_a_prescribed_item_is_marked_in_her_file_and_its_handout(database, tmp_path):
    import dataclasses

    stores = Stores.over(database)
    client = stores.clients.create(draft(given=UNIQUE, medicines=["Calci-Chew D3 500 mg/800 IE"]))
    medicine = dataclasses.replace(BONE_BUNDLE_ITEMS[0], product="Calci-Chew D3", prescribed=True)
    stores.plans.create(client.id, "Bot", date(2026, 1, 5), (medicine, BONE_BUNDLE_ITEMS[1]))
    target = tmp_path / "client.zip"
    names = export_client_file(stores, client.id, target, "nl", Practice(practice_name="P"))
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("client.json"))
        (pdf,) = [archive.read(n) for n in names if n.endswith(".pdf")]
    items = document["plans"][0]["items"]
    assert [item.get("prescribed", False) for item in items] == [True, False]
    assert "Voorgeschreven door uw arts" in joined(pdf)
