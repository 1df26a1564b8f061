"""Real small and read-only file systems for failure tests (root only; CI runs as root).

As root, chmod does not stop writes: a read-only folder needs a read-only bind mount, a full
disk a small tmpfs. Every mount is undone when the test ends, passed or failed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

NEEDS_ROOT = "needs root to mount a small tmpfs / a read-only bind mount (CI runs as root)"


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, check=False).returncode == 0


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/proc/mounts").exists()


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of *size* mounted on *folder* (made), unmounted afterwards."""
    if not _can_mount():
        pytest.skip(NEEDS_ROOT)
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)):
        pytest.skip("mount -t tmpfs refused (no CAP_SYS_ADMIN in this container)")
    try:
        yield folder
    finally:
        if not _run("umount", str(folder)):
            _run("umount", "-l", str(folder))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """*folder* (with what it holds) made read-only by a read-only bind mount onto itself."""
    if not _can_mount():
        pytest.skip(NEEDS_ROOT)
    if not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("mount --bind refused (no CAP_SYS_ADMIN in this container)")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(folder)):
            pytest.skip("read-only remount refused")
        yield folder
    finally:
        if not _run("umount", str(folder)):
            _run("umount", "-l", str(folder))


@contextlib.contextmanager
def bind(source: Path, target: Path) -> Iterator[Path]:
    """*source* seen a second time at *target* (the same files under another path)."""
    if not _can_mount():
        pytest.skip(NEEDS_ROOT)
    target.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "--bind", str(source), str(target)):
        pytest.skip("mount --bind refused (no CAP_SYS_ADMIN in this container)")
    try:
        yield target
    finally:
        if not _run("umount", str(target)):
            _run("umount", "-l", str(target))


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk of *folder* until at most *leave* bytes are free; returns the filler."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for chunk in (1 << 16, 1 << 12, 1):
            while True:
                info = os.statvfs(folder)
                if info.f_bavail * info.f_frsize - chunk < leave:
                    break
                try:
                    os.write(fd, b"\0" * chunk)
                except OSError as error:
                    assert error.errno == errno.ENOSPC, error
                    break
    finally:
        os.close(fd)
    return filler


def is_full(folder: Path) -> bool:
    """Whether not even one more byte can be written there."""
    probe = folder / "probe.bin"
    try:
        with probe.open("wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return error.errno == errno.ENOSPC
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return False
