"""``quizapp import``: writes a bank that ``quizapp validate`` accepts; exit codes; summary."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from quizapp.cli import main

IMPORTS = Path(__file__).resolve().parent.parent / "data" / "import"


def _import(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("data_root")
def test_import_writes_a_bank_that_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "single-choice.gift"
    shutil.copy(IMPORTS / "single-choice.gift", source)
    code, out, _ = _import(capsys, str(source))
    assert code == 0
    written = tmp_path / "single-choice.toml"
    assert tomllib.loads(written.read_text("utf-8"))["format"] == 1
    assert out.splitlines()[-1] == (f"Imported 2 of 2 questions from {source} into {written}.")
    assert main(["validate", str(written)]) == 0
    assert "all valid" in capsys.readouterr().out


@pytest.mark.usefixtures("data_root")
def test_skipped_and_malformed_questions_are_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = _import(capsys, str(IMPORTS / "malformed.gift"), "-o", str(tmp_path / "m.toml"))
    assert code == 1
    assert "Imported 2 of 9 questions" in out
    assert "7 failed" in out
    assert f"{IMPORTS / 'malformed.gift'}:5:1: the answer block" in out
    assert (tmp_path / "m.toml").is_file()
    code, out, _ = _import(
        capsys, str(IMPORTS / "unsupported.gift"), "-o", str(tmp_path / "u.toml")
    )
    assert code == 0
    assert "8 skipped" in out
    assert out.count("warning: skipped:") == 8


@pytest.mark.usefixtures("data_root")
def test_placeholders_are_announced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _import(capsys, str(IMPORTS / "basic.aiken"), "-o", str(tmp_path / "b.toml"))
    assert code == 0
    assert out.count("warning: no general feedback") == 2
    assert "2 questions got placeholder text starting with 'TODO:'" in out


@pytest.mark.usefixtures("data_root")
def test_output_to_stdout_keeps_the_report_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _import(capsys, str(IMPORTS / "escapes.gift"), "-o", "-")
    assert code == 0
    assert tomllib.loads(out)["bank"]["id"] == "escapes"
    assert "Imported 1 of 1 question from" in err


@pytest.mark.usefixtures("data_root")
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _import(capsys, str(tmp_path / "nowhere.gift"))[0] == 2
    existing = tmp_path / "out.toml"
    existing.write_text("keep me", encoding="utf-8")
    code, _, err = _import(capsys, str(IMPORTS / "escapes.gift"), "-o", str(existing))
    assert code == 2
    assert "--force" in err
    assert existing.read_text("utf-8") == "keep me"
    assert _import(capsys, str(IMPORTS / "escapes.gift"), "-o", str(existing), "--force")[0] == 0
    assert existing.read_text("utf-8") != "keep me"
    same = tmp_path / "same.toml"
    same.write_text("x", encoding="utf-8")
    assert _import(capsys, str(same), "--format", "gift")[0] == 2
    with pytest.raises(SystemExit) as raised:
        main(["import", str(IMPORTS / "escapes.gift"), "--format", "qti"])
    assert raised.value.code == 2


@pytest.mark.usefixtures("data_root")
def test_format_can_be_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "quiz.txt"
    shutil.copy(IMPORTS / "single-choice.gift", source)
    code, out, _ = _import(capsys, str(source), "--format", "gift")
    assert code == 0
    assert "Imported 2 of 2" in out
