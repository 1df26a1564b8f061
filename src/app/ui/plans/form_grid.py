"""Reading a form grid: where each widget sits and which label names which field.

Shared by the plan editor's context panel for screen-reader names and the Tab order;
separate because it knows grids, not plans.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


def item_widget(grid: QGridLayout, index: int) -> QWidget | None:
    """The widget of a grid's item, if it holds one."""
    item = grid.itemAt(index)
    return item.widget() if item is not None else None


def item_position(grid: QGridLayout, index: int) -> tuple[int, int, int, int]:
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
        label = item_widget(grid, index)
        if not isinstance(label, QLabel) or label.buddy() is not None:
            continue
        row, column, _rows, _columns = item_position(grid, index)
        item = grid.itemAtPosition(row, column + 1)
        field = item.widget() if item is not None else None
        if field is None or isinstance(field, QLabel):
            continue
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(label.text().replace("&", ""))


def panel_title(text: str, buddy: QWidget) -> QLabel:
    """The bold heading above one of the editor's panels, naming it for its keyboard buddy."""
    title = QLabel(text)
    title.setStyleSheet("font-weight: bold;")
    title.setBuddy(buddy)
    return title
