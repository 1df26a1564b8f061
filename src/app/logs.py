"""The log file and the last line of defence against unexpected errors.

The log holds no client names or health data: exception messages (which can quote SQL
parameters or form values) are left out; the type and the stack of code locations remain.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "supplan.log"


def log_folder() -> Path:
    """The user's log folder for Supplan (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("Supplan", appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (5 × 1 MB); returns its path."""
    from app.storage.private import private_file, private_folder, tighten_tree

    folder = private_folder(folder or log_folder())  # 0700: the log names Supplan's files
    tighten_tree(folder)
    path = folder / LOG_NAME
    root = logging.getLogger("supplan")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        private_file(path)
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def describe_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The error without its message: its type and where in Supplan's code it happened."""
    frames = traceback.extract_tb(trace)
    lines = [f"{kind.__module__}.{kind.__qualname__} (message withheld: may hold client data)"]
    lines += [f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames]
    cause = error.__cause__ or error.__context__
    if cause is not None:
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)
