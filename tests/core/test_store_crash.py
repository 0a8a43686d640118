"""Crash test: a child process answers quizzes and is killed with SIGKILL at random moments.

After every kill: each answer the child acknowledged (printed after its commit) is stored with
the right content, ``PRAGMA integrity_check`` is ok, every stored plan is complete, and the
unfinished quiz resumes at the question after the last stored answer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from quizapp.core.engine import Phase, QuizPlan, Response
from quizapp.core.store import DB_FILE_NAME, Store
from tests.core.crash_child import expected_pick

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
QUESTIONS = 12

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


@dataclass
class Seen:
    """What the children acknowledged, over all runs."""

    answers: dict[tuple[int, int], str] = field(default_factory=dict)
    finished: set[int] = field(default_factory=set)
    stored: dict[int, int] = field(default_factory=dict)  # answers found by earlier checks


def run_child(db: Path, rng: random.Random) -> list[str]:
    """Start a child, kill it at a random moment, and return the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_child", str(db), str(QUESTIONS)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    lines: list[str] = []
    arrived = threading.Condition()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with arrived:
                lines.append(line.strip())
                arrived.notify_all()
        with arrived:
            lines.append("")  # end of output
            arrived.notify_all()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.0, 0.4))  # often while starting: opening, upgrading, resuming
    else:
        wanted = rng.randint(1, 2 * QUESTIONS)  # after some answers, whatever the machine's speed
        with arrived:
            arrived.wait_for(lambda: len(lines) >= wanted or "" in lines, timeout=10)
        time.sleep(rng.uniform(0.0, 0.003))  # somewhere inside the next write
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    reader.join(timeout=10)
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, errors
    return lines


def note(lines: list[str], seen: Seen) -> None:
    for line in filter(None, lines):
        kind, quiz, *rest = line.split(" ")
        quiz_id = int(quiz)
        if kind == "A":
            index = int(rest[0])
            seen.answers[(quiz_id, index)] = rest[1] if len(rest) > 1 else ""
        elif kind == "F":
            seen.finished.add(quiz_id)


def check(db: Path, seen: Seen, read_only: bool) -> None:
    with Store.open(db, read_only=read_only) as store:
        assert store.integrity_check() == ["ok"]
        connection = store._live()
        broken = connection.execute(
            "SELECT id FROM quizzes AS q "
            "WHERE total != (SELECT count(*) FROM items WHERE quiz_id = q.id)"
        ).fetchall()
        assert broken == [], "a quiz was stored without its whole plan"
        loaded: dict[int, tuple[QuizPlan, list[Response]]] = {}
        for (quiz_id, index), picked in seen.answers.items():
            if quiz_id not in loaded:
                plan, responses, _ = store.load_quiz(quiz_id)
                loaded[quiz_id] = plan, responses
            plan, responses = loaded[quiz_id]
            assert len(responses) > index, f"acknowledged answer {quiz_id}/{index} was lost"
            assert ",".join(sorted(responses[index].picked)) == picked
            assert responses[index].picked == expected_pick(plan, index)
        history = {summary.id for summary in store.history()}
        assert seen.finished <= history
        state = store.unfinished_quiz()
        if state is None:
            return
        known = max(
            seen.stored.get(state.quiz_id, 0),
            1 + max((i for quiz_id, i in seen.answers if quiz_id == state.quiz_id), default=-1),
        )
        # At most one answer can be committed but not yet acknowledged when the kill lands.
        assert known <= state.next_index <= known + 1
        seen.stored[state.quiz_id] = state.next_index
        for response in state.responses:
            assert response.picked == expected_pick(state.plan, response.index)
        quiz = state.to_quiz()
        if state.next_index < len(state.plan.items):
            assert quiz.phase is Phase.ASKING
            assert quiz.current == state.plan.items[state.next_index]
        else:
            assert quiz.phase is Phase.FINISHED


def test_every_acknowledged_answer_survives_sigkill(tmp_path: Path) -> None:
    db = tmp_path / DB_FILE_NAME
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20250301")))
    seen = Seen()
    started = time.monotonic()
    for kill in range(KILLS):
        note(run_child(db, rng), seen)
        check(db, seen, read_only=kill % 2 == 1)  # read-only: the next child recovers the WAL
    spent = time.monotonic() - started
    print(f"{KILLS} kills in {spent:.0f} s: {len(seen.answers)} answers acknowledged, "
          f"{len(seen.finished)} quizzes finished")  # fmt: skip
    assert len(seen.answers) > 100, "the kills should land after many answers"
    assert seen.finished, "some quizzes should finish between kills"
