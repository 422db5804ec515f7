"""`draft`: a ledger skeleton for a new document, every item marked `review: draft`."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

from checks.commands.common import fail, write_output
from checks.document import DocumentError, load_document


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "draft", help="draft a ledger for a document: claims, proposed relations, ignore entries",
        description="Draft a ledger for DOCUMENT: one claim per figure, relations the text states, and "
                    "ignore entries for numbers that are not figures. Every item is marked `review: draft` "
                    "until a person confirms it. See docs/draft.md.")
    parser.add_argument("document", metavar="DOCUMENT", help="the document to draft a ledger for (UTF-8 text)")
    parser.add_argument("--into", metavar="LEDGER",
                        help="write the draft into LEDGER: create it, or add to it without changing what is there "
                             "(default: print the ledger)")
    parser.add_argument("--speaker-pattern", metavar="REGEX",
                        help="regular expression of a speaker label line, with a `speaker` group "
                             "(default: checks.document.SPEAKER_PATTERN)")
    parser.add_argument("--format", choices=["text", "json"], default="text",
                        help="text: the ledger (or, with --into, a summary); json: what was drafted, for tools")
    parser.add_argument("--reject", action="append", default=[], metavar="ID",
                        help="with --into: take the drafted claim or relation ID out of the ledger and list it under "
                             "`rejected:`, so that no later draft proposes it again (repeatable)")
    parser.add_argument("--compare", metavar="LEDGER",
                        help="also measure the draft against a hand-made LEDGER of the same document")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from checks.draft import (
        ExistingError,
        WriterError,
        compare,
        draft,
        read_existing,
        render_into,
        render_new,
    )
    from checks.draft.listing import as_data, summary
    from checks.yamlsafe import YamlProblem
    from checks.draft.rejects import reject

    pattern = args.speaker_pattern
    if pattern is not None:
        try:
            pattern = re.compile(pattern, re.MULTILINE)
        except re.error as error:
            return fail([f"--speaker-pattern: invalid regular expression: {error}"])
    try:
        document = load_document(args.document, pattern)
        checked = load_document(args.document) if pattern is not None else document
    except DocumentError as error:
        return fail([str(error)])
    except OSError as error:
        return fail([f"{args.document}: cannot read the document: {error.strerror}"])
    existing = None
    folder = os.getcwd()
    if args.reject and not (args.into and os.path.exists(args.into)):
        return fail(["--reject: name the ledger to remember the rejection in with --into LEDGER (an existing one)"])
    if args.into:
        folder = os.path.dirname(os.path.abspath(args.into))
        if os.path.exists(args.into):
            try:
                existing = read_existing(args.into, checked, args.document)
                if args.reject:
                    write_output(args.into, reject(existing, args.reject), [args.document])
                    existing = read_existing(args.into, checked, args.document)
            except ExistingError as error:
                return fail([str(error)])
            except (OSError, UnicodeDecodeError) as error:
                return fail([f"{args.into}: cannot read the ledger: {error}"])
    drafted = draft(document, checked, folder, existing)
    title = os.path.basename(args.document)
    try:
        adding = existing is not None and existing.text.strip()
        text = render_into(existing, drafted, title) if adding else render_new(drafted, title)
    except WriterError as error:
        return fail([str(error)])
    if args.into:
        write_output(args.into, text, [args.document])
        if drafted.new_document and drafted.document_path.startswith(".."):
            print(f"note: {args.document} is outside the ledger's folder; check it with --allow-outside",
                  file=sys.stderr)
    if args.compare:
        if not os.path.exists(args.compare):
            return fail([f"{args.compare}: no such ledger to compare with"])
        try:
            measured = compare.compare(drafted, checked, args.compare)
        except YamlProblem as problem:
            return fail([str(problem)])
        output = json.dumps(vars(measured), indent=2) + "\n" if args.format == "json" else compare.render(measured)
    elif args.format == "json":
        output = json.dumps(as_data(drafted, args.into), indent=2, ensure_ascii=False) + "\n"
    else:
        output = summary(drafted, args.into) + "\n" if args.into else text
    sys.stdout.write(output)
    return 0
