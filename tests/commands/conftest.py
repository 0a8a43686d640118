"""Fixtures for command tests: a data folder whose bundled registries are the corpus's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QUIZAPP_DATA at a folder whose questions/ holds the corpus registries."""
    root = tmp_path / "data-root"
    (root / "questions").mkdir(parents=True)
    (root / "assets").mkdir()
    for name in ("sources.toml", "misconceptions.toml", "glossary.toml"):
        shutil.copy(CORPUS / name, root / "questions" / name)
    monkeypatch.setenv("QUIZAPP_DATA", str(root))
    return root
