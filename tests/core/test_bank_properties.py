"""Property tests: nothing but BankError escapes the loader, and written banks read back equal."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.bank import Registries, check_bank, load_bank, load_registries
from quizapp.core.bank_writer import bank_to_toml, dumps, toml_key
from quizapp.core.findings import BankError
from quizapp.core.line_index import LineIndex
from quizapp.core.model import BankFile
from tests.core.bank_strategies import PICTURE, banks, documents, values

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"
SEED_BANK = (CORPUS / "valid" / "all-types.toml").read_bytes()
REGISTRIES = Registries()
load_registries(CORPUS, REGISTRIES)
SVG = (CORPUS / "valid" / "pictures" / "back.svg").read_bytes()
SLOW = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


def _only_bank_errors(data: bytes, name: str = "bank.toml") -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        check = check_bank(path, REGISTRIES)
        assert (check.bank is None) == (not check.ok)
        for finding in check.findings:
            assert finding.path == str(path)
            assert "\n" not in str(finding)
        try:
            load_bank(path, REGISTRIES)
        except BankError as error:
            assert error.findings


@SLOW
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_raise_nothing_but_bank_error(data: bytes) -> None:
    _only_bank_errors(data)


@SLOW
@given(st.lists(st.tuples(st.integers(0, len(SEED_BANK)), st.binary(max_size=3)), max_size=6))
def test_a_damaged_valid_bank_raises_nothing_but_bank_error(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(SEED_BANK)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    _only_bank_errors(bytes(data))


@SLOW
@given(documents)
def test_toml_shaped_documents_raise_nothing_but_bank_error(document: dict[str, Any]) -> None:
    _only_bank_errors(dumps(document).encode("utf-8"))


@SLOW
@given(st.dictionaries(st.text(max_size=8), values, max_size=6))
def test_dumps_reads_back_equal(document: dict[str, Any]) -> None:
    assert tomllib.loads(dumps(document)) == document


@SLOW
@given(st.dictionaries(st.text(max_size=8), values, max_size=6))
def test_every_key_of_a_written_document_has_its_line(document: dict[str, Any]) -> None:
    text = dumps(document)
    lines = text.split("\n")
    index = LineIndex(text)
    for key, value in document.items():
        line, column = index.position_of((key,))
        assert line >= 1
        written = lines[line - 1][column - 1 :]
        if isinstance(value, dict):
            expected = f"[{toml_key(key)}]"
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            expected = f"[[{toml_key(key)}]]"
        else:
            expected = f"{toml_key(key)} = "
        assert written.startswith(expected), (key, written)


@SLOW
@given(st.text(max_size=400))
def test_the_line_index_never_raises(text: str) -> None:
    LineIndex(text).position_of(("questions", 0, "choices", 1, "text"))


@SLOW
@given(banks())
def test_a_written_bank_reads_back_equal(bank: BankFile) -> None:
    text = bank_to_toml(bank, comment="round trip\nsecond line")
    assert BankFile.model_validate(tomllib.loads(text)) == bank
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.toml"
        path.write_text(text, encoding="utf-8")
        (Path(folder) / PICTURE).write_bytes(SVG)
        check = check_bank(path, Registries())
        assert check.findings == [], "\n".join(str(f) for f in check.findings)
        assert check.bank is not None
        assert check.bank.info == bank.bank
        assert list(check.bank.questions) == bank.questions
        assert list(check.bank.sources) == bank.sources
        assert list(check.bank.misconceptions) == bank.misconceptions
