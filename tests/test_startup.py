"""What `supplan --smoke` loads and reads on its way to "ready to edit", watched from inside.

One start in a fresh process on a register of 300 clients (more than a window shows), with
the register's model and its first fill instrumented; the timing itself is the benchmark's
business (benchmarks/bench_startup.py), not a test's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CLIENTS = 300

_PROBE = """
import json, sys
from app.ui import application
from app.ui.register import model

rows = []
data = model.ClientTableModel.data
def counting_data(self, index, role=0):
    rows.append(index.row())
    return data(self, index, role)
model.ClientTableModel.data = counting_data

at_fill = {}
preview = application.Application._preview_register
def watched_preview(self):
    preview(self)
    at_fill["filled"] = self.preview_filled is not None
    at_fill["storage"] = sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)
application.Application._preview_register = watched_preview

from app.cli import main
code = main(["--smoke", "--database", sys.argv[1]])
heavy = ("reportlab", "pypdfium2", "pypdf", "alembic", "mako", "app.handout", "app.domain.rules")
print(json.dumps({
    "code": code,
    "loaded": sorted(m for m in heavy if m in sys.modules),
    "at_fill": at_fill,
    "rows_read": len(set(rows)),
    "last_row_read": max(rows, default=-1),
}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One `--smoke` start on a database of CLIENTS clients: what the probe saw."""
    database = tmp_path_factory.mktemp("startup") / "supplan.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SUPPLAN_DATABASE", None)
    subprocess.run(
        [sys.executable, "-m", "app", "demo-data", "--clients", str(CLIENTS), "--database",
         str(database)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(database)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"({CLIENTS} clients)" in result.stdout, result.stdout
    return json.loads(result.stdout.splitlines()[-1])


def test_the_register_is_filled_before_the_database_layer_is_imported(started):
    """The quick read (storage.quick) fills the register; SQLAlchemy loads after that."""
    assert started["code"] == 0
    assert started["at_fill"] == {"filled": True, "storage": []}


def test_ready_to_edit_without_the_pdf_rules_or_migration_code(started):
    """Handouts, rules and Alembic are imported when first needed, not at every start."""
    assert started["loaded"] == []


def test_starting_reads_only_the_rows_the_register_shows(started):
    """Not every client's row, even when quitting right after the start.

    Quitting closes the window; a hidden table sizes its columns by every row (seconds at
    50,000 clients), so the register must have been laid out while it was still shown.
    """
    shown = started["rows_read"]
    assert 0 < shown < 100, started
    assert started["last_row_read"] < 100, started


_QUIT_AFTER_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui import application

open_database = application.Application.open_database
def open_then_quit(self):
    opened = open_database(self)
    QTimer.singleShot(200, QApplication.closeAllWindows)  # the dietician closes the window
    return opened
application.Application.open_database = open_then_quit

from app.cli import main
sys.exit(main(["--database", sys.argv[1]]))
"""


def test_after_quitting_the_file_alone_holds_all_the_data(tmp_path):
    """No -wal or -shm left beside it: a copy of the file (a USB stick) misses nothing."""
    from tests.safety import corpus

    database = tmp_path / "supplan.sqlite3"
    corpus.populate(database, 3)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _QUIT_AFTER_START, str(database)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["supplan.sqlite3"]
