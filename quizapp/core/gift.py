r"""Parse Moodle GIFT text into draft questions, with a line-numbered finding for each problem.

Supported: multiple choice with one right answer (``=right ~wrong``), multiple answers with
percentage weights (``~%50%a ~%-100%b``; right means a weight above 0), true/false (``{T}``,
``{TRUE}``, ``{F}``, ``{FALSE}``, with ``#feedback``), per-answer feedback ``#...``, general
feedback ``####...``, names ``::name::``, ``$CATEGORY:`` lines, ``//`` comment lines, the
escapes ``\~ \= \# \{ \} \: \\ \n``, questions and answers over several lines, missing-word
questions (text after the answers), and the format tags ``[markdown]``, ``[html]``, ``[plain]``
and ``[moodle]`` at the start of the question text, of an answer or of a feedback (an answer or
feedback without one takes the question's; HTML is reduced to its text; everything stays plain
text). Questions are separated by blank lines, as in Moodle. Short answer, numerical, matching
and essay questions are skipped with a warning each; uneven weights of right answers, which
format v1 cannot hold, are made even with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from quizapp.core.findings import Finding
from quizapp.core.importing import DraftChoice, DraftQuestion, ParseResult

_ESCAPABLE = "~=#{}:\\"
_FORMAT_TAG = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
#: Right answers' weights closer than this are even (Moodle writes thirds as 33.33333%).
_WEIGHT_TOLERANCE = 0.01
_TRUE_FALSE = {"t": True, "true": True, "f": False, "false": False}


class _MalformedError(Exception):
    """A question that cannot be read; carries the message and the offset concerned."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class _UnsupportedError(Exception):
    """A well-formed question of a type that format v1 cannot hold."""


@dataclass
class _Block:
    """One question's text, with comment lines blanked, and the line it starts on."""

    text: str
    line: int

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, max(offset, 0))


def parse_gift(text: str, path: Path) -> ParseResult:
    """Parse GIFT text.

    Args:
        text: The file's content.
        path: The file, for findings.

    Returns:
        The drafts of the questions format v1 can hold, and every finding.
    """
    result = ParseResult()
    category = ""
    for block in _blocks(text):
        body = block.text
        match = re.match(r"\s*\$CATEGORY:\s*(.*)", body)
        if match:
            category = match[1].split("\n", 1)[0].strip().rsplit("/", 1)[-1]
            rest = body.find("\n", match.start(1))
            if rest < 0 or not body[rest:].strip():
                continue
            block = _Block("\n" * body.count("\n", 0, rest) + body[rest:], block.line)
        result.total += 1
        try:
            draft = _question(block)
        except _MalformedError as error:
            result.failed += 1
            result.findings.append(
                Finding(str(path), block.line_at(error.offset), 1, "gift-syntax", str(error))
            )
            continue
        except _UnsupportedError as error:
            result.skipped += 1
            finding = Finding(
                str(path), block.line, 1, "unsupported-type", str(error), severity="warning"
            )
            result.findings.append(finding)
            continue
        draft.category, draft.number = category, result.total
        result.questions.append(draft)
    return result


def _blocks(text: str) -> list[_Block]:
    """Split the text at blank lines; comment lines are blanked but do not split."""
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r").lstrip("\ufeff")
        if not line.strip():
            if current:
                blocks.append(_Block("\n".join(current), start))
                current = []
            continue
        if line.lstrip().startswith("//"):
            line = ""
            if not current:
                continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append(_Block("\n".join(current), start))
    return blocks


