"""The Help menu's windows: keyboard shortcuts, where the data lives, and the user guide.

The shortcut list is read from the windows' own QActions when it is shown, so it cannot
disagree with the keys that work.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.i18n import _
from app.ui.i18n import current_language, window_title


def action_label(action: QAction) -> str:
    """An action's menu text as a sentence: no mnemonic ampersand, no trailing dots."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def _window_of(action: QAction) -> QWidget | None:
    owner = action.parent()
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner.window() if owner is not None else None


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of *window* that has a shortcut, in creation order.

    Actions of windows opened from it (an editor is a child of the register's window) are
    left to their own window's list.
    """
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen or not action.text() or _window_of(action) is not window:
            continue
        seen.add(id(action))
        native = QKeySequence.SequenceFormat.NativeText
        rows.append((action_label(action), ", ".join(k.toString(native) for k in keys)))
    return rows


def scratch_editor() -> QWidget:
    """A plan editor over a throwaway plan, never shown or saved: only to read its actions.

    Used when no plan is open, so the list still shows the editor's keys as they are.
    """
    from app.domain.clients import ClientDraft, ClientRecord, Sex
    from app.domain.plan import PlanStatus
    from app.storage.plans import StoredPlan
    from app.ui.plans.editor import PlanEditor
    from app.ui.plans.session import PlanSession

    now = clock.now()
    client = ClientRecord(
        0, "", ClientDraft(birth_date=date(1957, 3, 12), sex=Sex.FEMALE), False, now, now
    )
    plan = StoredPlan(0, 0, "", now.date(), PlanStatus.DRAFT, 1, None)
    return PlanEditor(PlanSession(None, None, plan, client), ())


class ShortcutsDialog(QDialog):
    """Every key with an action, per window: the register and the plan editor."""

    def __init__(self, sections: Iterable[tuple[str, QWidget]], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_("Keyboard shortcuts")))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([_("Action"), _("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(_("Keyboard shortcuts"))
        for title, window in sections:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self._add_row(heading, QTableWidgetItem(""))
            for what, keys in shortcuts_of(window):
                self._add_row(QTableWidgetItem("    " + what), QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(560, 640)

    def _add_row(self, what: QTableWidgetItem, keys: QTableWidgetItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, what)
        self.table.setItem(row, 1, keys)

    def rows(self) -> list[tuple[str, str]]:
        """The table as text, for reading back."""
        return [
            (_text(self.table.item(r, 0)).strip(), _text(self.table.item(r, 1)))
            for r in range(self.table.rowCount())
        ]


def open_folder(folder: Path, parent: QWidget | None) -> bool:
    """Show *folder* in the system's file manager (made first if it does not exist yet)."""
    with contextlib.suppress(OSError):  # not makeable: said below
        folder.mkdir(parents=True, exist_ok=True)
    if folder.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.warning(
        parent,
        _("Folder not opened"),
        _("The folder could not be opened. It is:\n{folder}", folder=str(folder)),
    )
    return False


class DataLocationsDialog(QDialog):
    """Where the database, its backups and the log file are, each with a button to go there."""

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.logs import LOG_NAME, log_folder
        from app.storage.backups import backup_folder

        self.setWindowTitle(window_title(_("Where is my data")))
        self.locations = {
            "database": (_("Database"), database_path, database_path.parent),
            "backups": (
                _("Backups"),
                backup_folder(database_path),
                backup_folder(database_path),
            ),
            "log": (_("Log file"), log_folder() / LOG_NAME, log_folder()),
        }
        intro = QLabel(
            _(
                "Everything Supplan knows is in the database file. A copy of it is made in the "
                "backups folder each day at start-up. The log file holds no client data; "
                "send it along when you report a problem."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, (label, path, folder)) in enumerate(self.locations.items()):
            name = QLabel(f"<b>{label}</b>")
            where = QLabel(str(path))
            where.setObjectName(f"path_{key}")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(_("Open folder"))
            button.setObjectName(f"open_{key}")
            button.setAccessibleName(_("Open the folder of: {what}", what=label))
            button.clicked.connect(lambda _c=False, f=folder: open_folder(f, self))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.buttons[key] = button
        grid.setColumnStretch(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(640, 260)


def guide_html(language: str) -> str:
    """The user guide shipped with the app, in *language*.

    A guide is a document per language (``resources/guide/guide_<language>.html``); a test
    requires one for every language the catalogue ships. Only a language made up for the
    tests (the pseudo-language) falls back to the English guide.
    """
    guides = files("app.resources") / "guide"
    page = guides / f"guide_{language}.html"
    if not page.is_file():
        page = guides / "guide_en.html"
    return page.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The short user guide, in the language of the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_("User guide")))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(current_language()))
        self.browser.setAccessibleName(_("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


def _text(item: QTableWidgetItem | None) -> str:
    """An item's text; every cell of the shortcuts table has an item."""
    assert item is not None
    return item.text()
