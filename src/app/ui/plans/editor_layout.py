"""Where the plan editor's parts go: splitters, menus, toolbar and the Tab order.

Kept apart from the editor so its module holds what the editor does (showing the plan and
turning edits into undoable commands), and this one how the window is arranged; the
splitter positions are remembered between editors and sessions.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.plan import Moment
from app.i18n import _
from app.ui.plans.form_grid import item_position, item_widget, label_fields

if TYPE_CHECKING:
    from app.ui.plans.editor import PlanEditor


def layout_settings() -> QSettings:
    """Where window layout (not practice data) is remembered: the user's Qt settings."""
    return QSettings("Supplan", "Supplan")


#: Rows of products the plan's list keeps in sight when the context takes its full height.
ITEM_ROWS_KEPT = 7


def title_and_context(title: QLineEdit, context_panel: QWidget) -> QWidget:
    """The plan's title above the client context, which scrolls within its part."""
    title_row = QHBoxLayout()
    title_label = QLabel(_("Title"))
    title_label.setBuddy(title)
    title_row.addWidget(title_label)
    title_row.addWidget(title, 1)
    context = QScrollArea()
    context.setObjectName("context_scroll")
    context.setWidget(context_panel)
    context.setWidgetResizable(True)
    context.setFrameShape(QFrame.Shape.NoFrame)
    context.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    top = QWidget()
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 0, 0)
    top_layout.addLayout(title_row)
    top_layout.addWidget(context, 1)
    return top


class EditorSplitters:
    """Two columns, each a vertical splitter, so every part can be given room.

    The context scrolls within its part rather than pushing the window beyond a small
    screen; the splitter positions are remembered between editors and sessions.
    """

    def __init__(
        self, top: QWidget, items: QWidget, details: QWidget, findings: QWidget, totals: QWidget
    ) -> None:
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("editor_left_splitter")
        self.left_splitter.addWidget(top)
        self.left_splitter.addWidget(items)
        self.left_splitter.addWidget(details)
        self.left_splitter.setStretchFactor(0, 0)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setStretchFactor(2, 0)

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
        self._restore()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "main": self.splitter,
            "left": self.left_splitter,
            "right": self.right_splitter,
        }

    def _restore(self) -> None:
        settings = layout_settings()
        self._layout_restored = False
        for name, splitter in self._splitters().items():
            state = settings.value(f"plan_editor/{name}")
            if isinstance(state, QByteArray):
                self._layout_restored = splitter.restoreState(state) or self._layout_restored

    def shown(self) -> None:
        """The first time: the whole context if the products keep room for a few rows.

        Every field the rules use (conditions, kidney function) is then in sight; on a short
        screen the context gets at least a third of the height and scrolls.
        """
        if self._layout_restored:
            return
        self._layout_restored = True
        height = self.left_splitter.height()
        panes = [self.left_splitter.widget(i) for i in range(3)]
        top, _items, details = (p.sizeHint().height() if p is not None else 0 for p in panes)
        items = panes[1]
        row = items.fontMetrics().height() * 2 if items is not None else 30
        room_for_context = height - details - ITEM_ROWS_KEPT * row
        top = min(top, max(height // 3, room_for_context))
        self.left_splitter.setSizes([top, max(height - top - details, 0), details])

    def save(self) -> None:
        """Remember where the dietician put the splitters, for the next editor."""
        settings = layout_settings()
        for name, splitter in self._splitters().items():
            settings.setValue(f"plan_editor/{name}", splitter.saveState())
        settings.sync()


def name_and_order_fields(editor: PlanEditor) -> None:
    """Accessible names from the labels, and Tab in the order the dietician works.

    Title, context, products, the selected product, findings, totals.
    """
    label_fields(editor.context_panel)
    editor.findings.name_fields()
    context = [
        w
        for w in editor.context_panel.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.parent() is editor.context_panel
    ]
    grid = editor.context_panel.layout()
    if isinstance(grid, QGridLayout):  # down the left column, the right, then full rows
        place = {item_widget(grid, i): item_position(grid, i) for i in range(grid.count())}

        def reading_order(widget: QWidget) -> tuple[bool, bool, int]:
            row, column, _rows, columns = place.get(widget, (99, 0, 1, 1))
            return columns > 1, column > 1, row

        context.sort(key=reading_order)
    details = editor.details
    chain = [
        editor.title,
        *context,
        editor.items_view,
        *(details.units[m] for m in Moment),
        details.taken_with,
        details.long_term,
        details.prescribed,
        details.note,
        editor.findings_view,
        editor.prescribed_button,
        editor.override_button,
        editor.remove_override_button,
        editor.totals_view,
        editor.final_button,
    ]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def fill_menus(editor: PlanEditor) -> None:
    """The editor's actions in its menus and toolbar, and on the window for their keys."""
    # On the window too, so the shortcuts work anywhere in it and can be listed from it.
    editor.addActions(
        [
            editor.undo_action,
            editor.redo_action,
            editor.add_action,
            editor.custom_action,
            editor.up_action,
            editor.down_action,
            editor.handout_action,
            editor.override_action,
            editor.final_action,
            editor.export_action,
            editor.import_action,
            editor.template_action,
            editor.close_action,
        ]
    )
    file_menu = editor.menuBar().addMenu(_("&File"))
    file_menu.addAction(editor.handout_action)
    file_menu.addAction(editor.print_action)
    file_menu.addSeparator()
    for action in (editor.import_action, editor.export_action, editor.template_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(editor.close_action)
    edit_menu = editor.menuBar().addMenu(_("&Edit"))
    edit_menu.addAction(editor.undo_action)
    edit_menu.addAction(editor.redo_action)
    plan_menu = editor.menuBar().addMenu(_("&Plan"))
    for action in (
        editor.add_action,
        editor.custom_action,
        editor.remove_action,
        editor.up_action,
        editor.down_action,
    ):
        plan_menu.addAction(action)
    plan_menu.addSeparator()
    for action in (
        editor.prescribed_action,
        editor.override_action,
        editor.withdraw_action,
        editor.final_action,
    ):
        plan_menu.addAction(action)
    toolbar = editor.addToolBar(_("Plan"))
    toolbar.setObjectName("plan_toolbar")
    toolbar.setMovable(False)
    for action in (editor.undo_action, editor.redo_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (editor.add_action, editor.custom_action, editor.remove_action):
        toolbar.addAction(action)
    toolbar.addAction(editor.up_action)
    toolbar.addAction(editor.down_action)
    toolbar.addSeparator()
    toolbar.addAction(editor.handout_action)
