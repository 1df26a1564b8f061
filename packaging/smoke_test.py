"""Smoke test of the built executable (dist/Supplan): run by `make package` and by CI.

With a temporary data folder and no screen, the executable must (a) start with --smoke and
create and migrate a fresh database in the user data folder, (b) check a sample plan,
(c) write a handout that pypdf reads back, (d) upgrade a database of the first schema,
printing no unexpected warning on standard error. Any failure exits non-zero, loudly.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "Supplan"
EXECUTABLE = DIST / ("Supplan.exe" if sys.platform == "win32" else "Supplan")
SAMPLE = ROOT / "tests" / "data" / "anna.json"
OLD_SCHEMA = ROOT / "tests" / "fixtures" / "supplan-schema-0001.sqlite3"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


class SmokeFailure(AssertionError):
    """The built executable does not do what it must."""


def run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Run the executable with its data folders inside *home*."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), LANG="C.UTF-8")
    env.update(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        APPDATA=str(home / "appdata"),
        LOCALAPPDATA=str(home / "localappdata"),
    )
    env.pop("SUPPLAN_DATABASE", None)
    return subprocess.run(
        [str(EXECUTABLE), *args], capture_output=True, text=True, encoding="utf-8", env=env,
        timeout=120,
    )  # fmt: skip


def expect(condition: bool, message: str, result: subprocess.CompletedProcess[str]) -> None:
    """Fail loudly with everything the executable printed."""
    if not condition:
        raise SmokeFailure(
            f"{message}\n--- exit {result.returncode}\n--- stdout\n{result.stdout}"
            f"\n--- stderr\n{result.stderr}"
        )


def main() -> int:
    """Run every check; print what was verified and the start-up figures."""
    if not EXECUTABLE.exists():
        print(f"no executable at {EXECUTABLE}: run make package", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        result = run(["--smoke"], home)
        expect(result.returncode == 0, "--smoke failed", result)
        expect("register filled:" in result.stdout, "--smoke printed no timings", result)
        expect(result.stderr == "", "unexpected output on stderr", result)
        databases = list(home.rglob("supplan.sqlite3"))
        expect(
            len(databases) == 1, f"expected one database in the data folder: {databases}", result
        )
        with sqlite3.connect(databases[0]) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.close()
        expect(revision is not None, "the new database was not migrated", result)
        expect(not list(DIST.rglob("*.sqlite3")), "data was written beside the executable", result)
        print(f"ok  --smoke created and migrated {databases[0].relative_to(home)}")

        result = run(["--version"], home)
        expect(result.stdout.strip() == f"Supplan {VERSION}", "--version differs", result)
        print(f"ok  --version printed {VERSION}, read from the bundled package metadata")

        result = run(["check", str(SAMPLE), "--lang", "en"], home)
        expect(result.returncode == 0, "check failed", result)
        expect(result.stdout.startswith("WARNING INT-BISPH: "), "check findings missing", result)
        expect("ADVICE INT-PPI-MG" in result.stdout, "check findings incomplete", result)
        expect(result.stderr == "", "unexpected output on stderr (check)", result)
        print("ok  check printed the expected findings")

        # Misspelt medicines are read through rapidfuzz's compiled modules: they must be bundled.
        sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
        sample["client"]["medicines"] = ["Fosamx 70 mg", "omeprazool"]
        misspelt = home / "misspelt.json"
        misspelt.write_text(json.dumps(sample), encoding="utf-8")
        result = run(["check", str(misspelt), "--lang", "en"], home)
        expect(result.returncode == 0, "check (misspelt medicines) failed", result)
        expect(
            "INT-BISPH" in result.stdout and "INT-PPI-MG" in result.stdout,
            "misspelt medicines were not read",
            result,
        )
        expect(result.stderr == "", "unexpected output on stderr (misspelt medicines)", result)
        print("ok  check read misspelt medicine names (rapidfuzz is bundled)")

        pdf = home / "handout.pdf"
        result = run(["handout", str(SAMPLE), "-o", str(pdf), "--lang", "nl"], home)
        expect(result.returncode == 0 and pdf.exists(), "handout failed", result)
        from pypdf import PdfReader

        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        expect("Uw suppletieplan" in text and "Anna de Vries" in text, "handout text", result)
        expect(result.stderr == "", "unexpected output on stderr (handout)", result)
        print("ok  handout wrote a readable PDF")

        old = home / "old.sqlite3"
        shutil.copy(OLD_SCHEMA, old)
        result = run(["--smoke", "--database", str(old)], home)
        expect(result.returncode == 0, "upgrading a first-schema database failed", result)
        expect("(1 clients)" in result.stdout, "the upgraded register lost clients", result)
        expect(any(home.glob("old.before-upgrade-*.sqlite3")), "no backup before upgrading", result)
        print("ok  a database of the first schema was backed up and upgraded")

        packaged = [_filled_ms(run(["--smoke"], home)) for _ in range(5)]
        source = [_filled_ms(_run_source(home)) for _ in range(5)]
    files = [f for f in DIST.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 1024**2
    print(
        f"start-up to filled register, median of 5: packaged {statistics.median(packaged):.0f} ms,"
        f" from source {statistics.median(source):.0f} ms"
    )
    print(f"dist/Supplan: {size:.0f} MB")
    return 0


def _run_source(home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"))
    env.pop("SUPPLAN_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=env
    )


def _filled_ms(result: subprocess.CompletedProcess[str]) -> float:
    for line in result.stdout.splitlines():
        if line.startswith("register filled:"):
            return float(line.split()[2])
    raise SmokeFailure(f"no start-up figure in:\n{result.stdout}\n{result.stderr}")


if __name__ == "__main__":
    started = time.perf_counter()
    try:
        code = main()
    except SmokeFailure as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        code = 1
    print(f"smoke test took {time.perf_counter() - started:.0f} s")
    sys.exit(code)
