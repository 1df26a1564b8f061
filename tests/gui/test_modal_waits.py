"""The tests' dialog waits are bounded: a box that never comes fails its test, not a later one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import ModalWait, answer_message_box

ROOT = Path(__file__).resolve().parents[2]


def test_a_wait_for_a_box_that_never_comes_gives_up_and_fails(qtbot):
    wait = answer_message_box(qtbot, "OK", timeout_ms=50)
    with qtbot.capture_exceptions() as raised:
        qtbot.waitUntil(lambda: wait.gave_up, timeout=2000)
    assert [str(e[1]) for e in raised] == ["no QMessageBox appeared within 50 ms"]
    assert wait not in ModalWait.armed and not wait.done


def test_a_leftover_wait_fails_its_own_test_and_never_answers_a_later_box(tmp_path):
    """Run two tests in a fresh pytest: the first arms a wait and ends before any box.

    Unbounded, the first passed and its timer clicked "OK" on the second test's box.
    """
    (tmp_path / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.conftest import _bounded_modal_waits, _no_user_database\n"
        "from tests.conftest import _sandboxed_user_folders\n",
        encoding="utf-8",
    )
    (tmp_path / "test_inner.py").write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QMessageBox
            from tests.helpers import answer_message_box

            def test_arms_and_leaves(qtbot):
                answer_message_box(qtbot, "OK")

            def test_a_later_box_is_left_alone(qtbot):
                box = QMessageBox(QMessageBox.Icon.Information, "Later", "Later")
                answered = []
                box.finished.connect(answered.append)
                QTimer.singleShot(500, box.reject)
                box.exec()
                assert answered == [0]  # rejected by its own timer, not "OK" by a leftover
            """
        ),
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    out = run.stdout
    assert "ERROR at teardown of test_arms_and_leaves" in out, out
    assert "waited for a dialog that never appeared: QMessageBox" in out, out
    assert "PASSED test_inner.py::test_a_later_box_is_left_alone" in out, out
