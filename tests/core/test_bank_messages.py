"""Loader messages are in plain words: values in TOML's spelling, never Python's.

A bank author reads ``not a date (1979-05-27)``, not ``datetime.date(1979, 5, 27)``; every key
of a bank is given every kind of wrong TOML value and each message is checked.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from quizapp.core.bank import Registries, check_bank, load_registries
from quizapp.core.findings import shown, toml_spelling

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"
SEED = CORPUS / "valid" / "all-types.toml"
#: TOML values of every kind, written as an author might put them where they do not belong.
HOSTILE = (
    "1979-05-27",
    "1979-05-27T07:32:00Z",
    "1979-05-27T07:32:00-05:00",
    "1979-05-27T07:32:00",
    "07:32:00",
    "inf",
    "nan",
    "1e300",
    "true",
    "99999999999999999999999",
    "0x" + "f" * 4000,
    "[1, 2]",
    '["a", 1979-05-27]',
    "[{ a = 1 }]",
    "{ a = 1 }",
    "'x'",
)
REGION_NUMBERS = {"x", "y", "w", "h"}
PYTHON_SPELLING = re.compile(
    r"datetime\.|\bTrue\b|\bFalse\b|\bNone\b|\{'|\['|sys\.|Exceeds the limit"
    r"|[a-z]+_(type|parsing|size)\b"
)


@pytest.fixture(scope="module")
def registries() -> Registries:
    loaded = Registries()
    assert load_registries(CORPUS, loaded) == []
    return loaded


def _keys() -> list[tuple[int, str]]:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return [
        (number, match[1])
        for number, line in enumerate(lines)
        if (match := re.match(r"^\s*([a-z_]+) = ", line))
    ]


def _with_value(tmp_path: Path, number: int, value: str) -> Path:
    """Write the seed bank with the value of its line ``number`` (0-based) replaced."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines[number] = re.sub(r"=.*", f"= {value}", lines[number], count=1)
    if not (tmp_path / "pictures").exists():
        shutil.copytree(CORPUS / "valid" / "pictures", tmp_path / "pictures")
    path = tmp_path / "bank.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", HOSTILE, ids=lambda value: value[:24])
def test_no_message_spells_a_value_as_python_does(
    value: str, registries: Registries, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    messages: set[str] = set()
    refused = 0
    for number, key in _keys():
        found = check_bank(_with_value(tmp_path, number, value), registries).findings
        assert all(finding.code != "internal-error" for finding in found)
        messages |= {f"{key} = {value[:30]}: {finding.message}" for finding in found}
        refused += bool(found)
    assert refused >= len(_keys()) // 2
    bad = [message for message in sorted(messages) if PYTHON_SPELLING.search(message)]
    assert bad == []
    assert capfd.readouterr() == ("", "")


def test_a_region_number_too_large_for_a_float_is_a_finding(
    registries: Registries, tmp_path: Path
) -> None:
    number = next(number for number, key in _keys() if key == "x")
    found = check_bank(_with_value(tmp_path, number, "1" + "0" * 400), registries).findings
    assert [finding.code for finding in found] == ["out-of-range"]


def test_a_wrong_value_is_named_and_spelt_as_in_toml() -> None:
    assert shown(dt.date(1979, 5, 27)) == "a date (1979-05-27)"
    utc = dt.datetime(1979, 5, 27, 7, 32, tzinfo=dt.UTC)
    assert shown(utc) == "a date and time (1979-05-27T07:32:00Z)"
    minus5 = dt.timezone(dt.timedelta(hours=-5))
    assert shown(dt.datetime(1979, 5, 27, 7, 32, tzinfo=minus5)).endswith("07:32:00-05:00)")
    assert shown(dt.time(7, 32, 0, 999)) == "a time (07:32:00.000999)"
    assert [shown(v) for v in (True, False, 3, -0.5, float("inf"), float("nan"))] == [
        "true",
        "false",
        "3",
        "-0.5",
        "inf",
        "nan",
    ]
    assert shown(["a", 1, [True]]) == 'an array (["a", 1, [true]])'
    assert (
        shown({"a b": {}, "c": 'say "hi" \\'})
        == 'a table ({ "a b" = {}, c = "say \\"hi\\" \\\\" })'
    )
    assert shown("text") == "'text'"


def test_long_and_hostile_values_stay_short_and_escaped() -> None:
    assert shown(10**70) == "a number with 71 digits"
    assert shown(16**4000) == "a number with 4,817 digits"  # Python will not print it
    assert shown(-(10**58)) == "-1" + "0" * 58
    assert shown(-(10**59)) == "a number with 60 digits"
    long_list = list(range(100_000))
    assert shown(long_list) == "an array (" + toml_spelling(long_list) + ")"
    assert len(toml_spelling(long_list)) == 60
    assert toml_spelling([16**4000]) == "[…]"
    nested: list[object] = []
    for _ in range(2000):
        nested = [nested]
    assert toml_spelling(nested, 200).startswith("[[[[[[[[[…]")
    assert shown(["\u202e\x1b[2J"]) == 'an array (["\\u202e\\u001b[2J"])'
