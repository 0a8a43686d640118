"""File ▸ Import…: convert a Moodle GIFT or Aiken file into a bank, from the app.

The same conversion as ``quizapp import`` (:func:`quizapp.core.import_file.import_file`): the
learner picks the file, then where to save the bank (by default their own questions folder,
so it loads at every start). Findings and the summary are shown in plain text; the written
bank is checked by the loader before it is offered to the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quizapp.ui.app import show_plain_message
from quizapp.ui.findings_text import first_findings
from quizapp.ui.widgets import plain_message_box

translate = QCoreApplication.translate


def import_summary(imported: int, total: int, skipped: int, failed: int, placeholders: int) -> str:
    """Return what an import did, in words."""
    lines = [
        translate("BankImport", "Imported %1 of %n question(s).", None, total).replace(
            "%1", str(imported)
        ),
    ]
    if skipped:
        lines.append(
            translate(
                "BankImport",
                "%n question(s) skipped: a type this format cannot hold.",
                None,
                skipped,
            )
        )
    if failed:
        lines.append(
            translate(
                "BankImport", "%n question(s) could not be read; see the details.", None, failed
            )
        )
    if placeholders:
        lines.append(
            translate(
                "BankImport",
                "%n question(s) got placeholder text starting with 'TODO:'; replace it before "
                "handing the bank out.",
                None,
                placeholders,
            )
        )
    return "\n".join(lines)


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.toml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.toml"
        number += 1
    return candidate


def run_import(parent: QWidget | None, data_dir: Path) -> Path | None:
    """Ask for a GIFT or Aiken file, convert it, ask where to save; return the saved bank.

    Returns:
        The written bank file, or None when the learner cancelled or nothing was imported
        (they were told why).
    """
    from quizapp.core.bank import Registries, check_bank
    from quizapp.core.bank_writer import write_text_atomically
    from quizapp.core.import_file import import_file

    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("BankImport", "Import questions"),
        str(Path.home()),
        translate("BankImport", "Moodle GIFT or Aiken files (*.gift *.txt *.aiken);;All files (*)"),
    )
    if not name:
        return None
    source = Path(name)
    outcome = import_file(source)
    details = "\n".join(str(finding) for finding in outcome.findings)
    summary = import_summary(
        outcome.imported, outcome.total, outcome.skipped, outcome.failed, outcome.placeholders
    )
    if outcome.bank is None:
        show_plain_message(
            parent,
            translate("BankImport", "Nothing imported"),
            translate("BankImport", "No question could be imported from %1.").replace(
                "%1", source.name
            )
            + "\n"
            + summary
            + "\n\n"
            + first_findings(outcome.findings),
            details,
        )
        return None
    folder = data_dir / "questions"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path.home()
    target_name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("BankImport", "Save the imported bank"),
        str(_free_name(folder, source.stem)),
        translate("BankImport", "Question banks (*.toml)"),
    )
    if not target_name:
        return None
    target = Path(target_name)
    if target.suffix.lower() != ".toml":
        target = target.with_name(target.name + ".toml")
    try:
        write_text_atomically(target, outcome.text)
    except OSError as error:
        show_plain_message(
            parent,
            translate("BankImport", "The bank was not saved"),
            translate("BankImport", "Could not write %1: %2")
            .replace("%1", str(target))
            .replace("%2", str(error)),
        )
        return None
    check = check_bank(target, Registries())
    if not check.ok:
        details = "\n".join(str(finding) for finding in check.findings)
        show_plain_message(
            parent,
            translate("BankImport", "The imported bank has problems"),
            translate("BankImport", "%1 was written but does not load:").replace("%1", str(target))
            + "\n\n"
            + first_findings(check.findings),
            details,
        )
        return None
    saved = translate("BankImport", "Saved as %1").replace("%1", str(target))
    text = summary + "\n" + saved
    if outcome.findings:
        text += "\n\n" + first_findings(outcome.findings)
    title = translate("BankImport", "Import finished")
    plain_message_box(parent, QMessageBox.Icon.Information, title, text, details).exec()
    return target
