"""`report`: an HTML page of the documents with every number marked by status.

    python -m checks report [LEDGER] --html OUT.html [--document [KEY=]PATH] [--no-mutation]

The page holds the documents, every number coloured by its status, the details of
each figure (claim, mentions, relations with their arithmetic, findings), a
header with the counts and the mutation score, and the list of findings. It is
written atomically. The command prints one summary line and exits like `check`:
0 clean, 1 findings, 2 unusable input.
"""

from __future__ import annotations

import argparse

from checks.commands.common import (
    DEFAULT_LEDGER,
    fail,
    inputs_of,
    parse_documents,
    write_output,
)
from checks.engine import check_ledger
from checks.findings import exit_code
from checks.lint import LintConfigError
from checks.statuses import LABELS, STATUSES, assess


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="write an HTML page of a document with every number marked")
    parser.add_argument("ledger", nargs="?", default=DEFAULT_LEDGER, metavar="LEDGER",
                        help=f"ledger file (default: {DEFAULT_LEDGER})")
    parser.add_argument("--html", metavar="OUT.html", required=True, help="write the page to this file (atomically)")
    parser.add_argument("--document", action="append", default=[], metavar="[KEY=]PATH",
                        help="report on this revision of the (named) document")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let the ledger name documents outside its own folder")
    parser.add_argument("--no-mutation", action="store_true", help="skip mutation analysis (score shows n/a)")
    parser.add_argument("--no-lint", action="store_true", help="leave out the editorial (lint) findings")
    parser.add_argument("--title", default="", help="the page's heading (default: the documents' names)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from checks.outputs import html_format

    documents = parse_documents(args.document) if args.document else None
    check = check_ledger(args.ledger, documents, allow_outside=args.allow_outside)
    checked = check.findings()
    try:
        findings = checked + extra_findings(check, lint=not args.no_lint)
    except LintConfigError as error:
        return fail([str(error)])
    mutation = None if args.no_mutation else _mutation(check)
    statuses = assess(check, findings)
    page = html_format.render(statuses, title=args.title, ledger=args.ledger, mutation=mutation)
    write_output(args.html, page, inputs_of(check))
    counts = statuses.counts()
    marked = ", ".join(f"{counts[status]} {LABELS[status]}" for status in STATUSES if counts[status])
    numbers = sum(1 for mark in statuses.all_marks() if mark.number)
    print(f"{args.html}: {numbers} numbers, {sum(counts.values())} places marked ({marked or 'none'}); "
          f"{len(findings)} findings")
    return exit_code(checked)


def extra_findings(check, *, lint: bool = True) -> list:
    """Coverage findings, then the editorial (lint) ones."""
    from checks import coverage

    found = coverage.findings(check, coverage.measure(check))
    return found + (_lint_findings(check) if lint else [])


def _lint_findings(check) -> list:
    """Each document's review, under the review.yaml beside it or the built-in defaults."""
    from checks import lint

    found = []
    for document in check.documents.values():
        path = lint.find_config(document.path)
        config = lint.load_config(path) if path else lint.default_config()
        found.extend(lint.lint_document(document, config))
    return found


def _mutation(check):
    from checks import mutation

    return mutation.analyse(check)
