"""``quizapp export-history``: every answered question, as CSV or JSON, read-only."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest

from quizapp.commands import export_history
from quizapp.core.engine import Confidence, Mode, PlannedQuestion, Quiz, QuizPlan
from quizapp.core.store import DB_FILE_NAME, Store
from tests.core.factories import at, multiple, single, true_false


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    export_history.configure_parser(parser)
    return parser.parse_args(argv)


def plan() -> QuizPlan:
    tricky = single("q-formula", prompt="=HYPERLINK(1)")
    return QuizPlan(
        Mode.PRACTICE,
        5,
        (
            PlannedQuestion(multiple("q-multi"), "signs", "Warning signs", ("3", "2", "1", "0")),
            PlannedQuestion(true_false("q-tf", answer=False), "myths", "Myths", ("true", "false")),
            PlannedQuestion(tricky, "myths", "Myths", ("1", "0", "2")),
        ),
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with a finished quiz, a discarded one and an unfinished one."""
    folder = tmp_path / "data"
    with Store.open(folder / DB_FILE_NAME) as store:
        quiz_plan = plan()
        quiz_id = store.start_quiz(quiz_plan, ["signs", "myths"], at(0))
        quiz = Quiz(quiz_plan)
        for minute, picked in enumerate(({"0", "1", "3"}, {"true"}, {"0"}), start=1):
            response = quiz.submit(picked, Confidence.HIGH if minute == 1 else None)
            store.record_answer(quiz_id, response, at(minute))
            quiz.advance()
        store.finish_quiz(quiz_id, at(5), 50.0)
        discarded = store.start_quiz(quiz_plan, [], at(10))
        store.record_answer(discarded, Quiz(quiz_plan).submit({"3"}), at(11))
        store.discard_quiz(discarded)
        open_id = store.start_quiz(quiz_plan, [], at(20))
        store.record_answer(open_id, Quiz(quiz_plan).submit({"2"}), at(21))
    return folder


def test_json_has_every_answer_with_what_was_shown(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export_history.main(parse(["--format", "json", "--data-dir", str(data_dir)])) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["format"] == 1
    answers = output["answers"]
    # Every answer given, the discarded and the unfinished quiz's too, with the quiz's state.
    assert [(a["quiz_id"], a["question_number"], a["quiz_state"]) for a in answers] == [
        (1, 1, "finished"),
        (1, 2, "finished"),
        (1, 3, "finished"),
        (2, 1, "discarded"),
        (3, 1, "open"),
    ]
    first = answers[0]
    assert first == {
        "quiz_id": 1,
        "question_number": 1,
        "answered_at": "2025-03-01T09:01:00Z",
        "question_id": "q-multi",
        "topic": "signs",
        "topic_title": "Warning signs",
        "prompt": "Pick all for q-multi",
        "picked": ["q-multi option 3", "q-multi option 1", "q-multi option 0"],
        "correct": ["q-multi option 2", "q-multi option 0"],
        "points": 0.0,
        "outcome": "incorrect",
        "confidence": "high",
        "seconds": first["seconds"],
        "quiz_state": "finished",
    }
    assert (answers[1]["picked"], answers[1]["correct"], answers[1]["points"]) == (
        ["True"],
        ["False"],
        0.0,
    )
    assert (answers[2]["picked"], answers[2]["correct"], answers[2]["points"]) == (
        ["q-formula choice 0"],
        ["q-formula choice 0"],
        1.0,
    )


def test_csv_to_a_file(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.csv"
    args = parse(["--format", "csv", "-o", str(target), "--data-dir", str(data_dir)])
    assert export_history.main(args) == 0
    assert "Wrote 5 answers" in capsys.readouterr().err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for spreadsheet programs
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(export_history.FIELDS)
    assert len(rows) == 5
    assert rows[0]["picked"] == "q-multi option 3 | q-multi option 1 | q-multi option 0"
    assert rows[0]["correct"] == "q-multi option 2 | q-multi option 0"
    assert rows[0]["answered_at"] == "2025-03-01T09:01:00Z"
    assert rows[0]["confidence"] == "high" and rows[1]["confidence"] == ""
    assert rows[2]["prompt"] == "'=HYPERLINK(1)"  # never run as a formula
    assert float(rows[2]["points"]) == 1.0
    assert not list(tmp_path.glob("*.partial"))


def test_csv_to_standard_output(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_history.main(parse(["--format", "csv", "--data-dir", str(data_dir)])) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows[0] == list(export_history.FIELDS)
    assert len(rows) == 6


def test_export_never_changes_the_progress_file(data_dir: Path, tmp_path: Path) -> None:
    path = data_dir / DB_FILE_NAME
    before = path.read_bytes()
    export_history.main(parse(["--format", "json", "-o", str(tmp_path / "a.json"),
                               "--data-dir", str(data_dir)]))  # fmt: skip
    assert path.read_bytes() == before


def test_no_history_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_history.main(parse(["--format", "csv", "--data-dir", str(tmp_path)])) == 1
    assert "no saved progress" in capsys.readouterr().err
    assert not (tmp_path / DB_FILE_NAME).exists()


def test_a_damaged_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / DB_FILE_NAME).write_bytes(b"garbage" * 100)
    assert export_history.main(parse(["--format", "json", "--data-dir", str(tmp_path)])) == 1
    assert "damaged" in capsys.readouterr().err


def test_an_empty_history_exports_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(tmp_path / DB_FILE_NAME).close()
    assert export_history.main(parse(["--format", "json", "--data-dir", str(tmp_path)])) == 0
    assert json.loads(capsys.readouterr().out) == {"format": 1, "answers": []}


def test_format_is_required() -> None:
    with pytest.raises(SystemExit):
        parse([])


def test_data_dir_before_the_command_name_is_kept() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    sub = parser.add_subparsers(dest="command")
    export_history.configure_parser(sub.add_parser("export-history"))
    args = parser.parse_args(["--data-dir", "/x", "export-history", "--format", "csv"])
    assert args.data_dir == Path("/x")


def test_default_data_dir_is_the_apps(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into the test's temporary home folder.
    expected = tmp_path / "home" / ".local" / "share" / "QuizApp" / "QuizApp"
    assert export_history.default_data_dir() == expected
