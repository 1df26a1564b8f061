"""The jobs runner: work on a worker thread, results on the GUI thread, one job per kind."""

from __future__ import annotations

import threading
import time

import pytest


@pytest.fixture
def jobs(qtbot):
    from app.ui.jobs import JobsManager

    manager = JobsManager()
    yield manager
    manager.shutdown()


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, jobs):
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    with qtbot.waitSignal(jobs.finished, timeout=5000):
        job = jobs.submit("test", "Working", work, done)
    assert results == [42]
    assert seen["work"] != gui and seen["done"] == gui
    assert job.succeeded and not jobs.busy()


def test_jobs_of_one_kind_run_one_at_a_time_in_order(qtbot, jobs):
    lock = threading.Lock()
    active = []
    overlaps = []
    order: list[int] = []

    def work(number: int) -> None:
        with lock:
            active.append(number)
            if len(active) > 1:
                overlaps.append(tuple(active))
        time.sleep(0.02)
        with lock:
            active.remove(number)
            order.append(number)

    for number in range(5):
        jobs.submit("database", "Working", lambda n=number: work(n))
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=5000)
    assert overlaps == [] and order == [0, 1, 2, 3, 4]


def test_other_kinds_run_at_the_same_time(qtbot, jobs):
    both = threading.Barrier(2, timeout=5)
    jobs.submit("a", "A", both.wait)
    jobs.submit("b", "B", both.wait)  # deadlocks (barrier times out) if b waited for a
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=8000)


def test_an_error_reaches_the_failed_callback_on_the_gui_thread(qtbot, jobs):
    errors: list[BaseException] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(jobs.finished, timeout=5000):
        job = jobs.submit("test", "Working", work, failed=errors.append)
    assert isinstance(errors[0], OSError) and errors[0].errno == 28
    assert not job.succeeded and job.error is errors[0]


def test_an_error_without_a_handler_goes_to_the_excepthook(qtbot, jobs, monkeypatch):
    import sys

    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: seen.append(error))
    with qtbot.waitSignal(jobs.finished, timeout=5000):
        jobs.submit("test", "Working", lambda: 1 / 0)
    assert len(seen) == 1 and isinstance(seen[0], ZeroDivisionError)


def test_wait_delivers_every_job_of_the_kind_including_the_queued_ones(qtbot, jobs):
    delivered: list[int] = []
    for number in range(3):
        jobs.submit("database", "Working", lambda n=number: time.sleep(0.01) or n, delivered.append)
    jobs.wait("database")
    assert delivered == [0, 1, 2] and not jobs.busy()


def test_shutdown_waits_for_the_running_job_and_cancels_the_waiting_ones(qtbot, jobs):
    from app.ui.jobs import JobState

    release = threading.Event()
    ran: list[str] = []

    def slow() -> None:
        release.wait(5)
        time.sleep(0.05)
        ran.append("slow")

    first = jobs.submit("database", "Working", slow)
    second = jobs.submit("database", "Working", lambda: ran.append("second"))
    release.set()
    jobs.shutdown()
    assert ran == ["slow"]  # the running one ended whole, before shutdown returned
    assert first.state is JobState.FINISHED and second.state is JobState.CANCELLED
    late = jobs.submit("database", "Working", lambda: ran.append("late"))
    assert late.state is JobState.CANCELLED


def test_progress_shows_only_for_a_job_longer_than_half_a_second(qtbot, jobs):
    from PySide6.QtWidgets import QStatusBar

    from app.ui.jobs import JobsIndicator

    bar = QStatusBar()
    qtbot.addWidget(bar)
    indicator = JobsIndicator(jobs)
    bar.addPermanentWidget(indicator)
    bar.show()
    qtbot.waitExposed(bar)
    # A short job never shows it.
    with qtbot.waitSignal(jobs.finished, timeout=5000):
        jobs.submit("test", "Short job", lambda: time.sleep(0.05))
    qtbot.wait(600)
    assert not indicator.isVisible()
    # A long one does, after half a second, with its label; and it goes when the job ends.
    release = threading.Event()
    started = time.monotonic()
    jobs.submit("test", "Making today's backup…", lambda: release.wait(10))
    qtbot.waitUntil(indicator.isVisible, timeout=3000)
    assert time.monotonic() - started >= 0.45
    assert indicator.label.text() == "Making today's backup…"
    release.set()
    qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=5000)
