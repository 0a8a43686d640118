"""Find the bundled ``questions/`` and ``assets/`` folders in a checkout or an installed wheel.

Order: the ``QUIZAPP_DATA`` environment override, the copy packaged into the wheel
(``quizapp/_data``), then the top of a source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """Return the folder that holds ``questions/`` and ``assets/``."""
    override = os.environ.get("QUIZAPP_DATA")
    candidates = [Path(override)] if override else []
    candidates += [_PACKAGE / "_data", _PACKAGE.parent]
    for candidate in candidates:
        if (candidate / "questions").is_dir():
            return candidate
    return candidates[-1]


def questions_dir() -> Path:
    """Return the bundled question banks folder."""
    return data_root() / "questions"


def assets_dir() -> Path:
    """Return the bundled assets folder (diagrams, icons)."""
    return data_root() / "assets"
