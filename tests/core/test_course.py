"""The course view of sources and misconceptions: a bank's own entries beside the registries."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quizapp.core.course import load_course

BANK = textwrap.dedent(
    """
    format = 1

    [bank]
    id = "moon"
    title = "Moon"
    topic = "moon"

    [[sources]]
    id = "own-source"
    title = "The bank's own source"
    publisher = "A small press"

    [[sources]]
    id = "shared"
    title = "Repeated in the bank"
    publisher = "Someone else"

    [[misconceptions]]
    id = "own-myth"
    belief = "The Moon is cheese."
    correction = "It is rock."

    [[questions]]
    id = "moon-1"
    type = "single"
    prompt = "What is the Moon made of?"
    explanation = "Rock and dust, as samples brought back show."
    sources = ["own-source", "shared"]

    [[questions.choices]]
    text = "Rock and dust"
    correct = true

    [[questions.choices]]
    text = "Cheese"
    feedback = "A children's joke, not a finding."
    misconception = "own-myth"
    """
)


def test_sources_and_misconceptions_of_a_bank_join_the_registries(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "shared"\ntitle = "Registry title"\npublisher = "Registry"\n',
        encoding="utf-8",
    )
    (tmp_path / "moon.toml").write_text(BANK, encoding="utf-8")
    course = load_course([tmp_path])
    assert course.failures == []
    sources = course.all_sources()
    assert sources["own-source"].title == "The bank's own source"
    assert sources["shared"].title == "Registry title"  # the registry wins on a repeated id
    assert course.registries.sources.keys() == {"shared"}  # the registries are not changed
    assert course.all_misconceptions()["own-myth"].correction == "It is rock."


def test_a_bug_in_checking_one_bank_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.core import course as course_module

    (tmp_path / "moon.toml").write_text(BANK, encoding="utf-8")
    (tmp_path / "sun.toml").write_text(BANK.replace('"moon', '"sun'), encoding="utf-8")
    real = course_module.check_bank

    def buggy(path: Path, *args: object, **kwargs: object) -> object:
        if path.name == "moon.toml":
            raise OverflowError("a bug")
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(course_module, "check_bank", buggy)
    course = load_course([tmp_path])
    assert [bank.info.id for bank in course.banks] == ["sun"]
    (failure,) = course.failures
    assert failure.code == "internal-error" and failure.path.endswith("moon.toml")
    assert "a bug, please report it" in failure.message


def test_a_second_bank_with_the_same_bank_id_is_refused_by_line(tmp_path: Path) -> None:
    (tmp_path / "moon.toml").write_text(BANK, encoding="utf-8")
    twin = BANK.replace('id = "moon-1"', 'id = "twin-1"')
    (tmp_path / "twin.toml").write_text(twin, encoding="utf-8")
    course = load_course([tmp_path])
    assert [bank.info.id for bank in course.banks] == ["moon"]
    (failure,) = course.failures
    assert failure.path.endswith("twin.toml") and failure.code == "duplicate-id"
    assert failure.line == twin.splitlines().index('id = "moon"') + 1
    assert "bank id 'moon' is already used by" in failure.message and "moon.toml" in failure.message
