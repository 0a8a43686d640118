"""Fixtures for the progress-store tests: a fresh database in a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.store import DB_FILE_NAME, Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the progress database lives in a test's data folder."""
    return tmp_path / "data" / DB_FILE_NAME


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An open store on a new database, closed after the test."""
    opened = Store.open(db_path)
    yield opened
    opened.close()
