"""The quiz engine: phases, illegal actions, scoring, reproducible shuffles, retry and summary.

Every expected number here is worked out by hand from the bank-format scoring table.
"""

from __future__ import annotations

import pytest

from quizapp.core.engine import (
    Confidence,
    IllegalActionError,
    Mode,
    Outcome,
    Phase,
    PlannedQuestion,
    Quiz,
    QuizPlan,
    Response,
    outcome_of,
    retry_plan,
    score,
    summarise,
)
from tests.factories import FakeClock, hotspot, multiple, plan, single, source, true_false

# -- phases ----------------------------------------------------------------------------------


def _right(item: PlannedQuestion) -> frozenset[str]:
    return item.question.correct_keys()


def _wrong(item: PlannedQuestion) -> frozenset[str]:
    return frozenset([next(k for k in item.option_order if k not in _right(item))])


def test_a_quiz_walks_asking_answered_asking_answered_finished() -> None:
    quiz = Quiz(plan([single("a"), single("b")]))
    assert quiz.phase is Phase.ASKING
    assert (quiz.index, quiz.total) == (0, 2)
    first = quiz.current

    response = quiz.submit(_right(first))
    assert quiz.phase is Phase.ANSWERED
    assert quiz.index == 0 and quiz.current is first  # still the answered question
    assert response.index == 0 and response.question_id == first.question.id

    assert quiz.advance() is Phase.ASKING
    assert quiz.phase is Phase.ASKING
    assert quiz.index == 1 and quiz.current is not first

    quiz.submit(_wrong(quiz.current))
    assert quiz.phase is Phase.ANSWERED and quiz.index == 1
    assert quiz.advance() is Phase.FINISHED
    assert quiz.phase is Phase.FINISHED
    assert [r.index for r in quiz.responses] == [0, 1]
    assert quiz.result().points == 1.0


def test_a_one_question_quiz_finishes_after_one_answer() -> None:
    quiz = Quiz(plan([true_false("only")]))
    quiz.submit({"true"})
    assert quiz.advance() is Phase.FINISHED
    assert quiz.result().total == 1


def test_a_quiz_needs_at_least_one_question() -> None:
    with pytest.raises(ValueError, match="at least one question"):
        Quiz(QuizPlan(Mode.PRACTICE, 1, ()))


# -- illegal actions -------------------------------------------------------------------------


def test_submitting_twice_raises_and_scores_once() -> None:
    quiz = Quiz(plan([single("a"), single("b")]))
    quiz.submit(_right(quiz.current))
    with pytest.raises(IllegalActionError, match="answered"):
        quiz.submit(_right(quiz.current))
    assert len(quiz.responses) == 1
    assert quiz.phase is Phase.ANSWERED


def test_moving_on_while_asking_raises() -> None:
    quiz = Quiz(plan([single("a"), single("b")]))
    with pytest.raises(IllegalActionError, match="asking"):
        quiz.advance()
    assert quiz.phase is Phase.ASKING and quiz.index == 0


def test_no_action_is_allowed_once_finished() -> None:
    quiz = Quiz(plan([single("a")]))
    quiz.submit(_right(quiz.current))
    quiz.advance()
    with pytest.raises(IllegalActionError, match="finished"):
        quiz.advance()
    with pytest.raises(IllegalActionError, match="finished"):
        quiz.submit(_right(quiz.current))
    assert len(quiz.responses) == 1


@pytest.mark.parametrize("answered", [False, True])
def test_the_result_before_the_end_raises(answered: bool) -> None:
    quiz = Quiz(plan([single("a"), single("b")]))
    if answered:
        quiz.submit(_right(quiz.current))
    with pytest.raises(IllegalActionError, match="not finished"):
        quiz.result()


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        (single("s", n=3), {"3"}),
        (single("s", n=3), {"0", "x"}),
        (true_false("t"), {"maybe"}),
        (hotspot("h"), {"z"}),
    ],
)
def test_an_unknown_option_key_raises_and_records_nothing(
    question: object, picked: set[str]
) -> None:
    quiz = Quiz(plan([question]))  # type: ignore[list-item]
    with pytest.raises(IllegalActionError, match="not an option"):
        quiz.submit(picked)
    assert quiz.responses == []
    assert quiz.phase is Phase.ASKING


