"""Find the line and column of a key path in TOML text, since ``tomllib`` keeps no positions.

A small scanner walks text that ``tomllib`` has already accepted and records where every key,
table header, array-of-tables element and array item starts, so a finding about
``questions[3].choices[1].text`` or ``questions[3].sources[2]`` can point at the exact spot.
It understands every TOML string form, inline tables, multi-line arrays, comments, dotted and
quoted keys. It never raises: on anything unexpected it keeps what it has found so far, and
:meth:`LineIndex.position_of` falls back to the nearest enclosing key or table it knows.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from itertools import accumulate

Path = tuple[str | int, ...]

_SKIP = re.compile(r"[ \t\r\n]*(?:#[^\n]*[ \t\r\n]*)*")
_BLANK = re.compile(r"[ \t]*")
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
_LITERAL = re.compile(r"'[^'\n]*'")
_ML_BASIC = re.compile(r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*""""{0,2}', re.S)
_ML_LITERAL = re.compile(r"'''[^']*(?:'(?!'')[^']*)*''''{0,2}", re.S)
_SCALAR = re.compile(r"[^\s,\]\}#]+(?: [0-9][^\s,\]\}#]*)?")
# One whole ``key = value`` line with a bare key and a one-line value: the common case,
# matched in one go (the general path below handles everything else).
_SIMPLE_LINE = re.compile(
    r"""([A-Za-z0-9_-]+)[ \t]*=[ \t]*"""
    r"""(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|'[^'\n]*'|[^\s,\[\]{}#"']+(?: [0-9][^\s,\]}#]*)?)"""
    r"""[ \t]*(?:#[^\n]*)?(?=\r?\n|\Z)"""
    # ...and the blank lines and comments after it, up to the next statement.
    r"""[ \t\r\n]*(?:#[^\n]*[ \t\r\n]*)*"""
)
# A table or array-of-tables header with bare keys only (``[[questions.choices]]``).
_BARE_DOTTED = r"[ \t]*([A-Za-z0-9_-]+(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]+)*)[ \t]*"
_ARRAY_HEADER = re.compile(rf"\[\[{_BARE_DOTTED}\]\]")
_TABLE_HEADER = re.compile(rf"\[{_BARE_DOTTED}\]")
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _StopScanError(Exception):
    """The scanner met something it does not understand; keep what was found."""


