"""Backups: daily with retention, on request, checked restore with a safety copy first."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.backups import Backups, move_aside
from app.storage.database import DatabaseRefused, RefusalReason, inspect_file, open_database
from tests.helpers import draft


def test_daily_backup_once_a_day_with_every_client(database, database_path, clients):
    clients.create(draft())
    backups = Backups(database_path)
    made = backups.daily(date(2026, 11, 24))
    assert made is not None and made.name == "supplan-2026-11-24.sqlite3"
    assert backups.daily(date(2026, 11, 24)) is None  # at most once a day
    assert Backups.inspect(made).clients == 1
    assert backups.is_verified(made)
    assert sorted(p.name for p in backups.folder.iterdir()) == [made.name, "verified.json"]


def test_retention_keeps_14_daily_and_6_monthly(tmp_path, database_path, database):
    backups = Backups(database_path)
    backups.folder.mkdir()
    start = date(2026, 1, 1)
    for offset in range(300):
        (backups.folder / f"supplan-{start + timedelta(days=offset)}.sqlite3").write_bytes(b"x")
    backups.prune()
    kept = [day for day, _path in backups.dailies()]
    newest = start + timedelta(days=299)
    assert kept[:14] == [newest - timedelta(days=n) for n in range(14)]
    older = kept[14:]
    assert len(older) == 6
    assert len({(d.year, d.month) for d in older}) == 6
    assert all(d < kept[13] for d in older)


def test_backup_now_and_restore_with_a_safety_copy(database, database_path, clients, tmp_path):
    anna = clients.create(draft())
    backups = Backups(database_path)
    chosen = tmp_path / "my-backup.sqlite3"
    backups.backup_to(chosen)
    clients.create(draft(given="Eline", family="Bakker"))
    clients.delete(anna.id)
    database.close()
    safety = backups.restore(chosen, now=datetime(2026, 11, 24, 10, 0, 0))
    assert safety.name == "supplan-before-restore-20261124-100000.sqlite3"
    reopened = open_database(database_path)
    try:
        from app.storage.clients import ClientRepository

        assert [c.given_names for c in ClientRepository(reopened).search()] == ["Anna"]
    finally:
        reopened.close()
    assert Backups.inspect(safety).clients == 1  # the state before the restore: Eline


@pytest.mark.parametrize("kind", ["foreign", "newer", "garbage", "truncated"])
def test_restore_refuses_a_file_that_is_not_a_healthy_supplan_database(
    kind, database, database_path, clients, tmp_path
):
    clients.create(draft())
    candidate = tmp_path / "candidate.sqlite3"
    if kind == "foreign":
        with sqlite3.connect(candidate) as connection:
            connection.execute("CREATE TABLE t (x)")
        connection.close()
    elif kind == "garbage":
        candidate.write_bytes(b"\x00garbage" * 100)
    else:
        Backups(database_path).backup_to(candidate)
        if kind == "newer":
            with sqlite3.connect(candidate) as connection:
                connection.execute("UPDATE alembic_version SET version_num = '9999'")
            connection.close()
        else:
            data = candidate.read_bytes()
            candidate.write_bytes(data[: len(data) // 2])
    before = candidate.read_bytes()
    with pytest.raises(DatabaseRefused):
        Backups(database_path).restore(candidate)
    assert candidate.read_bytes() == before
    assert clients.count() == 1


@pytest.mark.parametrize("cut", [4096, 1000])
def test_a_truncated_database_is_recognised_as_unreadable(cut, database_path, clients, database):
    """Cut pages off, or cut mid-page: then only Supplan's header check refuses it.

    SQLite itself reads a short last page as zeros and opens the file.
    """
    for n in range(40):
        clients.create(draft(given=f"Anna{n}"))
    database.close()
    data = database_path.read_bytes()
    database_path.write_bytes(data[: len(data) - cut])
    with pytest.raises(DatabaseRefused) as refused:
        inspect_file(database_path)
    assert refused.value.reason is RefusalReason.UNREADABLE


def test_prune_keeps_the_newest_verified_copy_however_old(database, database_path):
    backups = Backups(database_path)
    old = backups.daily(date(2025, 1, 1))
    assert old is not None and backups.is_verified(old)
    start = date(2026, 1, 1)
    for offset in range(300):  # later copies, none verified (e.g. made by an older Supplan)
        (backups.folder / f"supplan-{start + timedelta(days=offset)}.sqlite3").write_bytes(b"x")
    backups.prune()
    assert old.exists()
    assert len(backups.dailies()) == 14 + 6 + 1


def test_a_verified_copy_that_changed_afterwards_is_no_longer_verified(database, database_path):
    backups = Backups(database_path)
    made = backups.daily(date(2026, 11, 24))
    assert backups.is_verified(made)
    with made.open("r+b") as handle:
        handle.seek(5000)
        handle.write(b"rot")
    assert not backups.is_verified(made)


def test_listing_gives_no_count_for_a_mark_that_is_not_a_number(database, database_path):
    import json

    backups = Backups(database_path)
    made = backups.daily(date(2026, 11, 24))
    assert made is not None and backups.listing()[0][2] == 0
    marks = backups.folder / "verified.json"
    data = json.loads(marks.read_text(encoding="utf-8"))
    data[made.name]["clients"] = "many"  # edited by hand or written by something else
    marks.write_text(json.dumps(data), encoding="utf-8")
    assert backups.listing() == [(made, backups.listing()[0][1], None)]


def test_no_backup_of_a_damaged_database(database, database_path, clients):
    from app.storage.errors import DatabaseDamaged
    from tests.safety import corpus

    for n in range(60):
        clients.create(draft(given=f"Anna{n}"))
    database.close()
    backups = Backups(database_path)
    corpus.bad_freelist_pointer(database_path)  # quick_check sees it; reads do not
    with pytest.raises(DatabaseDamaged):
        backups.daily(date(2026, 11, 24))
    with pytest.raises(DatabaseDamaged):
        backups.backup_to(database_path.with_name("chosen.sqlite3"))
    assert not backups.folder.exists() or not list(backups.folder.iterdir())
    assert not database_path.with_name("chosen.sqlite3").exists()


def test_no_backup_of_rows_that_no_longer_match_their_indexes(database, database_path):
    """Damage quick_check cannot see: the copy's full check finds it, the copy is removed."""
    from app.domain.demo import demo_clients
    from app.storage.clients import ClientRepository
    from app.storage.errors import DatabaseDamaged
    from tests.safety import corpus

    ClientRepository(database).create_many(list(demo_clients(300, seed=13)))
    database.close()
    corpus.flip_bytes_in_client_page(database_path)
    backups = Backups(database_path)
    with pytest.raises(DatabaseDamaged) as damaged:
        backups.daily(date(2026, 11, 24))
    assert "missing from index" in damaged.value.verdict
    assert backups.dailies() == [] and not atomic_leftovers(backups.folder)


