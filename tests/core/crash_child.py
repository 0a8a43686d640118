"""Child process of the crash test: takes quizzes through the real engine and store, forever.

Usage: ``python -m tests.core.crash_child DB_PATH QUESTIONS``. It resumes the unfinished quiz
if there is one, else starts a new one. After each answer's commit it prints
``A <quiz id> <index> <picked keys, comma-separated>``; it prints ``S``/``R <quiz id>`` when a
quiz starts or resumes and ``F <quiz id>`` once it is finished. The parent kills it with
SIGKILL at random moments. Answers are drawn from a generator seeded by the plan's seed and
the question's index, so the parent can tell what each stored answer must be.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from quizapp.core.engine import Mode, Phase, Quiz, QuizPlan
from quizapp.core.store import Store
from tests.core.factories import make_plan, pick_for


def expected_pick(plan: QuizPlan, index: int) -> frozenset[str]:
    """Return the keys the child picks for question ``index`` of ``plan``."""
    return pick_for(plan, index, random.Random(f"{plan.seed}:{index}"))


def main(argv: list[str]) -> int:
    path, questions = Path(argv[0]), int(argv[1])
    store = Store.open(path)
    state = store.unfinished_quiz()
    if state is None:
        quiz_id, quiz = None, None
    else:
        quiz_id, quiz = state.quiz_id, state.to_quiz()
        print(f"R {quiz_id}", flush=True)
    while True:
        if quiz is None or quiz_id is None:
            seed = random.randrange(2**31)
            mode = Mode.EXAM if seed % 2 else Mode.PRACTICE
            plan = make_plan(questions, mode, seed)
            quiz_id = store.start_quiz(plan, ["topic-0", "topic-1"], dt.datetime.now(dt.UTC))
            quiz = Quiz(plan)
            print(f"S {quiz_id}", flush=True)
        while quiz.phase is not Phase.FINISHED:
            index = quiz.index
            picked = expected_pick(quiz.plan, index)
            response = quiz.submit(picked)
            store.record_answer(quiz_id, response, dt.datetime.now(dt.UTC), elapsed=quiz.elapsed())
            print(f"A {quiz_id} {index} {','.join(sorted(picked))}", flush=True)
            quiz.advance()
        store.finish_quiz(quiz_id, dt.datetime.now(dt.UTC), quiz.elapsed())
        print(f"F {quiz_id}", flush=True)
        store.backup("manual")  # killed half-way, a backup must never harm the database
        quiz_id, quiz = None, None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
