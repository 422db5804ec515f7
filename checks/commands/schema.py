"""`schema`: print the JSON Schema of a ledger (or, with --review, of a review.yaml), for editors' completion."""

from __future__ import annotations

import argparse
import json

from checks.commands.common import emit
from checks.ledger import schema


def register(subparsers) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of a ledger or of a review configuration")
    parser.add_argument("--review", action="store_true", help="the review configuration's (review.yaml) instead")
    parser.add_argument("--output", metavar="FILE", help="write it to FILE (atomically)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.review:
        from checks.lint.reader import schema as review_schema  # the lint package only when asked for

        emit(args, json.dumps(review_schema(), indent=2, ensure_ascii=False) + "\n")
    else:
        emit(args, json.dumps(schema(), indent=2) + "\n")
    return 0