class LineIndex:
    """Maps key paths like ``("questions", 3, "choices", 1, "text")`` to lines and columns."""

    def __init__(self, text: str) -> None:
        self._text = text
        # Where each line starts: 0, then one past each newline (summed line lengths, in C).
        self._starts = list(
            accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0)
        )
        self._offsets: dict[Path, int] = {}
        self._arrays: dict[Path, int] = {}
        with contextlib.suppress(_StopScanError, IndexError, RecursionError, ValueError):
            self._scan()

    # -- queries -----------------------------------------------------------------------------

    def position_of(self, path: Path) -> tuple[int, int]:
        """Return the 1-based (line, column) of the deepest known part of ``path``, or (0, 0)."""
        for length in range(len(path), 0, -1):
            offset = self._offsets.get(path[:length])
            if offset is not None:
                line = bisect_right(self._starts, offset)
                return line, offset - self._starts[line - 1] + 1
        return 0, 0

    def line_of(self, path: Path) -> int:
        """Return the line of the deepest known part of ``path``, or 0."""
        return self.position_of(path)[0]

    # -- scanning ----------------------------------------------------------------------------

    def _scan(self) -> None:
        text = self._text
        table: Path = ()
        pos = _end(_SKIP, text, 0)
        end = len(text)
        offsets = self._offsets
        simple_line = _SIMPLE_LINE.match
        while pos < end:
            # Most lines are ``key = value``: matched with the blank lines after them in one go.
            simple = simple_line(text, pos)
            if simple is not None:
                offsets.setdefault((*table, simple[1]), pos)
                pos = simple.end()
                continue
            if (header := _ARRAY_HEADER.match(text, pos)) is not None:
                pos = header.end()
                table = self._open_array(_bare_parts(header[1]), self._line_start(pos))
            elif (header := _TABLE_HEADER.match(text, pos)) is not None:
                pos = header.end()
                table = self._resolve(_bare_parts(header[1]))
                offsets.setdefault(table, self._line_start(pos))
            elif text.startswith("[[", pos):
                parts, pos = self._key(pos + 2)
                pos = self._expect(pos, "]]")
                table = self._open_array(parts, self._line_start(pos))
            elif text[pos] == "[":
                parts, pos = self._key(pos + 1)
                pos = self._expect(pos, "]")
                table = self._resolve(parts)
                offsets.setdefault(table, self._line_start(pos))
            else:
                start = pos
                parts, pos = self._key(pos)
                self._record(table, parts, start)
                pos = self._expect(pos, "=")
                pos = self._value((*table, *parts), _end(_BLANK, text, pos))
            pos = _end(_SKIP, text, pos)

    def _line_start(self, pos: int) -> int:
        """Return the offset of the first non-blank character of the line holding ``pos``."""
        start = self._starts[bisect_right(self._starts, pos - 1) - 1]
        return _end(_BLANK, self._text, start)

    def _record(self, table: Path, parts: tuple[str, ...], offset: int) -> None:
        for length in range(1, len(parts) + 1):
            self._offsets.setdefault((*table, *parts[:length]), offset)

    def _resolve(self, parts: tuple[str, ...]) -> Path:
        """Turn header parts into a path, entering the last element of arrays of tables."""
        resolved: list[str | int] = []
        for part in parts:
            resolved.append(part)
            count = self._arrays.get(tuple(resolved))
            if count:
                resolved.append(count - 1)
        return tuple(resolved)

    def _open_array(self, parts: tuple[str, ...], offset: int) -> Path:
        array = (*self._resolve(parts[:-1]), parts[-1])
        count = self._arrays.get(array, 0)
        self._arrays[array] = count + 1
        self._offsets.setdefault(array, offset)
        element = (*array, count)
        self._offsets[element] = offset
        return element

    def _expect(self, pos: int, token: str) -> int:
        pos = _end(_BLANK, self._text, pos)
        if not self._text.startswith(token, pos):
            raise _StopScanError
        return pos + len(token)

    def _key(self, pos: int) -> tuple[tuple[str, ...], int]:
        text = self._text
        parts: list[str] = []
        while True:
            pos = _end(_BLANK, text, pos)
            match = _BARE.match(text, pos)
            if match:
                parts.append(match[0])
            elif (match := _BASIC.match(text, pos)) is not None:
                parts.append(_unescape(match[0][1:-1]))
            elif (match := _LITERAL.match(text, pos)) is not None:
                parts.append(match[0][1:-1])
            else:
                raise _StopScanError
            pos = _end(_BLANK, text, match.end())
            if not text.startswith(".", pos):
                return tuple(parts), pos
            pos += 1

    def _value(self, path: Path, pos: int) -> int:
        text = self._text
        char = text[pos]
        if char == "[":
            return self._array(path, pos + 1)
        if char == "{":
            return self._inline_table(path, pos + 1)
        for pattern in (_ML_BASIC, _ML_LITERAL, _BASIC, _LITERAL, _SCALAR):
            match = pattern.match(text, pos)
            if match:
                return match.end()
        raise _StopScanError

    def _array(self, path: Path, pos: int) -> int:
        text = self._text
        index = 0
        while True:
            pos = _end(_SKIP, text, pos)
            if text[pos] == "]":
                return pos + 1
            self._offsets.setdefault((*path, index), pos)
            pos = _end(_SKIP, text, self._value((*path, index), pos))
            if text[pos] == ",":
                pos += 1
                index += 1
            elif text[pos] == "]":
                return pos + 1
            else:
                raise _StopScanError

    def _inline_table(self, path: Path, pos: int) -> int:
        text = self._text
        while True:
            pos = _end(_BLANK, text, pos)
            if text[pos] == "}":
                return pos + 1
            start = pos
            parts, pos = self._key(pos)
            self._record(path, parts, start)
            pos = self._expect(pos, "=")
            pos = self._value((*path, *parts), _end(_BLANK, text, pos))
            pos = _end(_BLANK, text, pos)
            if text[pos] == ",":
                pos += 1
            elif text[pos] != "}":
                raise _StopScanError


def _bare_parts(key: str) -> tuple[str, ...]:
    """Split a dotted key of bare parts (``questions . choices``) into its parts."""
    return tuple(part.strip(" \t") for part in key.split("."))


def _end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Return where a pattern that may match nothing stops matching from ``pos``."""
    match = pattern.match(text, pos)
    return match.end() if match else pos


def _unescape(body: str) -> str:
    r"""Decode the escapes of a basic-string key (``"a\u00e9"``)."""

    def replace(match: re.Match[str]) -> str:
        code = match[1]
        if len(code) > 1:
            return chr(int(code[1:], 16))
        return _SIMPLE_ESCAPES.get(code, code)

    return _ESCAPE.sub(replace, body)
