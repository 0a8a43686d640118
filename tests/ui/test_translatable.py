"""Every UI string goes through Qt's translation functions: no bare literals in widget text."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "quizapp" / "ui"

#: Calls whose string arguments are shown to the user.
TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setTitle",
    "setPlaceholderText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "addMenu",
    "addButton",
    "QPushButton",
    "QLabel",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "heading",
    "plain_label",
}
#: Literal strings that are not words (separators, formats).
ALLOWED = {"", " ", "\n", "•", "—"}


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


def _bare_literals(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _call_name(node) not in TEXT_CALLS:
            continue
        for arg in node.args[:1]:
            is_text = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if is_text and str(arg.value).strip() not in ALLOWED:  # type: ignore[attr-defined]
                found.append((node.lineno, str(arg.value)))  # type: ignore[attr-defined]
            if isinstance(arg, ast.JoinedStr):
                found.append((node.lineno, "f-string"))
    return found


def test_ui_strings_are_translatable() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        for line, text in _bare_literals(ast.parse(path.read_text(encoding="utf-8"))):
            problems.append(f"{path.relative_to(UI)}:{line}: {text!r}")
    assert not problems, "UI text not wrapped in tr()/translate():\n" + "\n".join(problems)


def test_the_check_catches_a_bare_literal() -> None:
    tree = ast.parse('button = QPushButton("Start")\nlabel.setText(self.tr("ok"))')
    assert _bare_literals(tree) == [(1, "Start")]
