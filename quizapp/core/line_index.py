"""Find the line of a key path in TOML text, since ``tomllib`` keeps no positions for values.

The index knows array-of-tables headers (``[[questions]]``, ``[[questions.choices]]``), plain
table headers (``[bank]``) and ``key = value`` lines. It is a best effort: for documents written
with inline tables it falls back to the nearest enclosing table's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")
_TRIPLE = re.compile(r"\"\"\"|'''")


@dataclass
class _Table:
    """One table (or one element of an array of tables) and the lines of its keys."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)
    children: dict[str, list[_Table]] = field(default_factory=dict)


class LineIndex:
    """Maps key paths like ``("questions", 3, "choices", 1, "text")`` to 1-based lines."""

    def __init__(self, text: str) -> None:
        self._root = _Table(line=0)
        self._tables: dict[str, _Table] = {}
        current = self._root
        in_multiline: str | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline is not None:
                if raw.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(raw)
            if header:
                current = self._open(header[2].replace('"', "").replace(" ", ""), number,
                                     is_array=header[1] == "[[")
                continue
            key = _KEY.match(raw)
            if key:
                current.keys.setdefault(key[1].strip('"'), number)
            quotes = _TRIPLE.findall(raw)
            if len(quotes) % 2 == 1:
                in_multiline = quotes[-1]

    def _open(self, dotted: str, line: int, *, is_array: bool) -> _Table:
        parts = dotted.split(".")
        parent = self._root
        for part in parts[:-1]:
            siblings = parent.children.get(part)
            parent = siblings[-1] if siblings else parent
        table = _Table(line=line)
        siblings = parent.children.setdefault(parts[-1], [])
        if is_array or not siblings:
            siblings.append(table)
            return table
        return siblings[-1]

    def line_of(self, path: tuple[str | int, ...]) -> int:
        """Return the line of the deepest part of ``path`` that the index knows, or 0."""
        table = self._root
        best = 0
        index = 0
        while index < len(path):
            part = path[index]
            if isinstance(part, str) and part in table.children:
                siblings = table.children[part]
                position = 0
                if index + 1 < len(path) and isinstance(path[index + 1], int):
                    position = int(path[index + 1])
                    index += 1
                if position >= len(siblings):
                    return best
                table = siblings[position]
                best = table.line or best
            elif isinstance(part, str) and part in table.keys:
                return table.keys[part]
            else:
                return best
            index += 1
        return best
