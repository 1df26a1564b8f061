"""The plan editor: items on the left, live findings and daily totals on the right.

Every edit goes through the undo stack into the PlanSession, which re-checks the plan at
once and saves it shortly after; there is no Save button to forget.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock, limits
from app.domain.catalogue import in_language
from app.domain.plan import Moment, NutrientAmount, PlanItem, Product, TakenWith, parse_units
from app.domain.planfile import PlanFileError, dump_plan, read_plan_file
from app.domain.rules import Finding
from app.domain.severity import Severity
from app.handout.practice import Practice
from app.i18n import _, ngettext
from app.storage.clients import InvalidClient, StaleClient
from app.storage.plans import StoredPlan
from app.ui.bounded import bound_line
from app.ui.file_dialogs import open_file_name, save_file_name
from app.ui.i18n import current_language, window_title
from app.ui.labels import moment_label, severity_label, status_label, taken_with_label
from app.ui.plans.colours import error_colour
from app.ui.plans.context_panel import ContextPanel
from app.ui.plans.models import FindingsModel, ItemsModel, TotalsModel
from app.ui.plans.override_words import override_words
from app.ui.plans.products import ProductForm, ProductPicker
from app.ui.plans.reason_dialog import ReasonDialog
from app.ui.plans.session import ChangedElsewhere, PlanSession
from app.ui.plans.undo import SnapshotCommand, UndoHistory

if TYPE_CHECKING:  # loaded when first opened
    from app.ui.plans.handout_dialog import HandoutDialog, PrintPreview

_MOMENTS = list(Moment)


class _ItemChanges(TypedDict, total=False):
    """The fields of a plan item that the details panel edits."""

    schedule: Mapping[Moment, int]
    taken_with: TakenWith
    long_term: bool
    note: str


class ItemDetails(QGroupBox):
    """The selected item's schedule, intake, long-term flag and note, checked as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_("Selected product"))
        self.units = {moment: bound_line(QLineEdit(), 4) for moment in _MOMENTS}
        self.errors = {moment: QLabel() for moment in _MOMENTS}
        self.taken_with = QComboBox()
        for value in TakenWith:
            self.taken_with.addItem(taken_with_label(value), value.value)
        self.long_term = QCheckBox(_("Long-term"))
        self.long_term.setAccessibleName(_("Long-term"))
        self.note = bound_line(QLineEdit(), limits.ITEM_NOTE)
        self.note.setObjectName("item_note")
        grid = QGridLayout(self)
        errors = QVBoxLayout()  # under the fields, full width: a message never wraps away
        errors.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(errors, 2, 0, 1, 6)
        for column, moment in enumerate(_MOMENTS):
            edit = self.units[moment]
            edit.setObjectName(f"units_{moment.value}")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000") + 24)
            edit.setAccessibleName(_("Units: {moment}", moment=moment_label(moment).lower()))
            error = self.errors[moment]
            error.setObjectName(f"units_error_{moment.value}")
            error.setStyleSheet(f"color: {error_colour(self.palette())};")
            error.setWordWrap(True)
            error.setVisible(False)
            label = QLabel(moment_label(moment))
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            errors.addWidget(error)
        taken_with_label_ = QLabel(_("Taken with"))
        taken_with_label_.setBuddy(self.taken_with)
        self.taken_with.setAccessibleName(_("Taken with"))
        grid.addWidget(taken_with_label_, 0, 4)
        grid.addWidget(self.taken_with, 1, 4)
        grid.addWidget(self.long_term, 1, 5)
        self.note_label = QLabel(_("Note for the client"))
        self.note_label.setBuddy(self.note)
        self.note.setAccessibleName(_("Note for the client"))
        grid.addWidget(self.note_label, 3, 0, 1, 4)
        grid.addWidget(self.note, 4, 0, 1, 6)
        grid.setColumnStretch(4, 1)

    def mark(self, moment: Moment, problem: str | None) -> None:
        """Show next to a units field why its text is refused (None: it is fine)."""
        edit = self.units[moment]
        text = "" if problem is None else f"⚠ {moment_label(moment)}: {self.problem_text(problem)}"
        self.errors[moment].setText(text)
        self.errors[moment].setVisible(problem is not None)  # no empty row under the fields
        edit.setAccessibleDescription(text)
        edit.setStyleSheet(
            "" if problem is None else f"border: 2px solid {error_colour(self.palette())};"
        )

    def show_placeholders(self, shown: bool) -> None:
        """Grey hints in the empty fields, only while a product is selected.

        In the disabled panel a grey "0" would look like a value.
        """
        for edit in self.units.values():
            edit.setPlaceholderText("0" if shown else "")
        self.note.setPlaceholderText(_("Printed on the handout") if shown else "")

    def show_nothing(self) -> None:
        """Empty every field, for when no product is selected (no stale values)."""
        self.show_placeholders(False)
        for moment in _MOMENTS:
            self.units[moment].clear()
            self.mark(moment, None)
        self.taken_with.setCurrentIndex(-1)
        self.long_term.setChecked(False)
        self.note.clear()

    def problem_text(self, code: str) -> str:
        """Why a number of units was refused."""
        return {
            "negative": _("Cannot be negative."),
            "not_whole": _("Whole units only."),
            "absurd": _("At most {count} at one moment.", count=limits.UNITS_PER_MOMENT),
        }[code]


