"""`mutate`: how many stated figures does the ledger protect by a relation?"""

from __future__ import annotations

import argparse
import json
from fractions import Fraction

from checks import mutation
from checks.commands.common import DEFAULT_LEDGER, emit, inputs_of
from checks.engine import check_ledger
from checks.interval import format_decimal


def register(subparsers) -> None:
    parser = subparsers.add_parser("mutate", help="perturb each figure and report which relations catch it")
    parser.add_argument("ledger", nargs="?", default=DEFAULT_LEDGER, metavar="LEDGER")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE (atomically)")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let the ledger name documents outside its own folder")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    check = check_ledger(args.ledger, allow_outside=args.allow_outside)
    report = mutation.analyse(check)
    emit(args, _json(report) if args.format == "json" else _text(report), inputs_of(check))
    return 0


def _percent(numerator: int, denominator: int) -> str:
    return format_decimal(Fraction(100 * numerator, denominator or 1), 1) + "%"


def _text(report: mutation.MutationReport) -> str:
    lines = []
    for mutant in report.mutants:
        verdict = "relation " + ", ".join(mutant.caught_by) if mutant.by_relation else "snapshot only"
        lines.append(f"{mutant.reading.location}: {mutant.claim} {mutant.stated}: {verdict}")
    total = len(report.mutants)
    caught = report.caught_by_relation
    lines.append(f"mutants: {total}, caught by a relation: {caught}, caught only by the snapshot: {total - caught}, "
                 f"mutation score: {_percent(caught, total)}")
    for kind in sorted(report.kind_totals):
        lines.append(f"  {kind}: caught {report.kind_caught[kind]} of {report.kind_totals[kind]} "
                     f"({_percent(report.kind_caught[kind], report.kind_totals[kind])})")
    unprotected = report.unprotected()
    lines.append(f"claims with a mutant no relation caught ({len(unprotected)}): {', '.join(unprotected) or 'none'}")
    return "\n".join(lines) + "\n"


def _json(report: mutation.MutationReport) -> str:
    total = len(report.mutants)
    document = {
        "version": 1,
        "mutants": [
            {"claim": m.claim, "mutation": m.stated, "caught_by": list(m.caught_by),
             "location": {"path": m.reading.location.path, "line": m.reading.location.line,
                          "column": m.reading.location.column}}
            for m in report.mutants
        ],
        "summary": {
            "mutants": total,
            "caught_by_relation": report.caught_by_relation,
            "caught_only_by_snapshot": total - report.caught_by_relation,
            "score": format_decimal(report.score * 100, 2),
            "by_kind": {kind: {"caught": report.kind_caught[kind], "mutants": report.kind_totals[kind]}
                        for kind in sorted(report.kind_totals)},
            "unprotected": report.unprotected(),
        },
    }
    return json.dumps(document, indent=2) + "\n"
