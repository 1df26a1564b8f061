"""Long work off the GUI thread: one small jobs runner (after Vorta's `JobsManager`).

The work itself is plain Python from storage/, handout/ or client_file (no Qt). The runner
puts it on a worker thread and hands its result, or its error, back on the GUI thread to the
callbacks given with it, so the window keeps painting and answering while a backup of a
large database runs.

Jobs of one kind run one at a time, in the order they were given. All database jobs share
the kind `DATABASE`: the daily backup and the compaction after a delete never overlap, and
a restore (or closing) first waits for them (`wait`). SQLite's thread rules hold because a
job opens its own connections: the backups through `sqlite3.connect`, the repositories
through the engine's pool, which hands each thread a connection of its own (SQLAlchemy
opens file databases with check_same_thread off, and no connection is used by two threads
at once).

While a job runs longer than half a second, `JobsIndicator` shows what runs.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

log = logging.getLogger(__name__)

#: The kind of every job that reads or writes the database file (one at a time).
DATABASE = "database"
#: Progress is shown only for a job still running after this long (shorter ones flash).
SHOW_AFTER_MS = 500


class JobState(Enum):
    """Where a job is in its life."""

    WAITING = "waiting"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class Job:
    """One piece of work, its callbacks and, once finished, its result or error."""

    def __init__(
        self,
        kind: str,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], object] | None,
        failed: Callable[[BaseException], object] | None,
    ) -> None:
        self.kind = kind
        #: What the user is told runs ("Making today's backup…").
        self.label = label
        self.work = work
        self.done = done
        self.failed = failed
        self.state = JobState.WAITING
        self.result: Any = None
        self.error: BaseException | None = None
        self._ended = threading.Event()  # set on the worker when the work has returned

    @property
    def succeeded(self) -> bool:
        """Finished without an error."""
        return self.state is JobState.FINISHED and self.error is None

    def __repr__(self) -> str:
        return f"<Job {self.kind} {self.state.value}>"


class JobsManager(QObject):
    """Runs jobs on worker threads, one per kind at a time; owned by the application."""

    #: (Job): its work has begun on a worker thread.
    started = Signal(object)
    #: (Job): its work ended and its callback ran (or it was cancelled before it began).
    finished = Signal(object)
    _ran = Signal(object)  # emitted on the worker thread; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._waiting: dict[str, deque[Job]] = {}
        self._running: dict[str, Job] = {}
        self._closed = False
        self._ran.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        kind: str,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
    ) -> Job:
        """Run *work* after the jobs of its kind; *done* or *failed* follow on the GUI thread.

        An error without *failed* goes to sys.excepthook, as it would from a slot. After
        `shutdown` nothing starts any more: the job comes back cancelled.
        """
        job = Job(kind, label, work, done, failed)
        if self._closed:
            job.state = JobState.CANCELLED
            return job
        self._waiting.setdefault(kind, deque()).append(job)
        self._start_next(kind)
        return job

    def running(self, kinds: Iterable[str] | None = None) -> list[Job]:
        """The jobs running now (of *kinds*, or of every kind)."""
        wanted = None if kinds is None else set(kinds)
        return [job for kind, job in self._running.items() if wanted is None or kind in wanted]

    def busy(self, kind: str | None = None) -> bool:
        """Whether a job (of *kind*) runs or waits."""
        if kind is not None:
            return kind in self._running or bool(self._waiting.get(kind))
        return bool(self._running) or any(self._waiting.values())

    def wait(self, kind: str | None = None) -> None:
        """Block until every job (of *kind*) has run and its callback too.

        For what may not overlap a job: a restore, closing the database.
        """
        while self.busy(kind):
            for job in self.running(None if kind is None else [kind]):
                job._ended.wait()
            # The results were posted to this object: deliver them now (starts the next).
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def shutdown(self) -> None:
        """Closing: what has not begun never will; what runs is waited for, never cut off.

        Callbacks no longer run (their windows are going); errors are logged.
        """
        for queue in self._waiting.values():
            while queue:
                job = queue.popleft()
                job.state = JobState.CANCELLED
                log.info("job %s cancelled at closing", job.kind)
        self._closed = True
        self.wait()

    def _start_next(self, kind: str) -> None:
        queue = self._waiting.get(kind)
        if kind in self._running or not queue:
            return
        job = queue.popleft()
        job.state = JobState.RUNNING
        self._running[kind] = job
        self.started.emit(job)
        self._pool.start(lambda: self._work(job))

    def _work(self, job: Job) -> None:
        """On the worker thread: no widgets here, only the job's own work."""
        try:
            job.result = job.work()
        except BaseException as error:
            job.error = error
        finally:
            self._ran.emit(job)  # posted first, so wait() finds it once the event is set
            job._ended.set()

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        """On the GUI thread: the job's callback, then the next job of its kind."""
        if self._running.get(job.kind) is not job:
            return  # already delivered by wait()
        del self._running[job.kind]
        job.state = JobState.FINISHED
        try:
            if self._closed:
                if job.error is not None:
                    log.error("job %s failed while closing", job.kind, exc_info=job.error)
            elif job.error is None:
                if job.done is not None:
                    job.done(job.result)
            elif job.failed is not None:
                job.failed(job.error)
            else:
                error = job.error
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.finished.emit(job)
            self._start_next(job.kind)


class JobsIndicator(QWidget):
    """A busy bar and what runs, for the status bar; shown once a job runs half a second."""

    def __init__(
        self,
        jobs: JobsManager,
        kinds: Iterable[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._kinds = None if kinds is None else tuple(kinds)
        self.setObjectName("jobs_indicator")
        self.label = QLabel()
        self.label.setMaximumWidth(420)  # a bounded label: the status bar keeps its message
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: none of these jobs knows how far it is
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self._update)
        jobs.started.connect(self._changed)
        jobs.finished.connect(self._changed)
        self.hide()

    def _changed(self, _job: Job) -> None:
        if not self._jobs.running(self._kinds):
            self._delay.stop()
            self.hide()
        elif self.isVisible():
            self._update()
        elif not self._delay.isActive():
            self._delay.start()

    def _update(self) -> None:
        running = self._jobs.running(self._kinds)
        if not running:
            self.hide()
            return
        text = running[0].label
        metrics = self.label.fontMetrics()
        self.label.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.label.maximumWidth())
        )
        self.label.setToolTip(text)
        self.show()