# -- scoring ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("picked", "points"),
    [({"1"}, 1.0), ({"0"}, 0.0), ({"2"}, 0.0), (set(), 0.0), ({"1", "0"}, 0.0)],
)
def test_single_scores_one_only_for_exactly_the_right_choice(
    picked: set[str], points: float
) -> None:
    assert score(single(right=1, n=3), picked) == points


@pytest.mark.parametrize(
    ("answer", "picked", "points"),
    [
        (True, {"true"}, 1.0),
        (True, {"false"}, 0.0),
        (False, {"false"}, 1.0),
        (False, {"true"}, 0.0),
        (True, set(), 0.0),
        (True, {"true", "false"}, 0.0),
    ],
)
def test_true_false_scores_one_or_zero(answer: bool, picked: set[str], points: float) -> None:
    assert score(true_false(answer=answer), picked) == points


@pytest.mark.parametrize(
    ("picked", "points"), [({"b"}, 1.0), ({"a"}, 0.0), ({"c"}, 0.0), (set(), 0.0)]
)
def test_hotspot_scores_one_only_for_the_right_region(picked: set[str], points: float) -> None:
    assert score(hotspot(right="b"), picked) == points


# Five choices, 0 and 1 right: R = 2 (each right pick +1/2), W = 3 (each wrong pick -1/3).
@pytest.mark.parametrize(
    ("picked", "points"),
    [
        ({"0", "1"}, 1.0),  # 2/2
        ({"0"}, 0.5),  # 1/2
        ({"1"}, 0.5),  # 1/2
        ({"0", "1", "2"}, 0.6667),  # 1 - 1/3
        ({"0", "2"}, 0.1667),  # 1/2 - 1/3
        ({"0", "2", "3"}, 0.0),  # 1/2 - 2/3 < 0, floored at 0
        ({"2"}, 0.0),  # 0 - 1/3, floored
        (set(), 0.0),
        ({"0", "1", "2", "3", "4"}, 0.0),  # everything: 1 - 1
        ({"0", "1", "2", "3"}, 0.3333),  # 1 - 2/3
    ],
)
def test_multiple_gives_partial_credit(picked: set[str], points: float) -> None:
    assert score(multiple(right={0, 1}, n=5), picked) == points


def test_multiple_with_one_wrong_choice_takes_a_whole_point_for_it() -> None:
    question = multiple(right={0, 1, 2}, n=4)  # R = 3, W = 1
    assert score(question, {"0", "1"}) == 0.6667
    assert score(question, {"0", "1", "2", "3"}) == 0.0
    assert score(question, {"0", "3"}) == 0.0


def test_multiple_with_every_choice_right_scores_by_share() -> None:
    question = multiple(right={0, 1, 2}, n=3)  # W = 0: nothing to lose
    assert score(question, {"0"}) == 0.3333
    assert score(question, {"0", "1", "2"}) == 1.0


@pytest.mark.parametrize(
    ("points", "outcome"),
    [
        (1.0, Outcome.CORRECT),
        (0.5, Outcome.PARTIAL),
        (0.0001, Outcome.PARTIAL),
        (0.0, Outcome.INCORRECT),
    ],
)
def test_outcome_follows_points(points: float, outcome: Outcome) -> None:
    assert outcome_of(points) is outcome


def test_submit_stores_points_outcome_picks_confidence_and_time() -> None:
    clock = FakeClock()
    quiz = Quiz(plan([multiple("m", right={0, 1}, n=5)]), clock=clock)
    clock.tick(4.25)
    response = quiz.submit(["0", "2"], Confidence.HIGH)
    assert response == Response(
        index=0,
        question_id="m",
        picked=frozenset({"0", "2"}),
        points=0.1667,
        outcome=Outcome.PARTIAL,
        seconds=4.25,
        confidence=Confidence.HIGH,
    )
    assert quiz.responses == [response]


# -- shuffling -------------------------------------------------------------------------------

EIGHT = [single(f"q{i}", right=i % 4) for i in range(8)]


def _shape(a_plan: QuizPlan) -> list[tuple[str, tuple[str, ...]]]:
    return [(item.question.id, item.option_order) for item in a_plan.items]


