"""Arguments and output handling shared by the commands."""

from __future__ import annotations

import argparse
import os
import sys

from checks.atomic import write_atomic
from checks.optin import find_config

DEFAULT_LEDGER = "data/claims.yaml"


def add_output_arguments(parser: argparse.ArgumentParser, formats) -> None:
    parser.add_argument("--format", choices=sorted(formats), default="text", help="output format (default: text)")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")


class OutputError(Exception):
    """A report that cannot or must not be written (exit 2, one line)."""


def write_output(path: str, text: str, inputs=()) -> None:
    """Write a report atomically, never over a file this run reads."""
    if is_input(path, inputs):
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


def is_input(path: str, inputs) -> bool:
    """Whether `path` names one of `inputs` (under any spelling, symlink or hard link)."""
    return any(_same_file(source, path) for source in inputs if source)


def _same_file(source: str, path: str) -> bool:
    """One file under two names: the same real path, or a hard link."""
    if os.path.realpath(source) == os.path.realpath(path):
        return True
    try:
        return os.path.samefile(source, path)
    except (OSError, ValueError):
        return False


def inputs_of(check) -> list[str]:
    """What a report must never replace: the ledger and its backup, every document it
    names or that was checked in their place, and the review configuration beside each."""
    documents = [*(ref.path for ref in check.ledger.documents.values()),
                 *(document.path for document in check.documents.values())]
    configs = [find_config(document) for document in documents]
    return [check.ledger.path, check.ledger.path + ".bak", *documents, *filter(None, configs)]


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
