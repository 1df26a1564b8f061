"""Headless commands: `supplan check`, `rules`, `handout` and `demo-data`. No Qt.

Exit codes: 0 done, 2 invalid input or a file that is not a usable Supplan database,
3 the database is open in another Supplan, 4 a file could not be written (disk full,
read-only folder, no permission). Every failure is one line on standard error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.domain import readings
from app.domain.evaluation import evaluate_plan
from app.domain.planfile import PlanFileError, parse_plan, read_plan_file
from app.domain.rules import RULES, RULES_VERSION, Finding
from app.domain.severity import Severity, severity_label
from app.i18n import N_, catalogue, system_language

if TYPE_CHECKING:  # loaded where they are used, so a command starts quickly
    from app.domain.plan import Plan
    from app.handout.practice import Practice
    from app.storage.database import Database
    from app.storage.lock import DatabaseLock, LockRefused

_WORDS = {
    "action": N_("Action"),
    "source": N_("Source"),
    "none": N_("No findings: the plan meets every rule."),
    "medicines": N_("Medicines"),
}


def _severity(severity: Severity, language: str) -> str:
    return severity_label(severity, language).upper()


def finding_line(finding: Finding, language: str) -> str:
    """One finding on one line: severity, rule id, message, action, source."""
    words = catalogue(language).table(_WORDS)
    return (
        f"{_severity(finding.severity, language)} {finding.rule_id}: "
        f"{finding.message(language)} {words['action']}: {finding.action(language)} "
        f"[{words['source']}: {finding.source(language)}]"
    )


def _read_plan(plan_path: str, language: str, stdin: TextIO, stderr: TextIO) -> Plan | None:
    """The plan in *plan_path* ("-": standard input), or None after explaining why not."""
    try:
        return (
            parse_plan(stdin.buffer.read()) if plan_path == "-" else read_plan_file(Path(plan_path))
        )
    except PlanFileError as error:
        for line in error.lines(language):
            stderr.write(line + "\n")
        return None


def check(
    plan_path: str,
    output_format: str,
    language: str,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Check a plan file; 0 when checked (findings or not), 2 for input that is not valid."""
    # The streams of the moment, not of import time (tests and embedders replace them).
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    plan = _read_plan(plan_path, language, stdin, stderr)
    if plan is None:
        return 2
    evaluation = evaluate_plan(plan)
    findings = evaluation.findings
    if output_format == "json":
        document = {
            "format": "supplan-findings/1",
            "rules_version": RULES_VERSION,
            "daily_totals": evaluation.totals_as_json(),
            "findings": [finding.as_json(language) for finding in findings],
            "medicines": readings.as_json(evaluation.medicines.readings),
        }
        stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif findings:
        for finding in findings:
            stdout.write(finding_line(finding, language) + "\n")
    else:
        stdout.write(catalogue(language).table(_WORDS)["none"] + "\n")
    if output_format != "json" and evaluation.medicines.readings:
        read = "; ".join(readings.describe(r, language) for r in evaluation.medicines.readings)
        stdout.write(f"{catalogue(language).table(_WORDS)['medicines']}: {read}\n")
    return 0


def list_rules(language: str, stdout: TextIO = sys.stdout) -> int:
    """Print every rule: id, severity, title, thresholds (from its declaration), source."""
    width = max(len(rule.id) for rule in RULES)
    for rule in RULES:
        severity = _severity(rule.severity, language)
        title, source = rule.title(language), rule.source(language)
        thresholds = rule.thresholds_text(language)
        shown = f"  {{{thresholds}}}" if thresholds else ""
        stdout.write(f"{rule.id:<{width}}  {severity:<12}  {title}{shown}  [{source}]\n")
    stdout.write(f"rules_version {RULES_VERSION}\n")
    return 0


