"""One consultation, one function per thing the dietician does, driven by keys and clicks.

Each function starts from where the previous one left the keyboard focus, does what a person
would do on screen, and checks what she would see.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMenu,
    QMessageBox,
)

from app.domain.clients import MenopausalStatus, Sex
from app.domain.plan import Moment, PlanStatus
from app.domain.rules import Severity
from app.ui.plans.reason_dialog import ReasonDialog
from tests.e2e.user import TIMEOUT, Key, Mod, Modal, User, describe, wait_modal


@dataclass
class Visit:
    """What the test knows about the consultation so far (windows on screen, the client)."""

    app: object  # app.ui.application.Application
    user: User
    qtbot: object
    language: str
    shots: Path
    client_id: int | None = None
    plans: object = None  # PlansWindow
    editor: object = None  # PlanEditor
    handout: object = None  # HandoutDialog

    @property
    def main(self):
        """The main window with the register."""
        return self.app.window

    def shot(self, widget, name: str) -> None:
        """Keep a picture of a window next to the test's other output."""
        widget.grab().save(str(self.shots / f"{self.language}-{name}.png"))


# --- the register ---------------------------------------------------------------------------
def add_client_by_keyboard(
    visit: Visit,
    given: str,
    prefix: str,
    family: str,
    birth_typed: str,
    born: date,
    phone: str,
) -> None:
    """Ctrl+N, type her details field by field with Tab, Return saves; she is selected."""
    from app.ui.register.form import ClientForm

    user, main = visit.user, visit.main
    user.wait_active(main)
    user.shortcut_of(main.register.new_action)
    form = wait_modal(visit.qtbot, ClientForm)
    user.wait_active(form)
    user.tab_to(form.given_names)
    user.type(given)
    user.tab_to(form.family_name_prefix, limit=1)
    user.type(prefix)
    user.tab_to(form.family_name, limit=1)
    user.type(family)
    user.tab_to(form.birth_date, limit=1)
    user.type(birth_typed)
    user.tab_to(form.sex, limit=2)
    user.choose(form.sex, Sex.FEMALE.value)
    user.tab_to(form.menopausal_status, limit=1)
    user.choose(form.menopausal_status, MenopausalStatus.POSTMENOPAUSAL.value)
    user.tab_to(form.phone)
    user.type(phone)
    visit.shot(form, "client-form")
    user.press(Key.Key_Return)  # the form's default button: Save
    error = form.findChild(object, "error_birth_date")
    visit.qtbot.waitUntil(
        lambda: not form.isVisible() or (error is not None and error.isVisible()), timeout=TIMEOUT
    )
    assert not form.isVisible(), f"the form refused to save: {error.text() if error else ''}"
    client = main.register.selected_client()
    assert client is not None, "the new client is not selected in the register"
    assert family in client.register_name and given in client.register_name
    assert client.birth_date == born
    visit.client_id = client.id


def open_her_plans(visit: Visit) -> None:
    """The plans of the selected client, by the Plans shortcut."""
    user, main = visit.user, visit.main
    user.wait_active(main)
    user.shortcut_of(main.plans_action)
    visit.qtbot.waitUntil(lambda: visit.client_id in main.plan_windows, timeout=TIMEOUT)
    visit.plans = main.plan_windows[visit.client_id]
    user.wait_active(visit.plans)


def new_plan_from_template(visit: Visit, template_words: str) -> None:
    """New plan → From template: <bone health>, all by keyboard; the editor opens."""
    user, plans = visit.user, visit.plans
    user.tab_to(plans.new_button)

    def choose_template(menu: QMenu) -> None:
        for _ in range(len(menu.actions()) + 1):
            active = menu.activeAction()
            if active is not None and template_words in active.text().lower():
                break
            user.press(Key.Key_Down)
        else:
            raise AssertionError(f"no template {template_words!r} in the New plan menu")
        user.press(Key.Key_Return)

    menu = Modal(visit.qtbot, QMenu, choose_template, popup=True)
    user.press(Key.Key_Space)  # a button with a menu opens it
    menu.wait()
    visit.qtbot.waitUntil(lambda: len(plans.editors) == 1, timeout=TIMEOUT)
    visit.editor = next(iter(plans.editors.values()))
    user.wait_active(visit.editor)
    assert len(visit.editor.session.items) == 5


