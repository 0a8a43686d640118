"""The bundled course: loads cleanly, is big and varied enough, teaches, cites, and copies nothing.

These checks read the real ``questions/`` and ``assets/`` folders (no Qt, except the one test
marked ``gui`` that renders the pictures). They encode the content rules of issue 4 and the
reviewer checklist of the content guide: what a machine can check, not whether a fact is right.

Helpers for the id snapshot live in :mod:`tests.update_snapshot`; refresh the snapshot with
``.venv/bin/python -m tests.update_snapshot`` after adding questions.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from quizapp.core.course import Course, load_course
from quizapp.core.model import AnyQuestion, Bank
from quizapp.core.resources import assets_dir, questions_dir
from tests.update_snapshot import SNAPSHOT, content_hash, read_snapshot

#: The five topics of the bundled course; each has one bank whose id is the topic.
TOPICS = ("location", "causes", "genetics", "myths", "warning-signs")
MIN_PER_TOPIC = 30
MIN_TOTAL = 150
MIN_TYPES_PER_BANK = 3
MIN_HOTSPOTS_IN_LOCATION = 5
MIN_GLOSSARY_TERMS = 15
#: Terms issue 4 names for the glossary (matched against a term's name and aliases).
GLOSSARY_MUST_HAVE = (
    "PSIS",
    "sacroiliac joint",
    "sacrum",
    "ilium",
    "gluteal cleft",
    "coccyx",
    "spina bifida occulta",
    "tethered cord",
    "congenital",
    "autosomal dominant",
    "ultrasound",
    "MRI",
)
#: In `single` questions, the share in which the right choice may be the strictly longest.
MAX_SHARE_CORRECT_LONGEST = 0.35
#: A feedback that says why needs a few words; "Wrong." or "Incorrect, try again." does not.
MIN_FEEDBACK_WORDS = 6
#: Copy check: no run of this many consecutive words may appear in a source article.
COPY_RUN = 10

#: The source articles sit in the shared folder beside the checkout (also in CI's fresh clone).
ARTICLES = Path(__file__).absolute().parents[1].parent / "shared" / "sources" / "articles"
#: Registries whose text may quote articles: titles in sources.toml are citations.
NOT_COPY_CHECKED = frozenset({"sources.toml"})


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course([questions_dir()], asset_roots=[assets_dir()])


@pytest.fixture(scope="module")
def banks(course: Course) -> dict[str, Bank]:
    return {bank.info.id: bank for bank in course.banks}


def _questions(course: Course) -> list[tuple[Bank, AnyQuestion]]:
    return course.questions()


# -- loading, counts, spread --------------------------------------------------------------------


def test_the_bundled_course_loads_without_a_single_finding(course: Course) -> None:
    findings = "\n".join(str(finding) for finding in course.failures)
    assert not course.failures, f"the bundled course has problems:\n{findings}"


def test_each_of_the_five_topics_has_one_bank(banks: dict[str, Bank]) -> None:
    assert sorted(banks) == sorted(TOPICS)
    for bank_id, bank in banks.items():
        assert bank.info.topic == bank_id, f"bank {bank_id} has topic {bank.info.topic!r}"


@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_has_at_least_30_questions(banks: dict[str, Bank], topic: str) -> None:
    assert len(banks[topic].questions) >= MIN_PER_TOPIC


def test_the_course_has_at_least_150_questions(course: Course) -> None:
    assert len(_questions(course)) >= MIN_TOTAL


@pytest.mark.parametrize("topic", TOPICS)
def test_each_bank_uses_at_least_three_question_types(banks: dict[str, Bank], topic: str) -> None:
    types = Counter(question.type for question in banks[topic].questions)
    assert len(types) >= MIN_TYPES_PER_BANK, f"{topic}: {dict(types)}"


def test_the_location_bank_has_at_least_five_hotspot_questions(banks: dict[str, Bank]) -> None:
    hotspots = [q.id for q in banks["location"].questions if q.type == "hotspot"]
    assert len(hotspots) >= MIN_HOTSPOTS_IN_LOCATION, f"location has hotspots {hotspots}"


@pytest.mark.parametrize("topic", TOPICS)
def test_each_bank_has_easy_medium_and_hard_questions(banks: dict[str, Bank], topic: str) -> None:
    difficulties = Counter(question.difficulty for question in banks[topic].questions)
    assert set(difficulties) == {1, 2, 3}, f"{topic}: {dict(difficulties)}"


_DIFFICULTY_HEADING = re.compile(r"^# -+ difficulty (\d)\s*$")


@pytest.mark.parametrize("topic", TOPICS)
def test_each_question_sits_under_its_difficulty_heading(
    banks: dict[str, Bank], topic: str
) -> None:
    """Where a bank has "# --- difficulty N" comments, authors find questions by them."""
    heading, misplaced = None, []
    for line in Path(banks[topic].path).read_text(encoding="utf-8").splitlines():
        if found := _DIFFICULTY_HEADING.match(line):
            heading = int(found[1])
        elif (level := re.match(r"difficulty = (\d)", line)) and heading is not None:
            misplaced += [line] if int(level[1]) != heading else []
    assert not misplaced, f"{topic}: {len(misplaced)} question(s) under another difficulty"


# -- every question teaches ---------------------------------------------------------------------

_ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|cf|approx|Dr|St|Mr|Mrs|Ms|No)\.", re.IGNORECASE)
_SENTENCE_END = re.compile(
    r"[.!?]+[\"'\u2019\u201d)\]]*"  # the mark, then any closing quotes or brackets
    r"(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9]|\s*$)"  # then a new sentence or the end of the text
)


def sentence_count(text: str) -> int:
    """Count sentences: ends of sentence followed by a capital, a digit or the end of the text.

    Abbreviations (e.g., i.e., etc.) and decimal points (0.13%) do not end a sentence.
    """
    flat = _ABBREVIATIONS.sub(lambda match: match.group(0)[:-1], " ".join(text.split()))
    return len(_SENTENCE_END.findall(flat))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", 2),
        ("About 0.13% of 3,884 infants, e.g. in one study. Then more!", 2),
        ("It ends (like this). 'Quoted' next. Last one?", 3),
        ("No full stop at the end", 0),
        ("Level S2. 5 mm is small.", 2),
    ],
)
def test_sentence_count(text: str, expected: int) -> None:
    assert sentence_count(text) == expected


def test_every_explanation_has_two_to_four_sentences(course: Course) -> None:
    bad = {
        question.id: sentence_count(question.explanation)
        for _, question in _questions(course)
        if not 2 <= sentence_count(question.explanation) <= 4
    }
    assert not bad, f"explanations must have 2-4 sentences: {bad}"


def test_every_question_cites_sources_that_resolve(course: Course) -> None:
    known = set(course.registries.sources)
    bad: dict[str, list[str]] = {}
    for bank, question in _questions(course):
        own = {source.id for source in bank.sources}
        missing = [s for s in question.sources if s not in known | own]
        if not question.sources or missing:
            bad[question.id] = missing
    assert not bad, f"questions without resolvable sources: {bad}"


def test_every_wrong_option_has_feedback_that_says_why(course: Course) -> None:
    bad = [
        f"{question.id} option {option.key}: {option.feedback!r}"
        for _, question in _questions(course)
        for option in question.options()
        if not option.correct and len(option.feedback.split()) < MIN_FEEDBACK_WORDS
    ]
    assert not bad, "wrong options need feedback that explains why:\n" + "\n".join(bad)


def test_every_true_false_question_has_feedback_for_the_wrong_answer(course: Course) -> None:
    bad = [
        question.id
        for _, question in _questions(course)
        if question.type == "true_false" and len(question.feedback.split()) < MIN_FEEDBACK_WORDS
    ]
    assert not bad, f"true/false questions without a real `feedback`: {bad}"


def test_every_misconception_id_resolves(course: Course) -> None:
    known = set(course.registries.misconceptions)
    bad = [
        f"{question.id} option {option.key}: {option.misconception}"
        for bank, question in _questions(course)
        for option in question.options()
        if option.misconception is not None
        and option.misconception not in known | {m.id for m in bank.misconceptions}
    ]
    assert not bad, f"unknown misconception ids: {bad}"


def test_misconceptions_sit_only_on_wrong_options(course: Course) -> None:
    bad = [
        f"{question.id} option {option.key}"
        for _, question in _questions(course)
        for option in question.options()
        if option.correct and option.misconception is not None
    ]
    assert not bad, f"a right answer cannot stand for a false belief: {bad}"


def test_every_wrong_option_in_the_myths_bank_names_a_misconception(
    banks: dict[str, Bank],
) -> None:
    bad = [
        f"{question.id} option {option.key}"
        for question in banks["myths"].questions
        for option in question.options()
        if not option.correct and not option.misconception
    ]
    assert not bad, f"myths: wrong options without a misconception: {bad}"


def test_the_warning_signs_bank_says_it_is_not_medical_advice(banks: dict[str, Bank]) -> None:
    notice = banks["warning-signs"].info.notice
    assert "not medical advice" in notice.lower(), f"notice is {notice!r}"


# -- ids: unique and stable ---------------------------------------------------------------------


def test_question_ids_are_unique_across_the_course(course: Course) -> None:
    counts = Counter(question.id for _, question in _questions(course))
    assert not [i for i, n in counts.items() if n > 1]


def test_question_ids_are_stable_against_the_snapshot(course: Course) -> None:
    recorded = read_snapshot()
    assert recorded, (
        f"{SNAPSHOT} is missing or empty; run: .venv/bin/python -m tests.update_snapshot"
    )
    current = {q.id: content_hash(q.type, q.prompt) for _, q in _questions(course)}
    removed = sorted(set(recorded) - set(current))
    changed = sorted(i for i in set(recorded) & set(current) if recorded[i] != current[i])
    added = sorted(set(current) - set(recorded))
    problems = []
    if removed:
        problems.append(f"ids that disappeared (an id is never removed or reused): {removed}")
    if changed:
        problems.append(
            f"ids whose type or prompt changed: {changed}. If the question still asks the same"
            " thing, accept with: .venv/bin/python -m tests.update_snapshot --accept; if it now"
            " asks something else, give it a new id instead."
        )
    if added:
        problems.append(
            f"questions missing from the snapshot: {added}."
            " Add them with: .venv/bin/python -m tests.update_snapshot"
        )
    assert not problems, "\n".join(problems)


# -- in our own words ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


def words(text: str) -> list[str]:
    """Lower-case words of a text; apostrophes, straight or curly, are dropped ("dont")."""
    flat = unicodedata.normalize("NFKC", text).lower().translate(_APOSTROPHES).replace("'", "")
    return re.findall(r"[a-z0-9]+", flat)


def runs(text: str, length: int = COPY_RUN) -> set[tuple[str, ...]]:
    """Every run of `length` consecutive words of a text."""
    found = words(text)
    return {tuple(found[i : i + length]) for i in range(len(found) - length + 1)}


def test_words_treat_curly_and_straight_apostrophes_alike() -> None:
    assert words("Don\u2019t PANIC: it\u2019s the baby's dimple") == words(
        "don't panic - it's the babys dimple"
    )


def test_no_run_of_ten_words_is_copied_from_a_source_article() -> None:
    assert ARTICLES.is_dir(), (
        f"the source articles are missing: expected them in {ARTICLES} (the shared folder beside"
        " the checkout). The copy check cannot run without them, so it fails rather than skips."
    )
    articles = sorted(ARTICLES.glob("*.txt"))
    assert articles, f"no *.txt articles in {ARTICLES}"
    article_runs: set[tuple[str, ...]] = set()
    for article in articles:
        article_runs |= runs(article.read_text(encoding="utf-8"))
    banks = sorted(p for p in questions_dir().glob("*.toml") if p.name not in NOT_COPY_CHECKED)
    assert banks
    copied = [
        f"{path.name}: {' '.join(run)}"
        for path in banks
        for run in sorted(runs(path.read_text(encoding="utf-8")) & article_runs)
    ]
    assert not copied, "runs of 10 words copied from a source article:\n" + "\n".join(copied)


# -- pictures -----------------------------------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"


def _referenced_images(course: Course) -> list[tuple[str, Path, str]]:
    """(question id, bank folder, path as written) for every picture a question refers to."""
    found = []
    for bank, question in _questions(course):
        if question.type == "hotspot":
            folder = Path(bank.path).parent
            found.append((question.id, folder, question.image))
            if question.explanation_image:
                found.append((question.id, folder, question.explanation_image))
    return found


def _resolve(bank_folder: Path, relative: str) -> Path | None:
    """Where a picture path from a bank points: the bank's folder first, then assets/."""
    if Path(relative).is_absolute() or ".." in Path(relative).parts:
        return None
    for root in (bank_folder, assets_dir()):
        candidate = (root / relative).resolve()
        if candidate.is_relative_to(root.resolve()) and candidate.is_file():
            return candidate
    return None


