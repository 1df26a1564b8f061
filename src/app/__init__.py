"""Supplan: supplement plans for dieticians, checked against clinical rules."""

from functools import cache


@cache
def version() -> str:
    """The installed version; pyproject.toml is the one place it is written.

    Read on first use, not at import: importlib.metadata costs start-up time.
    """
    from importlib.metadata import version as installed_version

    return installed_version("supplan")


def __getattr__(name: str) -> str:
    """`app.__version__`, the conventional name, read lazily through version()."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
