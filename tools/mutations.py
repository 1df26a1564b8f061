"""Mutation pass: change the clinical code one small step at a time and see the tests notice.

Each mutant is one generic change made on the syntax tree (a comparison flipped, `and` made
`or`, a number moved by one, a statement dropped, a rule-id-like string changed...), so the
operators keep working while rules.py and instructions.py are being restructured. A mutant
is *killed* when the chosen tests fail on it; a *survivor* is a change no test noticed: either
a gap worth a test, or an equivalent change (one that cannot alter behaviour).

The sources are copied to a temporary folder and mutated there, never in the checkout, so the
pass can run beside other work. Usage (see `make mutants`):

    python tools/mutations.py                   # every mutant of the default targets
    python tools/mutations.py --list            # only list them
    python tools/mutations.py --sample 150 -j 2 # a reproducible random subset, two at a time
    python tools/mutations.py --only instructions.py:143

Exit status 0 when every mutant run was killed, 1 when some survived (their list is printed).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What is mutated: the rules (also once split into rules_*.py or a rules/ package), the
#: handout sentences and the handout builder.
TARGETS = (
    "src/app/domain/rules*.py",
    "src/app/domain/rules/**/*.py",
    "src/app/domain/instructions*.py",
    "src/app/handout/**/*.py",
)
#: The tests run against each mutant: the unit tests, the handout tests and the CLI.
TESTS = ("tests/unit", "tests/handout", "tests/test_cli.py")
#: Calls whose number arguments only set the look of the page (sizes, paddings, colours).
LAYOUT_CALLS = frozenset(
    {
        "ParagraphStyle",
        "Spacer",
        "Table",
        "TableStyle",
        "setFont",
        "line",
        "drawString",
        "HexColor",
        "Image",
        "SimpleDocTemplate",
        "max",
        "min",
    }
)
#: Functions and names that only hold the page's look.
LAYOUT_FUNCTIONS = frozenset({"_styles", "_grid"})
LAYOUT_NAMES = frozenset({"BODY_SIZE", "MARGIN", "PAGE_WIDTH", "PAGE_HEIGHT"})
COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
}


@dataclass(frozen=True)
class Mutant:
    """One change: where, which operator, what the code was and becomes."""

    path: str
    line: int
    operator: str
    before: str
    after: str
    index: int  # the how-manieth mutation site of its operator in the file

    @property
    def name(self) -> str:
        """`file.py:line operator` for the report."""
        return f"{Path(self.path).name}:{self.line} {self.operator}"


# --- finding mutation sites ------------------------------------------------------------------
def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _layout(node: ast.AST) -> bool:
    """Whether *node* only sets the look of the page: a style call, a size in mm, a style."""
    if isinstance(node, ast.Call):
        called = node.func
        name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
        return name in LAYOUT_CALLS
    if isinstance(node, ast.BinOp):
        return any(
            isinstance(side, ast.Name) and side.id == "mm" for side in (node.left, node.right)
        )
    if isinstance(node, ast.Tuple):  # ("GRID", (0, 0), (-1, -1), 0.6, ...) table style commands
        first = node.elts[0] if node.elts else None
        return isinstance(first, ast.Constant) and str(first.value).isupper()
    if isinstance(node, ast.FunctionDef):
        return node.name in LAYOUT_FUNCTIONS
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id in LAYOUT_NAMES for t in node.targets)
    return False


def _skipped(node: ast.AST, parents: dict[ast.AST, ast.AST], layout: bool) -> bool:
    """Inside an annotation, an f-string's format spec, or (unless *layout*) page layout."""
    if not layout and _layout(node):
        return True
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.arg | ast.AnnAssign) and child is getattr(
            parent, "annotation", None
        ):
            return True
        if isinstance(parent, ast.FunctionDef) and child is parent.returns:
            return True
        if isinstance(parent, ast.FormattedValue) and child is parent.format_spec:
            return True
        if not layout and _layout(parent):
            return True
        child, parent = parent, parents.get(parent)
    return False


