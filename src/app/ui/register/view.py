"""The register area of the main window: search, table, and the actions on a client.

A little over 400 lines on purpose: the actions on a client (new, edit, archive, delete and
its compaction job, plans) each need the selection and the search state kept here; the
table model (model.py) and the form (form.py) are separate.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.clients import ClientDraft, ClientRecord, ClientSummary, draft_changes
from app.i18n import _, ngettext
from app.ui.jobs import DATABASE, JobsManager
from app.ui.operations import (
    OpChanges,
    Operations,
    create_client,
    delete_client,
    set_archived,
    update_client,
)
from app.ui.register.form import ClientForm
from app.ui.register.model import ID_ROLE, ClientTableModel

if TYPE_CHECKING:  # the storage layer is imported after the window is shown
    from app.storage.clients import ClientRepository


class ClientWindows(Protocol):
    """The windows open for one client (her plans and their editors), kept by the main window."""

    def has_open_windows(self, client_id: int) -> bool:
        """Whether any of her plan windows is open."""

    def close_windows(self, client_id: int) -> bool:
        """Save and close her plan windows; False if one stays open."""


class RegisterReader(Protocol):
    """Where the register's rows come from: the repository, or the quick start-up reader."""

    def search_ids(
        self, query: str, include_archived: bool, order_by: str, descending: bool
    ) -> list[int]:
        """Ids of the matching clients in the chosen order."""

    def summaries(self, ids: list[int]) -> dict[int, ClientSummary]:
        """The register rows of these clients, by id."""


