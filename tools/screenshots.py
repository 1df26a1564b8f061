"""Regenerate the README's pictures from demo data, so they never drift from the app.

    make screenshots        # or: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

Writes docs/register.png (the register with demo clients), docs/editor.png (a bone-health
plan with findings) at 1366x768, and docs/handout-page1.png (page 1 of that plan's handout,
rendered by pdftoppm from poppler-utils). In Dutch, the language of the practices Supplan is
made for. Everything happens in a temporary folder; the user's database is never opened.
Look at the pictures before committing them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1366, 768)
LANGUAGE = "nl"
PRACTICE = {
    "practice_name": "Diëtistenpraktijk De Linde",
    "dietician_name": "J. Bakker, diëtist",
    "address": "Lindelaan 4, 3512 AB Utrecht",
    "phone": "030 123 45 67",
    "email": "info@delinde.example.nl",
    "agb_code": "24001234",
}
CLIENTS, SEED = 60, 15  # the seed gives a client on a coumarin and a bisphosphonate


def main() -> int:
    """Make the three pictures in *--out* (docs/ by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="supplan-screenshots-") as folder:
        # Nothing of this run may land in the user's own folders.
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        return _screenshots(Path(folder) / "supplan.sqlite3", args.out)


def _screenshots(database_path: Path, out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from app.commands import demo_data
    from app.storage.database import open_database
    from app.storage.settings import Settings, SettingsRepository
    from app.storage.stores import Stores
    from app.ui.i18n import Translations
    from app.ui.main_window import MainWindow

    with open(os.devnull, "w") as quiet:
        assert demo_data(CLIENTS, 1, SEED, str(database_path), stdout=quiet) == 0
    database = open_database(database_path)
    stores = Stores.over(database)
    SettingsRepository(database).save(Settings(language=LANGUAGE, **PRACTICE))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Supplan")
    Translations().install(LANGUAGE)
    out.mkdir(parents=True, exist_ok=True)

    window = MainWindow(stores, database_path)
    window.statusBar().clearMessage()  # it names this run's temporary database file
    window.resize(*SIZE)
    window.show()
    window.register.refresh()
    client = _client_on_a_coumarin_and_a_bisphosphonate(stores)
    window.register.select_client(client.id)
    _settle(app)
    _save(window, out / "register.png")

    editor = _editor_with_findings(window, stores, client.id)
    editor.resize(*SIZE)
    _settle(app)
    _save(editor, out / "editor.png")

    _handout_page(editor, stores, out / "handout-page1.png")
    editor.close()
    window.close()
    database.close()
    return 0


def _client_on_a_coumarin_and_a_bisphosphonate(stores):
    """The first demo client by name who is postmenopausal and on both kinds of medicine.

    Her bone-health plan shows what the rules are for: vitamin K2 against her anticoagulant,
    minerals against her osteoporosis medicine.
    """
    from app.domain.clients import MenopausalStatus
    from app.domain.medicines import MedicineClass, recognise

    wanted = {MedicineClass.VITAMIN_K_ANTAGONIST, MedicineClass.BISPHOSPHONATE}
    ids = stores.clients.search_ids("", False, "name", False)
    summaries = stores.clients.summaries(ids)
    for client_id in ids:
        draft = stores.clients.get(client_id).draft
        kinds = {m.kind for medicine in draft.medicines for m in recognise(medicine)}
        if draft.menopausal_status is MenopausalStatus.POSTMENOPAUSAL and wanted <= kinds:
            return summaries[client_id]
    raise SystemExit(f"no demo client on a coumarin and a bisphosphonate (seed {SEED})")


def _editor_with_findings(window, stores, client_id: int):
    """Her plans window, a new plan from the bone-health protocol plus zinc 25 mg."""
    from app.domain.catalogue import search_products
    from app.domain.rules import Severity

    plans = window.open_plans()
    template = next(t for t in stores.templates.list() if "bone" in (t.name_en or "").lower())
    editor = plans.new_plan(template)
    editor.add_product(search_products("zink 25")[0])
    critical = next(f for f in editor.session.findings if f.severity is Severity.CRITICAL)
    editor.select_finding(critical.rule_id)
    editor.select_row(editor.session.findings[0].items[0] if critical.items else 0)
    return editor


def _handout_page(editor, stores, target: Path) -> None:
    """Page 1 of the plan's handout, as the client gets it, rendered by pdftoppm."""
    from app.handout.builder import build_handout
    from app.handout.practice import Practice

    session = editor.session
    pdf = build_handout(
        session.evaluation, Practice.from_settings(stores.settings.load()), LANGUAGE
    )
    pdf_path = target.with_suffix(".pdf")
    pdf_path.write_bytes(pdf)
    try:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
             str(pdf_path), str(target.with_suffix(""))],
            check=True,
        )  # fmt: skip
    finally:
        pdf_path.unlink()
    _report(target)


def _settle(app) -> None:
    """Let layouts, lazy column sizing and repaints finish."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def _save(widget, target: Path) -> None:
    if not widget.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    _report(target)


def _report(target: Path) -> None:
    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
