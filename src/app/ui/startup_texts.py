"""What start-up tells the user when the database cannot be used as it is.

Why a database is refused, lost, already open elsewhere, or not backed up: the words only,
so the start-up sequence in application.py reads as a sequence.
"""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSysInfo

from app.i18n import _


def refusal_text(reason: str, path: Path) -> tuple[str, str]:
    """Title and explanation for a database that may not be opened (never changed)."""
    where = _("The file was not changed:\n{path}", path=str(path))
    if reason == "too_new":
        return (
            _("Database from a newer Supplan"),
            _(
                "This database was written by a newer version of Supplan. "
                "Install that version (or a later one) to open it."
            )
            + "\n\n"
            + where,
        )
    if reason == "unreadable":
        return (
            _("Database cannot be read"),
            _(
                "The database file cannot be read: it may be damaged, or you may not have "
                "permission to open it. Start Supplan again and choose to restore the latest "
                "backup, or ask whoever manages this computer to check the file."
            )
            + "\n\n"
            + where,
        )
    return (
        _("Not a Supplan database"),
        _(
            "Supplan keeps its clients in this file, but the file holds something else. "
            "Move it to another folder (or rename it) and start Supplan again: it then "
            "starts a new, empty database here. If your clients should be in it, restore a "
            "backup with File → Restore from backup once Supplan has started."
        )
        + "\n\n"
        + where,
    )


def lost_text(path: Path) -> tuple[str, str]:
    """Title and explanation for a missing or empty database that held data before."""
    return (
        _("Database missing"),
        _(
            "The database {path} is missing or empty, but there are copies of earlier data next "
            "to it. Supplan did not start an empty register. Start Supplan on a screen to "
            "restore a copy, or put the database file back.",
            path=str(path),
        ),
    )


def backup_refusal_text(reason: str, path: Path) -> str:
    """Why a file chosen under File → Restore from backup cannot be restored, and what to do."""
    name = str(path)
    texts = {
        "missing": _(
            "The file {path} is missing: it was moved, renamed or deleted. Choose the backup "
            "again.",
            path=name,
        ),
        "unreadable": _(
            "The file {path} cannot be read: it is damaged, or you may not open it. Choose "
            "another backup, for example the one of the day before.",
            path=name,
        ),
        "too_new": _(
            "The file {path} was made by a newer version of Supplan. Install that version (or a "
            "later one) to restore it, or choose another backup.",
            path=name,
        ),
    }
    text = texts.get(
        reason,
        _(
            "The file {path} is not a Supplan backup. Choose a backup made by Supplan: a file "
            "ending in .sqlite3 in the backup folder shown under File → Settings.",
            path=name,
        ),
    )
    return text + "\n\n" + _("Nothing was changed.")


def already_open_text(host: str, since: datetime | None, pid: int | None = None) -> str:
    """Why a second Supplan may not open the database: the computer, the process, the time."""
    from app.ui.labels import short_date_time

    here = not host or host in (QSysInfo.machineHostName(), socket.gethostname())
    where = _("on this computer") if here else _("on the computer “{host}”", host=host)
    if pid is not None:
        where += " " + _("(process {pid})", pid=str(pid))
    if since is not None:
        when = short_date_time(since)
        opened = _("This database is open in Supplan {where} since {when}.", where=where, when=when)
    else:
        opened = _("This database is open in Supplan {where}.", where=where)
    return (
        opened
        + " "
        + _(
            "Go to that Supplan window and work there; two Supplan windows writing one database "
            "could lose work. If Supplan was closed there, wait a minute and try again."
        )
    )
