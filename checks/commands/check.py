"""`check`: a ledger against its documents (or another revision of them)."""

from __future__ import annotations

import argparse

from checks.commands.common import (
    DEFAULT_LEDGER,
    add_output_arguments,
    emit,
    fail,
    inputs_of,
    parse_documents,
)
from checks.commands.progress import progress
from checks.engine import InputError, check_ledger
from checks.findings import exit_code
from checks.ledger import LedgerError
from checks.outputs import FORMATS


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="check ledgers against their documents")
    parser.add_argument("ledgers", nargs="*", metavar="LEDGER", default=[DEFAULT_LEDGER],
                        help=f"ledger files (default: {DEFAULT_LEDGER})")
    parser.add_argument("--document", action="append", default=[], metavar="[KEY=]PATH",
                        help="check against this revision of the (named) document")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let ledgers name documents outside their own folder")
    parser.add_argument("--strict", action="store_true",
                        help="an anchor that drifted (matched only approximately) fails instead of warning")
    parser.add_argument("--allow-draft", action="store_true",
                        help="report items still marked 'review: draft' as warnings instead of failing on them")
    add_output_arguments(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    findings = []
    inputs = list(args.ledgers)
    for ledger_path in progress(args.ledgers):
        try:
            check = check_ledger(ledger_path, _documents(args), allow_outside=args.allow_outside,
                                  strict=args.strict)
        except LedgerError as error:
            if args.format == "text":
                return fail(finding.headline for finding in error.findings())
            findings.extend(error.findings())
            continue
        except InputError as error:
            return fail([str(error)])
        findings.extend(check.findings(allow_draft=args.allow_draft))
        inputs.extend(inputs_of(check))
    emit(args, FORMATS[args.format](findings), inputs)
    return exit_code(findings)


def _documents(args: argparse.Namespace) -> dict[str, str] | None:
    return parse_documents(args.document) if args.document else None
