"""Command-line front end: `python -m checks COMMAND ...`.

Each command is a module with `register(subparsers)` that sets `run` on its
parser; this file only assembles them and, at the edge, turns unusable input
(LedgerError, InputError, OutputError) into exit 2 with one line per problem
on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from checks.commands.common import OutputError, fail
from checks.engine import InputError
from checks.ledger import LedgerError

COMMANDS = (
    "checks.commands.check",
    "checks.commands.schema",
    "checks.commands.coverage",
    "checks.commands.mutate",
    "checks.commands.report",
    "checks.commands.accept",
    "checks.commands.lint",
    "checks.commands.draft",
    "checks.commands.parity",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m checks",
        description="Check the figures stated in a document against its ledger.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
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
