"""The TOML writer escapes every string safely; ``questions/schema.json`` is up to date."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from quizapp.core.bank_writer import (
    bank_to_toml,
    dumps,
    toml_string,
    write_text_atomically,
)
from quizapp.core.model import BankFile
from quizapp.core.resources import questions_dir
from quizapp.core.schema import SCHEMA_DIALECT, bank_schema, schema_text

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"


@pytest.mark.parametrize(
    "text",
    [
        'quote " and backslash \\',
        'three quotes """ and more """"',
        "tab\tnew line\ncarriage return\r\nend",
        "controls \x00 \x07 \x1b \x7f",
        "unicode é 🦴 \u202e \u2028",
        "\n leading new line",
        'ends with a quote"',
        "ends with a backslash \\",
    ],
)
def test_strings_read_back_exactly(text: str) -> None:
    for multiline in (False, True):
        assert tomllib.loads(f"value = {toml_string(text, multiline=multiline)}")["value"] == text


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("\ud800")


def test_dumps_writes_tables_after_plain_values() -> None:
    document = {"table": {"a": 1}, "plain": 2, "rows": [{"b": 1}, {"b": 2}], "empty": []}
    text = dumps(document)
    assert text.index("plain = 2") < text.index("[table]")
    assert text.count("[[rows]]") == 2
    assert tomllib.loads(text) == document


def test_a_bank_is_written_in_the_guide_layout() -> None:
    source = CORPUS / "valid" / "all-types.toml"
    bank = BankFile.model_validate(tomllib.loads(source.read_text("utf-8")))
    first = bank.questions[0].model_copy(update={"explanation": "Two\nlines."})
    bank = bank.model_copy(update={"questions": [first, *bank.questions[1:]]})
    text = bank_to_toml(bank, comment="A comment")
    assert text.startswith("# A comment\nformat = 1\n\n[bank]\n")
    assert "\n  [[questions.choices]]\n  text = " in text
    assert 'explanation = """\nTwo\nlines."""' in text
    assert BankFile.model_validate(tomllib.loads(text)) == bank


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "bank.toml"
    target.write_text("old", encoding="utf-8")
    write_text_atomically(target, "new\n")
    assert target.read_text("utf-8") == "new\n"
    assert [p.name for p in target.parent.iterdir()] == ["bank.toml"]


def test_schema_json_is_up_to_date() -> None:
    """Regenerate with: python -m quizapp.core.schema questions/schema.json"""
    committed = (questions_dir() / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "questions/schema.json is out of date"


def test_schema_describes_a_bank() -> None:
    schema = bank_schema()
    assert schema["$schema"] == SCHEMA_DIALECT
    assert set(schema["required"]) == {"format", "bank", "questions"}
    assert schema["additionalProperties"] is False
    text = json.dumps(schema)
    for key in ("image_alt", "explanation_image_alt", "misconception", "difficulty"):
        assert key in text