def _is_docstring(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Expr) and isinstance(node, ast.Constant)


def _looks_like_id(value: str) -> bool:
    """Whether *value* reads as an id ("INT-QUINOLONE", "UL-ZINC"): knowledge joined by name."""
    parts = value.split("-")
    return (
        len(parts) > 1
        and all(p and p.replace("_", "").isalnum() for p in parts)
        and (value.upper() == value)
    )


def sites(tree: ast.AST, layout: bool = False) -> Iterator[tuple[str, ast.AST, str]]:
    """(operator, node, new code) for every place one mutation can be made."""
    parents = _parents(tree)
    for node in ast.walk(tree):
        if _skipped(node, parents, layout):
            continue
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAPS:
                    yield f"compare#{position}", node, COMPARE_SWAPS[type(op)].__name__
        elif isinstance(node, ast.BoolOp):
            yield "and/or", node, "Or" if isinstance(node.op, ast.And) else "And"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield "drop-not", node, ""
        elif isinstance(node, ast.BinOp) and type(node.op) in BINOP_SWAPS:
            if not (isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
                yield "arithmetic", node, BINOP_SWAPS[type(node.op)].__name__
        elif isinstance(node, ast.If | ast.IfExp | ast.While) and not isinstance(
            node.test, ast.Compare | ast.UnaryOp
        ):
            yield "negate-condition", node, ""
        elif isinstance(node, ast.Constant) and not _is_docstring(node, parents):
            value = node.value
            if isinstance(value, bool):
                yield "true/false", node, ""
            elif isinstance(value, int | float) and not isinstance(value, bool):
                yield "number", node, ""
            elif isinstance(value, str) and _looks_like_id(value):
                yield "id-string", node, ""
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(parents.get(node), ast.FunctionDef | ast.If | ast.For | ast.With)
        ):
            yield "drop-call", node, ""
        elif isinstance(node, ast.Return) and not (
            node.value is None
            or (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            yield "return-none", node, ""


def _mutate(node: ast.AST, operator: str, new: str) -> ast.AST | None:
    """Change *node* in place (or give its replacement)."""
    if operator.startswith("compare#") and isinstance(node, ast.Compare):
        node.ops[int(operator.split("#")[1])] = getattr(ast, new)()
    elif operator in ("and/or", "arithmetic") and isinstance(node, ast.BoolOp | ast.BinOp):
        node.op = getattr(ast, new)()
    elif operator == "drop-not" and isinstance(node, ast.UnaryOp):
        return node.operand
    elif operator == "negate-condition" and isinstance(node, ast.If | ast.IfExp | ast.While):
        node.test = ast.UnaryOp(ast.Not(), node.test)
    elif operator == "true/false" and isinstance(node, ast.Constant):
        node.value = not node.value
    elif operator == "number" and isinstance(node, ast.Constant):
        if isinstance(node.value, int | float):
            node.value = node.value + 1
    elif operator == "id-string" and isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            node.value = node.value + "-X"
    elif operator == "drop-call":
        return ast.Pass()
    elif operator == "return-none" and isinstance(node, ast.Return):
        node.value = ast.Constant(None)
    return None


class _Apply(ast.NodeTransformer):
    """Makes the *index*-th mutation of *operator* (counted as `sites` counts them)."""

    def __init__(self, target: ast.AST, operator: str, new: str) -> None:
        self.target, self.operator, self.new = target, operator, new

    def generic_visit(self, node: ast.AST) -> ast.AST:
        replaced = super().generic_visit(node)
        if node is self.target:
            return _mutate(node, self.operator, self.new) or replaced
        return replaced


def _segment(source: str, node: ast.AST) -> str:
    text = ast.get_source_segment(source, node) or ast.unparse(node)
    return " ".join(text.split())[:90]


def mutants_of(path: Path, layout: bool = False) -> list[Mutant]:
    """Every mutant of one file, in a stable order."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[Mutant] = []
    for index, (operator, node, new) in enumerate(sites(tree, layout)):
        found.append(
            Mutant(
                path=str(path.relative_to(ROOT)),
                line=getattr(node, "lineno", 0),
                operator=operator + (f"->{new}" if new else ""),
                before=_segment(source, node),
                after=_describe(operator, new, node),
                index=index,
            )
        )
    return found


def _describe(operator: str, new: str, node: ast.AST) -> str:
    copied = copy.deepcopy(node)
    result = _mutate(copied, operator, new) or copied
    return " ".join(ast.unparse(result).split())[:90]


def _nth_site(tree: ast.AST, index: int, layout: bool) -> tuple[str, ast.AST, str]:
    for number, site in enumerate(sites(tree, layout)):
        if number == index:
            return site
    raise IndexError(index)


def _mutated_source(source: str, index: int, layout: bool) -> str:
    tree = ast.parse(source)
    operator, node, new = _nth_site(tree, index, layout)
    tree = _Apply(node, operator, new).visit(tree)
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


# --- running -----------------------------------------------------------------------------------
def _workspace() -> Path:
    """A copy of src and tests to mutate, the package data linked as the install maps it."""
    folder = Path(tempfile.mkdtemp(prefix="supplan-mutants-"))
    shutil.copytree(ROOT / "src", folder / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "tests", folder / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    (folder / "src" / "app" / "resources").symlink_to(ROOT / "resources")
    (folder / "src" / "app" / "migrations").symlink_to(ROOT / "database")
    (folder / "resources").symlink_to(ROOT / "resources")
    (folder / "database").symlink_to(ROOT / "database")
    if (ROOT / "alembic.ini").exists():
        shutil.copy(ROOT / "alembic.ini", folder / "alembic.ini")
    return folder


def _pytest(folder: Path, tests: tuple[str, ...], timeout: float) -> tuple[str, float]:
    """The outcome ("passed", "failed" or "timeout") and the seconds it took."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(folder / "src") + os.pathsep + str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    try:
        run = subprocess.run(
            command,
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started
    return ("passed" if run.returncode == 0 else "failed"), time.monotonic() - started


#: Imported once before forking, so a mutant's run does not pay for them again.
PRELOAD = (
    "pytest",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "sqlalchemy",
    "sqlmodel",
    "alembic.command",
    "reportlab.platypus",
    "reportlab.pdfbase.ttfonts",
    "pypdf",
    "PIL.Image",
)


def _preload() -> None:
    """Import the libraries (never app itself: each mutant imports its own copy)."""
    import importlib

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if "app" in sys.modules:
        raise SystemExit("app was imported before forking: the mutants would not be seen")


def _forked_pytest(folder: Path, tests: tuple[str, ...], timeout: float) -> tuple[str, float]:
    """Like _pytest, in a fork of this process (the libraries already imported)."""
    started = time.monotonic()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.chdir(folder)
            sys.path[:0] = [str(folder / "src"), str(folder)]
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            import pytest

            code = int(pytest.main(["-x", "-q", "-p", "no:cacheprovider", *tests]))
        finally:
            os._exit(code)
    while True:
        done, status = os.waitpid(child, os.WNOHANG)
        if done:
            code = os.waitstatus_to_exitcode(status)
            return ("passed" if code == 0 else "failed"), time.monotonic() - started
        if time.monotonic() - started > timeout:
            os.kill(child, 9)
            os.waitpid(child, 0)
            return "timeout", time.monotonic() - started
        time.sleep(0.05)


def _check_workspace(folder: Path) -> None:
    """The copy, not the checkout, is what the tests import."""
    out = subprocess.run(
        [sys.executable, "-c", "import app, sys; sys.stdout.write(app.__file__)"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(folder / "src")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if not Path(out).resolve().is_relative_to(folder.resolve()):
        raise SystemExit(f"the tests would import {out}, not the mutated copy")


def run(
    mutants: list[Mutant],
    tests: tuple[str, ...],
    jobs: int,
    layout: bool,
    report: Path | None,
    fork: bool = False,
) -> int:
    folders = [_workspace() for _ in range(1 if fork else jobs)]
    runner = _pytest
    if fork:
        _preload()
        runner = _forked_pytest
        jobs = 1
    try:
        _check_workspace(folders[0])
        status, baseline = runner(folders[0], tests, timeout=3600)
        if status != "passed":
            raise SystemExit("the tests fail without any mutant: fix them first")
        timeout = max(60.0, 3 * baseline)
        print(f"{len(mutants)} mutants; tests {' '.join(tests)} take {baseline:.0f} s unmutated")
        free = list(folders)
        results: dict[Mutant, str] = {}

        def one(mutant: Mutant) -> None:
            folder = free.pop()
            target = folder / mutant.path
            original = target.read_text(encoding="utf-8")
            try:
                target.write_text(_mutated_source(original, mutant.index, layout), "utf-8")
                status, seconds = runner(folder, tests, timeout)
            finally:
                target.write_text(original, encoding="utf-8")
                free.append(folder)
            results[mutant] = "killed" if status != "passed" else "survived"
            mark = "." if status != "passed" else "S"
            print(f"{mark} {mutant.name:40} {status:8} {seconds:5.0f} s", flush=True)

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(one, mutants))
    finally:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
    survivors = [m for m in mutants if results.get(m) == "survived"]
    killed = sum(1 for m in mutants if results.get(m) == "killed")
    print(f"\n{len(mutants)} mutants: {killed} killed, {len(survivors)} survived")
    for mutant in survivors:
        print(f"  SURVIVED {mutant.path}:{mutant.line} {mutant.operator}")
        print(f"      {mutant.before}\n   -> {mutant.after}")
    if report is not None:
        report.write_text(
            json.dumps(
                [{**asdict(m), "result": results.get(m, "not run")} for m in mutants], indent=1
            ),
            encoding="utf-8",
        )
    return 1 if survivors else 0


def targets() -> list[Path]:
    """The files to mutate, each once."""
    found: dict[Path, None] = {}
    for pattern in TARGETS:
        for path in sorted(ROOT.glob(pattern)):
            if path.name != "__init__.py" or path.stat().st_size > 200:
                found[path] = None
    return list(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--sample", type=int, help="run this many, chosen at random (seeded)")
    parser.add_argument("--seed", type=int, default=12, help="seed of --sample")
    parser.add_argument("--only", action="append", default=[], help="file.py or file.py:line")
    parser.add_argument("--operator", action="append", default=[], help="only these operators")
    parser.add_argument("--layout", action="store_true", help="also page-layout numbers")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="mutants run at once")
    parser.add_argument("--tests", nargs="+", default=list(TESTS), help="what pytest runs")
    parser.add_argument("--report", type=Path, help="write every mutant and result as JSON")
    parser.add_argument(
        "--fork",
        action="store_true",
        help="run each mutant in a fork with the libraries already imported (POSIX; one at a time)",
    )
    arguments = parser.parse_args(argv)
    mutants = [m for path in targets() for m in mutants_of(path, arguments.layout)]
    if arguments.only:
        wanted: Callable[[Mutant], bool] = lambda m: any(  # noqa: E731
            f"{Path(m.path).name}:{m.line}" == only or Path(m.path).name == only
            for only in arguments.only
        )
        mutants = [m for m in mutants if wanted(m)]
    if arguments.operator:
        mutants = [m for m in mutants if m.operator.split("->")[0] in arguments.operator]
    if arguments.sample is not None and arguments.sample < len(mutants):
        mutants = sorted(
            random.Random(arguments.seed).sample(mutants, arguments.sample),
            key=lambda m: (m.path, m.line, m.index),
        )
    if arguments.list:
        for mutant in mutants:
            print(f"{mutant.name:44} {mutant.before}  ->  {mutant.after}")
        print(f"{len(mutants)} mutants")
        return 0
    return run(
        mutants,
        tuple(arguments.tests),
        arguments.jobs,
        arguments.layout,
        arguments.report,
        arguments.fork,
    )


if __name__ == "__main__":
    sys.exit(main())
