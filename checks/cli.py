"""Command-line front end: `python -m checks COMMAND ...`.

Each command is a module with `register(subparsers)` that sets `run` on its
parser; this file only assembles them and, at the edge, turns unusable input
(LedgerError, InputError, OutputError) into exit 2 with one line per problem
on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from checks.commands.common import OutputError, fail
from checks.engine import InputError
from checks.ledger import LedgerError

COMMANDS = {
    "check": "checks.commands.check",
    "schema": "checks.commands.schema",
    "coverage": "checks.commands.coverage",
    "mutate": "checks.commands.mutate",
    "report": "checks.commands.report",
    "accept": "checks.commands.accept",
    "lint": "checks.commands.lint",
    "draft": "checks.commands.draft",
    "parity": "checks.commands.parity",
}


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, told the terminal's width (its own way to learn it
    imports shutil, and with it bz2 and lzma: 3.5 ms of every command)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """As shutil.get_terminal_size() reads it: $COLUMNS, then the terminal, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser (and each command's subparser) with `_Formatter`."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of one command, or of all of them (for help and mistakes): a
    command's module imports what it runs on, so `check` does not load `lint`."""
    parser = _Parser(
        prog="python -m checks",
        description="Check the figures stated in a document against its ledger.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name, module in COMMANDS.items():
        if command in (None, name):
            importlib.import_module(module).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except LedgerError as error:
        return fail(finding.headline for finding in error.findings())
    except (InputError, OutputError) as error:
        return fail([str(error)])
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
