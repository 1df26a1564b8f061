"""Damaged database files, made in the test from a healthy one (no binary fixtures).

Each function damages the closed database at *path* in one of the ways the issue's attack
found: bytes flipped inside a data page of the client table, a wrong cell count, a bad
freelist pointer, a cut-off file (page-aligned and mid-page), a zero-byte file, and a -wal
left by another database.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.domain.demo import demo_clients


def populate(path: Path, count: int = 300) -> None:
    """A real Supplan database at *path* with *count* demo clients (several pages)."""
    from app.storage.clients import ClientRepository
    from app.storage.database import open_database

    database = open_database(path)
    try:
        ClientRepository(database).create_many(list(demo_clients(count, seed=13)))
    finally:
        database.close()


def client_count(path: Path) -> int:
    """Clients in the file, read-only (never through Supplan, never writing)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM client").fetchone()[0]
    finally:
        connection.close()


def _page_size(path: Path) -> int:
    header = path.read_bytes()[:100]
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def leaf_pages(path: Path, table: str = "client") -> list[int]:
    """The leaf pages (1-based) of *table*'s b-tree, found by walking it from its root."""
    connection = sqlite3.connect(path)
    try:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        connection.close()
    data, size = path.read_bytes(), _page_size(path)
    leaves, todo = [], [root]
    while todo:
        number = todo.pop()
        page = data[(number - 1) * size : number * size]
        start = 100 if number == 1 else 0
        kind, cells = page[start], int.from_bytes(page[start + 3 : start + 5], "big")
        if kind == 0x0D:
            leaves.append(number)
        elif kind == 0x05:
            pointers = start + 12
            for cell in range(cells):
                offset = int.from_bytes(page[pointers + 2 * cell : pointers + 2 * cell + 2], "big")
                todo.append(int.from_bytes(page[offset : offset + 4], "big"))
            todo.append(int.from_bytes(page[start + 8 : start + 12], "big"))
    return sorted(leaves)


def _patch(path: Path, offset: int, new: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(new)


def flip_bytes_in_client_page(path: Path) -> None:
    """Flip one bit (a letter's case) in every lower-case word of a client-table leaf page.

    The records stay well-formed (quick_check and every read pass); only the indexes on the
    lower-cased sort and search columns no longer match their rows: damage that went
    unnoticed for weeks in the issue's attack.
    """
    import re

    page = leaf_pages(path)[len(leaf_pages(path)) // 2]
    size = _page_size(path)
    data = path.read_bytes()[(page - 1) * size : page * size]
    for word in re.finditer(rb"[a-z]{6,}", data):
        offset = (page - 1) * size + word.start()
        _patch(path, offset, bytes([data[word.start()] ^ 0x20]))


def bad_cell_count(path: Path) -> None:
    """Claim far more cells on a leaf page of the client table than it holds."""
    page = leaf_pages(path)[0]
    _patch(path, (page - 1) * _page_size(path) + 3, (3000).to_bytes(2, "big"))


def bad_freelist_pointer(path: Path) -> None:
    """Point the freelist at a page far past the end of the file (after freeing pages)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("DELETE FROM client_medicine")
        connection.execute("DELETE FROM client WHERE id % 2 = 0")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        connection.close()
    assert free > 0, "no free pages to point at"
    _patch(path, 32, (10_000_000).to_bytes(4, "big"))


def truncate_pages(path: Path) -> None:
    """Cut off the last two pages (a copy stopped by a full disk)."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 2 * _page_size(path)])


def truncate_mid_page(path: Path) -> None:
    """Cut off the last 1000 bytes: SQLite itself reads the short page as zeros."""
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def zero_bytes(path: Path) -> None:
    """Empty the file (a failed save on some editors/sync tools does this)."""
    path.write_bytes(b"")


def foreign_wal(path: Path) -> None:
    """Leave, next to the database, the -wal of another (healthy) Supplan database."""
    other = path.with_name("other.sqlite3")
    populate(other, 40)
    keeper = sqlite3.connect(other)  # keeps the -wal in place while it is copied
    try:
        keeper.execute("PRAGMA wal_autocheckpoint = 0")
        keeper.execute("UPDATE client SET notes = hex(randomblob(500))")
        keeper.commit()
        shutil.copyfile(f"{other}-wal", f"{path}-wal")
    finally:
        keeper.close()
    for leftover in other.parent.glob("other.sqlite3*"):
        leftover.unlink()


KINDS = {
    "flipped_bytes": flip_bytes_in_client_page,
    "bad_cell_count": bad_cell_count,
    "bad_freelist": bad_freelist_pointer,
    "truncated_pages": truncate_pages,
    "truncated_mid_page": truncate_mid_page,
    "zero_bytes": zero_bytes,
    "foreign_wal": foreign_wal,
}
