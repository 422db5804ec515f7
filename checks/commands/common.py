"""Arguments and output handling shared by the commands."""

from __future__ import annotations

import argparse
import os
import sys

from checks.atomic import write_atomic

DEFAULT_LEDGER = "data/claims.yaml"


def add_output_arguments(parser: argparse.ArgumentParser, formats) -> None:
    parser.add_argument("--format", choices=sorted(formats), default="text", help="output format (default: text)")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")


class OutputError(Exception):
    """A report that cannot or must not be written (exit 2, one line)."""


def write_output(path: str, text: str, inputs=()) -> None:
    """Write a report atomically, never over a file this run reads."""
    target = os.path.realpath(path)
    if any(os.path.realpath(source) == target for source in inputs if source):
        raise OutputError(f"{path}: cannot write: it is an input of this run (the tool never modifies it); "
                          "choose another file")
    try:
        write_atomic(path, text)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror}") from None


def emit(args: argparse.Namespace, text: str, inputs=()) -> None:
    """Print a report, or write it to --output."""
    if args.output:
        write_output(args.output, text, inputs)
    else:
        sys.stdout.write(text)


def inputs_of(check) -> list[str]:
    """The files a checked ledger was read from: the ledger and its documents."""
    return [check.ledger.path, *(document.path for document in check.documents.values())]


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
