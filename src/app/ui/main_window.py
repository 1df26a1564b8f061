"""The main window: menus and toolbar around the client register.

A little over 400 lines on purpose: every menu action's handler sits beside the action it
serves (backup, restore, export, settings, help), each short; the register itself, the
dialogs and the texts live in their own modules.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QToolBar, QWidget

from app import version
from app.domain import clock
from app.i18n import _, ngettext
from app.ui.jobs import DATABASE, Job, JobsIndicator, JobsManager
from app.ui.operations import Operations
from app.ui.register.view import RegisterView

if TYPE_CHECKING:  # imported after the window is shown: see run_gui in application.py
    from app.storage.stores import Stores
    from app.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    """Hosts the register; each area lives in its own module and gets what it needs."""

    #: The language setting changed; the application rebuilds the window in that language.
    language_changed = Signal(str)
    #: The dietician chose a backup to restore; the application swaps the database.
    restore_requested = Signal(object)
    #: SQLite found the database damaged (e.g. before a backup); the application recovers.
    damage_found = Signal()

    def __init__(
        self,
        stores: Stores | None,
        database_path: Path,
        parent: QWidget | None = None,
        operations: Operations | None = None,
        jobs: JobsManager | None = None,
    ) -> None:
        super().__init__(parent)
        #: The one change notifier every window of this database listens to.
        self.operations = operations or Operations(self)
        #: Long work (backups, compaction, exports) runs here, off the GUI thread.
        self.jobs = jobs or JobsManager(self)
        self._stores = stores
        self.plan_windows: dict[int, QMainWindow] = {}
        self.catalogue_window: QMainWindow | None = None
        self._database_path = database_path
        self.setWindowTitle(_("Supplan — client register"))
        self.resize(1000, 640)
        self.register = RegisterView(
            stores.clients if stores else None,
            parent=self,
            operations=self.operations,
            windows=self,
            jobs=self.jobs,
        )
        self.setCentralWidget(self.register)
        self._make_menus()
        self.statusBar().addPermanentWidget(JobsIndicator(self.jobs, parent=self))
        if database_path is not None:
            self.statusBar().showMessage(_("Database: {path}", path=str(database_path)))

    def _make_menus(self) -> None:
        register = self.register
        self.settings_action = QAction(_("&Settings…"), self)
        self.settings_action.setShortcuts(  # Preferences has no keys on Linux and Windows
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = QAction(_("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.plans_action = QAction(_("&Plans…"), self)
        # Ctrl+O ("open"): Ctrl+P is Print everywhere, also in the plan editor.
        self.plans_action.setShortcut(QKeySequence.StandardKey.Open)
        self.plans_action.triggered.connect(self.open_plans)
        register.activated.connect(self.open_plans)
        register.table.selectionModel().selectionChanged.connect(self._update_plans_action)
        # A refill (after a delete, say) drops the selection without selectionChanged.
        register.model.modelReset.connect(self._update_plans_action)
        self.catalogue_action = QAction(_("Product &catalogue…"), self)
        self.catalogue_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.catalogue_action.triggered.connect(self.open_catalogue)
        self.backup_action = QAction(_("&Back up now…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self._backup_dialog)
        self.restore_action = QAction(_("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self._restore_dialog)
        self.export_client_action = QAction(_("E&xport client file…"), self)
        self.export_client_action.triggered.connect(self._export_client_dialog)
        about_action = QAction(_("&About Supplan"), self)
        about_action.triggered.connect(self._about)
        self.guide_action = QAction(_("User &guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(_("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.data_action = QAction(_("&Where is my data"), self)
        self.data_action.triggered.connect(self.show_data_locations)

        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(self.catalogue_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        clients_menu = self.menuBar().addMenu(_("&Clients"))
        for action in (
            register.new_action,
            register.edit_action,
            self.plans_action,
            register.find_action,
        ):
            clients_menu.addAction(action)
        clients_menu.addAction(self.export_client_action)
        clients_menu.addSeparator()
        clients_menu.addAction(register.archive_action)
        clients_menu.addAction(register.delete_action)
        help_menu = self.menuBar().addMenu(_("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.data_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)

        toolbar = QToolBar(_("Clients"))
        toolbar.setObjectName("clients_toolbar")
        toolbar.setMovable(False)
        for action in (
            register.new_action,
            register.edit_action,
            self.plans_action,
            register.archive_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(register.delete_action)
        self.addToolBar(toolbar)
        self._update_plans_action()

    def attach(self, stores: Stores) -> None:
        """Connect to the opened database and fill the register."""
        self._stores = stores
        self.register.attach(stores.clients)
        self._update_plans_action()

    def _update_plans_action(self) -> None:
        """Enable what needs the database, and what needs a selected client too."""
        attached = self._stores is not None
        for action in (
            self.settings_action,
            self.catalogue_action,
            self.backup_action,
            self.restore_action,
        ):
            action.setEnabled(attached)
        selected = attached and self.register.selected_client_id() is not None
        self.plans_action.setEnabled(selected)
        self.export_client_action.setEnabled(selected)

    def close_plan_windows(self) -> bool:
        """Close every plan window (each saves first); False if one stays open."""
        for window in list(self.plan_windows.values()):
            if window.isVisible() and not window.close():
                return False
        self.plan_windows.clear()
        return True

    def has_open_windows(self, client_id: int) -> bool:
        """Whether the client's plans window (and so perhaps editors) is open."""
        window = self.plan_windows.get(client_id)
        return window is not None and window.isVisible()

    def close_windows(self, client_id: int) -> bool:
        """Save and close the client's plan windows; False if one stays open."""
        window = self.plan_windows.get(client_id)
        if window is not None and window.isVisible() and not window.close():
            return False
        self.plan_windows.pop(client_id, None)
        return True

    def _backup_dialog(self) -> None:
        """Back up now: to a place she chooses, as a job (a large database takes seconds)."""
        from app.storage.backups import Backups
        from app.ui.file_dialogs import save_file_name

        name, _filter = save_file_name(
            self,
            _("Back up now"),
            f"supplan-backup-{clock.today().isoformat()}.sqlite3",
            _("Supplan database (*.sqlite3)"),
        )
        if not name:
            return
        backups = Backups(self._database_path)
        self.jobs.submit(
            DATABASE,
            _("Backing up the database…"),
            lambda: backups.backup_to(Path(name)),
            lambda _info: self.statusBar().showMessage(
                _("Backup written to {name}", name=name), 6000
            ),
            lambda error: self._backup_failed(error, name),
        )

    def _backup_failed(self, failure: BaseException, name: str) -> None:
        from app.storage.errors import DatabaseDamaged, DatabaseRefused

        try:
            raise failure  # each kind of failure has its own words; anything else is a bug
        except DatabaseDamaged:
            QMessageBox.warning(
                self,
                _("Not backed up"),
                _(
                    "SQLite found damage in the database, so no backup was written: a copy "
                    "of a damaged database would hide the healthy backups. Supplan now "
                    "offers to restore one."
                ),
            )
            self.damage_found.emit()
            return
        except DatabaseRefused:
            QMessageBox.warning(
                self,
                _("Backup failed"),
                _(
                    "The backup did not pass its check after writing, so it was removed. "
                    "Check that the disk or USB stick is still connected, then try again or "
                    "choose another folder."
                ),
            )
            return
        except (OSError, sqlite3.Error) as error:
            from app.ui.messages import file_error_text

            QMessageBox.warning(self, _("Backup failed"), file_error_text(error, name))
            return

    def _restore_dialog(self) -> None:
        from app.storage.backups import backup_folder
        from app.ui.file_dialogs import open_file_name

        name, _filter = open_file_name(
            self,
            _("Restore from backup"),
            str(backup_folder(self._database_path)),
            _("Supplan database (*.sqlite3)"),
        )
        if name:
            self.confirm_restore(Path(name))

    def confirm_restore(self, source: Path) -> bool:
        """Check a backup, show its date and size, ask, then ask the application to restore."""
        from app.storage.backups import Backups
        from app.storage.errors import DatabaseRefused

        try:
            info = Backups.inspect(source)
        except DatabaseRefused as refused:
            from app.ui.startup_texts import backup_refusal_text

            QMessageBox.warning(
                self,
                _("Not a usable backup"),
                backup_refusal_text(refused.reason.value, source),
            )
            return False
        answer = QMessageBox.question(
            self,
            _("Restore backup"),
            ngettext(
                "Restore the backup of {made} with {count} client? The current database is "
                "backed up first and then replaced.",
                "Restore the backup of {made} with {count} clients? The current database is "
                "backed up first and then replaced.",
                info.clients,
                made=info.made.strftime("%d-%m-%Y %H:%M"),
                count=info.clients,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore_requested.emit(source)
        return True

    def _export_client_dialog(self) -> None:
        from app.domain.filenames import safe_file_name
        from app.ui.file_dialogs import save_file_name

        client = self.register.selected_client()
        if client is None:
            return
        name, _filter = save_file_name(
            self,
            _("Export client file"),
            safe_file_name(f"{client.client_number}.zip", "client.zip"),
            _("Zip archive (*.zip)"),
        )
        if name:
            self.export_client(client.id, Path(name))

    def export_client(self, client_id: int, target: Path) -> Job:
        """Write the client's file (data as JSON, plans as handouts) to a zip, as a job.

        A database job: it reads her through its own connection, never during a restore.
        """
        from app.client_file import export_client_file
        from app.handout.practice import Practice
        from app.ui.i18n import current_language

        assert self._stores is not None
        stores, language = self._stores, current_language()
        practice = Practice.from_settings(stores.settings.load())
        return self.jobs.submit(
            DATABASE,
            _("Exporting the client file…"),
            lambda: export_client_file(stores, client_id, target, language, practice),
            lambda _names: self.statusBar().showMessage(
                _("Client file written to {path}", path=str(target)), 6000
            ),
            lambda error: self._export_failed(error, target),
        )

    def _export_failed(self, failure: BaseException, target: Path) -> None:
        from reportlab.platypus.doctemplate import LayoutError

        try:
            raise failure  # each kind of failure has its own words; anything else is a bug
        except LayoutError:
            from app.ui.plans.handout_dialog import show_layout_error

            show_layout_error(self)
        except OSError as error:
            from app.ui.messages import file_error_text

            QMessageBox.warning(self, _("Not exported"), file_error_text(error, target))

    def open_plans(self) -> QMainWindow | None:
        """Open the selected client's plans (one window per client)."""
        from app.ui.plans.plan_list import PlansWindow

        client_id = self.register.selected_client_id()
        if client_id is None or self._stores is None:
            return None
        window = self.plan_windows.get(client_id)
        if window is None or not window.isVisible():
            window = PlansWindow(self._stores, client_id, self, operations=self.operations)
            window.setWindowFlag(Qt.WindowType.Window, True)
            self.plan_windows[client_id] = window
        window.show()
        window.raise_()
        return window

    def open_catalogue(self) -> QMainWindow:
        """Open the product catalogue."""
        from app.ui.plans.catalogue_window import CatalogueWindow

        assert self._stores is not None
        if self.catalogue_window is None:
            self.catalogue_window = CatalogueWindow(self._stores.products, self)
            self.catalogue_window.setWindowFlag(Qt.WindowType.Window, True)
        self.catalogue_window.show()
        return self.catalogue_window

    def open_settings(self) -> SettingsDialog:
        """Open the settings; a changed language is applied when they are saved."""
        from app.ui.settings_dialog import SettingsDialog

        assert self._stores is not None
        settings = self._stores.settings
        before = settings.load().language
        dialog = SettingsDialog(settings, self._database_path, self)

        def saved() -> None:
            if dialog.chosen_language != before:
                self.language_changed.emit(dialog.chosen_language)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        """Help → User guide, in the language of the app."""
        from app.ui.help import GuideDialog

        return self._show_help(GuideDialog(self))

    def show_shortcuts(self) -> QDialog:
        """Help → Keyboard shortcuts, read from the register's and an editor's actions."""
        from app.ui.help import ShortcutsDialog, scratch_editor
        from app.ui.plans.editor import PlanEditor

        editors = self.findChildren(PlanEditor)
        editor = editors[0] if editors else scratch_editor()
        dialog = ShortcutsDialog([(_("Client register"), self), (_("Plan editor"), editor)], self)
        if not editors:
            editor.setParent(dialog, editor.windowFlags())  # goes with the dialog, never shown
        return self._show_help(dialog)

    def show_data_locations(self) -> QDialog:
        """Help → Where is my data: the database, the backups and the log."""
        from app.config import default_database_path
        from app.ui.help import DataLocationsDialog

        return self._show_help(
            DataLocationsDialog(self._database_path or default_database_path(), self)
        )

    def _show_help(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            _("About Supplan"),
            _(
                "Supplan {version}\n\nSupplement plans for dieticians, checked against clinical "
                "rules.",
                version=version(),
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Do not lose an open client form's edits without asking; plans save themselves."""
        if not self.register.can_close():
            event.ignore()
            return
        if not self.close_plan_windows():
            event.ignore()
            return
        self.jobs.wait()  # a running backup or export ends whole, and tells its result here
        event.accept()
