"""Settings: the practice's details (for the handout) and the language of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import limits
from app.i18n import _, language_name, languages
from app.storage.settings import Settings, SettingsRepository
from app.ui.bounded import BoundedPlainTextEdit, bound_line
from app.ui.file_dialogs import open_file_name
from app.ui.i18n import window_title
from app.ui.wheel import WheelSafeComboBox

MAX_LOGO_BYTES = 2_000_000


class SettingsDialog(QDialog):
    """Edit and save the practice settings; tells the caller when the language changed."""

    def __init__(
        self,
        repository: SettingsRepository,
        database_path: Path | None,
        parent: QWidget | None = None,
        first_run: bool = False,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._settings = repository.load()
        self._logo = self._settings.logo
        self.setWindowTitle(_("Welcome to Supplan") if first_run else window_title(_("Settings")))
        self.setMinimumWidth(520)

        self.dietician_name = bound_line(
            QLineEdit(self._settings.dietician_name), limits.DIETICIAN_NAME
        )
        self.practice_name = bound_line(
            QLineEdit(self._settings.practice_name), limits.PRACTICE_NAME
        )
        self.address = BoundedPlainTextEdit(
            limits.ADDRESS, limits.ADDRESS_LINES, self._settings.address
        )
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.phone = bound_line(QLineEdit(self._settings.phone), limits.PHONE)
        self.email = bound_line(QLineEdit(self._settings.email), limits.EMAIL)
        self.agb_code = bound_line(QLineEdit(self._settings.agb_code), limits.AGB_CODE)
        self.agb_code.setPlaceholderText(_("8 digits"))
        self.agb_error = QLabel()
        self.agb_error.setStyleSheet("color: #b00020;")
        self.agb_error.setVisible(False)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(48)
        choose_logo = QPushButton(_("Choose…"))
        choose_logo.clicked.connect(self._choose_logo)
        remove_logo = QPushButton(_("Remove"))
        remove_logo.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(remove_logo)
        self.language = WheelSafeComboBox()
        self.language.addItem(_("As the system ({language})", language=_system_name()), "system")
        for language in languages():  # every language the catalogue has, by its own name
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language)))

        form = QFormLayout()
        form.addRow(_("Dietician"), self.dietician_name)
        form.addRow(_("Practice"), self.practice_name)
        form.addRow(_("Address"), self.address.with_counter())
        form.addRow(_("Phone"), self.phone)
        form.addRow(_("Email"), self.email)
        form.addRow(_("AGB code"), self.agb_code)
        form.addRow("", self.agb_error)
        form.addRow(_("Logo"), logo_row)
        form.addRow(_("Language"), self.language)
        if database_path is not None:
            where = QLabel(str(database_path))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            form.addRow(_("Database"), where)
            from app.storage.backups import KEEP_DAILY, KEEP_MONTHLY, backup_folder

            self.backups = QLabel(
                _(
                    "{folder}\nA copy each day at start-up: the last {days} days, "
                    "and one per month for {months} months.",
                    folder=str(backup_folder(database_path)),
                    days=str(KEEP_DAILY),
                    months=str(KEEP_MONTHLY),
                )
            )
            self.backups.setWordWrap(True)
            self.backups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(_("Backups"), self.backups)
            self.backup_list = backup_list(database_path, self)
            form.addRow("", self.backup_list)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        if first_run:
            # The practice details only; the language is as the system's until changed.
            form.setRowVisible(self.language, False)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Skip"))
            intro = QLabel(
                _(
                    "Welcome! The handout a client takes home carries your practice's details. "
                    "Fill them in now, or skip this: you can do it later under "
                    "File → Settings."
                )
            )
            intro.setObjectName("first_run_intro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_logo()

    @property
    def chosen_language(self) -> str:
        """The language setting as chosen in the dialog: system, nl or en."""
        return str(self.language.currentData())

    def save(self) -> None:
        """Store the settings if the AGB code is plausible."""
        agb = self.agb_code.text().strip()
        if agb and not (agb.isdigit() and len(agb) == 8):
            self.agb_error.setText("⚠ " + _("An AGB code has 8 digits."))
            self.agb_error.setVisible(True)
            self.agb_code.setFocus()
            return
        from app.ui.messages import database_write_text, write_errors

        try:
            self._repository.save(
                Settings(
                    dietician_name=self.dietician_name.text().strip(),
                    practice_name=self.practice_name.text().strip(),
                    address=self.address.toPlainText().strip(),
                    phone=self.phone.text().strip(),
                    email=self.email.text().strip(),
                    agb_code=agb,
                    logo=self._logo,
                    language=self.chosen_language,
                )
            )
        except write_errors() as error:
            # The dialog stays open with everything typed in it.
            QMessageBox.warning(self, _("Settings not saved"), database_write_text(error))
            return
        self.accept()

    def _choose_logo(self) -> None:
        name, _filter = open_file_name(
            self, _("Choose a logo"), "", _("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        data = Path(name).read_bytes()
        if len(data) > MAX_LOGO_BYTES or QPixmap().loadFromData(data) is False:
            QMessageBox.warning(
                self,
                _("Logo not used"),
                _("Choose a PNG or JPEG image of at most 2 MB."),
            )
            return
        self._logo = data
        self._show_logo()

    def _remove_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setText(_("No logo"))


def backup_list(database_path: Path, parent: QWidget) -> QListWidget:
    """The copies in the backups folder, newest first, each marked verified or not."""
    from app.storage.backups import Backups
    from app.ui.labels import short_date_time
    from app.ui.recovery import kind_of_copy

    widget = QListWidget(parent)
    widget.setObjectName("backup_list")
    widget.setAccessibleName(_("Backups"))
    widget.setMaximumHeight(110)
    for path, made, clients in Backups(database_path).listing():
        when = short_date_time(made)
        if clients is None:
            state = _("not verified")
        else:
            state = _("verified, clients: {count}", count=str(clients))
        item = QListWidgetItem(f"{when} — {kind_of_copy(path)} — {state}")
        item.setToolTip(str(path))
        item.setData(Qt.ItemDataRole.UserRole, clients is not None)
        widget.addItem(item)
    widget.setMinimumWidth(widget.sizeHintForColumn(0) + 24)  # whole lines, no scrolling
    if widget.count() == 0:
        widget.addItem(
            _(
                "No backups yet. One is made at each start (Supplan says so when it cannot "
                "be written); make one now with File → Back up now."
            )
        )
    return widget


def offer_first_run(repository: SettingsRepository, parent: QWidget) -> SettingsDialog | None:
    """On a database never asked for its practice details: ask now, once (Skip counts).

    Shown by the application after start-up, not by the main window, so windows built
    for tests on a fresh database are not interrupted.
    """
    if repository.was_saved():
        return None
    dialog = SettingsDialog(repository, None, parent, first_run=True)
    dialog.rejected.connect(lambda: repository.save(repository.load()))
    dialog.open()
    return dialog


def _system_name() -> str:
    from app.ui.i18n import choose_language

    return language_name(choose_language("system"))