def atomic_leftovers(folder):
    from app.storage.atomic import leftovers

    return leftovers(folder) if folder.exists() else []


def test_a_log_left_beside_the_old_database_is_kept_aside_not_applied(
    database, database_path, clients, tmp_path
):
    clients.create(draft(given="Restoria"))
    chosen = tmp_path / "chosen.sqlite3"
    Backups(database_path).backup_to(chosen)
    database.close()
    wal = database_path.with_name(database_path.name + "-wal")
    wal.write_bytes(b"a log that belongs to the old database")
    safety = Backups(database_path).restore(chosen, now=datetime(2026, 11, 24, 10, 0, 0))
    assert not wal.exists()
    assert Path(f"{safety}-wal").read_bytes() == b"a log that belongs to the old database"
    assert Backups.inspect(database_path).clients == 1


def test_move_aside_keeps_the_damaged_bytes(tmp_path):
    damaged = tmp_path / "supplan.sqlite3"
    damaged.write_bytes(b"broken")
    aside = move_aside(damaged, datetime(2026, 11, 24, 9, 0, 0))
    assert aside.name == "supplan.damaged-20261124-090000.sqlite3"
    assert aside.read_bytes() == b"broken" and not damaged.exists()


def test_text_sqlite_cannot_decode_counts_as_damage():
    """Supplan only writes valid UTF-8: bytes that are not are a damaged page.

    integrity_check does not look inside values and says ok.
    """
    from app.storage.errors import is_damage

    error = sqlite3.OperationalError("Could not decode to UTF-8 column 'notes' with text 'x'")
    assert is_damage(error)
    assert not is_damage(sqlite3.OperationalError("database is locked"))
