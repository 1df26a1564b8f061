"""The `supplan` command: starts the app, or runs a headless subcommand.

Kept free of heavy imports: Qt, the database layer and the rules engine are imported only by
the branch that needs them, so `supplan check` never loads Qt and the GUI starts fast.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Sequence

from app import i18n
from app.i18n import N_

STARTED = time.perf_counter()

#: The words of argparse itself that a user meets (usage, errors, the help option).
ARGPARSE_TEXTS = frozenset(
    (
        N_("usage: "),
        N_("options"),
        N_("positional arguments"),
        N_("show this help message and exit"),
        N_("%(prog)s: error: %(message)s\n"),
        N_("the following arguments are required: %s"),
        N_("invalid choice: %(value)r (choose from %(choices)s)"),
        N_("unrecognized arguments: %s"),
        N_("argument %(argument_name)s: %(message)s"),
        N_("expected one argument"),
        N_("invalid %(type)s value: %(value)r"),
    )
)


def _argparse_speaks(texts: i18n.Catalogue) -> None:
    """Let argparse's own words come from the catalogue too.

    argparse looks each of them up through its module's ``_`` when it prints (Python ships
    no Dutch for them); a word not listed above stays argparse's English.
    """

    def translated(message: str) -> str:
        return texts.gettext(message) if message in ARGPARSE_TEXTS else message

    argparse._ = translated  # type: ignore[attr-defined]  # argparse's own gettext hook


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The command line in *language* (the system's by default): options and subcommands."""
    texts = i18n.catalogue(language or i18n.system_language())
    _argparse_speaks(texts)
    parser = argparse.ArgumentParser(
        prog="supplan",
        description=texts.gettext(
            "Supplan: supplement plans for dieticians, checked against clinical rules."
        ),
    )
    parser.add_argument(
        "--database",
        metavar="PATH",
        help=texts.gettext(
            "the database file to open (default: $SUPPLAN_DATABASE, else the user data folder)"
        ),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=texts.gettext(
            "start, show the register, print start-up times and quit (for tests and builds)"
        ),
    )
    parser.add_argument(
        "--version", action="store_true", help=texts.gettext("print the version and exit")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help=texts.gettext("check a supplement plan file against the rules"),
        description=texts.gettext(
            "Check a supplan-plan/1 file. Exit 0 when checked, 2 for invalid input."
        ),
    )
    check.add_argument(
        "plan", metavar="PLAN.json", help=texts.gettext("the plan file, or - for standard input")
    )
    check.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    check.add_argument(
        "--lang", choices=i18n.languages(), help=texts.gettext("language of the messages")
    )
    handout = commands.add_parser(
        "handout",
        help=texts.gettext("write the client's handout of a plan file as PDF"),
        description=texts.gettext(
            "Write the handout (A4 PDF) of a supplan-plan/1 file, with the practice "
            "details of the database. Exit 2 for invalid input."
        ),
    )
    handout.add_argument(
        "plan", metavar="PLAN.json", help=texts.gettext("the plan file, or - for standard input")
    )
    handout.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    handout.add_argument(
        "--lang", choices=i18n.languages(), help=texts.gettext("language of the handout")
    )
    handout.add_argument(
        "--summary",
        metavar="FILE.pdf",
        help=texts.gettext("also write the professional summary here"),
    )
    # Also accepted after the subcommand; SUPPRESS keeps a --database given before it.
    handout.add_argument(
        "--database",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=texts.gettext("the practice database"),
    )
    demo = commands.add_parser(
        "demo-data",
        help=texts.gettext("fill a database with realistic synthetic clients and plans"),
        description=texts.gettext(
            "Add synthetic clients (and plans) to a database; the same seed always "
            "gives the same clients. Exit 3 while the database is open in Supplan, 4 when it "
            "cannot be written (disk full, read-only folder, no permission)."
        ),
    )
    demo.add_argument("--clients", type=int, required=True, metavar="N")
    demo.add_argument("--plans-per-client", type=int, default=0, metavar="K")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--database",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=texts.gettext("the database to fill"),
    )
    rules = commands.add_parser(
        "rules", help=texts.gettext("list every rule: id, severity, title, source")
    )
    rules.add_argument(
        "--lang", choices=i18n.languages(), help=texts.gettext("language of the titles")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `supplan` and `python -m app`."""
    args = build_parser().parse_args(argv)
    from app.storage.private import private_umask

    private_umask()  # the database, its -wal, backups and the log: the user's only
    if args.version:
        from app import __version__

        print(f"Supplan {__version__}")
        return 0
    if args.command == "demo-data":
        from app import commands

        return commands.demo_data(args.clients, args.plans_per_client, args.seed, args.database)
    if args.command in ("check", "rules", "handout"):
        from app import commands

        language = args.lang or i18n.system_language()
        if args.command == "rules":
            return commands.list_rules(language)
        if args.command == "handout":
            return commands.handout(args.plan, args.output, language, args.database, args.summary)
        return commands.check(args.plan, args.output_format, language)
    from app.config import database_path
    from app.ui.application import run_gui

    code = run_gui(database_path(args.database), smoke=args.smoke, started=STARTED)
    # The process ends now. Its objects go with it: without this the interpreter's last
    # garbage collection visits every one of them (SQLAlchemy's, Qt's) first, ~0.3 s.
    gc.freeze()
    return code
