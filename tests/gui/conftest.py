"""GUI fixtures: a main window over a fresh database, and every test here marked `gui`."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["nl", "en"])
def language(request):
    """Run the test once with the Dutch and once with the English UI, as the app installs it."""
    from app.ui.i18n import Translations

    translations = Translations()
    translations.install(request.param)
    yield request.param
    translations.install("en")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/gui/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)