def _image_problem(path: Path) -> str:
    """Return "" when the file is a PNG or an SVG with a title and a description."""
    if path.suffix.lower() == ".png":
        return "" if path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" else "not a PNG"
    if path.suffix.lower() != ".svg":
        return "neither SVG nor PNG"
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return f"not well-formed XML: {error}"
    if root.tag != f"{_SVG}svg":
        return f"root element is {root.tag}, not an SVG <svg>"
    for tag in ("title", "desc"):
        element = root.find(f"{_SVG}{tag}")
        if element is None or not "".join(element.itertext()).strip():
            return f"no text alternative: missing or empty <{tag}>"
    return ""


def _bundled_pictures(course: Course) -> list[Path]:
    """Every picture that questions refer to, plus every diagram in assets/diagrams/."""
    referenced = [_resolve(folder, relative) for _, folder, relative in _referenced_images(course)]
    diagrams = sorted((assets_dir() / "diagrams").glob("*.svg"))
    return sorted({p for p in referenced if p is not None} | set(diagrams))


def test_every_referenced_image_exists_inside_its_folders(course: Course) -> None:
    missing = [
        f"{qid}: {relative}"
        for qid, folder, relative in _referenced_images(course)
        if _resolve(folder, relative) is None
    ]
    assert not missing, f"pictures that do not exist in questions/ or assets/: {missing}"