# --- the editor -----------------------------------------------------------------------------
def product_row(visit: Visit, words: str) -> int:
    """The row of the product whose name (as shown) contains *words*."""
    model = visit.editor.items_model
    names = [model.index(row, model.PRODUCT).data() for row in range(model.rowCount())]
    rows = [row for row, name in enumerate(names) if words.lower() in name.lower()]
    assert rows, f"no product with {words!r} in {names}"
    return rows[0]


def select_product(visit: Visit, words: str) -> None:
    """Go to the product table (Tab from above it, Shift+Tab from below) and arrow to it."""
    user, editor = visit.user, visit.editor
    focus = user.focus()
    above = focus is editor.title or editor.context_panel.isAncestorOf(focus)
    user.tab_to(editor.items_view, backwards=not above)
    target = product_row(visit, words)
    for _ in range(editor.items_model.rowCount() + 1):
        current = editor.items_view.currentIndex().row()
        if current == target:
            if editor.selected_row() != target:
                user.press(Key.Key_Space)  # the focus frame is on it, but it is not selected
            break
        user.press(Key.Key_Down if current < target else Key.Key_Up)
    assert editor.selected_row() == target, f"row {editor.selected_row()} selected, not {target}"


def units_of(visit: Visit, words: str, moment: Moment) -> int:
    """Units per moment as the plan holds them."""
    return visit.editor.session.items[product_row(visit, words)].schedule.get(moment, 0)


def set_units(visit: Visit, words: str, moment: Moment, text: str) -> None:
    """Select the product, Tab to the moment's field, type the number over what is there."""
    select_product(visit, words)
    field = visit.editor.details.units[moment]
    visit.user.tab_to(field)
    visit.user.replace_text(text)


def invalid_units_leave_the_plan_alone(visit: Visit, words: str, moment: Moment) -> None:
    """Typing 25 (over the limit) shows the error, changes nothing, and is undone on leaving."""
    editor = visit.editor
    before = editor.session.items
    set_units(visit, words, moment, "25")
    error = editor.details.errors[moment]
    assert error.text(), "no error shown for 25 units"
    assert editor.session.items == before, "an invalid value changed the plan"
    visit.user.press(Key.Key_Tab)  # leave the field
    field = editor.details.units[moment]
    assert not error.text(), "the error stays after leaving the field"
    assert (field.text() or "0") == str(units_of(visit, words, moment)), (
        f"the field shows {field.text()!r} after leaving it, the plan holds "
        f"{units_of(visit, words, moment)}"
    )


def another_row_shows_its_own_units(visit: Visit, words: str, moment: Moment) -> None:
    """Moving to another product shows that product's units and no error from the last one."""
    editor = visit.editor
    select_product(visit, words)
    field, error = editor.details.units[moment], editor.details.errors[moment]
    assert not error.text(), f"{words}: shows the error of another row"
    assert (field.text() or "0") == str(units_of(visit, words, moment)), (
        f"{words}: the field shows {field.text()!r}, the plan holds "
        f"{units_of(visit, words, moment)}"
    )


def shown_findings(visit: Visit) -> list[str]:
    """Rule ids of the findings in the panel."""
    model = visit.editor.findings_model
    return [model.index(row, 0).data(model.FINDING_ROLE) for row in range(model.rowCount())]


def finding_appears_and_goes(visit: Visit, words: str, moment: Moment, rule_id: str) -> None:
    """One tablet more brings a finding at once; back to one tablet, it goes."""
    before = units_of(visit, words, moment)
    assert rule_id not in shown_findings(visit)
    set_units(visit, words, moment, str(before + 1))
    assert units_of(visit, words, moment) == before + 1
    assert rule_id in shown_findings(visit)
    visit.shot(visit.editor, "editor-finding")
    visit.user.replace_text(str(before))
    assert units_of(visit, words, moment) == before
    assert rule_id not in shown_findings(visit)


