"""One writer per database: a lock the GUI and the CLI's writing commands both take.

Two lock files, both held with an OS lock (flock / LockFileEx) that the OS drops when the
process dies, so a crash never leaves a lock that has to be guessed stale:

- ``<database>.lock`` next to the database: seen by a Supplan on another computer that opens
  the same file over a network share;
- ``db-<device>-<inode>.lock`` in the user's runtime folder: keyed on the file's identity,
  so a hard link, a symlink or a second path to the same file is refused too.

Each holds who holds it (PID, host, since when) for the refusal message. Only the standard
library: the CLI takes the lock without loading Qt, and the GUI before SQLAlchemy loads.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import socket
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from app.domain import clock


class LockProblem(Enum):
    """Why the lock could not be taken: each has its own message and way out."""

    HELD = "held"  # another Supplan has the database open
    FULL = "full"  # the disk is full: not even the lock file could be written
    READ_ONLY = "read_only"  # the folder is on a read-only disk or share
    NO_PERMISSION = "no_permission"  # the user may not write in the folder
    NO_FOLDER = "no_folder"  # the database's folder does not exist
    OTHER = "other"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as written in its lock file (any part may be unknown)."""

    pid: int | None
    host: str
    since: datetime | None

    @property
    def here(self) -> bool:
        """Whether the holder runs on this computer."""
        return not self.host or self.host == socket.gethostname()


class LockRefused(Exception):
    """The database may not be opened for writing now; nothing was changed."""

    def __init__(
        self,
        problem: LockProblem,
        path: Path,
        owner: LockOwner | None = None,
        error: OSError | None = None,
    ) -> None:
        super().__init__(f"{path}: {problem.value}")
        self.problem = problem
        self.path = path
        self.owner = owner
        self.error = error


def problem_of(error: OSError) -> LockProblem:
    """Which plain-words problem an OS error when writing the lock file is."""
    from app.storage.errors import write_problem

    return LockProblem(write_problem(error).value)


def identity_folders() -> list[Path]:
    """Where the identity locks may live: the user's runtime folder, else a temp folder."""
    import platformdirs

    uid = getattr(os, "getuid", lambda: 0)()
    folders = [Path(tempfile.gettempdir()) / f"supplan-{uid}"]
    if sys.platform in ("win32", "darwin") or os.environ.get("XDG_RUNTIME_DIR"):
        # Without XDG_RUNTIME_DIR platformdirs warns on stderr and invents /tmp/runtime-<uid>;
        # the temporary folder above serves instead.
        folders.insert(0, Path(platformdirs.user_runtime_dir("Supplan", appauthor=False)))
    return folders


def identity_key(database: Path) -> str:
    """The database file's identity: device and inode (its folder's and name's if new)."""
    try:
        info = database.stat()
        return f"db-{info.st_dev}-{info.st_ino}"
    except OSError:
        folder = database.parent.stat()
        name = hashlib.sha256(database.name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return f"new-{folder.st_dev}-{folder.st_ino}-{name}"


class DatabaseLock:
    """The lock on one database file; `acquire` raises LockRefused, `release` lets go."""

    def __init__(self, database: Path, identity_dir: Path | None = None) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self.identity_dir = identity_dir
        self._held: dict[Path, int] = {}

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return bool(self._held)

    def acquire(self) -> None:
        """Take both locks, or raise LockRefused (holding neither)."""
        try:
            self._take(self.path)
            self._take_identity()
        except BaseException:
            self.release()
            raise

    def follow(self) -> None:
        """Also key the lock on the file's own inode once a new database file exists."""
        if self._held:
            self._take_identity()

    def _take_identity(self) -> None:
        from app.storage.private import private_folder

        try:
            key = identity_key(self.database)
        except OSError:
            return
        for folder in [self.identity_dir] if self.identity_dir else identity_folders():
            try:
                private_folder(folder)
                if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
                    continue  # a shared temp folder: never trust one another user made
            except OSError:
                continue
            path = folder / f"{key}.lock"
            if path in self._held:
                return
            try:
                self._take(path)
            except LockRefused as refused:
                if refused.problem is LockProblem.HELD:
                    raise
                continue  # a full or read-only runtime folder: the lock next to the file holds
            return

    def release(self) -> None:
        """Let another Supplan open the database (the lock files are removed)."""
        for path, fd in list(self._held.items()):
            with contextlib.suppress(OSError):
                if _same_file(fd, path):
                    path.unlink()
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
        self._held.clear()

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _take(self, path: Path) -> None:
        for _attempt in range(20):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except OSError as error:
                raise LockRefused(problem_of(error), self.database, error=error) from error
            try:
                locked = _try_lock(fd)
            except OSError as error:
                os.close(fd)
                raise LockRefused(problem_of(error), self.database, error=error) from error
            if not locked:
                owner = _read_owner(fd)
                os.close(fd)
                raise LockRefused(LockProblem.HELD, self.database, owner)
            if not _same_file(fd, path):
                # The holder released (and removed) it between our open and our lock: retry.
                _unlock(fd)
                os.close(fd)
                continue
            try:
                _write_owner(fd)
            except OSError as error:
                _unlock(fd)
                os.close(fd)
                with contextlib.suppress(OSError):
                    path.unlink()
                raise LockRefused(problem_of(error), self.database, error=error) from error
            self._held[path] = fd
            return
        raise LockRefused(LockProblem.OTHER, self.database)


_LOCK_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte past the owner's text


def _try_lock(fd: int) -> bool:
    """Lock *fd* without waiting; False when another process (or open) holds it."""
    if sys.platform == "win32":  # pragma: no cover - tested on Windows only
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _write_owner(fd: int) -> None:
    """PID, program, host and since when: the first three lines as Qt's QLockFile writes them."""
    text = f"{os.getpid()}\nSupplan\n{socket.gethostname()}\n{clock.now().isoformat()}\n"
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    data = text.encode("utf-8")
    while data:
        data = data[os.write(fd, data) :]
    os.fsync(fd)


def _read_owner(fd: int) -> LockOwner:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        lines = os.read(fd, 4096).decode("utf-8", "replace").splitlines()
    except OSError:
        lines = []
    pid = int(lines[0]) if lines and lines[0].strip().isdigit() else None
    host = lines[2].strip() if len(lines) > 2 else ""
    since = None
    if len(lines) > 3:
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(lines[3].strip())
    return LockOwner(pid, host, since)
