"""Failed writes told in plain words with what to do, never as an errno or exception.

One place for these texts: files chosen by the user (exports, backups), the database itself
(saving a plan, deleting a client, the settings), the lock and the data folder at start-up.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from app.i18n import _
from app.storage.errors import write_errors

__all__ = [
    "data_folder_text",
    "database_write_text",
    "file_error_text",
    "lock_refusal_text",
    "write_errors",
]


def file_error_text(error: OSError | sqlite3.Error | Exception, path: Path | str) -> str:
    """Why *path* could not be written, and what the dietician can do about it."""
    from app.storage.errors import WriteProblem, write_problem

    where = str(getattr(error, "filename", None) or path)
    problem = write_problem(error, Path(path).parent)
    if problem in (WriteProblem.NO_PERMISSION, WriteProblem.READ_ONLY):
        text = _(
            "Supplan may not write to {path}. Choose another folder, for example your Documents "
            "folder.",
            path=where,
        )
    elif problem is WriteProblem.FULL:
        text = _(
            "The disk is full, so {path} could not be written. Make room or choose another "
            "disk, then try again.",
            path=where,
        )
    elif problem is WriteProblem.NO_FOLDER:
        text = _(
            "The folder for {path} does not exist (any more). Choose another folder.", path=where
        )
    elif isinstance(error, IsADirectoryError) or getattr(error, "errno", None) == errno.EISDIR:
        text = _("{path} is a folder. Choose a file name in it.", path=where)
    else:
        text = _(
            "{path} could not be written. Check that the disk or USB stick is still connected, "
            "then try again or choose another folder.",
            path=where,
        )
    return text + "\n\n" + _("Nothing else was changed.")


def database_write_text(
    error: BaseException, database: Path | None = None, restoring: bool = False
) -> str:
    """Why a change could not be saved in the database (rolled back), and what to do."""
    from app.storage.errors import WriteProblem, write_problem

    problem = write_problem(error, database.parent if database else None)
    if problem is WriteProblem.FULL:
        text = _(
            "The disk that holds the database is full, so this change could not be saved. "
            "Make room on that disk (empty the trash, move large files elsewhere), then try "
            "again."
        )
    elif problem is WriteProblem.READ_ONLY:
        text = _(
            "The database is on a disk or share that can only be read now, so this change "
            "could not be saved. Make the disk writable again (a USB stick's lock switch, a "
            "network share), then try again."
        )
    elif problem is WriteProblem.NO_PERMISSION:
        text = _(
            "You may not write to the database's folder, so this change could not be saved. "
            "Ask whoever manages this computer for write access to it."
        )
    else:
        text = _(
            "The database could not save this change. Check that the disk or network share "
            "that holds it is still connected, then try again."
        )
    kept = (
        _("The current database was kept as it was.")
        if restoring
        else _("Nothing was changed; what you entered is still there.")
    )
    return text + "\n\n" + kept


def lock_refusal_text(problem: str, error: OSError | None = None) -> tuple[str, str]:
    """Title and text when the lock file next to the database cannot be written at start."""
    if problem == "full":
        return (
            _("Disk full"),
            _(
                "The disk that holds the database is full, so Supplan cannot start safely: "
                "it could not save anything you do. Your data is unchanged. Make room on that "
                "disk (empty the trash, move large files elsewhere), then start Supplan again."
            ),
        )
    if problem == "read_only":
        return (
            _("Database on a read-only disk"),
            _(
                "The database is on a disk or share that can only be read, so Supplan could "
                "not save anything there. Your data is unchanged. Make the disk writable (a "
                "USB stick's lock switch, a share opened read-only), or copy the database to "
                "a folder you can write to and open it from there."
            ),
        )
    if problem == "no_permission":
        return (
            _("No permission to write"),
            _(
                "You may not write in the folder that holds the database, so Supplan could "
                "not save anything there. Your data is unchanged. Ask whoever manages this "
                "computer for write access to that folder, or copy the database to a folder "
                "of your own."
            ),
        )
    detail = (getattr(error, "strerror", None) or "") if error else ""
    return (
        _("Database cannot be opened"),
        _(
            "Supplan could not write its lock file next to the database{detail}. Check that the "
            "disk or network share is still connected, then start Supplan again.",
            detail=f" ({detail})" if detail else "",
        ),
    )


def data_folder_text(error: OSError, database: Path) -> tuple[str, str]:
    """Title and text when the folder for the database cannot be created at start-up."""
    from app.storage.errors import WriteProblem, write_problem

    problem = write_problem(error)
    if problem is WriteProblem.FULL:
        why = _("the disk is full")
    elif problem is WriteProblem.READ_ONLY:
        why = _("the disk can only be read")
    elif problem is WriteProblem.NO_PERMISSION:
        why = _("you may not create folders there")
    else:
        why = _("the disk refused it")
    return (
        _("Data folder cannot be created"),
        _(
            "Supplan keeps its clients in the folder {folder}, but that folder cannot be created: "
            "{why}. Nothing was written. Ask whoever manages this computer to create the folder "
            "with write access for you, then start Supplan again.",
            folder=str(database.parent),
            why=why,
        ),
    )
