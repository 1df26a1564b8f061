"""Writing a file so that it is either complete under its final name or not there at all.

Every file Supplan writes (exports, handouts, backups, the copies made before an upgrade or
a restore) goes through here: written to a temporary name in the same folder, flushed,
fsynced, renamed over the final name, and the folder fsynced. A failure removes the
temporary file; a killed process leaves only a temporary file, which `remove_leftovers`
recognises by its name and removes at the next start.

Only the standard library: used before SQLAlchemy is imported.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".supplan-part"
# ".<final name>.<8 hex>.supplan-part", and what SQLite may leave next to one.
_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.supplan-part(-journal|-wal|-shm)?$")


def temporary_name(target: Path) -> Path:
    """A fresh temporary name next to *target* (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some filesystems refuse fsync on a folder
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    for companion in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            companion.unlink()


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes *target*, on failure it goes.

    The caller writes and closes the temporary file inside the block; it is fsynced here.
    """
    target = Path(target)
    temporary = temporary_name(target)
    try:
        yield temporary
        descriptor = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    fsync_folder(target.parent)


def write_bytes(target: Path, data: bytes) -> None:
    """Write *data* to *target*, all or nothing."""
    with atomic_path(target) as temporary, temporary.open("wb") as handle:
        handle.write(data)


def write_text(target: Path, text: str, encoding: str = "utf-8") -> None:
    """Write *text* to *target*, all or nothing."""
    write_bytes(target, text.encode(encoding))


def write_with(target: Path, write: Callable[[Path], object]) -> None:
    """Let *write* produce the file at a temporary path; all or nothing under *target*."""
    with atomic_path(target) as temporary:
        write(temporary)


def copy_file(source: Path, target: Path) -> None:
    """Copy *source*'s bytes (e.g. a damaged database SQLite cannot read), all or nothing."""
    with atomic_path(target) as temporary:
        shutil.copyfile(source, temporary)


def copy_database(source: Path, target: Path) -> None:
    """Copy a SQLite database consistently (online backup API, safe while it is in use).

    All or nothing under *target*; see `sqlite_copy` for what the copy is like.
    """
    with atomic_path(target) as temporary:
        sqlite_copy(source, temporary)


def sqlite_copy(source: Path, destination: Path) -> None:
    """Copy database *source* into the new file *destination* with SQLite's backup API.

    The copy is a single self-contained file (rollback journal mode, so no -wal) and is
    written without a journal of its own: a killed copy leaves no -journal beside it.
    """
    origin = sqlite3.connect(f"{Path(source).as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(destination)
        try:
            copy.execute("PRAGMA journal_mode = OFF")
            origin.backup(copy)
            # The copied header says WAL; leaving WAL rewrites it, again without a journal
            # (switching straight to DELETE would journal that write). Opened later, the
            # copy is in the default rollback (DELETE) mode.
            copy.execute("PRAGMA journal_mode = OFF")
        finally:
            copy.close()
    finally:
        origin.close()


def leftovers(folder: Path) -> list[Path]:
    """Temporary files of writes that never finished (the process was killed) in *folder*."""
    try:
        return sorted(path for path in folder.iterdir() if _LEFTOVER.match(path.name))
    except OSError:
        return []


def remove_leftovers(*folders: Path) -> list[Path]:
    """Remove the leftovers of killed writes in *folders*; returns what was removed.

    Call only while holding the database lock: then no other Supplan is writing there.
    """
    removed = []
    for folder in folders:
        for path in leftovers(folder):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