def test_every_picture_is_an_svg_with_title_and_desc_or_a_png(course: Course) -> None:
    pictures = _bundled_pictures(course)
    assert pictures, "no pictures found"
    bad = {p.name: problem for p in pictures if (problem := _image_problem(p))}
    assert not bad, f"pictures with problems: {bad}"


@pytest.mark.gui
def test_every_picture_renders_in_qt(course: Course, qapp: object) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    bad = []
    for path in _bundled_pictures(course):
        if path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path))
            if not renderer.isValid() or renderer.defaultSize().isEmpty():
                bad.append(path.name)
        elif QImage(str(path)).isNull():
            bad.append(path.name)
    assert not bad, f"Qt cannot draw: {bad}"


# -- glossary -----------------------------------------------------------------------------------


def test_the_glossary_exists_and_has_at_least_15_terms(course: Course) -> None:
    path = questions_dir() / "glossary.toml"
    assert path.is_file(), f"{path} is missing"
    assert len(course.registries.glossary) >= MIN_GLOSSARY_TERMS


def test_every_glossary_term_is_defined_and_cites_known_sources(course: Course) -> None:
    known = set(course.registries.sources)
    bad = [
        term.id
        for term in course.registries.glossary.values()
        if not term.term.strip()
        or len(term.definition.split()) < MIN_FEEDBACK_WORDS
        or not term.sources
        or not set(term.sources) <= known
    ]
    assert not bad, f"glossary terms without a term, a definition or resolvable sources: {bad}"


