"""GIFT and Aiken import: the corpus in ``tests/data/import`` gives exactly its expected banks.

Each ``NAME.gift`` / ``NAME.aiken`` / ``NAME.txt`` is paired with ``NAME.<ext>.expected.toml``
(the bank written, compared as parsed TOML) and ``NAME.<ext>.expected.json`` (the counts and
every finding: line, code, severity, question id).
"""

from __future__ import annotations

import json
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.bank import Registries, check_bank
from quizapp.core.gift import parse_gift
from quizapp.core.import_file import detect_format, import_file
from quizapp.core.importing import EXPLANATION_PLACEHOLDER, FEEDBACK_PLACEHOLDER

CORPUS = Path(__file__).resolve().parent.parent / "data" / "import"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in {".gift", ".aiken", ".txt"})


def test_the_corpus_covers_both_formats() -> None:
    formats = {import_file(path).format for path in FILES}
    assert formats == {"gift", "aiken"}


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_import_gives_the_expected_bank_and_findings(path: Path, tmp_path: Path) -> None:
    expected = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
    outcome = import_file(path)
    counts = {
        key: getattr(outcome, key) for key in ("format", "total", "imported", "skipped", "failed")
    }
    assert counts == {key: expected[key] for key in counts}
    findings = [
        {
            "line": f.line,
            "code": f.code,
            "severity": f.severity,
            **({"question_id": f.question_id} if f.question_id else {}),
        }
        for f in outcome.findings
    ]
    assert findings == expected["findings"]
    bank_file = path.with_name(path.name + ".expected.toml")
    assert tomllib.loads(outcome.text) == tomllib.loads(bank_file.read_text("utf-8"))
    written = tmp_path / "bank.toml"
    written.write_text(outcome.text, encoding="utf-8")
    check = check_bank(written, Registries())
    assert check.findings == [], "\n".join(str(f) for f in check.findings)


def test_malformed_gift_gives_line_numbered_findings() -> None:
    outcome = import_file(CORPUS / "malformed.gift")
    errors = {f.line: f.message for f in outcome.findings if f.is_error}
    assert "never closed" in errors[5]  # the unclosed brace, on the line of its '{'
    assert "answer 2 has no text" in errors[11]  # the answer with only feedback
    assert outcome.imported == 2
    assert outcome.failed == 7


def test_questions_without_a_blank_line_between_them_get_a_hint() -> None:
    text = "::a:: First? {=yes ~no}\n::b:: Second? {=yes ~no}\n"
    result = parse_gift(text, Path("two.gift"))
    findings = result.findings
    assert (result.questions, result.total, result.failed) == ([], 1, 1)
    assert [(f.line, f.is_error) for f in findings] == [(2, True)]
    assert "separated by a blank line" in findings[0].message


def test_unsupported_types_are_skipped_one_message_each_and_counted() -> None:
    outcome = import_file(CORPUS / "unsupported.gift")
    skipped = [f for f in outcome.findings if f.code == "unsupported-type"]
    assert len(skipped) == outcome.skipped == 8
    words = " ".join(f.message for f in skipped)
    for kind in ("short-answer", "numerical", "matching", "essay", "description"):
        assert kind in words
    assert all(f.severity == "warning" and f.line > 0 for f in skipped)


def test_placeholders_are_written_and_reported() -> None:
    outcome = import_file(CORPUS / "basic.aiken")
    assert outcome.bank is not None
    first = outcome.bank.questions[0]
    assert first.explanation == EXPLANATION_PLACEHOLDER
    assert [o.feedback for o in first.options() if not o.correct] == [FEEDBACK_PLACEHOLDER] * 2
    assert outcome.placeholders == 2


def test_weights_decide_single_or_multiple() -> None:
    outcome = import_file(CORPUS / "multiple-weights.gift")
    assert outcome.bank is not None
    kinds = [(q.type, sorted(q.correct_keys())) for q in outcome.bank.questions]
    assert kinds == [
        ("multiple", ["0", "1"]),
        ("multiple", ["0", "1", "2"]),
        ("single", ["0"]),
    ]


