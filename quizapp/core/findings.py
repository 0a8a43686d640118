"""Problems found in bank files, how messages quote their values, and the loader's error."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]
KeyPath = tuple[str | int, ...]
"""Where a value sits in a document, e.g. ``("questions", 3, "choices", 1, "text")``."""

#: Unicode categories never printed as they are: controls, format characters (the
#: bidirectional overrides among them), line and paragraph separators, surrogates, private use.
UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_MAX_SPELT_DEPTH = 8
#: TOML's types as authors name them; a subtype comes before its type (bool is an int).
_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "true/false"),
    (int, "a whole number"),
    (float, "a number"),
    (str, "text"),
    (list, "an array"),
    (dict, "a table"),
    (dt.datetime, "a date and time"),
    (dt.date, "a date"),
    (dt.time, "a time"),
)


def is_unprintable(char: str) -> bool:
    """Tell whether a character must be escaped before it is shown (see above)."""
    return unicodedata.category(char) in UNPRINTABLE_CATEGORIES


def escape_unprintable(text: str) -> str:
    r"""Return ``text`` with every unprintable character written as ``\uXXXX``.

    Keeps a hostile file from moving the cursor, recolouring a terminal or reordering a line
    (Trojan Source) when its content is quoted in a message.
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escape(char) if is_unprintable(char) else char for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(value: object, limit: int = 60) -> str:
    """Return a value from a bank for a message, in plain words and TOML's spelling.

    Text is quoted, numbers and ``true``/``false`` are as written, other values are named
    with their spelling: ``a date (1979-05-27)``, ``an array ([1, 2])``. Everything is
    escaped (see :func:`escape_unprintable`) and shortened to about ``limit`` characters; a
    number too long to show is described by its digits.
    """
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return f"'{escape_unprintable(text)}'"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 3 * limit:
        digits = _digits(value)
        if digits + (value < 0) > limit:
            return f"a number with {digits:,} digits"
    text = escape_unprintable(toml_spelling(value, limit))
    if isinstance(value, dt.date | dt.time | list | dict):
        return f"{toml_kind(value)} ({text})"
    return text


def _digits(number: int) -> int:
    """Return how many decimal digits a whole number has, however long it is."""
    try:
        return len(str(abs(number)))
    except ValueError:  # longer than Python converts to text (a hexadecimal TOML number can be)
        return math.floor((abs(number).bit_length() - 1) * math.log10(2)) + 1


def toml_kind(value: object) -> str:
    """Name a parsed TOML value's type the way an author would: ``a date``, ``text``."""
    if value is None:
        return "nothing"
    return next((name for kind, name in _KINDS if isinstance(value, kind)), "a value")


def toml_spelling(value: object, limit: int = 60) -> str:
    """Return a parsed TOML value as TOML writes it inline, cut after about ``limit`` characters.

    Only as much of a large array or table is spelt out as is shown.
    """
    text = ""
    for piece in _pieces(value, 0):
        text += piece
        if len(text) > limit:
            return text[: limit - 1] + "…"
    return text


def _pieces(value: object, depth: int) -> Iterator[str]:
    if isinstance(value, list | dict) and depth > _MAX_SPELT_DEPTH:
        yield "…"
    elif isinstance(value, list):
        yield "["
        for index, item in enumerate(value):
            yield ", " if index else ""
            yield from _pieces(item, depth + 1)
        yield "]"
    elif isinstance(value, dict):
        yield "{ " if value else "{"
        for index, (key, item) in enumerate(value.items()):
            name = str(key)
            yield ", " if index else ""
            yield (name if _BARE_KEY.fullmatch(name) else _quoted(name)) + " = "
            yield from _pieces(item, depth + 1)
        yield " }" if value else "}"
    else:
        yield _scalar(value)


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        text = value.replace(tzinfo=None).isoformat()
        if offset is None:
            return text
        return text + ("Z" if not offset else value.isoformat()[len(text) :])
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    try:
        return str(value)
    except ValueError:  # a number longer than Python turns into text
        return "…"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, precise enough for a person to find and fix it.

    Attributes:
        path: The file the problem is in.
        line: 1-based line, or 0 when unknown.
        column: 1-based column, or 0 when unknown.
        code: A short stable code for the kind of problem (e.g. ``toml-syntax``).
        message: What is wrong, in plain words.
        question_id: The id of the question concerned, or "" when none.
        key_path: Where in the document, e.g. ``questions[3].choices[1].text``.
        severity: ``error`` (the file cannot be used) or ``warning`` (it can, but should be
            looked at).
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    question_id: str = ""
    key_path: str = ""
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        """Whether this finding makes the file unusable."""
        return self.severity == "error"

    def where(self) -> str:
        """Return ``file:line:col`` (line and column left out when unknown)."""
        parts = [self.path]
        if self.line:
            parts.append(str(self.line))
            parts.append(str(self.column or 1))
        return ":".join(parts)

    def context(self) -> str:
        """Return the question id and key path as ``[id / path]``, or "" when neither is known."""
        bits = [bit for bit in (self.question_id, self.key_path) if bit]
        return f" [{' / '.join(bits)}]" if bits else ""

    def __str__(self) -> str:
        label = "warning: " if self.severity == "warning" else ""
        return escape_unprintable(f"{self.where()}: {label}{self.message}{self.context()}")

    def as_dict(self) -> dict[str, str | int]:
        """Return the finding as a plain dict (for JSON output)."""
        return asdict(self)


def key_path_text(location: KeyPath) -> str:
    """Return a key path as people write it: ``questions[3].choices[1].text``."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True)
class Problem:
    """A finding before its file position is known: what is wrong and at which key path.

    Attributes:
        code: A short stable code, as in :class:`Finding`.
        message: What is wrong, in plain words.
        location: The key path of the value concerned.
        question_id: The id of the question concerned, or "".
        severity: ``error`` or ``warning``.
    """

    code: str
    message: str
    location: KeyPath
    question_id: str = ""
    severity: Severity = "error"


class BankError(Exception):
    """A bank file that cannot be used; carries every finding, not just the first."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = sorted(findings)
        super().__init__("\n".join(str(finding) for finding in self.findings))