def layout_settings() -> QSettings:
    """Where window layout (not practice data) is remembered: the user's Qt settings."""
    return QSettings("Supplan", "Supplan")


def _item_widget(grid: QGridLayout, index: int) -> QWidget | None:
    item = grid.itemAt(index)
    return item.widget() if item is not None else None


def _item_position(grid: QGridLayout, index: int) -> tuple[int, int, int, int]:
    """Row, column, rows and columns of a grid's item (PySide6's stubs say object)."""
    return cast(tuple[int, int, int, int], grid.getItemPosition(index))


def label_fields(box: QWidget) -> None:
    """Name each field of a form grid after the label to its left.

    The label becomes the field's buddy and its accessible name, for screen readers.
    """
    grid = box.layout()
    if not isinstance(grid, QGridLayout):
        return
    for index in range(grid.count()):
        label = _item_widget(grid, index)
        if not isinstance(label, QLabel) or label.buddy() is not None:
            continue
        row, column, _rows, _columns = _item_position(grid, index)
        item = grid.itemAtPosition(row, column + 1)
        field = item.widget() if item is not None else None
        if field is None or isinstance(field, QLabel):
            continue
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.text().replace("&", ""))


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

        self.findings_model = FindingsModel(session, self)
        self.findings_view = QListView()
        self.findings_view.setObjectName("findings")
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setWordWrap(True)
        self.finding_text = QLabel()
        self.finding_text.setObjectName("finding_text")
        self.finding_text.setWordWrap(True)
        self.finding_text.setTextFormat(Qt.TextFormat.RichText)
        self.finding_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.finding_text.setMinimumHeight(150)
        self.override_button = QPushButton(override_words(Severity.CRITICAL).action)
        self.remove_override_button = QPushButton(override_words(Severity.CRITICAL).withdraw)
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.totals_model = TotalsModel(session, self)
        self.totals_view = QTableView()
        self.totals_view.setObjectName("totals")
        self.totals_view.setModel(self.totals_model)
        self.totals_view.verticalHeader().setVisible(False)
        self.totals_view.setTabKeyNavigation(False)
        self.totals_view.setAccessibleName(_("Daily totals from supplements"))
        totals_header = self.totals_view.horizontalHeader()
        totals_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        totals_header.setSectionResizeMode(TotalsModel.NUTRIENT, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.final_button = QPushButton(_("Make final"))
        self.final_button.setObjectName("make_final")

        self._make_actions()
        self._lay_out()
        self._name_and_order_fields()
        self._connect()
        self._refresh()
        self._fit_totals()

    # --- building -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.undo_action, self.redo_action = self.undo_stack.make_actions(
            self, _("&Undo"), _("&Redo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
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
        self.final_action = QAction(_("Make final"), self)
        self.final_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.final_action.triggered.connect(self.make_final_or_new_version)

        # On the window too, so the shortcuts work anywhere in it and can be listed from it.
        self.addActions(
            [
                self.undo_action,
                self.redo_action,
                self.add_action,
                self.custom_action,
                self.up_action,
                self.down_action,
                self.handout_action,
                self.override_action,
                self.final_action,
                self.export_action,
                self.import_action,
                self.template_action,
                self.close_action,
            ]
        )
        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(self.handout_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(_("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        plan_menu = self.menuBar().addMenu(_("&Plan"))
        for action in (
            self.add_action,
            self.custom_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ):
            plan_menu.addAction(action)
        plan_menu.addSeparator()
        for action in (self.override_action, self.withdraw_action, self.final_action):
            plan_menu.addAction(action)
        toolbar = self.addToolBar(_("Plan"))
        toolbar.setObjectName("plan_toolbar")
        toolbar.setMovable(False)
        for action in (self.undo_action, self.redo_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.add_action, self.custom_action, self.remove_action):
            toolbar.addAction(action)
        toolbar.addAction(self.up_action)
        toolbar.addAction(self.down_action)
        toolbar.addSeparator()
        toolbar.addAction(self.handout_action)

    def _lay_out(self) -> None:
        """Two columns, each a vertical splitter, so every part can be given room.

        The context scrolls within its part rather than pushing the window beyond a small
        screen; the totals keep room for all their rows (see _fit_totals); the splitter
        positions are remembered between editors and sessions.
        """
        title_row = QHBoxLayout()
        title_label = QLabel(_("Title"))
        title_label.setBuddy(self.title)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title, 1)
        context = QScrollArea()
        context.setObjectName("context_scroll")
        context.setWidget(self.context_panel)
        context.setWidgetResizable(True)
        context.setFrameShape(QFrame.Shape.NoFrame)
        context.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(title_row)
        top_layout.addWidget(context, 1)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("editor_left_splitter")
        self.left_splitter.addWidget(top)
        self.left_splitter.addWidget(self.items_view)
        self.left_splitter.addWidget(self.details)
        self.left_splitter.setStretchFactor(0, 0)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setStretchFactor(2, 0)

        findings = QWidget()
        findings_layout = QVBoxLayout(findings)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_title = QLabel(_("Findings"))
        findings_title.setStyleSheet("font-weight: bold;")
        findings_title.setBuddy(self.findings_view)
        findings_layout.addWidget(findings_title)
        findings_layout.addWidget(self.summary)
        findings_layout.addWidget(self.findings_view, 1)
        explanation = QScrollArea()
        explanation.setObjectName("finding_scroll")
        explanation.setWidget(self.finding_text)
        explanation.setWidgetResizable(True)
        explanation.setFrameShape(QFrame.Shape.NoFrame)
        explanation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        findings_layout.addWidget(explanation, 2)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_button)
        override_row.addWidget(self.remove_override_button)
        override_row.addStretch(1)
        findings_layout.addLayout(override_row)
        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_title = QLabel(_("Daily totals from supplements"))
        totals_title.setStyleSheet("font-weight: bold;")
        totals_title.setBuddy(self.totals_view)
        totals_layout.addWidget(totals_title)
        totals_layout.addWidget(self.totals_view, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("editor_right_splitter")
        self.right_splitter.addWidget(findings)
        self.right_splitter.addWidget(totals)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 0)

        self.splitter = QSplitter()
        self.splitter.setObjectName("editor_splitter")
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setContentsMargins(8, 4, 8, 0)
        for splitter in (self.splitter, self.left_splitter, self.right_splitter):
            splitter.setChildrenCollapsible(False)  # a part dragged away is hard to find again
        self.setCentralWidget(self.splitter)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.final_button)
        self._restore_layout()

    def _name_and_order_fields(self) -> None:
        """Accessible names from the labels, and Tab in the order the dietician works.

        Title, context, products, the selected product, findings, totals.
        """
        label_fields(self.context_panel)
        self.findings_view.setAccessibleName(_("Findings"))
        self.finding_text.setAccessibleName(_("The selected finding"))
        context = [
            w
            for w in self.context_panel.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.parent() is self.context_panel
        ]
        grid = self.context_panel.layout()
        if isinstance(grid, QGridLayout):  # down the left column, the right, then full rows
            place = {_item_widget(grid, i): _item_position(grid, i) for i in range(grid.count())}

            def reading_order(widget: QWidget) -> tuple[bool, bool, int]:
                row, column, _rows, columns = place.get(widget, (99, 0, 1, 1))
                return columns > 1, column > 1, row

            context.sort(key=reading_order)
        details = self.details
        chain = [
            self.title,
            *context,
            self.items_view,
            *(details.units[m] for m in _MOMENTS),
            details.taken_with,
            details.long_term,
            details.note,
            self.findings_view,
            self.override_button,
            self.remove_override_button,
            self.totals_view,
            self.final_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main": self.splitter,
            "left": self.left_splitter,
            "right": self.right_splitter,
        }

    def _restore_layout(self) -> None:
        settings = layout_settings()
        self._layout_restored = False
        for name, splitter in self._splitters().items():
            state = settings.value(f"plan_editor/{name}")
            if isinstance(state, QByteArray):
                self._layout_restored = splitter.restoreState(state) or self._layout_restored

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: at most a third of the height for the context (it scrolls).

        So on a short screen the products get the room.
        """
        super().showEvent(event)
        if self._layout_restored:
            return
        self._layout_restored = True
        height = self.left_splitter.height()
        panes = [self.left_splitter.widget(i) for i in range(3)]
        top, _items, details = (p.sizeHint().height() if p is not None else 0 for p in panes)
        top = min(top, height // 3)
        self.left_splitter.setSizes([top, max(height - top - details, 0), details])

    def save_layout(self) -> None:
        """Remember where the dietician put the splitters, for the next editor."""
        settings = layout_settings()
        for name, splitter in self._splitters().items():
            settings.setValue(f"plan_editor/{name}", splitter.saveState())
        settings.sync()

    def _fit_totals(self) -> None:
        """Give the totals the height of all their rows (up to eight), never a hidden row."""
        view = self.totals_view
        rows = min(self.totals_model.rowCount(), 8) or 1
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(view.verticalHeader().sectionSize(r) for r in range(rows))
        if self.totals_model.rowCount() == 0:
            height += view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(height)

    def _connect(self) -> None:
        self.session.changed.connect(self._refresh)
        self.session.changed.connect(self._fit_totals)
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
        counts = {s: 0 for s in Severity}
        for finding in session.findings:
            counts[finding.severity] += 1
        self.summary.setText(
            self._findings_count(counts)
            if session.findings
            else _("No findings: the plan meets every rule.")
        )
        self._show_selected_item()
        self._show_selected_finding()
        self._mirror_buttons()

    def _findings_count(self, counts: dict[Severity, int]) -> str:
        """Counts such as "1 critical, 2 warnings" by each language's plural rules."""
        parts = []
        if n := counts[Severity.CRITICAL]:
            parts.append(ngettext("{count} critical", "{count} critical", n, count=n))
        if n := counts[Severity.WARNING]:
            parts.append(ngettext("{count} warning", "{count} warnings", n, count=n))
        if n := counts[Severity.ADVICE]:
            parts.append(ngettext("{count} advice", "{count} advice", n, count=n))
        return ", ".join(parts)

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
        if self._typing is not None and not has_item:
            return  # the model's reset after a keystroke drops the selection for a moment
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
        note = in_language(item.note, current_language())  # a template's note, translated
        if self.details.note.text() != note:
            self.details.note.setText(note)

    def selected_finding(self) -> Finding | None:
        """The finding selected in the panel."""
        rows = self.findings_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.session.findings):
            return None
        return self.findings_model.finding_at(rows[0].row())

    def select_finding(self, rule_id: str) -> bool:
        """Select a rule's finding in the panel; False when it does not fire."""
        row = self.findings_model.row_of(rule_id)
        if row is None:
            return False
        self.findings_view.selectionModel().setCurrentIndex(
            self.findings_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _show_selected_finding(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            self.items_model.highlight(set())
            self.finding_text.setText(_("Select a finding to see why, what to do and the source."))
            self.override_button.setEnabled(False)
            self.remove_override_button.setEnabled(False)
            self._mirror_buttons()
            return
        language = current_language()
        self.items_model.highlight(set(finding.items))
        override = self.session.plan.overrides.get(finding.rule_id)
        what_to_do = _("What to do:")
        source = _("Source:")
        parts = [
            f"<b>{severity_label(finding.severity)} — {_html(finding.title(language))}</b>",
            _html(finding.message(language)),
            f"<b>{what_to_do}</b> {_html(finding.action(language))}",
            f"<i>{source} {_html(finding.source(language))}</i>",
            f"<small>{finding.rule_id}</small>",
        ]
        words = override_words(finding.severity)
        if override is not None:
            overridden = words.done
            version = _("rules version {version}", version=override.rules_version)
            parts.insert(
                1, f"<b>{overridden}</b> {_html(override.reason)} <small>({version})</small>"
            )
        self.finding_text.setText("<br>".join(parts))
        can_override = finding.severity is not Severity.ADVICE and not self.session.read_only
        self.override_button.setEnabled(can_override and override is None)
        self.override_button.setText(words.action)
        self.remove_override_button.setText(words.withdraw)
        self.remove_override_button.setEnabled(override is not None and not self.session.read_only)
        self._mirror_buttons()

    def _mirror_buttons(self) -> None:
        """The override and final actions say and allow what their buttons do."""
        for action, button in (
            (self.override_action, self.override_button),
            (self.withdraw_action, self.remove_override_button),
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

    def _edit_selected(self, text: str, merge_key: str, **changes: Unpack[_ItemChanges]) -> None:
        row = self.selected_row()
        if row is None:
            return
        items = list(self.session.items)
        items[row] = dataclasses.replace(items[row], **changes)
        self._push_items(text, tuple(items), f"{merge_key}:{row}")

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


def show_file_problems(parent: QWidget, problems: list[str]) -> None:
    """Explain why a plan file was refused, one line per problem (as `supplan check`)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("File not imported"))
    box.setText(_("This file is not a valid plan; nothing was changed."))
    box.setDetailedText("\n".join(problems))
    box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
    box.open()


def _html(text: str) -> str:
    from html import escape

    return escape(text)
