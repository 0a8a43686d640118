"""Command line: one parser for the GUI and the non-GUI commands.

``quizapp`` (GUI entry point) and ``quizapp-cli`` (console entry point) share it. With no
sub-command the app opens. Sub-commands import their module only when run, so ``--help`` and
start-up stay fast. A user never sees a traceback: unexpected errors become one line and exit 1.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from quizapp import __version__

#: Sub-commands: name -> (module under quizapp.commands, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("quizapp.ui.app", "open the app (the default)"),
    "validate": ("quizapp.commands.validate", "check bank files and print every problem"),
    "import": ("quizapp.commands.import_bank", "convert a Moodle GIFT or Aiken file to a bank"),
    "export-history": ("quizapp.commands.export_history", "write every answer as CSV or JSON"),
    "export-missed": ("quizapp.commands.export_missed", "write a study sheet of missed questions"),
}


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for your progress and settings (default: the system's app data folder)",
    )
    parser.add_argument(
        "--bank",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="load one more bank file or folder beside the bundled course (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command."""
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="QuizApp: learn the difference between back dimples and the sacral dimple.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_gui_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        if importlib.util.find_spec(module) is None:
            continue  # a command not built yet must not break --help and --version
        child = sub.add_parser(name, help=help_text, description=help_text)
        if name == "gui":
            _add_gui_options(child)
        else:
            configure = getattr(importlib.import_module(module), "configure_parser", None)
            if configure is not None:
                configure(child)
    return parser


def _argv_wants_help_or_subcommand(argv: Sequence[str]) -> bool:
    return any(arg in COMMANDS or arg in {"-h", "--help", "--version"} for arg in argv)


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _argv_wants_help_or_subcommand(args_list):
        parser = build_parser()
    else:
        # The common case (open the app): skip importing the sub-command modules.
        parser = argparse.ArgumentParser(prog="quizapp", add_help=False)
        _add_gui_options(parser)
    args = parser.parse_args(args_list)
    command = getattr(args, "command", None) or "gui"
    module = importlib.import_module(COMMANDS[command][0])
    code: int = module.main(args)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run, turning any unexpected error into one plain line."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        return 130
    except SystemExit:
        raise
    except Exception as error:  # noqa: BLE001 - the last line of defence for the user
        print(f"quizapp: unexpected error: {error}", file=sys.stderr)
        return 1


def console_main() -> None:
    """Console-script entry point."""
    sys.exit(main())
