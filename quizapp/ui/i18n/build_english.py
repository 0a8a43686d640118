"""Build the English plural forms file (``quizapp_en.qm``) from the ``%n`` strings of the UI.

Source strings say ``%n question(s)``; Qt shows the right form only through a translation, so
English needs one too. Run by ``make translations``; the result is committed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent


def english_forms(source: str) -> tuple[str, str]:
    """Return the singular and plural English forms of a ``%n`` source string."""
    if "(s)" in source or "(zes)" in source:
        singular = source.replace("(s)", "").replace("(zes)", "")
        plural = source.replace("(s)", "s").replace("(zes)", "zes")
        # A verb that agrees with the count is written "[was|were]": first form for one.
        singular = re.sub(r"\[(\w+)\|(\w+)\]", r"\1", singular)
        plural = re.sub(r"\[(\w+)\|(\w+)\]", r"\2", plural)
        return singular, plural
    return re.sub(r"\bquestions\b", "question", source), source


def main() -> int:
    """Write ``quizapp_en.ts`` and compile it to ``quizapp_en.qm``."""
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    ts_file = HERE / "quizapp_en.ts"
    subprocess.run(
        [
            str(bin_dir / "pyside6-lupdate"),
            *sources,
            "-pluralonly",
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.getroot().set("language", "en")
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), str(ts_file), "-qm", str(HERE / "quizapp_en.qm")],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