def test_the_same_seed_gives_the_same_plan() -> None:
    assert _shape(plan(EIGHT, seed=42)) == _shape(plan(EIGHT, seed=42))
    assert plan(EIGHT, seed=42).seed == 42


def test_different_seeds_give_different_plans() -> None:
    shapes = {tuple(_shape(plan(EIGHT, seed=seed))) for seed in range(10)}
    assert len(shapes) == 10
    orders = {tuple(q for q, _ in _shape(plan(EIGHT, seed=seed))) for seed in range(10)}
    assert len(orders) > 1  # the question order itself changes, not only the choices


def test_a_plan_asks_each_question_once_with_all_its_options() -> None:
    for seed in range(20):
        a_plan = plan(EIGHT, seed=seed)
        assert sorted(item.question.id for item in a_plan.items) == sorted(q.id for q in EIGHT)
        for item in a_plan.items:
            assert sorted(item.option_order) == ["0", "1", "2", "3"]
            assert [o.key for o in item.shown_options()] == list(item.option_order)


def test_choices_are_shuffled() -> None:
    orders = {item.option_order for seed in range(5) for item in plan(EIGHT, seed=seed).items}
    assert len(orders) > 1
    assert any(order != ("0", "1", "2", "3") for order in orders)


def test_true_false_keeps_true_then_false() -> None:
    questions = [true_false(f"t{i}", answer=i % 2 == 0) for i in range(6)] + EIGHT
    for seed in range(30):
        for item in plan(questions, seed=seed).items:
            if item.question.type == "true_false":
                assert item.option_order == ("true", "false")


def test_length_limits_the_plan_and_none_asks_all() -> None:
    assert len(plan(EIGHT, length=3).items) == 3
    assert len(plan(EIGHT, length=None).items) == 8
    assert len(plan(EIGHT, length=50).items) == 8
    assert plan(EIGHT, mode=Mode.EXAM).mode is Mode.EXAM


def test_a_plan_carries_each_question_topic_and_title() -> None:
    a_plan = plan([source(single("a"), "causes", "Causes"), source(single("b"), "myths", "Myths")])
    by_id = {item.question.id: (item.topic, item.topic_title) for item in a_plan.items}
    assert by_id == {"a": ("causes", "Causes"), "b": ("myths", "Myths")}


# -- summary, retry, resume ------------------------------------------------------------------


def _fixed_plan() -> QuizPlan:
    """Four questions in a known order over two topics (no shuffle involved)."""
    items = (
        PlannedQuestion(single("a1"), "alpha", "Alpha", ("0", "1", "2", "3")),
        PlannedQuestion(
            multiple("b1", right={0, 1}, n=5), "beta", "Beta", ("0", "1", "2", "3", "4")
        ),
        PlannedQuestion(true_false("a2", answer=False), "alpha", "Alpha", ("true", "false")),
        PlannedQuestion(single("b2"), "beta", "Beta", ("3", "2", "1", "0"), "A notice."),
    )
    return QuizPlan(Mode.PRACTICE, 7, items)


def _play(quiz: Quiz, answers: list[set[str]], clock: FakeClock) -> None:
    for picked in answers:
        clock.tick(2.0)
        quiz.submit(picked)
        quiz.advance()


# a1 right (1), b1 half right (0.5), a2 wrong (0), b2 right (1)
ANSWERS = [{"0"}, {"0"}, {"true"}, {"0"}]


def test_the_result_has_totals_per_topic_numbers_and_the_missed_in_plan_order() -> None:
    clock = FakeClock()
    quiz = Quiz(_fixed_plan(), clock=clock)
    _play(quiz, ANSWERS, clock)
    result = quiz.result()
    assert (result.points, result.total, result.percent) == (2.5, 4, 62.5)
    assert [(t.topic, t.title, t.points, t.total) for t in result.by_topic] == [
        ("alpha", "Alpha", 1.0, 2),  # a1 1 + a2 0
        ("beta", "Beta", 1.5, 2),  # b1 0.5 + b2 1
    ]
    assert [(item.question.id, r.outcome) for item, r in result.missed] == [
        ("b1", Outcome.PARTIAL),
        ("a2", Outcome.INCORRECT),
    ]
    assert result.seconds == 8.0


