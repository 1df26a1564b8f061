"""Shared fixtures: every test gets its own database file under tmp_path, never the user's."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

import pytest

#: Whether whoever ran pytest chose Qt's platform (tests/e2e may otherwise choose xcb).
PLATFORM_CHOSEN = "QT_QPA_PLATFORM" in os.environ
# Must be set before any QApplication exists; the suite runs without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# tests/e2e need a real X11 window, and Qt's platform is fixed per process: `make test` runs
# them in a second pytest process under Xvfb with QT_QPA_PLATFORM=xcb.
collect_ignore = [] if os.environ["QT_QPA_PLATFORM"] == "xcb" else ["e2e"]
# A text missing from a language's catalogue fails the test that shows it (app/i18n.py).
os.environ["SUPPLAN_STRICT_TEXTS"] = "1"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def _sandboxed_user_folders(tmp_path_factory: pytest.TempPathFactory):
    """The whole run gets its own home, data, config, state (log) and cache folders.

    The user's real Supplan folders are listed first and again at the end: anything the run
    wrote there fails it, naming the paths.
    """
    from tests.sandbox import (
        apply_environment,
        changed_paths,
        real_user_folders,
        restore_environment,
        sandbox_environment,
        snapshot,
    )

    real = real_user_folders()
    before = snapshot(real)
    old = apply_environment(sandbox_environment(tmp_path_factory.mktemp("user-folders")))
    try:
        yield real
    finally:
        restore_environment(old)
    written = changed_paths(before, snapshot(real))
    if written:
        pytest.fail(
            "The tests wrote outside their sandbox, into the user's own folders:\n"
            + "\n".join(f"  {path}" for path in written)
            + "\n(Or another Supplan, or a test run of a branch without this check, wrote"
            " there at the same time.)",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point SUPPLAN_DATABASE and the data folders into tmp_path for every test."""
    monkeypatch.setenv("SUPPLAN_DATABASE", str(tmp_path / "env-default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(autouse=True)
def _fixed_clock():
    """Every test runs on the morning of tests.helpers.TODAY, whatever the calendar says.

    The clock ticks on from 09:00, so what is written later is still later.
    """
    from app.domain import clock
    from tests.helpers import TODAY

    clock.fix(datetime.combine(TODAY, time(9, 0)))
    yield
    clock.fix(None)


@pytest.fixture(autouse=True)
def _bounded_modal_waits():
    """Every dialog wait a test armed ends with the test; one never satisfied fails it."""
    yield
    from tests.helpers import ModalWait

    left = ModalWait.disarm_all()
    if left:
        pytest.fail(
            "The test waited for a dialog that never appeared: "
            + ", ".join(wait.describe() for wait in left),
            pytrace=False,
        )


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """Where this test's database lives."""
    return tmp_path / "supplan.sqlite3"


@pytest.fixture
def database(database_path: Path):
    """A fresh, migrated database in a real SQLite file."""
    from app.storage.database import open_database

    db = open_database(database_path)
    yield db
    db.close()


@pytest.fixture
def clients(database):
    """The client repository over the fresh database."""
    from app.storage.clients import ClientRepository

    return ClientRepository(database)


@pytest.fixture
def today() -> date:
    """The fixed 'today' (the app's clock is fixed to it too), so ages do not drift."""
    from tests.helpers import TODAY

    return TODAY


@pytest.fixture
def main_window(qtbot, database, database_path):
    """The real main window on this test's database, shown and filled, in English."""
    from app.storage.stores import Stores
    from app.ui.main_window import MainWindow

    window = MainWindow(Stores.over(database), database_path)
    # Not qtbot.addWidget: pytest-qt closes those before fixtures end, and closing a window
    # with an edited form open asks a question nobody would answer.
    window.show()
    window.register.refresh()
    qtbot.waitExposed(window)
    yield window
    # A failed test may leave an edited form open; closing would then wait for an answer.
    if window.register.form is not None:
        window.register.form.discard()
    window.close()
    window.deleteLater()
