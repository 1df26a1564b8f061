"""Headless commands: `supplan check` and `supplan rules`. No Qt, no database."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from app.domain.planfile import PlanFileError, parse_plan, read_plan_file
from app.domain.rules import RULES, RULES_VERSION, Finding, Severity, evaluate, totals_as_json

SEVERITY_LABELS = {
    "en": {Severity.CRITICAL: "CRITICAL", Severity.WARNING: "WARNING", Severity.ADVICE: "ADVICE"},
    "nl": {
        Severity.CRITICAL: "KRITIEK",
        Severity.WARNING: "WAARSCHUWING",
        Severity.ADVICE: "ADVIES",
    },
}
_WORDS = {
    "en": {
        "action": "Action",
        "source": "Source",
        "none": "No findings: the plan meets every rule.",
    },
    "nl": {
        "action": "Actie",
        "source": "Bron",
        "none": "Geen bevindingen: het plan voldoet aan alle regels.",
    },
}


def default_language(environ: Mapping[str, str] = os.environ) -> str:
    """Dutch when the system locale is Dutch, as the app does; English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def finding_line(finding: Finding, language: str) -> str:
    """One finding on one line: severity, rule id, message, action, source."""
    words = _WORDS[language]
    return (
        f"{SEVERITY_LABELS[language][finding.severity]} {finding.rule_id}: "
        f"{finding.message(language)} {words['action']}: {finding.action(language)} "
        f"[{words['source']}: {finding.source(language)}]"
    )


def _read_plan(plan_path: str, language: str, stdin: TextIO, stderr: TextIO):
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
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    """Check a plan file; 0 when checked (findings or not), 2 for input that is not valid."""
    plan = _read_plan(plan_path, language, stdin, stderr)
    if plan is None:
        return 2
    findings = evaluate(plan)
    if output_format == "json":
        document = {
            "format": "supplan-findings/1",
            "rules_version": RULES_VERSION,
            "daily_totals": totals_as_json(plan),
            "findings": [finding.as_json(language) for finding in findings],
        }
        stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif findings:
        for finding in findings:
            stdout.write(finding_line(finding, language) + "\n")
    else:
        stdout.write(_WORDS[language]["none"] + "\n")
    return 0


def list_rules(language: str, stdout: TextIO = sys.stdout) -> int:
    """Print every rule: id, severity, title, source."""
    width = max(len(rule.id) for rule in RULES)
    for rule in RULES:
        severity = SEVERITY_LABELS[language][rule.severity]
        title, source = rule.title(language), rule.source(language)
        stdout.write(f"{rule.id:<{width}}  {severity:<12}  {title}  [{source}]\n")
    stdout.write(f"rules_version {RULES_VERSION}\n")
    return 0


def handout(
    plan_path: str,
    output: str,
    language: str,
    database: str | None,
    summary: str | None = None,
    stdin: TextIO = sys.stdin,
    stderr: TextIO = sys.stderr,
) -> int:
    """Write the handout (and optionally the summary) of a plan file; 2 for invalid input."""
    plan = _read_plan(plan_path, language, stdin, stderr)
    if plan is None:
        return 2
    from app.handout.builder import build_handout, build_summary
    from app.storage import atomic

    practice = practice_from_database(database, stderr)
    if practice is None:
        return 2
    findings = evaluate(plan)
    documents = [(output, build_handout(plan, practice, language, findings))]
    if summary:
        documents.append((summary, build_summary(plan, practice, language, findings, {})))
    for path, pdf in documents:
        try:
            atomic.write_bytes(Path(path), pdf)
        except OSError as error:
            stderr.write(f"{path}: cannot write the file ({error.strerror or error})\n")
            return 2
    return 0


def practice_from_database(database: str | None, stderr: TextIO):
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
    stdout: TextIO = sys.stdout,
) -> int:
    """Add synthetic clients and plans to the database; 2 when it cannot be opened."""
    import time

    from app.config import database_path
    from app.domain.demo import demo_clients, demo_plans
    from app.storage.stores import Stores

    if clients < 0 or plans_per_client < 0:
        sys.stderr.write("--clients and --plans-per-client cannot be negative\n")
        return 2
    path = database_path(database)
    started = time.perf_counter()
    db = _open_or_explain(path, sys.stderr)
    if db is None:
        return 2
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
    finally:
        db.close()
    seconds = time.perf_counter() - started
    stdout.write(f"Added {len(ids)} clients and {len(plans)} plans to {path} in {seconds:.1f} s\n")
    return 0


def _open_or_explain(path: Path, stderr: TextIO):
    """The opened database, or None after one line on *stderr* saying why it was refused."""
    from app.storage.database import DatabaseRefused, open_database

    try:
        return open_database(path)
    except DatabaseRefused as refused:
        stderr.write(f"{path}: not a usable Supplan database ({refused.reason.value})\n")
        return None
