"""Generate ``questions/schema.json``, the JSON Schema of a bank file, from the app's models.

Editors that validate TOML against a JSON Schema (for example Taplo / "Even Better TOML") can
use it while a bank is typed. Regenerate it after changing :mod:`quizapp.core.model`::

    python -m quizapp.core.schema questions/schema.json

A test fails when the committed file differs from what this module generates.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quizapp.core.model import SUPPORTED_FORMAT, BankFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def bank_schema() -> dict[str, Any]:
    """Return the JSON Schema of a bank file, format ``SUPPORTED_FORMAT``."""
    schema = BankFile.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "title": f"QuizApp question bank, format {SUPPORTED_FORMAT}",
        "description": (
            "A QuizApp question bank (a TOML file). Generated from the app's models by "
            "quizapp.core.schema; questions/README.md explains every key."
        ),
        **{key: value for key, value in schema.items() if key not in {"title", "description"}},
    }


def schema_text() -> str:
    """Return the schema as the text of ``questions/schema.json``."""
    return json.dumps(bank_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema to the file named in ``argv`` (or print it); return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.stdout.write(schema_text())
        return 0
    Path(args[0]).write_text(schema_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