def handout(
    plan_path: str,
    output: str,
    language: str,
    database: str | None,
    summary: str | None = None,
    stdin: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Write the handout (and optionally the summary) of a plan file; 2 for invalid input."""
    stdin, stderr = stdin or sys.stdin, stderr or sys.stderr
    plan = _read_plan(plan_path, language, stdin, stderr)
    if plan is None:
        return 2
    from app.handout.builder import build_handout, build_summary
    from app.storage import atomic

    practice = practice_from_database(database, stderr)
    if practice is None:
        return 2
    evaluation = evaluate_plan(plan)
    documents = [(output, build_handout(evaluation, practice, language))]
    if summary:
        documents.append((summary, build_summary(evaluation, practice, language)))
    for path, pdf in documents:
        try:
            atomic.write_bytes(Path(path), pdf)
        except OSError as error:
            stderr.write(write_failure_line(Path(path), error, language) + "\n")
            return EXIT_CANNOT_WRITE
    return 0


EXIT_INVALID, EXIT_IN_USE, EXIT_CANNOT_WRITE = 2, 3, 4

_WRITE_FAILURES = {
    "full": N_("the disk is full; make room on it and try again"),
    "read_only": N_("the folder is on a read-only disk or share; Supplan cannot write there"),
    "no_permission": N_("you may not write in this folder; choose another or ask for access"),
    "no_folder": N_("the folder does not exist"),
    "other": N_("cannot write the file ({detail})"),
    "held": N_("open in Supplan{where} (process {pid}) since {since}; close it there first"),
    "here": N_(" on this computer"),
    "there": N_(" on the computer {host}"),
    "unknown": N_("unknown"),
    "read_only_db": N_("the database's folder is read-only; the database itself is not damaged"),
}


def write_failure_line(path: Path, error: BaseException, language: str) -> str:
    """One line saying why *path* could not be written, in plain words."""
    from app.storage.errors import write_problem

    words = catalogue(language).table(_WRITE_FAILURES)
    problem = write_problem(error, path.parent).value
    detail = getattr(error, "strerror", None) or type(error).__name__
    return f"{path}: " + words[problem].format(detail=detail)


def lock_refusal_line(refused: LockRefused, language: str) -> str:
    """One line saying why the database lock could not be taken (another Supplan, the disk)."""
    words = catalogue(language).table(_WRITE_FAILURES)
    if refused.owner is None:
        return write_failure_line(refused.path, refused.error or OSError(), language)
    owner = refused.owner
    where = words["here"] if owner.here else words["there"].format(host=owner.host)
    since = owner.since.strftime("%Y-%m-%d %H:%M") if owner.since else words["unknown"]
    pid = owner.pid if owner.pid is not None else words["unknown"]
    return f"{refused.path}: " + words["held"].format(where=where, pid=pid, since=since)


def practice_from_database(database: str | None, stderr: TextIO) -> Practice | None:
    """The practice details saved in the database; empty ones if there is no database yet.

    A missing database is not created just to print a handout.
    """
    from app.config import database_path
    from app.handout.practice import Practice

    path = database_path(database)
    if not path.exists():
        return Practice()
    from app.storage.settings import SettingsRepository

    db = _open_or_explain(path, stderr)
    if db is None:
        return None
    try:
        settings = SettingsRepository(db).load()
    finally:
        db.close()
    return Practice.from_settings(settings)


def demo_data(
    clients: int,
    plans_per_client: int,
    seed: int,
    database: str | None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Add synthetic clients and plans to the database under the GUI's lock (exit codes above)."""
    import time

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    from app.config import database_path
    from app.storage.lock import DatabaseLock, LockProblem, LockRefused
    from app.storage.private import private_folder

    if clients < 0 or plans_per_client < 0:
        stderr.write("--clients and --plans-per-client cannot be negative\n")
        return EXIT_INVALID
    language = system_language()
    path = database_path(database)
    started = time.perf_counter()
    try:
        private_folder(path.parent, tighten=False)
    except OSError as error:
        stderr.write(write_failure_line(path.parent, error, language) + "\n")
        return EXIT_CANNOT_WRITE
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except LockRefused as refused:
        stderr.write(lock_refusal_line(refused, language) + "\n")
        return EXIT_IN_USE if refused.problem is LockProblem.HELD else EXIT_CANNOT_WRITE
    try:
        return _fill(path, clients, plans_per_client, seed, lock, started, stdout, stderr)
    finally:
        lock.release()


def _fill(
    path: Path,
    clients: int,
    plans_per_client: int,
    seed: int,
    lock: DatabaseLock,
    started: float,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    import time

    from app.domain.demo import demo_clients, demo_plans
    from app.storage.errors import write_errors
    from app.storage.stores import Stores

    db = _open_or_explain(path, stderr)
    if db is None:
        return EXIT_INVALID
    lock.follow()  # a new file now has an inode of its own
    try:
        stores = Stores.over(db)
        ids: list[int] = []
        drafts = list(demo_clients(clients, seed))
        for start in range(0, len(drafts), 5000):  # one transaction per 5,000 clients
            ids += stores.clients.create_many(drafts[start : start + 5000])
        plans = [
            (ids[p.client_index], p.title, p.plan_date, p.items)
            for p in demo_plans(clients, plans_per_client, seed)
        ]
        for start in range(0, len(plans), 5000):
            stores.plans.create_many(plans[start : start + 5000])
    except write_errors() as error:
        stderr.write(write_failure_line(path, error, system_language()) + "\n")
        return EXIT_CANNOT_WRITE
    finally:
        db.close()
    seconds = time.perf_counter() - started
    stdout.write(f"Added {len(ids)} clients and {len(plans)} plans to {path} in {seconds:.1f} s\n")
    return 0


def _open_or_explain(path: Path, stderr: TextIO) -> Database | None:
    """The opened database, or None after one line on *stderr* saying why it was refused."""
    from app.storage.database import DatabaseRefused, open_database
    from app.storage.errors import WriteProblem, write_problem

    try:
        return open_database(path)
    except DatabaseRefused as refused:
        cause = refused.__cause__
        if cause is not None and write_problem(cause, path.parent) is WriteProblem.READ_ONLY:
            # A healthy database in a read-only folder: SQLite cannot make its -wal there.
            words = catalogue(system_language()).table(_WRITE_FAILURES)
            stderr.write(f"{path}: {words['read_only_db']}\n")
            return None
        stderr.write(f"{path}: not a usable Supplan database ({refused.reason.value})\n")
        return None