def _find(text: str, target: str, start: int = 0) -> int:
    """Return the offset of the first unescaped ``target`` at or after ``start``, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(target, index):
            return index
        index += 1
    return -1


def _question(block: _Block) -> DraftQuestion:
    body = block.text
    name = ""
    head = len(body) - len(body.lstrip())
    if body.startswith("::", head):
        end = _find(body, "::", head + 2)
        if end < 0:
            raise _MalformedError(
                "the question name opened with '::' is never closed with '::'", head
            )
        name = _plain(body[head + 2 : end], "plain")
        head = end + 2
    opening = _find(body, "{", head)
    if opening < 0:
        stray = _find(body, "}", head)
        if stray >= 0:
            raise _MalformedError(
                "'}' without an opening '{' (write \\} for a literal brace)", stray
            )
        raise _UnsupportedError(
            "skipped: text without an answer block { } (a description, not a question)"
        )
    closing = _find(body, "}", opening + 1)
    if closing < 0:
        raise _MalformedError(
            "the answer block opened with '{' here is never closed with '}'", opening
        )
    nested = _find(body, "{", opening + 1)
    if 0 <= nested < closing:
        raise _MalformedError("'{' inside an answer block (write \\{ for a literal brace)", nested)
    after = body[closing + 1 :]
    if _find(after, "{") >= 0 or _find(after, "}") >= 0:
        offset = closing + 1 + max(_find(after, "{"), _find(after, "}"))
        raise _MalformedError(
            "more than one answer block, or a stray brace, in one question (questions must be "
            "separated by a blank line)",
            offset,
        )
    fmt, before = _format_of(body[head:opening], "moodle")
    prompt = _plain(before, fmt)
    if after.strip():
        prompt = f"{prompt} _____ {_plain(after, fmt)}".strip()
    if not prompt:
        raise _MalformedError("the question has no text before its answer block", opening)
    draft = _answers(body, opening + 1, closing, block, fmt)
    draft.prompt, draft.name = prompt, name
    return draft


def _answers(body: str, start: int, end: int, block: _Block, fmt: str) -> DraftQuestion:
    content = body[start:end]
    kind_hint = content.strip()
    if not kind_hint:
        raise _UnsupportedError(
            "skipped: an essay question ({}) has no answers that format v1 can hold"
        )
    if kind_hint.startswith("#"):
        raise _UnsupportedError(
            "skipped: a numerical question ({#...}) cannot be held in format v1"
        )
    general = ""
    split = _find(content, "####")
    if split >= 0:
        general = _tagged(content[split + 4 :], fmt)
        content = content[:split]
        if not content.strip():
            raise _UnsupportedError(
                "skipped: an essay question ({####...}) has no answers that format v1 can hold"
            )
    true_false = re.match(r"\s*(true|false|t|f)\s*(?=#|$)", content, re.IGNORECASE)
    if true_false:
        parts = [_tagged(part, fmt) for part in _split_unescaped(content[true_false.end() :], "#")]
        wrong, right = [*parts[1:], "", ""][:2]
        draft = DraftQuestion(
            block.line,
            "true_false",
            "",
            answer=_TRUE_FALSE[true_false[1].lower()],
            feedback=wrong,
            explanation=general or right,
        )
        if general and right and right != general:
            draft.notes.append(
                "the feedback for the right answer was left out (format v1 shows the general "
                "feedback instead)"
            )
        return draft
    choices = _choices(content, start)
    only_right = all(marker == "=" for marker, *_ in choices)
    if only_right and any(_find(text, "->") >= 0 for _, text, _, _ in choices):
        raise _UnsupportedError(
            "skipped: a matching question (=a -> b) cannot be held in format v1"
        )
    if only_right:
        raise _UnsupportedError(
            "skipped: a short-answer question (only '=' answers) cannot be held in format v1"
        )
    return _choice_question(choices, block, general, fmt)


def _choices(content: str, start: int) -> list[tuple[str, str, float, int]]:
    """Split an answer block into (marker, raw text, weight, offset) tuples."""
    first = len(content) - len(content.lstrip())
    if content[first] not in "=~":
        raise _MalformedError(
            "each answer must start with '=' (right) or '~' (wrong)", start + first
        )
    marks = [i for i in range(len(content)) if content[i] in "=~" and not _escaped(content, i)]
    marks.append(len(content))
    found = []
    for position, offset in enumerate(marks[:-1]):
        raw = content[offset + 1 : marks[position + 1]]
        weight = 100.0 if content[offset] == "=" else 0.0
        match = _WEIGHT.match(raw.lstrip())
        if match:
            weight = float(match[1])
            raw = raw.lstrip()[match.end() :]
        elif raw.lstrip().startswith("%"):
            raise _MalformedError("a weight must look like %50% or %-25%", start + offset)
        found.append((content[offset], raw, weight, start + offset))
    return found


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _split_unescaped(text: str, separator: str) -> list[str]:
    parts, start = [], 0
    while (index := _find(text, separator, start)) >= 0:
        parts.append(text[start:index])
        start = index + len(separator)
    return [*parts, text[start:]]


def _choice_question(
    choices: list[tuple[str, str, float, int]], block: _Block, general: str, fmt: str
) -> DraftQuestion:
    drafts = []
    for number, (_, raw, weight, offset) in enumerate(choices, start=1):
        text, *feedback = _split_unescaped(raw, "#")
        plain = _tagged(text, fmt)
        if not plain:
            raise _MalformedError(f"answer {number} has no text", offset)
        feedback_text = _tagged("#".join(feedback), fmt)
        drafts.append(DraftChoice(plain, weight > 0, feedback_text, block.line_at(offset)))
    weights = [weight for _, _, weight, _ in choices]
    full = [choice for choice, weight in zip(drafts, weights, strict=True) if weight >= 99.99]
    if len(full) > 1:
        raise _UnsupportedError(
            "skipped: more than one answer is fully right ('either is right' "
            "cannot be held in format v1; use %weights for 'pick all that apply')"
        )
    if len(full) == 1:
        partial = [n for n, c in enumerate(drafts, start=1) if c.correct and c is not full[0]]
        for choice in drafts:
            choice.correct = choice is full[0]
        draft = DraftQuestion(block.line, "single", "", choices=drafts, explanation=general)
        if partial:
            listed = ", ".join(str(number) for number in partial)
            draft.notes.append(
                f"partial credit of answer {listed} was dropped: only the 100% answer counts "
                "as right in format v1"
            )
        return draft
    if not any(choice.correct for choice in drafts):
        message = "no answer is right: mark one with '=' or give it a weight above 0%"
        raise _MalformedError(message, choices[0][3])
    draft = DraftQuestion(block.line, "multiple", "", choices=drafts, explanation=general)
    right = [(number, w) for number, w in enumerate(weights, start=1) if w > 0]
    if max(w for _, w in right) - min(w for _, w in right) > _WEIGHT_TOLERANCE:
        listed = ", ".join(f"answer {number} {_percent(w)}" for number, w in right)
        draft.notes.append(
            f"uneven weights of the right answers were made equal ({listed}): format v1 gives "
            f"each of the {len(right)} right answers the same share"
        )
    return draft


def _percent(weight: float) -> str:
    return f"{weight:g}%"


class _TextOnly(HTMLParser):
    """Collect the text of an HTML fragment; paragraphs and breaks become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "p", "div", "li"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _format_of(text: str, default: str) -> tuple[str, str]:
    """Return the format a text's leading tag names (``default`` without one) and the rest."""
    tag = _FORMAT_TAG.match(text)
    return (tag[1].lower(), text[tag.end() :]) if tag else (default, text)


def _tagged(text: str, default: str) -> str:
    """Return an answer's or a feedback's plain text: its own format tag, else the question's."""
    fmt, rest = _format_of(text, default)
    return _plain(rest, fmt)


def _plain(text: str, fmt: str) -> str:
    """Unescape GIFT text and make it plain: white space folded, HTML reduced to text."""
    folded = " ".join(text.split())
    out: list[str] = []
    index = 0
    while index < len(folded):
        char = folded[index]
        if char == "\\" and index + 1 < len(folded):
            following = folded[index + 1]
            if following in _ESCAPABLE:
                out.append(following)
                index += 2
                continue
            if following == "n":
                out.append("\n")
                index += 2
                continue
        out.append(char)
        index += 1
    plain = "".join(out)
    if fmt == "html":
        parser = _TextOnly()
        parser.feed(plain)
        parser.close()
        plain = "".join(parser.parts)
        plain = "\n".join(" ".join(line.split()) for line in plain.splitlines())
        plain = re.sub(r"\n{2,}", "\n", plain)
    return plain.strip()
