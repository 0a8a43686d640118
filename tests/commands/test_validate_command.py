"""``quizapp validate``: output format, exit codes, JSON, and no traceback on hostile files."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.course import load_course
from quizapp.core.resources import assets_dir, questions_dir

CORPUS = Path(__file__).resolve().parent.parent / "data" / "banks"
LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.+?)(?: \[(?P<where>.+)\])?$"
)
NO_POSITION = re.compile(r"^(?P<file>[^:]+): (?P<message>.+)$")
SUMMARY = re.compile(r"^\d+ files? checked \(\d+ questions?\): (all valid|\d+ invalid); ")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("data_root")
def test_a_valid_folder_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(CORPUS / "valid"))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1
    assert SUMMARY.match(lines[0])
    assert "all valid" in lines[0]


@pytest.mark.usefixtures("data_root")
def test_every_finding_is_printed_one_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / "invalid" / "many-problems.toml"
    code, out, _ = _run(capsys, str(path))
    assert code == 1
    *findings, summary = out.splitlines()
    assert len(findings) == 9
    for line in findings:
        match = LINE.match(line)
        assert match, line
        assert match["file"] == str(path)
        assert int(match["line"]) > 0
        assert match["where"]
    assert "q-002 / questions[1].sources[0]" in out
    assert SUMMARY.match(summary)
    assert "1 invalid; 9 errors, 0 warnings" in summary


@pytest.mark.usefixtures("data_root")
def test_the_whole_invalid_corpus_exits_1_and_reports_each_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(capsys, str(CORPUS / "invalid"))
    assert code == 1
    assert err == ""
    *findings, _ = out.splitlines()
    for line in findings:
        assert LINE.match(line) or NO_POSITION.match(line), line
    reported = {line.split(":", 1)[0] for line in findings}
    assert len(reported) == len(list((CORPUS / "invalid").glob("*.toml")))
    assert "Traceback" not in out


@pytest.mark.usefixtures("data_root")
def test_json_output_holds_the_same_findings(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(CORPUS / "invalid" / "many-problems.toml")
    _, text_out, _ = _run(capsys, path)
    code, out, _ = _run(capsys, "--format", "json", path)
    assert code == 1
    report = json.loads(out)
    assert report["valid"] is False
    assert len(report["findings"]) == len(text_out.splitlines()) - 1
    first = report["findings"][0]
    assert set(first) >= {"path", "line", "column", "code", "message", "question_id", "key_path"}
    assert report["files"][0]["errors"] == 9
    assert report["summary"] == text_out.splitlines()[-1]


@pytest.mark.usefixtures("data_root")
def test_duplicates_across_the_given_banks_are_found(capsys: pytest.CaptureFixture[str]) -> None:
    folder = CORPUS / "folders" / "duplicates-across-banks"
    code, out, _ = _run(capsys, str(folder / "a.toml"), str(folder / "b.toml"))
    assert code == 1
    assert f"already used in {folder / 'a.toml'}:18" in out


@pytest.mark.usefixtures("data_root")
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, str(tmp_path / "nowhere.toml"))
    assert (code, out) == (2, "")
    assert "no such file or folder" in err
    code, _, err = _run(capsys, str(tmp_path))
    assert code == 2
    assert "no .toml files" in err
    with pytest.raises(SystemExit) as raised:
        main(["validate"])
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        main(["validate", "--format", "xml", str(CORPUS / "valid")])
    assert raised.value.code == 2


@pytest.mark.usefixtures("data_root")
def test_hidden_characters_are_escaped_in_the_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(CORPUS / "invalid" / "bidi-in-id.toml"))
    assert code == 1
    assert "\u202e" not in out
    assert "\\u202e" in out
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in out


@pytest.mark.usefixtures("data_root")
def test_terminal_escapes_in_a_bank_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (CORPUS / "valid" / "minimal.toml").read_text(encoding="utf-8")
    path = tmp_path / "ansi.toml"
    path.write_text(
        text.replace("[bank]", '"\\u001b[2J\\u001b[31m" = 1\n\n[bank]'), encoding="utf-8"
    )
    code, out, _ = _run(capsys, str(path))
    assert code == 1
    assert "\x1b" not in out
    assert "\\u001b[2J" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_hostile_files_give_findings_and_no_traceback(data_root: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "binary.toml").write_bytes(bytes(range(256)))
    (tmp_path / "utf16.toml").write_bytes("format = 1\n".encode("utf-16"))
    with (tmp_path / "huge.toml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    shutil.copy(CORPUS / "valid" / "minimal.toml", tmp_path / "good.toml")
    shutil.copy(CORPUS / "sources.toml", tmp_path / "sources.toml")
    env = {**os.environ, "QUIZAPP_DATA": str(data_root), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stdout + completed.stderr
    assert "not a regular file: this is a named pipe (FIFO)" in completed.stdout
    assert "file is too large" in completed.stdout
    assert "UTF-16" in completed.stdout
    assert completed.stdout.splitlines()[-1].startswith("6 files checked")


def _reusing(tmp_path: Path, question_id: str, bank_id: str = "mine") -> Path:
    """Write a valid bank whose one question has ``question_id``, beside the corpus sources."""
    text = (CORPUS / "valid" / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace('id = "minimal-1"', f'id = "{question_id}"')
    text = text.replace('id = "minimal"', f'id = "{bank_id}"')
    shutil.copy(CORPUS / "sources.toml", tmp_path / "sources.toml")
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_id_of_the_bundled_course_is_refused_as_the_app_refuses_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The app always loads the bundled course first, so its ids are taken."""
    path = _reusing(tmp_path, "location-001", bank_id="location")
    bundled = questions_dir() / "location.toml"
    code, out, _ = _run(capsys, str(path))
    assert code == 1
    findings = [LINE.match(line) for line in out.splitlines()[:-1]]
    assert all(findings), out
    by_code = {match["message"].split(" ")[0]: match for match in findings if match}
    question = by_code["question"]
    assert question["file"] == str(path)
    assert question["line"] == "10"
    assert f"question id 'location-001' is already used in {bundled}:" in question["message"]
    assert question["where"] == "location-001 / questions[0].id"
    assert f"bank id 'location' is already used by {bundled}:" in by_code["bank"]["message"]
    course = load_course([questions_dir(), path], asset_roots=[assets_dir()])
    assert [f.message for f in course.failures] == [
        f"question id 'location-001' is already used in {bundled}"
    ]


