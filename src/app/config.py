"""Where Supplan keeps its files: decided here and nowhere else.

The database defaults to the user's data folder (platformdirs); `--database PATH` wins over
the environment variable SUPPLAN_DATABASE, which wins over the default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Supplan"
DATABASE_FILE_NAME = "supplan.sqlite3"
DATABASE_ENV_VAR = "SUPPLAN_DATABASE"


def default_database_path() -> Path:
    """The database in the user's data folder, e.g. ~/.local/share/Supplan/supplan.sqlite3."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILE_NAME


def database_path(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The database to open: the command line's, else the environment's, else the default."""
    chosen = cli_value or environ.get(DATABASE_ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_database_path()
