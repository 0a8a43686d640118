"""The bank corpus: every invalid file gives exactly the findings its expected file lists.

``tests/data/banks/invalid/NAME.toml`` is paired with ``NAME.expected.json`` (code, line, key
path, question id, severity, and optionally a piece of the message), in the spirit of the
``tomllib`` and JSON-Schema test suites. ``valid/`` banks load with no finding at all.
``folders/`` cases are checked together, as ``quizapp validate FOLDER`` does. The corpus
registries (``sources.toml``, ``misconceptions.toml``, ``glossary.toml``) sit at its top.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quizapp.core.bank import Registries, check_bank, load_bank, load_registries
from quizapp.core.findings import BankError, Finding
from quizapp.core.validation import validate_paths

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"
INVALID = sorted((CORPUS / "invalid").glob("*.toml"))
VALID = sorted((CORPUS / "valid").glob("*.toml"))
FOLDERS = sorted(path for path in (CORPUS / "folders").iterdir() if path.is_dir())


@pytest.fixture(scope="module")
def registries() -> Registries:
    loaded = Registries()
    assert load_registries(CORPUS, loaded) == []
    return loaded


def _entry(finding: Finding, with_file: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"code": finding.code, "line": finding.line}
    entry["key_path"] = finding.key_path
    if finding.question_id:
        entry["question_id"] = finding.question_id
    if finding.severity != "error":
        entry["severity"] = finding.severity
    if with_file:
        entry["file"] = Path(finding.path).name
    return entry


def _sort_key(entry: dict[str, Any]) -> tuple[Any, ...]:
    return (entry.get("file", ""), entry["line"], entry["code"], entry["key_path"])


def _compare(findings: list[Finding], expected: list[dict[str, Any]]) -> None:
    """Assert the findings are exactly the expected ones (order aside)."""
    with_file = any("file" in entry for entry in expected)
    actual = sorted((_entry(f, with_file) for f in findings), key=_sort_key)
    wanted = sorted(
        ({k: v for k, v in entry.items() if k != "message_contains"} for entry in expected),
        key=_sort_key,
    )
    listing = "\n".join(str(finding) for finding in findings)
    assert actual == wanted, listing
    for entry in expected:
        if "message_contains" in entry:
            messages = [f.message for f in findings if f.code == entry["code"]]
            assert any(entry["message_contains"] in m for m in messages), messages


def test_the_corpus_has_enough_invalid_files() -> None:
    assert len(INVALID) >= 40
    assert all(path.with_suffix(".expected.json").is_file() for path in INVALID)


@pytest.mark.parametrize("path", INVALID, ids=lambda path: path.stem)
def test_invalid_bank_gives_exactly_its_expected_findings(
    path: Path, registries: Registries
) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    check = check_bank(path, registries)
    assert check.bank is None
    _compare(check.findings, expected["findings"])
    with pytest.raises(BankError) as raised:
        load_bank(path, registries)
    assert sorted(raised.value.findings) == sorted(check.findings)
    for finding in check.findings:
        assert finding.path == str(path)
        assert str(finding).startswith(str(path))


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.stem)
def test_valid_bank_loads_without_any_finding(path: Path, registries: Registries) -> None:
    check = check_bank(path, registries)
    assert check.findings == []
    assert check.bank is not None
    assert len(check.bank.questions) == check.question_count > 0


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_folder_case_gives_exactly_its_expected_findings(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    report = validate_paths([folder], bundled=CORPUS)
    _compare(report.findings(), expected["findings"])


def test_duplicate_ids_across_banks_name_both_places() -> None:
    folder = CORPUS / "folders" / "duplicates-across-banks"
    report = validate_paths([folder], bundled=CORPUS)
    messages = [f.message for f in report.findings() if f.code == "duplicate-id"]
    assert any(str(folder / "a.toml") + ":18" in message for message in messages)
    assert any(str(folder / "a.toml") + ":5" in message for message in messages)


def test_a_structural_error_hides_no_other_question_problem(registries: Registries) -> None:
    check = check_bank(CORPUS / "invalid" / "many-problems.toml", registries)
    questions = {finding.question_id for finding in check.findings}
    assert questions == {"q-001", "q-002", "q-004"}
    codes = {finding.code for finding in check.findings}
    assert {"unknown-key", "answer-count", "unknown-source", "duplicate-choice"} <= codes
