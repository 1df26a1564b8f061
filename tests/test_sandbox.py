"""The test run stays out of the user's folders (see tests/sandbox.py)."""

from __future__ import annotations

from pathlib import Path

from tests.sandbox import changed_paths, snapshot


def test_every_folder_supplan_writes_to_is_inside_the_sandbox(
    _sandboxed_user_folders, tmp_path_factory
):
    from app.config import default_database_path
    from app.logs import log_folder
    from tests.sandbox import real_user_folders

    sandboxed = real_user_folders()
    assert set(sandboxed).isdisjoint(_sandboxed_user_folders)
    sandbox = tmp_path_factory.getbasetemp()
    for folder in (*sandboxed, log_folder(), default_database_path().parent, Path.home()):
        assert folder.is_relative_to(sandbox), folder
        assert not any(folder.is_relative_to(real) for real in _sandboxed_user_folders), folder


def test_a_refused_start_logs_into_the_sandbox_not_the_users_log(tmp_path: Path, tmp_path_factory):
    """The start that once wrote "database refused" into the real log folder."""
    from app.logs import LOG_NAME, log_folder
    from tests.test_smoke import _run

    database = tmp_path / "recipes.sqlite3"
    database.write_bytes(b"not a database at all" * 10)
    assert _run("--smoke", database=database).returncode == 1
    log = log_folder() / LOG_NAME
    assert log.is_relative_to(tmp_path_factory.getbasetemp())
    assert "database refused" in log.read_text(encoding="utf-8")


def test_the_snapshot_names_created_changed_and_removed_files(tmp_path: Path):
    kept, changed, removed = (tmp_path / name for name in ("kept", "changed", "removed"))
    for path in (kept, changed, removed):
        path.write_text("x")
    before = snapshot([tmp_path])
    changed.write_text("longer")
    removed.unlink()
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "supplan.log").write_text("database refused")
    assert changed_paths(before, snapshot([tmp_path])) == sorted(
        [tmp_path, changed, tmp_path / "new", tmp_path / "new" / "supplan.log", removed]
    )
