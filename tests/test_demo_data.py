"""`supplan demo-data`: realistic, deterministic, and usable by the app."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from app.domain.clients import Sex, age_on, validate_client
from app.domain.demo import REFERENCE, demo_clients, demo_plans


def test_the_same_seed_gives_the_same_clients_and_another_seed_others():
    assert list(demo_clients(50, seed=7)) == list(demo_clients(50, seed=7))
    assert list(demo_clients(50, seed=7)) != list(demo_clients(50, seed=8))


def test_clients_are_valid_dutch_and_varied():
    clients = list(demo_clients(2000, seed=3))
    assert all(validate_client(c, date(2026, 11, 24)) == [] for c in clients)
    ages = [age_on(c.birth_date, REFERENCE) for c in clients]
    assert min(ages) >= 18 and max(ages) <= 95
    assert any(c.family_name_prefix for c in clients)
    assert any(any(ch in c.given_names for ch in "ëïéçş") for c in clients)
    assert 0.7 < sum(c.sex is Sex.FEMALE for c in clients) / len(clients) < 0.9
    assert any(c.medicines for c in clients)


def test_plans_come_from_the_catalogue():
    plans = list(demo_plans(10, 2, seed=3))
    assert len(plans) == 20
    assert all(2 <= len(p.items) <= 6 for p in plans)


def test_command_fills_a_database_the_register_can_search(tmp_path):
    database = tmp_path / "demo.sqlite3"
    env = dict(os.environ)
    env.pop("SUPPLAN_DATABASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo-data", "--clients", "120", "--plans-per-client", "2",
         "--database", str(database)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Added 120 clients and 240 plans" in result.stdout
    from app.storage.database import open_database
    from app.storage.stores import Stores

    db = open_database(database)
    try:
        stores = Stores.over(db)
        assert stores.clients.count() == 120
        ids = stores.clients.search_ids("")
        assert len(ids) == 120
        first = stores.clients.summaries(ids[:1])[ids[0]]
        assert len(stores.plans.list_for_client(first.id)) == 2
    finally:
        db.close()
