"""Problems found while reading bank files, and the one error type the loader raises."""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]
KeyPath = tuple[str | int, ...]
"""Where a value sits in a document, e.g. ``("questions", 3, "choices", 1, "text")``."""

#: Unicode categories never printed as they are: controls, format characters (the
#: bidirectional overrides among them), line and paragraph separators, surrogates, private use.
UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})


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
    """Return a value from a bank for a message: escaped, shortened, text in quotes."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = escape_unprintable(text)
    return f"'{text}'" if isinstance(value, str) else text


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
