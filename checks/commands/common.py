"""Arguments and output handling shared by the commands."""

from __future__ import annotations

import argparse
import sys

from checks.atomic import write_atomic

DEFAULT_LEDGER = "data/claims.yaml"


def add_output_arguments(parser: argparse.ArgumentParser, formats) -> None:
    parser.add_argument("--format", choices=sorted(formats), default="text", help="output format (default: text)")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")


def emit(args: argparse.Namespace, text: str) -> None:
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)


def fail(lines) -> int:
    """Report unusable input: one line per problem on stderr, exit 2."""
    for line in lines:
        print(line, file=sys.stderr)
    return 2


def parse_documents(values: list[str]) -> dict[str, str]:
    """`--document PATH` (the ledger's only document) or `--document KEY=PATH`."""
    mapping = {}
    for value in values:
        key, sep, path = value.partition("=")
        if sep and key and "/" not in key:
            mapping[key] = path
        else:
            mapping[""] = value
    return mapping
