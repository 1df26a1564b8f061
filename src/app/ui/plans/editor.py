"""The plan editor: items on the left, live findings and daily totals on the right.

Every edit goes through the undo stack into the PlanSession, which re-checks the plan at
once and saves it shortly after; there is no Save button to forget.

Longer than 400 lines because the window's actions, what it shows and the undoable edits
share one selection, one undo stack and one session; the parts that stand alone live
beside it: the selected item's fields (item_details), the findings (findings_panel), the
totals (totals_panel), the arrangement (editor_layout) and refused files (plan_files).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from app.domain import clock, limits
from app.domain.catalogue import in_language
from app.domain.plan import Moment, NutrientAmount, PlanItem, Product, TakenWith, parse_units
from app.domain.planfile import PlanFileError, dump_plan, read_plan_file
from app.domain.prescribed import offers_for
from app.domain.rules import Finding
from app.domain.severity import Severity
from app.handout.practice import Practice
from app.i18n import _
from app.storage.clients import InvalidClient, StaleClient
from app.storage.plans import StoredPlan
from app.ui.bounded import bound_line
from app.ui.file_dialogs import open_file_name, save_file_name
from app.ui.i18n import current_language, window_title
from app.ui.labels import status_label
from app.ui.plans.context_panel import ContextPanel
from app.ui.plans.editor_layout import (
    EditorSplitters,
    fill_menus,
    name_and_order_fields,
    title_and_context,
)
from app.ui.plans.findings_panel import FindingsPanel
from app.ui.plans.item_details import ItemChanges, ItemDetails
from app.ui.plans.models import ItemsModel
from app.ui.plans.override_words import override_words
from app.ui.plans.plan_files import show_file_problems
from app.ui.plans.products import ProductForm, ProductPicker
from app.ui.plans.reason_dialog import ReasonDialog
from app.ui.plans.session import ChangedElsewhere, PlanSession
from app.ui.plans.totals_panel import TotalsPanel
from app.ui.plans.undo import SnapshotCommand, UndoHistory

if TYPE_CHECKING:  # loaded when first opened
    from app.ui.plans.handout_dialog import HandoutDialog, PrintPreview


class PlanEditor(QMainWindow):
    """Edit one plan of one client."""

    #: The editor closed (after writing everything).
    closed = Signal()
    _pushing_context = False

    def __init__(
        self,
        session: PlanSession,
        products: tuple[Product, ...],
        save_template: Callable[[str, tuple[PlanItem, ...]], object] | None = None,
        new_version: Callable[[int], StoredPlan] | None = None,
        save_product: Callable[[str, tuple[NutrientAmount, ...]], object] | None = None,
        practice: Callable[[], Practice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        session.setParent(self)  # the session lives exactly as long as its editor
        self._products = products
        self._save_template = save_template
        self._new_version = new_version
        self._save_product = save_product
        self._practice = practice or Practice
        self.undo_stack = UndoHistory(self)
        #: The units field being typed in, while its keystroke is applied (see _units_typed).
        self._typing: Moment | None = None
        #: An edit made in the item's fields is being applied (the field keeps the focus).
        self._editing_details = False
        #: Per units field: the plan's value when the current edit of that field began.
        self._typed_from: dict[Moment, int] = {}
        self._shown_row: int | None = None
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1280, screen.width()), min(780, screen.height()))  # fits a laptop

        self.title = bound_line(QLineEdit(session.plan.title), limits.TITLE)
        self.title.setObjectName("plan_title")
        self.title.setPlaceholderText(_("Title of the plan, e.g. Bone health"))
        self.title.setAccessibleName(_("Title of the plan"))
        self.context_panel = ContextPanel(self._apply_context)
        self.items_model = ItemsModel(session, self)
        self.items_view = QTableView()
        self.items_view.setObjectName("plan_items")
        self.items_view.setModel(self.items_model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (arrows move within it), so the keyboard reaches the fields.
        self.items_view.setTabKeyNavigation(False)
        self.items_view.setAccessibleName(_("Products in the plan"))
        # Every column as wide as its text, names never elided; scrolls sideways if needed.
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.details = ItemDetails()

        self.findings = FindingsPanel(session)
        # The panel's parts by their own names, as the tests and the Tab order know them.
        self.findings_model = self.findings.findings_model
        self.findings_view = self.findings.findings_view
        self.finding_text = self.findings.finding_text
        self.override_button = self.findings.override_button
        self.remove_override_button = self.findings.remove_override_button
        self.prescribed_button = self.findings.prescribed_button
        self.summary = self.findings.summary
        self.totals = TotalsPanel(session)
        self.totals_model = self.totals.totals_model
        self.totals_view = self.totals.totals_view
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.final_button = QPushButton(_("Make final"))
        self.final_button.setObjectName("make_final")

        self._make_actions()
        self._lay_out()
        name_and_order_fields(self)
        self._connect()
        self._refresh()
        self.totals.fit()

    # --- building -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.undo_action, self.redo_action = self.undo_stack.make_actions(
            self, _("&Undo"), _("&Redo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        # Ctrl+Shift+Z as on Linux and macOS, Ctrl+Y as on Windows: both everywhere, once each.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_action = QAction(_("&Add product…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.open_picker)
        self.custom_action = QAction(_("Add &custom product…"), self)
        self.custom_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.custom_action.triggered.connect(self.open_custom_product)
        self.remove_action = QAction(_("&Remove product"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.items_view.addAction(self.remove_action)
        self.up_action = QAction(_("Move &up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(_("Move do&wn"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.export_action = QAction(_("&Export plan…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self._export_dialog)
        self.import_action = QAction(_("&Import products from a plan file…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self._import_dialog)
        self.handout_action = QAction(_("&Handout (export or print)…"), self)
        self.handout_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.handout_action.triggered.connect(self.open_handout)
        self.print_action = QAction(_("&Print handout…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_handout)
        self.template_action = QAction(_("Save as &template…"), self)
        self.template_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.template_action.triggered.connect(self._template_dialog)
        self.close_action = QAction(_("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        # The buttons beside the findings and in the status bar, also as menu items with keys;
        # their text and state follow the buttons (see _mirror_buttons).
        self.override_action = QAction(override_words(Severity.CRITICAL).action, self)
        self.override_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.override_action.triggered.connect(self._override_dialog)
        self.withdraw_action = QAction(override_words(Severity.CRITICAL).withdraw, self)
        self.withdraw_action.triggered.connect(self._withdraw_override)
        self.prescribed_action = QAction(self.prescribed_button.text(), self)
        self.prescribed_action.triggered.connect(self.add_prescribed)
        self.final_action = QAction(_("Make final"), self)
        self.final_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.final_action.triggered.connect(self.make_final_or_new_version)
        fill_menus(self)

    def _lay_out(self) -> None:
        """The parts in their splitters (see EditorSplitters), statuses at the bottom.

        The totals keep room for all their rows (see TotalsPanel.fit).
        """
        top = title_and_context(self.title, self.context_panel)
        self.splitters = EditorSplitters(
            top, self.items_view, self.details, self.findings, self.totals
        )
        self.splitter = self.splitters.splitter
        self.left_splitter = self.splitters.left_splitter
        self.right_splitter = self.splitters.right_splitter
        self.setCentralWidget(self.splitter)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.final_button)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time, share the height out (see EditorSplitters.shown)."""
        super().showEvent(event)
        self.splitters.shown()

    def save_layout(self) -> None:
        """Remember where the dietician put the splitters, for the next editor."""
        self.splitters.save()

    def _connect(self) -> None:
        self.session.changed.connect(self._refresh)
        self.session.changed.connect(self.totals.fit)
        self.session.saved.connect(self._show_saved)
        self.session.save_failed.connect(self._show_save_failed)
        self.items_view.selectionModel().selectionChanged.connect(self._show_selected_item)
        self.findings_view.selectionModel().selectionChanged.connect(self._show_selected_finding)
        for moment, edit in self.details.units.items():
            edit.textEdited.connect(lambda text, m=moment: self._units_typed(m, text))
            edit.editingFinished.connect(lambda m=moment: self._units_finished(m))
        self.details.note.editingFinished.connect(self.undo_stack.seal)
        self.details.taken_with.activated.connect(self._taken_with_chosen)
        self.details.long_term.clicked.connect(self._long_term_clicked)
        self.details.prescribed.clicked.connect(self._prescribed_clicked)
        self.prescribed_button.clicked.connect(self.add_prescribed)
        self.details.note.textEdited.connect(self._note_typed)
        self.title.textEdited.connect(self.session.set_title)
        self.override_button.clicked.connect(self._override_dialog)
        self.remove_override_button.clicked.connect(self._withdraw_override)
        self.final_button.clicked.connect(self.make_final_or_new_version)

    # --- showing --------------------------------------------------------------------------
    def _refresh(self) -> None:
        session = self.session
        client = session.client
        self.setWindowTitle(
            window_title(
                _(
                    "Plan — {client} — {title}",
                    client=client.display_name,
                    title=session.plan.title or _("untitled"),
                )
            )
        )
        self.context_panel.show_client(client.display_name, client.draft, session.plan.plan_date)
        read_only = session.read_only
        for widget in (self.context_panel, self.details, self.title):
            widget.setEnabled(not read_only)
        for action in (
            self.add_action,
            self.custom_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.import_action,
        ):
            action.setEnabled(not read_only)
        self.undo_action.setVisible(not read_only)
        self.redo_action.setVisible(not read_only)
        plan = session.plan
        state = status_label(plan.status)
        self.status.setText(
            _(
                "{state} · version {version} · plan date {date}",
                state=state.capitalize(),
                version=str(plan.version),
                date=plan.plan_date.strftime("%d-%m-%Y"),
            )
            + ("" if not read_only else "  " + _("(read-only; make a new version to change it)"))
        )
        self.final_button.setText(_("New version") if read_only else _("Make final"))
        self.findings.show_summary()
        self._show_selected_item()
        self._show_selected_finding()
        self._mirror_buttons()

    def selected_row(self) -> int | None:
        """The selected item's row, if any."""
        rows = self.items_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        """Select an item."""
        self.items_view.selectionModel().setCurrentIndex(
            self.items_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _show_selected_item(self) -> None:
        row = self.selected_row()
        has_item = row is not None and row < len(self.session.items)
        if self._editing_details and not has_item:
            # The model's reset after a keystroke drops the selection for a moment: showing
            # "nothing selected" would disable the fields and take the focus from the one
            # being typed in, so the next letter would go elsewhere.
            return
        self.details.setEnabled(has_item and not self.session.read_only)
        for action in (self.remove_action, self.up_action, self.down_action):
            action.setEnabled(has_item and not self.session.read_only)
        if self._typing is None:
            # Anything but a keystroke in a units field (another row, undo, a removed or
            # moved product): the fields show the plan again and a new edit begins.
            self._typed_from.clear()
            if row != self._shown_row:
                self.undo_stack.seal()
        self._shown_row = row
        if row is None or not has_item:
            self.details.show_nothing()
            return
        item = self.session.items[row]
        self.details.show_placeholders(True)
        for moment, edit in self.details.units.items():
            if moment is self._typing:
                continue  # the field being typed in shows what is typed
            self.details.mark(moment, None)
            units = item.schedule.get(moment, 0)
            if parse_units(edit.text())[0] != units:
                edit.setText(str(units) if units else "")
        self.details.taken_with.setCurrentIndex(
            self.details.taken_with.findData(item.taken_with.value)
        )
        self.details.long_term.setChecked(item.long_term)
        self.details.prescribed.setChecked(item.prescribed)
        note = in_language(item.note, current_language())  # a template's note, translated
        if self.details.note.text() != note:
            self.details.note.setText(note)

    def selected_finding(self) -> Finding | None:
        """The finding selected in the panel."""
        return self.findings.selected_finding()

    def select_finding(self, rule_id: str) -> bool:
        """Select a rule's finding in the panel; False when it does not fire."""
        return self.findings.select_finding(rule_id)

    def _show_selected_finding(self) -> None:
        finding = self.findings.show_selected_finding()
        self.items_model.highlight(set(finding.items) if finding is not None else set())
        self._mirror_buttons()

    def _mirror_buttons(self) -> None:
        """The override and final actions say and allow what their buttons do."""
        for action, button in (
            (self.override_action, self.override_button),
            (self.withdraw_action, self.remove_override_button),
            (self.prescribed_action, self.prescribed_button),
            (self.final_action, self.final_button),
        ):
            action.setText(button.text())
            action.setEnabled(button.isEnabled())

    def _show_saved(self) -> None:

        self.statusBar().showMessage(
            _("Saved at {time}", time=clock.now().strftime("%H:%M:%S")), 4000
        )

    def _show_save_failed(self, problem: str) -> None:
        """Say why saving fails (a WriteProblem value), so she knows what to free or fix."""
        why = {
            "full": _("the disk is full"),
            "read_only": _("the disk can only be read"),
            "no_permission": _("no permission to write there"),
            "no_folder": _("the database's folder is gone"),
        }.get(problem)
        text = (
            _("Could not save: {why}. Your changes are kept and saving is retried.", why=why)
            if why
            else _("Could not save; your changes are kept and saving is retried.")
        )
        self.statusBar().showMessage(text, 0)

    # --- editing (every change is an undoable command) ------------------------------------
    def _push_items(self, text: str, items: tuple[PlanItem, ...], merge_key: str = "") -> None:
        if items == self.session.items:
            return
        self.undo_stack.push(
            SnapshotCommand(text, self._set_items, self.session.items, items, merge_key)
        )

    def _set_items(self, items: tuple[PlanItem, ...]) -> None:
        row = self.selected_row()
        self.session.set_items(items)
        if row is not None and items:
            self.select_row(min(row, len(items) - 1))

    def _edit_selected(self, text: str, merge_key: str, **changes: Unpack[ItemChanges]) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = list(self.session.items)
        items[row] = dataclasses.replace(items[row], **changes)
        self._editing_details = True
        try:
            self._push_items(text, tuple(items), f"{merge_key}:{row}")
        finally:
            self._editing_details = False

    def _units_typed(self, moment: Moment, text: str) -> None:
        """Apply a keystroke: a valid number at once, one undo step for the whole edit.

        While the text is refused, the plan holds the value from before this edit began, so
        the "2" on the way to a refused "25" never stays in the plan.
        """
        row = self.selected_row()
        if row is None or row >= len(self.session.items):
            return
        schedule = dict(self.session.items[row].schedule)
        before = self._typed_from.setdefault(moment, schedule.get(moment, 0))
        units, problem = parse_units(text)
        self.details.mark(moment, problem)
        schedule[moment] = before if units is None else units
        self._typing = moment
        try:
            self._edit_selected(_("Change units"), f"units-{moment.value}", schedule=schedule)
        finally:
            self._typing = None

    def _units_finished(self, moment: Moment) -> None:
        """Return or leaving the field ends the edit; leaving shows the plan's value again."""
        self.undo_stack.seal()
        self._typed_from.pop(moment, None)
        if self.details.units[moment].hasFocus():
            return  # Return: keep what is shown, it is marked when refused
        self._show_selected_item()

    def _taken_with_chosen(self, _index: int) -> None:
        value = TakenWith(self.details.taken_with.currentData())
        self._edit_selected(_("Change how it is taken"), "", taken_with=value)

    def _long_term_clicked(self, checked: bool) -> None:
        self._edit_selected(_("Change long-term"), "", long_term=checked)

    def _prescribed_clicked(self, checked: bool) -> None:
        self._edit_selected(_("Change prescribed"), "", prescribed=checked)

    def add_prescribed(self) -> None:
        """Add the medicines the selected finding names as prescribed products (one undo step).

        Name as typed, composition from the medicine list, one unit at the declared moment;
        the last one added is selected, so its units can be set as prescribed.
        """
        finding = self.selected_finding()
        if finding is None or self.session.read_only:
            return
        added = tuple(offer.item() for offer in offers_for(finding, self.session.domain_plan))
        if not added:
            return
        text = _("Add {product}", product=", ".join(item.product for item in added))
        self._push_items(text, (*self.session.items, *added))
        self.select_row(len(self.session.items) - 1)

    def _note_typed(self, text: str) -> None:
        self._edit_selected(_("Change note"), "note", note=text)

    def add_product(self, product: Product) -> None:
        """Add a product (one unit in the morning to start with) and select it."""
        item = PlanItem(
            product=product.name_en
            if current_language() == "en" and product.name_en
            else product.name,
            nutrients=product.nutrients,
            schedule={m: (1 if m is Moment.MORNING else 0) for m in Moment},
        )
        self._push_items(_("Add {product}", product=item.product), (*self.session.items, item))
        self.select_row(len(self.session.items) - 1)

    def remove_selected(self) -> None:
        """Remove the selected item (undo brings it back)."""
        row = self.selected_row()
        if row is None:
            return
        items = self.session.items
        self._push_items(_("Remove product"), items[:row] + items[row + 1 :])

    def move_selected(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.selected_row()
        if row is None or not 0 <= row + step < len(self.session.items):
            return
        items = list(self.session.items)
        items[row], items[row + step] = items[row + step], items[row]
        self._push_items(_("Move product"), tuple(items))
        self.select_row(row + step)

    def _apply_context(self, values: dict[str, object], field: str) -> None:
        draft = self.session.client.draft
        before = {name: getattr(draft, name) for name in values}
        if values == before:
            return
        # Undo writes back only this field's old value, and only if nobody changed it since.
        command = SnapshotCommand(
            _("Change client context"), lambda _v: None, before, values, f"context-{field}"
        )
        command.apply = lambda v: self._set_context(command, v)
        self._pushing_context = True
        try:
            self.undo_stack.push(command)
        except (InvalidClient, StaleClient, ChangedElsewhere) as refused:
            self._context_refused(refused)
        finally:
            self._pushing_context = False

    def _set_context(self, command: SnapshotCommand, values: dict[str, object]) -> None:
        expected = command.after if values is command.before else command.before
        try:
            self.session.set_client_fields(values, expected)
        except (InvalidClient, StaleClient, ChangedElsewhere) as refused:
            if self._pushing_context:
                raise
            self._context_refused(refused)

    def _context_refused(self, refused: Exception) -> None:
        if isinstance(refused, InvalidClient):
            self.context_panel.error.setText("⚠ " + _("This value is not accepted."))
            return
        QMessageBox.information(
            self,
            _("Changed in another window"),
            _(
                "This field was changed in another window after your edit, so it was not "
                "undone or redone. This window shows the value as it is saved now."
            )
            if isinstance(refused, ChangedElsewhere)
            else _(
                "This client's details were changed in another window in the meantime, so "
                "your change was not saved. This window now shows her details as they are "
                "saved; make your change again if it is still needed."
            ),
        )

    def open_picker(self) -> ProductPicker:
        """Show the product picker; the chosen product is added."""
        picker = ProductPicker(self._products, self)
        picker.picked.connect(self.add_product)
        picker.open()
        return picker

    def open_custom_product(self) -> ProductForm:
        """Show the custom product form; the product is added when it is valid."""
        form = ProductForm(offer_save=self._save_product is not None, parent=self)

        def accepted() -> None:
            if form.product is None:
                return
            if self._save_product is not None and form.save_to_catalogue.isChecked():
                self._save_product(form.product.name, form.product.nutrients)
            self.add_product(form.product)

        form.accepted.connect(accepted)
        form.open()
        return form

    # --- findings, overrides, final -------------------------------------------------------
    def _override_dialog(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            return
        reason = ReasonDialog.ask(
            self,
            override_words(finding.severity).title,
            _(
                "Why is this plan right for this client despite “{finding}”?",
                finding=finding.title(current_language()),
            ),
        )
        if reason is not None:
            self.override(finding.rule_id, reason)

    def _too_long(self, limit: int) -> None:
        QMessageBox.warning(
            self,
            _("Text too long"),
            _("At most {limit} characters, please shorten the text.", limit=str(limit)),
        )

    def override(self, rule_id: str, reason: str) -> bool:
        """Record an override or acknowledgement; an empty reason is refused with a message."""
        if not reason.strip():
            severity = next(
                (f.severity for f in self.session.findings if f.rule_id == rule_id),
                Severity.CRITICAL,
            )
            QMessageBox.warning(self, _("Reason needed"), override_words(severity).need_reason)
            return False
        if len(reason) > limits.REASON:
            self._too_long(limits.REASON)
            return False
        self.session.set_override(rule_id, reason)
        self.select_finding(rule_id)
        return True

    def _withdraw_override(self) -> None:
        finding = self.selected_finding()
        if finding is not None:
            self.session.remove_override(finding.rule_id)
            self.select_finding(finding.rule_id)

    def make_final_or_new_version(self) -> bool:
        """Make the plan final, or start a new draft version of a final plan.

        Making final is refused while a critical finding has no override.
        """
        if self.session.read_only:
            if self._new_version is None:
                return False
            self.session.replace_plan(self._new_version(self.session.plan.id))
            self.undo_stack.clear()
            return True
        blocking = self.session.finalise()
        if blocking:
            language = current_language()
            QMessageBox.warning(
                self,
                _("Plan not made final"),
                _("Override each critical finding with a reason first:")
                + "\n\n"
                + "\n".join(f"• {f.title(language)}" for f in blocking),
            )
            self.select_finding(blocking[0].rule_id)
            return False
        self.undo_stack.clear()
        return True

    def open_handout(self) -> HandoutDialog:
        """The handout dialog: language, free text, export and print."""
        from app.ui.plans.handout_dialog import HandoutDialog

        self.session.flush()
        dialog = HandoutDialog(self.session, self._practice, self)
        dialog.open()
        return dialog

    def print_handout(self) -> PrintPreview | None:
        """Ctrl+P: the print preview of the handout in the plan's language and text."""
        from app.ui.plans.handout_dialog import print_handout

        self.session.flush()
        return print_handout(self.session, self._practice(), self)

    # --- files ----------------------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Write the plan as a supplan-plan/1 file."""
        from app.storage import atomic

        atomic.write_text(path, dump_plan(self.session.domain_plan))

    def import_from(self, path: Path) -> list[str]:
        """Add the products of a plan file; returns the problems (nothing added then)."""
        try:
            plan = read_plan_file(path)
        except PlanFileError as error:
            return error.lines(current_language())
        self._push_items(_("Import products"), (*self.session.items, *plan.items))
        return []

    def _export_dialog(self) -> None:
        name, _filter = save_file_name(self, _("Export plan"), "", _("Supplan plan (*.json)"))
        if name:
            try:
                self.export_to(Path(name))
            except OSError as error:
                from app.ui.messages import file_error_text

                QMessageBox.warning(self, _("Not exported"), file_error_text(error, name))

    def _import_dialog(self) -> None:
        name, _filter = open_file_name(
            self, _("Import products from a plan file"), "", _("Supplan plan (*.json)")
        )
        if name:
            problems = self.import_from(Path(name))
            if problems:
                show_file_problems(self, problems)

    def _template_dialog(self) -> None:
        if self._save_template is None:
            return
        name, ok = QInputDialog.getText(
            self, _("Save as template"), _("Name of the template:"),
            text=self.session.plan.title,
        )  # fmt: skip
        if ok and len(name.strip()) > limits.TITLE:
            self._too_long(limits.TITLE)
        elif ok and name.strip():
            self._save_template(name, self.session.items)
            self.statusBar().showMessage(_("Template saved."), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write every edit before the window goes."""
        if not self.session.flush():
            answer = QMessageBox.warning(
                self,
                _("Not saved"),
                _("The latest changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.save_layout()
        event.accept()
        self.closed.emit()