def test_the_bundled_banks_are_not_clashes_with_themselves(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for path in (questions_dir(), questions_dir() / "location.toml"):
        code, out, _ = _run(capsys, str(path))
        assert (code, out.count("\n")) == (0, 1), out
        assert "all valid" in out


def test_a_bank_given_before_the_bundled_folder_is_the_one_that_clashes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _reusing(tmp_path, "location-002")
    code, out, _ = _run(capsys, str(path), str(questions_dir()))
    assert code == 1
    *findings, _ = out.splitlines()
    assert len(findings) == 1
    assert findings[0].startswith(f"{path}:10:1: question id 'location-002' is already used in ")


def test_bundled_ids_come_from_the_bundled_folder_in_use(
    capsys: pytest.CaptureFixture[str], data_root: Path, tmp_path: Path
) -> None:
    """``QUIZAPP_DATA`` moves the bundled course; a broken bundled bank takes no ids."""
    bundled = data_root / "questions"
    shutil.copy(CORPUS / "valid" / "minimal.toml", bundled / "minimal.toml")
    shutil.copy(CORPUS / "invalid" / "unknown-source.toml", bundled / "broken.toml")
    broken_id = "q-001"
    assert broken_id in (bundled / "broken.toml").read_text(encoding="utf-8")
    code, out, _ = _run(capsys, str(_reusing(tmp_path, "minimal-1")))
    assert code == 1
    assert f"already used in {bundled / 'minimal.toml'}:9" in out
    code, out, _ = _run(capsys, str(_reusing(tmp_path, broken_id)))
    assert (code, out.count("\n")) == (0, 1), out
