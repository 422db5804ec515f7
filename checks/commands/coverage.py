"""`coverage`: every number of each document, claimed, ignored or uncovered."""

from __future__ import annotations

import argparse
from fractions import Fraction

from checks import coverage
from checks.commands.common import (
    DEFAULT_LEDGER,
    add_output_arguments,
    emit,
    inputs_of,
)
from checks.engine import check_ledger
from checks.interval import format_decimal
from checks.outputs import FORMATS, json_format


def register(subparsers) -> None:
    parser = subparsers.add_parser("coverage", help="list every number and whether the ledger covers it")
    parser.add_argument("ledger", nargs="?", default=DEFAULT_LEDGER, metavar="LEDGER")
    parser.add_argument("--fail-under", type=Fraction, default=Fraction(100), metavar="PCT",
                        help="exit 1 when coverage of any document is below PCT (default 100)")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let the ledger name documents outside its own folder")
    add_output_arguments(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    check = check_ledger(args.ledger, allow_outside=args.allow_outside)
    measured = coverage.measure(check)
    findings = coverage.findings(check, measured)
    if args.format == "json":
        text = json_format.render(findings, extra={"coverage": [_as_dict(check, item) for item in measured]})
    elif args.format == "text":
        text = "".join(_as_text(check, item) for item in measured)
    else:
        text = FORMATS[args.format](findings)
    emit(args, text, inputs_of(check))
    return 1 if any(item.percent < args.fail_under for item in measured) else 0


def _as_text(check, item: coverage.DocumentCoverage) -> str:
    document = check.documents[item.key]
    lines = []
    for number in item.numbers:
        line, column = document.position(number.start)
        detail = f"  ({number.by})" if number.by else ""
        lines.append(f"{document.path}:{line}:{column}: {number.status:<9} {number.text!r}{detail}")
    lines.append(
        f"{document.path}: {len(item.numbers)} numbers, {item.count('claimed')} claimed, "
        f"{item.count('ignored')} ignored, {item.count('uncovered')} uncovered: "
        f"coverage {format_decimal(item.percent, 1)}%"
    )
    return "\n".join(lines) + "\n"


def _as_dict(check, item: coverage.DocumentCoverage) -> dict:
    document = check.documents[item.key]
    numbers = []
    for number in item.numbers:
        line, column = document.position(number.start)
        numbers.append({"text": number.text, "line": line, "column": column, "status": number.status, "by": number.by})
    return {
        "document": item.key,
        "path": document.path,
        "numbers": numbers,
        "total": len(item.numbers),
        "claimed": item.count("claimed"),
        "ignored": item.count("ignored"),
        "uncovered": item.count("uncovered"),
        "percent": format_decimal(item.percent, 2),
    }
