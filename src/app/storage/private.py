"""Client data is private by default: folders 0700, files 0600 (Linux and macOS).

On Windows the data, backup and log folders lie in the user's own profile, whose inherited
ACLs already keep other users out: nothing is changed there.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

#: The umask of a running Supplan: whatever it creates (WAL, backups, logs) is the user's only.
PRIVATE_UMASK = 0o077
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def applies() -> bool:
    """Whether modes mean anything here (not on Windows)."""
    return sys.platform != "win32"


def private_umask() -> None:
    """Let nothing this process creates from now on be readable by other users."""
    if applies():
        os.umask(PRIVATE_UMASK)


def private_folder(folder: Path, tighten: bool = True) -> Path:
    """Create *folder* (and missing parents) as 0700; tighten an existing one unless told not.

    Raises OSError (PermissionError, a read-only or full disk) when it cannot be made.
    """
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        tighten = True
    if tighten and applies():
        _tighten(folder, FOLDER_MODE)
    return folder


def private_file(path: Path) -> None:
    """Make one file the user's only (0600), if it exists and is hers."""
    if applies():
        _tighten(path, FILE_MODE)


def tighten_tree(folder: Path) -> None:
    """A folder of Supplan's own (backups, logs): it 0700 and every file in it 0600.

    Failures are left alone: a file of another user or on a share without modes still opens.
    """
    if not applies() or not folder.is_dir():
        return
    _tighten(folder, FOLDER_MODE)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                _tighten(entry, FILE_MODE)


def tighten_database(database: Path, own_folder: bool) -> None:
    """At start: the database, its companions and its backups folder made private.

    Companions are -wal, -shm, .lock, -journal, .partial, before-upgrade and damaged copies;
    other files in the folder (the user's own, with --database) are left as they are.

    The folder itself only when it is Supplan's own (the default data folder): a folder the
    user chose with --database may hold other things and keeps its mode.
    """
    if not applies() or not database.parent.is_dir():
        return
    if own_folder:
        _tighten(database.parent, FOLDER_MODE)
    prefixes = (database.name, f"{database.stem}.before-upgrade-", f"{database.stem}.damaged-")
    with contextlib.suppress(OSError):
        for entry in database.parent.iterdir():
            if entry.name.startswith(prefixes) and entry.is_file() and not entry.is_symlink():
                _tighten(entry, FILE_MODE)
    tighten_tree(database.parent / "backups")


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        current = stat.S_IMODE(path.lstat().st_mode)
        if current & ~mode:
            path.chmod(current & mode)