def test_the_glossary_covers_the_terms_the_issue_names(course: Course) -> None:
    names = [
        name.lower()
        for term in course.registries.glossary.values()
        for name in (term.term, *term.aliases)
    ]
    missing = [want for want in GLOSSARY_MUST_HAVE if not any(want.lower() in n for n in names)]
    assert not missing, f"glossary lacks: {missing}"


# -- distractors and answer patterns ------------------------------------------------------------

_CATCH_ALL = re.compile(r"\b(?:all|none) of (?:the above|these|them)\b", re.IGNORECASE)


def test_no_choice_is_all_or_none_of_the_above(course: Course) -> None:
    bad = [
        f"{question.id}: {option.text!r}"
        for _, question in _questions(course)
        for option in question.options()
        if _CATCH_ALL.search(option.text)
    ]
    assert not bad, f"catch-all choices: {bad}"


@pytest.mark.parametrize("topic", TOPICS)
def test_the_right_choice_is_not_systematically_the_longest(
    banks: dict[str, Bank], topic: str
) -> None:
    singles = [q for q in banks[topic].questions if q.type == "single"]
    longest = []
    for question in singles:
        lengths = [len(choice.text) for choice in question.choices]
        right = next(i for i, choice in enumerate(question.choices) if choice.correct)
        if all(lengths[right] > n for i, n in enumerate(lengths) if i != right):
            longest.append(question.id)
    assert len(longest) <= MAX_SHARE_CORRECT_LONGEST * len(singles), (
        f"{topic}: the right choice is the longest in {len(longest)} of {len(singles)}"
        f" single questions: {longest}"
    )


