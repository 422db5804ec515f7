"""`parity`: the figures of a translation against its original, no ledger needed."""

from __future__ import annotations

import argparse

from checks.commands.common import add_output_arguments, emit, fail, write_output
from checks.document import DocumentError
from checks.findings import exit_code
from checks.outputs import FORMATS
from checks.parity import BilingualError, compare, read_pair
from checks.parity.claims import ClaimsError, ledger_text
from checks.parity.expected import ExpectedError, apply_expected, load_expected
from checks.parity.page import render as render_page


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "parity", help="compare the figures of a translation with its original's",
        description="Align ORIGINAL and TRANSLATION by paragraphs, then their figures, and report every "
                    "figure missing, added, changed, mis-scaled, re-united or re-hedged. A TMX, XLIFF or PO "
                    "file given alone holds both sides, already aligned.",
    )
    parser.add_argument("original", metavar="ORIGINAL", help="the original text (or a bilingual TMX/XLIFF/PO file)")
    parser.add_argument("translation", metavar="TRANSLATION", nargs="?", help="the translation (plain text)")
    parser.add_argument("--subset", action="store_true",
                        help="TRANSLATION is derived from ORIGINAL (a story of a briefing): its every figure must "
                             "be stated by ORIGINAL; nothing is reported missing")
    parser.add_argument("--expected", metavar="FILE", help="YAML list of accepted findings {rule, id, line, reason}")
    parser.add_argument("--html", metavar="OUT", help="also write the two texts side by side, aligned figures linked")
    parser.add_argument("--into", metavar="LEDGER",
                        help="also write a bilingual ledger: one claim per aligned pair, marked for review")
    add_output_arguments(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    inputs = [args.original, *([args.translation] if args.translation else [])]
    try:
        original, translation, aligned = read_pair(args.original, args.translation)
        expected = load_expected(args.expected) if args.expected else []
    except (DocumentError, BilingualError, ExpectedError) as error:
        return fail([str(error)])
    except OSError as error:
        return fail([f"{error.filename}:1:1: cannot read: {error.strerror}"])
    if args.expected:
        inputs.append(args.expected)
    parity = compare(original, translation, aligned=aligned, subset=args.subset)
    findings = apply_expected(parity.findings, expected, args.expected) if args.expected else parity.findings
    if args.into:
        try:
            text = ledger_text(parity, args.into)
        except ClaimsError as error:
            return fail([str(error)])
        write_output(args.into, text, inputs)
    if args.html:
        write_output(args.html, render_page(parity, findings), inputs)
    emit(args, FORMATS[args.format](findings), inputs)
    return exit_code(findings)
