"""The study sheet: Markdown and PDF of exactly the missed questions, from the core and the CLI."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from quizapp.cli import main as cli_main
from quizapp.core.engine import Confidence
from quizapp.core.learning_queries import MistakeFilter, mistakes
from quizapp.core.model import Source
from quizapp.core.study_sheet import escape_markdown, sheet_entries, source_line, to_markdown
from tests.core.learning_support import T0, Learner, myth_question

DAY = dt.timedelta(days=1)
TRICKY = "Is <b>this</b> *bold* & [a link](https://example.org) or `code`?\n# Not a heading"
QUESTIONS = {
    "missed-once": myth_question("missed-once", prompt="Where is the sacral dimple?"),
    "right": myth_question("right", prompt="Which bones form the pelvis?"),
    "tricky": myth_question("tricky", ("myth-a", None), prompt=TRICKY),
    "fixed-later": myth_question("fixed-later", prompt="What are the dimples of Venus?"),
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data folder with a history: two questions still missed, one missed then fixed."""
    folder = tmp_path / "data"
    learner = Learner(folder)
    learner.quiz(
        [
            (QUESTIONS["missed-once"], {"1"}, Confidence.HIGH, 5.0),
            (QUESTIONS["right"], {"0"}, Confidence.HIGH, 5.0),
            (QUESTIONS["tricky"], {"1"}, None, 5.0),
            (QUESTIONS["fixed-later"], {"2"}, Confidence.LOW, 5.0),
        ],
        T0,
        title="Where & why <dimples>",
    )
    learner.answer(QUESTIONS["fixed-later"], {"0"}, T0 + DAY, Confidence.MEDIUM)
    learner.close()
    yield folder


def prompts_in(text: str) -> list[str]:
    return [qid for qid, question in QUESTIONS.items() if question.prompt.split("\n")[0] in text]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# -- Markdown ---------------------------------------------------------------------------------


def test_markdown_lists_exactly_the_missed_questions_with_their_explanations(
    data_dir: Path,
) -> None:
    learner = Learner(data_dir)
    try:
        still = sheet_entries(mistakes(learner.db, MistakeFilter(still_missed=True)))
        every = sheet_entries(mistakes(learner.db))
    finally:
        learner.close()
    assert [entry.question_id for entry in still] == ["missed-once", "tricky"]
    assert [entry.question_id for entry in every] == ["fixed-later", "missed-once", "tricky"]
    text = to_markdown(still, dt.date(2025, 3, 5))
    assert text.count("### Question ") == 2
    assert "2 questions missed, as of 2025-03-05." in text
    assert "Where is the sacral dimple?" in text
    assert escape_markdown(TRICKY) in text
    assert "Explanation of missed-once." in text
    assert "Explanation of tricky." in text
    for absent in ("right", "fixed-later"):
        assert QUESTIONS[absent].prompt not in text
        assert f"Explanation of {absent}." not in text
    assert "- **Your answer:** wrong answer 1 of missed-once" in text
    assert "- **Why not:** Wrong 1 of missed-once because." in text
    assert "- **Right answer:** right answer of missed-once" in text
    assert "## Where \\& why \\<dimples\\>" in text
    assert "<b>" not in text


def test_sources_are_named_when_known() -> None:
    known = {
        "src-one": Source(
            id="src-one", title="Sacral dimple", publisher="A clinic", url="https://example.org/d"
        )
    }
    assert source_line("src-one", known) == "Sacral dimple, A clinic, https://example.org/d"
    assert source_line("unknown", known) == "unknown"


lines = st.text(
    alphabet=st.characters(
        min_codepoint=32,
        max_codepoint=0x17F,
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
        blacklist_characters="\xa0",  # QTextDocument.toPlainText() turns it into a space
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(lines, min_size=1, max_size=4))
def test_escaped_text_renders_as_exactly_that_text(qapp: object, parts: list[str]) -> None:
    from PySide6.QtGui import QTextDocument

    text = "\n".join(parts)
    expected = "\n".join(line.strip() for line in parts if line.strip())
    document = QTextDocument()
    document.setMarkdown(escape_markdown(text))
    assert document.toPlainText() == expected
    html = document.toHtml()
    assert "<img" not in html
    assert "<b>" not in html


# -- the command and the PDF ------------------------------------------------------------------


def test_command_writes_markdown(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "sheet.md"
    code = cli_main(
        ["export-missed", "--format", "md", "-o", str(target), "--data-dir", str(data_dir)]
    )
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert prompts_in(text) == ["missed-once"]  # the tricky prompt is escaped
    assert escape_markdown(TRICKY) in text
    assert not list(tmp_path.glob("*.partial"))


def test_command_all_includes_questions_answered_right_since(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.md"
    args = [
        "--data-dir",
        str(data_dir),
        "export-missed",
        "--format",
        "md",
        "-o",
        str(target),
        "--all",
    ]
    assert cli_main(args) == 0  # --data-dir before the command name is kept
    assert prompts_in(target.read_text(encoding="utf-8")) == ["missed-once", "fixed-later"]


def test_command_writes_a_pdf_whose_text_has_the_prompts(
    qapp: object, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    code = cli_main(
        ["export-missed", "--format", "pdf", "-o", str(target), "--data-dir", str(data_dir)]
    )
    assert code == 0
    assert target.stat().st_size > 1000
    assert target.read_bytes().startswith(b"%PDF-")
    text = squash(" ".join(page.extract_text() for page in PdfReader(target).pages))
    assert "Where is the sacral dimple?" in text
    assert squash(TRICKY) in text  # shown as typed: no tag, link or heading was interpreted
    assert "Explanation of tricky." in text
    assert "Which bones form the pelvis?" not in text


def test_command_without_progress_fails_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.md"
    code = cli_main(
        ["export-missed", "--format", "md", "-o", str(target), "--data-dir", str(tmp_path)]
    )
    assert code == 1
    assert "no saved progress" in capsys.readouterr().err
    assert not target.exists()


def test_command_cannot_write_reports_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "x.md"
    code = cli_main(
        ["export-missed", "--format", "md", "-o", str(target), "--data-dir", str(data_dir)]
    )
    assert code == 1
    assert "cannot write" in capsys.readouterr().err


COMMAND = (sys.executable, "-m", "quizapp", "export-missed")


def test_pdf_from_a_fresh_process_without_a_display(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "headless.pdf"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    done = subprocess.run(
        [*COMMAND, "--format", "pdf", "-o", str(target), "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 questions" in done.stderr
    text = squash(" ".join(page.extract_text() for page in PdfReader(target).pages))
    assert "Where is the sacral dimple?" in text
