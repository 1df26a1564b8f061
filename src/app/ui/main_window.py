"""The main window: menus and toolbar around the client register."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QWidget

from app import __version__
from app.ui.register.view import RegisterView

if TYPE_CHECKING:  # imported after the window is shown: see Application.start
    from app.storage.stores import Stores
    from app.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    """Hosts the register; each area lives in its own module and gets what it needs."""

    #: The language setting changed; the application rebuilds the window in that language.
    language_changed = Signal(str)

    def __init__(
        self,
        stores: Stores | None,
        database_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stores = stores
        self.plan_windows: dict[int, QMainWindow] = {}
        self.catalogue_window: QMainWindow | None = None
        self._database_path = database_path
        self.setWindowTitle(self.tr("Supplan — client register"))
        self.resize(1000, 640)
        self.register = RegisterView(stores.clients if stores else None, parent=self)
        self.setCentralWidget(self.register)
        self._make_menus()
        if database_path is not None:
            self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(database_path)))

    def _make_menus(self) -> None:
        register = self.register
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.plans_action = QAction(self.tr("&Plans…"), self)
        self.plans_action.setShortcut(QKeySequence("Ctrl+P"))
        self.plans_action.triggered.connect(self.open_plans)
        register.activated.connect(self.open_plans)
        register.table.selectionModel().selectionChanged.connect(self._update_plans_action)
        self.catalogue_action = QAction(self.tr("Product &catalogue…"), self)
        self.catalogue_action.triggered.connect(self.open_catalogue)
        about_action = QAction(self.tr("&About Supplan"), self)
        about_action.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.catalogue_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        clients_menu = self.menuBar().addMenu(self.tr("&Clients"))
        for action in (
            register.new_action,
            register.edit_action,
            self.plans_action,
            register.find_action,
        ):
            clients_menu.addAction(action)
        clients_menu.addSeparator()
        clients_menu.addAction(register.archive_action)
        clients_menu.addAction(register.delete_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action)

        toolbar = QToolBar(self.tr("Clients"))
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
        self.settings_action.setEnabled(self._stores is not None)
        self.catalogue_action.setEnabled(self._stores is not None)

    def attach(self, stores: Stores) -> None:
        """Connect to the opened database and fill the register."""
        self._stores = stores
        self.register.attach(stores.clients)
        self._update_plans_action()
        self.settings_action.setEnabled(True)
        self.catalogue_action.setEnabled(True)

    def _update_plans_action(self) -> None:
        self.plans_action.setEnabled(
            self._stores is not None and self.register.selected_client_id() is not None
        )

    def open_plans(self) -> QMainWindow | None:
        """Open the selected client's plans (one window per client)."""
        from app.ui.plans.plan_list import PlansWindow

        client_id = self.register.selected_client_id()
        if client_id is None or self._stores is None:
            return None
        window = self.plan_windows.get(client_id)
        if window is None or not window.isVisible():
            window = PlansWindow(self._stores, client_id, self)
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

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Supplan"),
            self.tr(
                "Supplan %1\n\nSupplement plans for dieticians, checked against clinical rules."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Do not lose an open client form's edits without asking; plans save themselves."""
        if not self.register.can_close():
            event.ignore()
            return
        for window in list(self.plan_windows.values()):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        event.accept()