@pytest.mark.parametrize("topic", TOPICS)
def test_true_false_answers_are_not_all_the_same(banks: dict[str, Bank], topic: str) -> None:
    answers = Counter(q.answer for q in banks[topic].questions if q.type == "true_false")
    assert len(answers) != 1, f"{topic}: every true/false answer is {next(iter(answers))}"


def test_multiple_answer_prompts_say_to_pick_all_that_apply(course: Course) -> None:
    bad = [
        question.id
        for _, question in _questions(course)
        if question.type == "multiple" and "pick all that apply" not in question.prompt.lower()
    ]
    assert not bad, f"multiple-answer prompts must say to pick all that apply: {bad}"


# -- no near-duplicate questions ----------------------------------------------------------------

#: Two prompts whose sets of content words overlap at least this much (Jaccard index) ask the
#: same question: a learner who picks every topic would meet it twice. Tuned on the course: the
#: duplicates removed in the clean-up scored 0.79 to 1.00, the most similar distinct prompts 0.71.
NEAR_DUPLICATE_JACCARD = 0.75
#: Words that carry no content in a prompt.
_FILLER = frozenset(
    words(
        "a an and are as at be by can do does for from has have how in is it its of on or that"
        " the their them these they this to was what when where which who why will with"
    )
)
_TRUE_OR_FALSE = re.compile(r"^\s*true or false\s*:\s*", re.IGNORECASE)
_PICK_ALL = re.compile(r"\(?\s*pick all that apply\.?\s*\)?\s*$", re.IGNORECASE)


def prompt_words(prompt: str) -> frozenset[str]:
    """Content words of a prompt, without the true/false lead-in, the pick-all note or filler."""
    text = _PICK_ALL.sub("", _TRUE_OR_FALSE.sub("", prompt))
    return frozenset(word for word in words(text) if word not in _FILLER)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    """Share of words two sets have in common (0 when both are empty)."""
    union = first | second
    return len(first & second) / len(union) if union else 0.0


@pytest.mark.parametrize(
    ("first", "second", "duplicate"),
    [
        # Pairs the course once held, one asked as a true/false statement and one not.
        ("Men can have back dimples too.", "True or false: Men can have back dimples too.", True),
        (
            "True or false: pits that lie low inside the buttock crease, near the tip of the"
            " tailbone (coccygeal pits), normally end blindly and do not connect with the spinal"
            " canal.",
            "True or false: low pits deep inside the buttock crease near the tip of the tailbone"
            " (coccygeal pits) normally end blindly and do not connect with the spinal canal.",
            True,
        ),
        (
            "Spina bifida occulta usually causes no symptoms, and many people learn they have it"
            " only by chance from an X-ray taken for another reason.",
            "True or false: spina bifida occulta usually causes no symptoms, and many people only"
            " learn they have it from an X-ray taken for some other reason.",
            True,
        ),
        # Same template, different questions.
        (
            "Which of these statements about back dimples and genes are supported by the sources?"
            " (Pick all that apply.)",
            "Which statements about who has back dimples are supported? (Pick all that apply.)",
            False,
        ),
        (
            "Where does a typical sacral dimple sit?",
            "Where on the body do the dimples of Venus (back dimples) sit?",
            False,
        ),
    ],
)
def test_near_duplicate_prompts_are_told_from_distinct_ones(
    first: str, second: str, duplicate: bool
) -> None:
    score = jaccard(prompt_words(first), prompt_words(second))
    assert (score >= NEAR_DUPLICATE_JACCARD) is duplicate, f"Jaccard {score:.2f}"


def test_prompt_words_drop_the_lead_in_the_pick_all_note_and_filler() -> None:
    assert prompt_words("True or false: The PSIS is a bone. (Pick all that apply.)") == {
        "psis",
        "bone",
    }


def test_no_two_questions_in_the_course_have_near_identical_prompts(course: Course) -> None:
    prompts = [(question.id, prompt_words(question.prompt)) for _, question in _questions(course)]
    close = [
        f"{first_id} / {second_id}: {score:.2f}"
        for index, (first_id, first) in enumerate(prompts)
        for second_id, second in prompts[index + 1 :]
        if (score := jaccard(first, second)) >= NEAR_DUPLICATE_JACCARD
    ]
    assert not close, (
        "questions that ask the same thing (keep one, give the other a different point):\n"
        + "\n".join(close)
    )
