"""UI test set-up: the app's translators are installed, as they are when the app runs.

Without this, a test's expected text would depend on whether an earlier test in the same
process had started the app (``%n question(s)`` only reads "questions" through a translator).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.ui.app import install_translators


@pytest.fixture(autouse=True)
def _translators(qapp: QApplication) -> None:
    install_translators(qapp)
