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


TS_FILE = UI / "i18n" / "quizapp.ts"


def _translated_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Source strings of ``self.tr("...")`` and ``translate("Context", "...")`` calls."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        position = {"tr": 0, "translate": 1}.get(name)
        if position is None or len(node.args) <= position:
            continue
        arg = node.args[position]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append((node.lineno, arg.value))
    return found


def _hidden_from_lupdate(tree: ast.AST) -> list[int]:
    """Lines of calls to a home-made wrapper such as ``_tr("...")``, which lupdate cannot see."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _call_name(node) not in {"tr", "translate"}
        and _call_name(node).lstrip("_") in {"tr", "translate", "t"}
    ]


def test_every_translatable_string_is_in_the_translation_source() -> None:
    import xml.etree.ElementTree as ElementTree

    sources = {element.text or "" for element in ElementTree.parse(TS_FILE).iter("source")}
    missing, hidden = [], []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        missing += [
            f"{path.relative_to(UI)}:{line}: {text!r}"
            for line, text in _translated_literals(tree)
            if text not in sources
        ]
        hidden += [f"{path.relative_to(UI)}:{line}" for line in _hidden_from_lupdate(tree)]
    assert not hidden, "translation wrappers lupdate cannot read:\n" + "\n".join(hidden)
    assert not missing, "run `make translations`; not in quizapp.ts:\n" + "\n".join(missing)


def test_the_translation_check_sees_wrappers_and_missing_strings() -> None:
    tree = ast.parse('_tr("hidden")\nself.tr("seen")\ntranslate("Ctx", "also seen", None, 2)')
    assert _hidden_from_lupdate(tree) == [1]
    assert _translated_literals(tree) == [(2, "seen"), (3, "also seen")]
