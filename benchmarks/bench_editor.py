"""Median time from an edit in the plan editor to the updated findings panel (target < 16 ms).

A 20-item plan for a client on three medicines; each run types one digit into a units field
(a real key event) and stops the clock when the findings model has been rebuilt.

    .venv/bin/python -m benchmarks.bench_editor
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import report

TARGET_MS = 16.0


def measure(runs: int = 200) -> dict[str, float]:
    """Median and 95th percentile in milliseconds (and the whole keystroke, every slot run)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.domain.clients import ClientDraft, MenopausalStatus, Sex
    from app.domain.plan import Moment
    from app.storage.database import open_database
    from app.storage.stores import Stores
    from app.ui.plans.plan_list import PlansWindow
    from benchmarks.bench_rules import twenty_item_plan

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        stores = Stores.over(database)
        client = stores.clients.create(
            ClientDraft(
                given_names="Anna",
                family_name="de Vries",
                birth_date=date(1954, 6, 1),
                sex=Sex.FEMALE,
                menopausal_status=MenopausalStatus.POSTMENOPAUSAL,
                medicines=["Fosamax 70 mg", "Thyrax Duotab 0,1 mg", "omeprazol 20 mg"],
            )
        )
        plan = stores.plans.create(client.id, "Bench", date.today(), twenty_item_plan().items)
        window = PlansWindow(stores, client.id)
        editor = window.open_plan(plan.id)
        editor.select_row(0)
        field = editor.details.units[Moment.EVENING]
        rebuilt: list[float] = []
        editor.findings_model.modelReset.connect(lambda: rebuilt.append(time.perf_counter()))
        samples = []
        whole = []
        for run in range(runs + 10):
            field.selectAll()
            rebuilt.clear()
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_1 if run % 2 else Qt.Key.Key_2)
            done = time.perf_counter()
            assert rebuilt, "the findings panel was not updated in the same event-loop turn"
            if run >= 10:  # warm-up
                samples.append((rebuilt[-1] - start) * 1000)
                whole.append((done - start) * 1000)
            app.processEvents()
        findings = len(editor.session.findings)
        editor.close()
        window.close()
        database.close()
    samples.sort()
    return {
        "median_ms": statistics.median(samples),
        "p95_ms": samples[int(len(samples) * 0.95)],
        "whole_keystroke_median_ms": statistics.median(whole),
        "findings": findings,
    }


def main() -> None:
    """Print the figure beside its target."""
    report("edit -> findings panel, 20 items, 3 medicines", measure(), TARGET_MS)


if __name__ == "__main__":
    main()