class RegisterView(QWidget):
    """Lists clients, filters them as the dietician types, and opens the client form."""

    #: Emitted after the table was (re)filled from the database.
    refreshed = Signal(int)
    #: A client was double-clicked: the window opens her plans.
    activated = Signal()

    def __init__(
        self,
        clients: ClientRepository | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        operations: Operations | None = None,
        windows: ClientWindows | None = None,
        jobs: JobsManager | None = None,
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self.operations = operations or Operations(self)
        #: Compaction after a delete runs here, off the GUI thread.
        self.jobs = jobs or JobsManager(self)
        self._windows = windows
        #: Where rows are read from: the repository, or a read-only preview at start-up.
        self._reader: RegisterReader | None = clients
        self._today = today or clock.today()
        self.form: ClientForm | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_("Search by name, client number or birth date"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(_("Show archived clients"))
        self.count_label = QLabel()

        self.model = ClientTableModel(self._today, self)
        self._order = ("name", False)
        self.table = QTableView()
        self.table.setObjectName("clients")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(
            ClientTableModel.NAME, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size columns by the visible rows only
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.count_label)

        self._make_actions()
        self.search.textChanged.connect(self.refresh)
        self.show_archived.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.activated.emit())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.sort_requested = self._sort  # only now: enabling sorting sorts at once
        self.operations.did_execute.connect(self._changed)
        self._update_actions()

    def _changed(self, changes: OpChanges, initiator: object) -> None:
        """Another window changed clients: refresh the rows, and the open form's fields."""
        if initiator is self or self._clients is None:
            return
        if changes.register:
            self.refresh()
        form = self.form
        if form is None or not form.isVisible() or form.record is None:
            return
        client_id = form.record.id
        if client_id in changes.removed_client_ids:
            form.discard()
        elif client_id in changes.client_ids and changes.client_fields:
            from app.storage.clients import ClientNotFound

            try:
                form.merge(self._clients.get(client_id))
            except ClientNotFound:
                form.discard()

    def _make_actions(self) -> None:
        self.new_action = QAction(_("&New client…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_client)
        self.edit_action = QAction(_("&Edit client…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence("Ctrl+E")])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.archive_action = QAction(_("&Archive"), self)
        self.archive_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.archive_action.triggered.connect(self.toggle_archived)
        self.delete_action = QAction(_("&Delete client…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.find_action = QAction(_("&Find client"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        # Return and Delete act on the table only, so they do not steal keys from the search box.
        for action in (self.edit_action, self.delete_action):
            self.table.addAction(action)
        # Down or Return in the search box goes on to the list of what was found.
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.search, self.focus_list, Qt.ShortcutContext.WidgetShortcut
            )

    def attach(self, clients: ClientRepository) -> None:
        """Connect to the database once it is open (the window is shown before that)."""
        self._clients = clients
        self._reader = clients
        self.refresh()

    def preview(self, reader: RegisterReader) -> None:
        """Show the register read-only while the database layer loads (see Application)."""
        self._reader = reader
        self.refresh()

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the table from the database with the current search, keeping the selection."""
        if self._reader is None:
            return
        selected = self.selected_client_id()
        order_by, descending = self._order
        ids = self._reader.search_ids(
            self.search.text(), self.show_archived.isChecked(), order_by, descending
        )
        self.model.set_clients(ids, self._reader.summaries)
        if selected is not None:
            self.select_client(selected)
        self._update_count(len(ids))
        self._update_actions()
        self.refreshed.emit(len(ids))

    def _sort(self, order_by: str, descending: bool) -> None:
        self._order = (order_by, descending)
        self.refresh()

    def _update_count(self, shown: int) -> None:
        query = self.search.text().strip()
        self.count_label.setText(ngettext("{count} client", "{count} clients", shown, count=shown))
        if shown:
            self.empty_label.setVisible(False)
            return
        if query:
            self.empty_label.setText(
                _('No client matches "{query}".', query=query)
                + " "
                + _("Search looks at names, client numbers and birth dates.")
            )
        else:
            self.empty_label.setText(
                _("No clients yet. Add the first one with New client (Ctrl+N).")
            )
        self.empty_label.setVisible(True)

    def selected_client_id(self) -> int | None:
        """The client selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_client(self) -> ClientSummary | None:
        """The selected client's row."""
        client_id = self.selected_client_id()
        if client_id is None:
            return None
        row = self.model.row_of(client_id)
        return None if row is None else self.model.client_at(row)

    def select_client(self, client_id: int) -> bool:
        """Select and show the row of *client_id*; False when it is not in the table."""
        row = self.model.row_of(client_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        """From the search box to the clients found, the first one selected if none was."""
        if self.model.rowCount() == 0:
            return
        if self.selected_client() is None:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_actions(self) -> None:
        client = self.selected_client()
        self.new_action.setEnabled(self._clients is not None)
        for action in (self.edit_action, self.archive_action, self.delete_action):
            action.setEnabled(client is not None)
        self.archive_action.setText(
            _("Un&archive") if client and client.archived else _("&Archive")
        )

    # --- changing -----------------------------------------------------------------------
    def new_client(self) -> ClientForm:
        """Open an empty client form."""
        return self._open_form(None)

    def edit_selected(self) -> ClientForm | None:
        """Open the selected client in the form."""
        from app.storage.clients import ClientNotFound

        client_id = self.selected_client_id()
        if client_id is None or self._clients is None:
            return None
        try:
            record = self._clients.get(client_id)
        except ClientNotFound:
            self._gone()
            return None
        return self._open_form(record)

    def _open_form(self, record: ClientRecord | None) -> ClientForm:
        assert self._clients is not None, "the register is attached before forms open"
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        clients = self._clients
        if record is None:

            def save(draft: ClientDraft) -> ClientRecord:
                return self.operations.run(lambda: create_client(clients, draft), initiator=self)
        else:

            def save(draft: ClientDraft) -> ClientRecord:
                # Only what was changed in the form, on the record it shows (kept fresh by
                # _changed); a write based on an older record is refused (StaleClient).
                assert self.form is not None and self.form.record is not None
                base = self.form.record
                changes = draft_changes(base.draft, draft.normalised())
                return self.operations.run(
                    lambda: update_client(clients, base.id, changes, base.version),
                    initiator=self,
                )

        self.form = ClientForm(save, record, self._today, self)
        self.form.saved.connect(self._after_save)
        self.form.open()
        return self.form

    def _after_save(self, record: ClientRecord) -> None:
        if record.archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        self.refresh()
        if not self.select_client(record.id) and self.search.text():
            # A new client who does not match the search would seem lost: show her.
            self.search.clear()
            self.select_client(record.id)

    def toggle_archived(self) -> None:
        """Archive the selected client, or bring her back if she is archived."""
        from app.storage.clients import ClientNotFound

        client = self.selected_client()
        if client is None or self._clients is None:
            return
        clients = self._clients
        if (
            not client.archived
            and self._has_windows(client.id)
            and not (self.confirm_archive(client) and self._close_windows(client.id))
        ):
            return  # kept: she stays in the register with her plans open
        try:
            self.operations.run(
                lambda: set_archived(clients, client.id, not client.archived), initiator=self
            )
        except ClientNotFound:
            self._gone()
            return
        self.refresh()

    def delete_selected(self) -> bool:
        """Erase the selected client after a confirmation that names her."""
        from app.storage.clients import ClientNotFound

        client = self.selected_client()
        if client is None or self._clients is None:
            return False
        clients = self._clients
        open_windows = self._has_windows(client.id)
        if not self.confirm_delete(client, open_windows):
            return False
        # Her plan windows save and close first, so none is left editing a plan that is gone.
        if open_windows and not self._close_windows(client.id):
            return False
        from app.ui.messages import database_write_text, write_errors

        # Not while a backup copies the file; the compaction then follows as a job.
        self.jobs.wait(DATABASE)
        try:
            with contextlib.suppress(ClientNotFound):  # already gone: the refresh shows that
                self.operations.run(
                    lambda: delete_client(clients, client.id, compact=False), initiator=self
                )
        except write_errors() as error:
            QMessageBox.warning(self, _("Client not deleted"), database_write_text(error))
            self.refresh()
            return False
        self.refresh()
        self.jobs.submit(
            DATABASE,
            _("Erasing the deleted data from the database file…"),
            clients.finish_erasure,
            lambda erased: erased or show_erasure_pending(self),
            lambda _error: show_erasure_pending(self),
        )
        return True

    def _has_windows(self, client_id: int) -> bool:
        return self._windows is not None and self._windows.has_open_windows(client_id)

    def _close_windows(self, client_id: int) -> bool:
        return self._windows is None or self._windows.close_windows(client_id)

    def confirm_archive(self, client: ClientSummary) -> bool:
        """Ask before archiving a client whose plan windows are open (they will close)."""
        name = f"{client.register_name} ({client.client_number})"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _("Archive client"),
            _("Archive {name}?", name=name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(_("Her open plans are saved and their windows closed."))
        archive = box.addButton(_("Archive"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(archive)
        box.exec()
        return box.clickedButton() is archive

    def confirm_delete(self, client: ClientSummary, open_windows: bool = False) -> bool:
        """Ask before erasing; the default answer keeps the client."""
        name = f"{client.register_name} ({client.client_number})"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Delete client"),
            _("Delete {name} and all of this client's data?", name=name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            _(
                "This erases the client file for good and cannot be undone. "
                "To keep the file but hide it, archive the client instead."
            )
            + (
                "\n\n" + _("Her open plans are saved and their windows closed first.")
                if open_windows
                else ""
            )
        )
        delete = box.addButton(_("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _gone(self) -> None:
        QMessageBox.information(
            self,
            _("Client not found"),
            _("This client no longer exists; she may have been deleted in another window."),
        )
        self.refresh()

    def can_close(self) -> bool:
        """Whether the window may close: asks first if the open form has unsaved edits."""
        if self.form is not None and self.form.isVisible() and self.form.is_dirty:
            if not self.form.confirm_discard():
                return False
            self.form.discard()
        return True


def erasure_pending_text() -> str:
    """What a pending erasure means for the user, and what Supplan will do about it."""
    return _(
        "The client was deleted, but the database file could not be compacted (the disk may be "
        "full). Until it is, remnants of her data can still be read from the file with special "
        "tools.\n\nFree some disk space: Supplan tries again at every start and tells you "
        "until the erasure is complete."
    )


def show_erasure_pending(parent: QWidget | None) -> QMessageBox:
    """Warn that an erasure is not complete yet (after a delete, and at start-up)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _("Erasure not complete"),
        erasure_pending_text(),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("erasure_pending")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
