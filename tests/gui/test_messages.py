"""Refusals and errors in plain words, with what to do next, in Dutch and English."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.storage.errors import RefusalReason
from app.ui.application import configure
from app.ui.error_reporter import ErrorReporter
from app.ui.startup_texts import already_open_text, backup_refusal_text, refusal_text
from tests.helpers import draft, when_modal


def read_next_message_box(qtbot) -> dict[str, str]:
    """Read the next modal message box that opens, then press Return on it."""
    seen: dict[str, str] = {}

    def read(box: QMessageBox) -> None:
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(QMessageBox, read)
    return seen


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")


RESTORE_CASES = {
    "missing": (lambda path: None, {"nl": "ontbreekt", "en": "is missing"}),
    "foreign": (_foreign_sqlite, {"nl": "geen back-up van Supplan", "en": "not a Supplan backup"}),
    "damaged": (
        lambda path: path.write_text("name,birth\nAnna,1954\n"),
        {"nl": "kan niet worden gelezen", "en": "cannot be read"},
    ),
}


@pytest.mark.parametrize("case", list(RESTORE_CASES))
def test_a_backup_that_cannot_be_restored_is_explained_in_plain_words(
    qtbot, main_window, tmp_path, language, case
):
    make, expected = RESTORE_CASES[case]
    chosen = tmp_path / "chosen.sqlite3"
    make(chosen)
    seen = read_next_message_box(qtbot)
    assert not main_window.confirm_restore(chosen)
    text = seen["text"]
    assert expected[language] in text and str(chosen) in text
    assert ("Er is niets gewijzigd." if language == "nl" else "Nothing was changed.") in text
    for code in ("unreadable", "not_supplan", "missing.", "too_new", ": ."):
        assert code not in text


def test_every_refusal_reason_has_its_own_backup_message():
    path = Path("backup.sqlite3")
    texts = {reason: backup_refusal_text(reason.value, path) for reason in RefusalReason}
    assert len(set(texts.values())) == len(RefusalReason)


@pytest.mark.parametrize("reason", list(RefusalReason))
def test_start_up_refusals_name_no_command_line_option(language, reason):
    title, text = refusal_text(reason.value, Path("supplan.sqlite3"))
    assert "--" not in title + text and "SUPPLAN_" not in text
    assert "supplan.sqlite3" in text


def test_not_a_supplan_database_says_what_to_do(language):
    _title, text = refusal_text(RefusalReason.NOT_SUPPLAN.value, Path("x.sqlite3"))
    expected = {
        "nl": "Verplaats het naar een andere map",
        "en": "Move it to another folder",
    }[language]
    assert expected in text


def test_second_instance_names_the_computer_and_since_when(language):
    since = datetime(2026, 11, 25, 9, 5)
    other = already_open_text("praktijk-laptop", since)
    here = already_open_text("", since)
    when = "25-11-2026 09:05"  # day first, in every language (as every date in Supplan)
    if language == "nl":
        assert other.startswith(
            f"Deze database is sinds {when} geopend in Supplan op de computer “praktijk-laptop”."
        )
        assert here.startswith(
            f"Deze database is sinds {when} geopend in Supplan op deze computer."
        )
    else:
        assert other.startswith(
            f"This database is open in Supplan on the computer “praktijk-laptop” since {when}."
        )
        assert here.startswith(f"This database is open in Supplan on this computer since {when}.")
    for text in (other, here):
        assert "process" not in text and "python" not in text
    with_pid = already_open_text("praktijk-laptop", since, 4321)
    process = {"nl": "(proces 4321)", "en": "(process 4321)"}[language]
    assert f"“praktijk-laptop” {process}" in with_pid


def test_second_instance_reads_the_real_lock(qtbot, database_path, capsys):
    from PySide6.QtCore import QSysInfo

    from app.ui.application import Application

    first = Application(QApplication.instance(), database_path)
    second = Application(QApplication.instance(), database_path)
    try:
        assert first.take_lock()
        assert not second.take_lock()
        err = capsys.readouterr().err
        # The refusal names the process holding it (this one), not the host or the program.
        assert f"on this computer (process {os.getpid()}) since" in err, err
        assert QSysInfo.machineHostName() not in err.split("Database:")[0]
    finally:
        first.release_lock()


def test_error_dialog_shows_the_log_file_and_opens_its_folder(
    qtbot, tmp_path, language, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    log_file = tmp_path / "logs" / "supplan.log"
    box = ErrorReporter(log_file).message_box("Traceback: details")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert str(log_file) in box.text()
    button = box.findChild(QPushButton, "open_log_folder")
    assert (
        button.text()
        == {"nl": "Map met het logbestand openen", "en": "Open the log folder"}[language]
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(log_file.parent)]


def test_error_dialog_without_a_log_file_does_not_offer_one(qtbot):
    box = ErrorReporter(None).message_box("details")
    qtbot.addWidget(box)
    box.show()
    assert box.findChild(QPushButton, "open_log_folder") is None
    assert "log" not in box.text()


def _titles_say_supplan_once(widget) -> None:
    title = widget.windowTitle()
    assert title.startswith("Supplan — ") and title.count("Supplan") == 1, title


def test_every_window_title_reads_supplan_then_what_once(qtbot, main_window, language):
    _titles_say_supplan_once(main_window)
    stores = main_window._stores
    client = stores.clients.create(draft())
    main_window.register.refresh()
    main_window.register.select_client(client.id)
    plans = main_window.open_plans()
    _titles_say_supplan_once(plans)
    editor = plans.new_plan()
    _titles_say_supplan_once(editor)
    handout = editor.open_handout()
    _titles_say_supplan_once(handout)
    handout.reject()
    picker = editor.open_picker()
    _titles_say_supplan_once(picker)
    picker.reject()
    _titles_say_supplan_once(main_window.open_catalogue())
    settings = main_window.open_settings()
    _titles_say_supplan_once(settings)
    settings.reject()
    form = main_window.register.new_client()
    _titles_say_supplan_once(form)
    form.discard()
    editor.close()
    plans.close()


def test_qt_adds_no_second_supplan_to_titles():
    app = QApplication.instance()
    configure(app)
    try:
        # Qt appends the display name to every title only when one was set explicitly; when
        # none was, the display name just follows the application name.
        app.setApplicationName("Supplan-check")
        assert app.applicationDisplayName() == "Supplan-check"
    finally:
        app.setApplicationName("Supplan")


def test_restore_question_counts_clients_by_each_languages_plural(
    qtbot, main_window, database_path, tmp_path, language
):
    from app.storage.backups import Backups

    main_window._stores.clients.create(draft())
    chosen = tmp_path / "one.sqlite3"
    Backups(database_path).backup_to(chosen)
    seen = read_next_message_box(qtbot)
    assert not main_window.confirm_restore(chosen)  # Return answers the default: Cancel
    assert {"nl": " met 1 cliënt terugzetten?", "en": " with 1 client?"}[language] in seen["text"]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            PermissionError(13, "Permission denied", "/media/usb/x.pdf"),
            {"nl": "Supplan mag niet schrijven naar /media/usb/x.pdf.", "en": "may not write to"},
        ),
        (
            OSError(28, "No space left on device"),
            {"nl": "De schijf is vol", "en": "The disk is full"},
        ),
        (
            FileNotFoundError(2, "No such file or directory", "/gone/x.pdf"),
            {"nl": "De map voor /gone/x.pdf bestaat niet", "en": "The folder for /gone/x.pdf"},
        ),
        (OSError(5, "Input/output error"), {"nl": "USB-stick", "en": "USB stick"}),
    ],
)
def test_failed_writes_are_told_in_plain_words(language, error, expected):
    from app.ui.messages import file_error_text

    text = file_error_text(error, "/chosen/x.pdf")
    assert expected[language] in text
    assert "Errno" not in text and (error.strerror or "") not in text


def test_exporting_a_client_file_to_a_missing_folder_says_so(qtbot, main_window, language):
    client = main_window._stores.clients.create(draft())
    target = Path("/nonexistent-folder-for-supplan-test/client.zip")
    seen = read_next_message_box(qtbot)
    job = main_window.export_client(client.id, target)
    main_window.jobs.wait()
    assert not job.succeeded
    assert {"nl": "bestaat niet (meer)", "en": "does not exist (any more)"}[language] in seen[
        "text"
    ]
    assert "Errno" not in seen["text"] and "No such file" not in seen["text"]


def test_an_unreadable_database_at_start_up_says_what_to_do(language):
    _title, text = refusal_text(RefusalReason.UNREADABLE.value, Path("x.sqlite3"))
    assert {"nl": "de laatste back-up terug te zetten", "en": "restore the latest backup"}[
        language
    ] in text


def test_dates_and_times_are_written_day_first_in_every_language(qtbot, language):
    from datetime import datetime

    from app.ui.labels import short_date_time

    assert short_date_time(datetime(2026, 11, 24, 9, 5)) == "24-11-2026 09:05"
