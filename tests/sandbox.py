"""Keep the test run out of the user's own folders, and prove it did.

`make test` once wrote "database refused" lines into the real log folder: the tests set the
data folder but not the state (log) folder. The whole run now gets one home of its own, and
the real folders are listed before and after so a write there fails the run by name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def real_user_folders(app_name: str = "Supplan") -> list[Path]:
    """Every folder where Supplan (run by this user) may write, per platformdirs."""
    import platformdirs

    found = [
        Path(getattr(platformdirs, name)(app_name, appauthor=False))
        for name in (
            "user_data_dir",
            "user_config_dir",
            "user_state_dir",
            "user_log_dir",
            "user_cache_dir",
        )
    ]
    return sorted(set(found))


def sandbox_environment(root: Path) -> dict[str, str]:
    """The folder variables, all pointing into *root* (created)."""
    values = {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "data",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_STATE_HOME": root / "state",
        "XDG_CACHE_HOME": root / "cache",
        "XDG_RUNTIME_DIR": root / "runtime",
        "APPDATA": root / "appdata",
        "LOCALAPPDATA": root / "localappdata",
        "USERPROFILE": root / "home",
    }
    for folder in values.values():
        folder.mkdir(parents=True, exist_ok=True)
    values["XDG_RUNTIME_DIR"].chmod(0o700)  # Qt refuses a runtime folder others can read
    return {name: str(folder) for name, folder in values.items()}


def snapshot(folders: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """(modification time, size) of every file and folder in and under *folders*."""
    seen: dict[Path, tuple[int, int]] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for path in [folder, *folder.rglob("*")]:
            try:
                info = path.lstat()
            except OSError:  # removed while listing
                continue
            seen[path] = (info.st_mtime_ns, info.st_size if path.is_file() else 0)
    return seen


def changed_paths(
    before: dict[Path, tuple[int, int]], after: dict[Path, tuple[int, int]]
) -> list[Path]:
    """Paths created, changed or removed between two snapshots."""
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )


def apply_environment(values: dict[str, str]) -> dict[str, str | None]:
    """Set the variables; returns the old values for restore_environment."""
    old = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    return old


def restore_environment(old: dict[str, str | None]) -> None:
    """Put the variables back as they were."""
    for name, value in old.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