def give_medicine(visit: Visit, medicine: str, rule_id: str) -> None:
    """Type a medicine into the client context beside the plan; the interaction shows."""
    editor, user = visit.editor, visit.user
    user.tab_to(editor.context_panel.medicines, backwards=True)
    user.press(Key.Key_End, Mod.ControlModifier)
    user.type(medicine)
    assert rule_id in shown_findings(visit)
    finding = editor.session.findings[shown_findings(visit).index(rule_id)]
    assert finding.severity is Severity.CRITICAL
    from app.storage.clients import ClientRepository

    stored = ClientRepository(visit.app.database).get(visit.client_id)
    assert medicine in stored.draft.medicines, "the medicine was not saved with the client"


def override_with_reason(visit: Visit, rule_id: str, reason: str) -> None:
    """Select the critical finding with the arrow keys, Override…, type the reason, OK."""
    editor, user = visit.editor, visit.user
    user.tab_to(editor.findings_view)
    target = shown_findings(visit).index(rule_id)
    for _ in range(len(shown_findings(visit)) + 1):
        current = editor.findings_view.currentIndex().row()
        if current == target:
            if editor.selected_finding() is None:
                user.press(Key.Key_Space)
            break
        user.press(Key.Key_Down if current < target else Key.Key_Up)
    assert editor.selected_finding().rule_id == rule_id
    user.tab_to(editor.override_button)

    def write_reason(dialog: ReasonDialog) -> None:
        user.type(reason)
        user.tab_to(dialog.ok_button, limit=3)  # Tab leaves the reason
        user.press(Key.Key_Space)

    answer = Modal(visit.qtbot, ReasonDialog, write_reason)
    user.press(Key.Key_Space)
    answer.wait()
    user.wait_active(editor)  # the window manager's job after a dialog closes
    assert editor.session.plan.overrides[rule_id].reason == reason
    assert reason in editor.finding_text.text()


def make_final(visit: Visit) -> None:
    """Tab to Make final and press it; the plan becomes read-only."""
    editor, user = visit.editor, visit.user
    user.tab_to(editor.final_button)
    user.press(Key.Key_Space)
    assert editor.session.plan.status is PlanStatus.FINAL
    assert not editor.details.isEnabled()
    visit.shot(editor, "editor-final")


# --- handout --------------------------------------------------------------------------------
def print_and_close_the_preview(visit: Visit) -> None:
    """Ctrl+P (the print convention) → the preview of the handout → every page painted → Esc."""
    from app.ui.plans.handout_dialog import handout_pdf

    editor, user = visit.editor, visit.user
    painted: dict[str, int] = {}

    def look_and_close(preview: QPrintPreviewDialog) -> None:
        pages = preview.findChild(QPrintPreviewWidget)
        visit.qtbot.waitUntil(lambda: pages.pageCount() > 0, timeout=TIMEOUT)
        visit.qtbot.waitExposed(preview, timeout=TIMEOUT)
        painted["pages"] = pages.pageCount()
        visit.shot(preview, "print-preview")
        user.press(Key.Key_Escape)

    preview = Modal(visit.qtbot, QPrintPreviewDialog, look_and_close)
    user.wait_active(editor)
    user.shortcut("Ctrl+P")  # the print convention: straight to the preview
    preview.wait()
    user.wait_active(editor)
    expected = len(PdfReader(io.BytesIO(handout_pdf(editor.session, editor._practice()))).pages)
    assert painted["pages"] == expected


