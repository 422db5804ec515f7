"""`schema`: print the ledger's JSON Schema, for editors' completion."""

from __future__ import annotations

import argparse
import json

from checks.commands.common import emit
from checks.ledger import schema


def register(subparsers) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of a ledger")
    parser.add_argument("--output", metavar="FILE", help="write it to FILE (atomically)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    emit(args, json.dumps(schema(), indent=2) + "\n")
    return 0