def test_uneven_weights_of_right_answers_are_made_equal_with_a_warning() -> None:
    result = parse_gift("::w:: Pick {~%75%a ~%25%b ~%-100%c}", Path("w.gift"))
    (draft,) = result.questions
    assert [(c.text, c.correct) for c in draft.choices] == [("a", True), ("b", True), ("c", False)]
    assert draft.notes == [
        "uneven weights of the right answers were made equal (answer 1 75%, answer 2 25%): "
        "format v1 gives each of the 2 right answers the same share"
    ]
    even = parse_gift("::e:: Pick {~%33.33333%a ~%33.33334%b ~%33.33333%c ~d}", Path("e.gift"))
    assert even.questions[0].notes == []


def test_format_tags_on_answers_and_feedback_are_read_not_kept() -> None:
    text = (
        "::t::[markdown]Q?{=[html]<b>Yes</b>#[html]Right <i>fb</i> "
        "~[plain]<b>No</b>#Wrong <i>fb</i> ####[html]General &lt;gen&gt;}"
    )
    (draft,) = parse_gift(text, Path("t.gift")).questions
    texts = [(c.text, c.feedback) for c in draft.choices]
    assert texts == [("Yes", "Right fb"), ("<b>No</b>", "Wrong <i>fb</i>")]
    assert draft.explanation == "General <gen>"
    (true_false,) = parse_gift("[html]Q?{F#[plain]<w>#[html]<i>r</i>}", Path("f.gift")).questions
    assert (true_false.feedback, true_false.explanation) == ("<w>", "r")


def test_gift_escapes_and_line_breaks() -> None:
    text = "::A\\:B:: 1 \\= 1 \\{x\\} \\~ \\# \\\\ {=yes\\nno ~no####a\\nb}"
    result = parse_gift(text, Path("x.gift"))
    (draft,) = result.questions
    assert draft.name == "A:B"
    assert draft.prompt == "1 = 1 {x} ~ # \\"
    assert draft.choices[0].text == "yes\nno"
    assert draft.explanation == "a\nb"


def test_format_detection() -> None:
    assert detect_format(Path("a.gift"), "") == "gift"
    assert detect_format(Path("a.aiken"), "") == "aiken"
    assert detect_format(Path("a.txt"), "Q?\nA. x\nB. y\nANSWER: A\n") == "aiken"
    assert detect_format(Path("a.txt"), "Q {=a ~b}") == "gift"
    assert detect_format(Path("a.txt"), "just text") is None


def test_an_unreadable_file_gives_findings_not_exceptions(tmp_path: Path) -> None:
    binary = tmp_path / "x.gift"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    assert [f.code for f in import_file(binary).findings] == ["binary"]
    assert [f.code for f in import_file(tmp_path / "missing.gift").findings] == ["unreadable"]
    unknown = tmp_path / "x.txt"
    unknown.write_text("nothing to see", encoding="utf-8")
    assert [f.code for f in import_file(unknown).findings] == ["unknown-import-format"]


GIFTISH = st.text(alphabet="{}=~#:%\\\n\t -TFRUE$CATEGORY.0123456789ABab[]<>/", max_size=300)
AIKENISH = st.text(alphabet="ABCDE.)\n :?ANSWERxyz,", max_size=300)


@settings(max_examples=200, deadline=None)
@given(st.one_of(GIFTISH, AIKENISH, st.text(max_size=200)), st.sampled_from(["gift", "aiken"]))
def test_import_never_raises_and_always_writes_a_valid_bank(text: str, kind: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"in.{kind}"
        source.write_text(text, encoding="utf-8", errors="replace")
        outcome = import_file(source)
        assert outcome.imported + outcome.skipped + outcome.failed == outcome.total or (
            outcome.total == 0 and outcome.bank is None
        )
        if outcome.bank is not None:
            written = Path(folder) / "out.toml"
            written.write_text(outcome.text, encoding="utf-8")
            check = check_bank(written, Registries())
            assert check.findings == [], "\n".join(str(f) for f in check.findings)
