"""The way out of a damaged or missing database: every copy, checked, newest usable first.

Shown by the application at start-up (a damaged or lost database) and when damage turns up
while Supplan runs. It only asks; the application moves the damaged file aside and restores.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.storage.backups import Candidate
from app.ui.i18n import window_title
from app.ui.labels import short_date_time

DAMAGED = "damaged"
LOST = "lost"


def kind_of_copy(path: Path) -> str:
    """What made the copy: the daily backup, a restore, an upgrade, or the dietician."""
    name = path.name
    if "before-restore" in name:
        return _("before a restore")
    if "before-upgrade" in name:
        return _("before an upgrade")
    if name.startswith("supplan-") and len(name) == len("supplan-2026-01-01.sqlite3"):
        return _("daily backup")
    return _("backup")


def check_words(candidate: Candidate) -> str:
    """The check result in plain words."""
    if candidate.usable:
        return _("healthy, checked when made") if candidate.verified else _("healthy")
    reason = candidate.refused.reason.value if candidate.refused else "unreadable"
    return {
        "too_new": _("made by a newer Supplan"),
        "not_supplan": _("not a Supplan database"),
        "missing": _("no longer there"),
    }.get(reason, _("damaged"))


class RecoveryDialog(QDialog):
    """Choose a copy to restore, a new empty database, or to quit and leave everything as is.

    After exec(): `choice` is "restore" (with `chosen`), "new" or "quit".
    """

    def __init__(
        self,
        situation: str,
        candidates: list[Candidate],
        database_path: Path,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = "quit"
        self.chosen: Path | None = None
        lost = situation == LOST
        self.setWindowTitle(window_title(_("Database missing") if lost else _("Database damaged")))
        self.setMinimumWidth(640)
        if lost:
            text = _(
                "The database {path} is missing or empty, but this folder holds copies of earlier "
                "data. Supplan does not start an empty register without asking: restore a "
                "copy below, or start a new empty database if that is what you want.",
                path=str(database_path),
            )
        else:
            text = _(
                "The database {path} is damaged: it may have been cut off by a crash or a full "
                "disk. Restore a copy below. The damaged file will be kept aside, not deleted.",
                path=str(database_path),
            )
        intro = QLabel(text)
        intro.setObjectName("recovery_intro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(note)
        self.note.setObjectName("recovery_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b00020;")
        self.note.setVisible(bool(note))

        self.table = QTableWidget(len(candidates), 4)
        self.table.setHorizontalHeaderLabels([_("Made"), _("Copy"), _("Clients"), _("Check")])
        self.table.setAccessibleName(_("Copies of the database"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, candidate in enumerate(candidates):
            clients = str(candidate.info.clients) if candidate.info else "–"
            cells = (
                short_date_time(candidate.made),
                kind_of_copy(candidate.path),
                clients,
                check_words(candidate),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(candidate.path))
                if not candidate.usable:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore())
        self.none_label = QLabel(_("There are no copies of the database to restore."))
        self.none_label.setVisible(not candidates)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(_("Restore the selected copy"))
        self.restore_button.setObjectName("restore")
        self.new_button = QPushButton(_("Start a new empty database"))
        self.new_button.setObjectName("new")
        self.quit_button = QPushButton(_("Quit"))
        self.quit_button.setObjectName("quit")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.new_button.clicked.connect(self._new)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(buttons)
        first = next((row for row, c in enumerate(candidates) if c.usable), None)
        if first is not None:
            self.table.selectRow(first)
            self.restore_button.setDefault(True)
            self.table.setFocus()
        else:
            self.quit_button.setDefault(True)
        self._selection_changed()
        self.resize(720, 420)

    def selected(self) -> Candidate | None:
        """The copy selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        candidate = self.selected()
        self.restore_button.setEnabled(candidate is not None and candidate.usable)

    def _restore(self) -> None:
        candidate = self.selected()
        if candidate is None or not candidate.usable:
            return
        self.choice, self.chosen = "restore", candidate.path
        self.accept()

    def _new(self) -> None:
        self.choice, self.chosen = "new", None
        self.accept()

    def reject(self) -> None:
        """Quit: nothing is changed."""
        self.choice, self.chosen = "quit", None
        super().reject()