def test_summarise_rounds_points_percent_and_seconds() -> None:
    items = tuple(
        PlannedQuestion(multiple(f"m{i}", right={0, 1}, n=5), "t", "T", ("0", "1", "2", "3", "4"))
        for i in range(3)
    )
    responses = [
        Response(i, f"m{i}", frozenset({"0", "2"}), 0.1667, Outcome.PARTIAL) for i in range(3)
    ]
    result = summarise(QuizPlan(Mode.EXAM, 1, items), responses, 12.345)
    assert result.points == 0.5001  # three times 0.1667, rounded to 4 places
    assert result.percent == 16.7  # 100 * 0.5001 / 3 = 16.67
    assert result.seconds == 12.3
    assert len(result.missed) == 3


def test_a_perfect_quiz_misses_nothing() -> None:
    clock = FakeClock()
    quiz = Quiz(_fixed_plan(), clock=clock)
    _play(quiz, [{"0"}, {"0", "1"}, {"false"}, {"0"}], clock)
    result = quiz.result()
    assert (result.points, result.percent, result.missed) == (4.0, 100.0, ())


def test_retry_plan_holds_exactly_the_missed_questions_reshuffled() -> None:
    clock = FakeClock()
    quiz = Quiz(_fixed_plan(), clock=clock)
    _play(quiz, ANSWERS, clock)
    result = quiz.result()
    retry = retry_plan(result, Mode.EXAM, seed=3)
    assert sorted(item.question.id for item in retry.items) == ["a2", "b1"]
    assert retry.mode is Mode.EXAM and retry.seed == 3
    by_id = {item.question.id: item for item in retry.items}
    assert (by_id["b1"].topic, by_id["b1"].topic_title) == ("beta", "Beta")
    assert by_id["a2"].option_order == ("true", "false")
    # Reshuffled: over a few seeds the multiple question's choices leave their old order.
    orders = {
        next(
            i for i in retry_plan(result, Mode.PRACTICE, s).items if i.question.id == "b1"
        ).option_order
        for s in range(6)
    }
    assert len(orders) > 1


def test_retry_keeps_the_bank_notice() -> None:
    clock = FakeClock()
    quiz = Quiz(_fixed_plan(), clock=clock)
    _play(quiz, [{"0"}, {"0", "1"}, {"false"}, {"1"}], clock)  # only b2 missed
    retry = retry_plan(quiz.result(), Mode.PRACTICE, seed=1)
    assert [(item.question.id, item.notice) for item in retry.items] == [("b2", "A notice.")]


def test_resume_asks_the_first_unanswered_question_and_counts_earlier_time() -> None:
    clock = FakeClock()
    first = Quiz(_fixed_plan(), clock=clock)
    _play(first, ANSWERS[:2], clock)
    stored = list(first.responses)

    resumed = Quiz.resume(_fixed_plan(), stored, elapsed=30.0, clock=clock)
    assert resumed.phase is Phase.ASKING
    assert resumed.index == 2 and resumed.current.question.id == "a2"
    _play(resumed, ANSWERS[2:], clock)  # 2 s each
    assert resumed.phase is Phase.FINISHED
    result = resumed.result()
    assert [r.index for r in resumed.responses] == [0, 1, 2, 3]
    assert result.points == 2.5
    assert result.seconds == 34.0  # 30 before + 4 now


def test_resume_with_every_answer_is_finished() -> None:
    clock = FakeClock()
    first = Quiz(_fixed_plan(), clock=clock)
    _play(first, ANSWERS, clock)
    resumed = Quiz.resume(_fixed_plan(), first.responses, elapsed=5.0, clock=clock)
    assert resumed.phase is Phase.FINISHED
    assert resumed.result().points == 2.5
    with pytest.raises(IllegalActionError):
        resumed.submit({"0"})


def test_resume_with_no_answers_starts_at_the_beginning() -> None:
    resumed = Quiz.resume(_fixed_plan(), [])
    assert resumed.phase is Phase.ASKING and resumed.index == 0
    with pytest.raises(IllegalActionError):
        resumed.advance()