def export_handout(visit: Visit, target: Path) -> bytes:
    """Handout dialog (Ctrl+Shift+H) → Export PDF…: type the file name, say No to opening it."""
    from app.ui.plans.handout_dialog import HandoutDialog

    user = visit.user
    user.wait_active(visit.editor)
    user.shortcut("Ctrl+Shift+H")
    dialog = visit.handout = wait_modal(visit.qtbot, HandoutDialog)
    user.wait_active(dialog)
    user.tab_to(dialog.export_button, backwards=True)  # Export is just before Print

    def save_as(files: QFileDialog) -> None:
        name = QApplication.focusWidget()
        assert name is not None and name.objectName() == "fileNameEdit", describe(name)
        user.replace_text(str(target))
        user.press(Key.Key_Return)

    def do_not_open(box: QMessageBox) -> None:
        assert str(target) in box.text()
        user.press(Key.Key_Escape)

    save = Modal(visit.qtbot, QFileDialog, save_as)
    opened = Modal(visit.qtbot, QMessageBox, do_not_open)
    user.press(Key.Key_Space)
    save.wait()
    opened.wait()
    user.wait_active(dialog)
    user.press(Key.Key_Escape)  # close the handout dialog
    visit.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT)
    return target.read_bytes()


def schedule_in_pdf(pdf: bytes, moments: list[str], products: list[str]) -> dict[str, list[str]]:
    """Units per moment column for each product row of the handout's schedule table.

    Read from where pypdf finds each piece of text on the page: a number belongs to the
    moment column it sits in and to the product row it is level with.
    """
    pieces: list[tuple[float, float, str]] = []

    def collect(text, cm, tm, _font, _size) -> None:
        if text.strip():
            pieces.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=collect)
    columns = []
    for name in moments:
        # A header may wrap too ("Voor het / slapen"): its first line starts the name.
        found = [(y, x) for x, y, text in pieces if len(text) > 3 and name.startswith(text)]
        assert found, f"no column {name!r} in the handout's schedule"
        y, x = max(found)
        columns.append((x, y))
    width = columns[1][0] - columns[0][0]
    header_y = min(y for _, y in columns)
    tops = []
    for product in products:
        # A long name wraps: its first line is where the row starts.
        found = [y for _, y, text in pieces if len(text) > 4 and product.startswith(text)]
        found = [y for y in found if y < header_y]
        assert found, f"{product!r} is not in the handout's schedule"
        tops.append(max(found))
    result = {product: ["", "", "", ""] for product in products}
    for x, y, text in pieces:
        if not text.isdigit() or y >= header_y:
            continue
        column = [i for i, (cx, _) in enumerate(columns) if cx - 1 <= x < cx + width]
        level = [i for i, top in enumerate(tops) if top >= y - 5]
        if column and level:
            result[products[min(level, key=lambda i: tops[i])]][column[0]] = text
    return result


def handout_matches_the_plan(visit: Visit, pdf: bytes) -> None:
    """Every product as the editor shows it, with its units per moment, is on the handout."""
    from app.domain.nutrients import sentence_start
    from app.domain.plan import moment_name

    editor = visit.editor
    model = editor.items_model
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    shown = [
        model.index(row, model.PRODUCT).data().removeprefix("▶ ") for row in range(model.rowCount())
    ]
    for name in shown:
        assert " ".join(name.split()[:3]) in text, f"{name!r} is not on the handout"
    moments = [sentence_start(moment_name(m, visit.language)) for m in Moment]
    schedule = schedule_in_pdf(pdf, moments, shown)
    for row, name in enumerate(shown):
        item = editor.session.items[row]
        expected = [str(item.schedule.get(m, 0) or "") for m in Moment]
        assert schedule[name] == expected, f"{name}: handout {schedule[name]}, plan {expected}"
    if visit.language == "en":
        dutch = [w for w in ("Calciumcarbonaat", "Bij de avondmaaltijd") if w in text]
        assert not dutch, f"Dutch on the English handout: {dutch}"
    for contradiction in ("Do not start vitamin K", "Begin niet met vitamine K"):
        assert contradiction not in text, f"the handout says {contradiction!r} despite the override"


def close_everything(visit: Visit) -> None:
    """Close the editor (Ctrl+W), the plans window and the main window; nothing complains."""
    user = visit.user
    user.wait_active(visit.editor)
    user.shortcut_of(visit.editor.close_action)
    visit.qtbot.waitUntil(lambda: not visit.editor.isVisible(), timeout=TIMEOUT)
    visit.plans.close()
    assert visit.main.close()
