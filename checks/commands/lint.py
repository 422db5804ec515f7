"""`lint`: editorial review of documents (`python -m checks lint [DOCUMENT ...]`).

Which configuration applies: `--config FILE` for every document; otherwise the
review.yaml in each document's folder, or the built-in defaults when there is
none. Without DOCUMENT, the documents listed by the configuration (`--config`,
or data/review.yaml) are reviewed. Exit 0 when no unaccepted error remains,
1 when some does, 2 when the input is unusable (one line per problem on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os

from checks.commands.common import add_output_arguments, emit, fail
from checks.document import DocumentError, load_document
from checks.findings import Finding, exit_code, summarize
from checks.lint.config import LintConfig, LintConfigError
from checks.lint.reader import default_config, load_config
from checks.lint.review import review
from checks.optin import find_config
from checks.outputs import github_format, json_format, sarif_format, text_format

DEFAULT_CONFIG_PATH = os.path.join("data", "review.yaml")


def render_json(findings: list[Finding]) -> str:
    """The project's JSON report, each finding with its `text` and `suggestion`."""
    items = []
    for finding in findings:
        item = json_format.finding_to_dict(finding)
        item["text"] = getattr(finding, "text", "")
        item["suggestion"] = getattr(finding, "suggestion", None)
        items.append(item)
    summary = summarize(findings)
    summary["failing"] = sum(1 for finding in findings if finding.fails)
    summary["accepted"] = sum(1 for finding in findings if finding.accepted)
    document = {"version": json_format.VERSION, "findings": items, "summary": summary}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_text(findings: list[Finding]) -> str:
    return text_format.render(findings)


FORMATS = {"text": render_text, "json": render_json, "sarif": sarif_format.render, "github": github_format.render}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "lint", help="editorial review: figure typography, phrase typos, repeated words, terms, acronyms",
        description="Review documents for editorial defects; see docs/lint.md.",
    )
    parser.add_argument("documents", nargs="*", metavar="DOCUMENT",
                        help=f"documents to review (default: those listed by the configuration, {DEFAULT_CONFIG_PATH})")
    parser.add_argument("--config", metavar="FILE",
                        help="review configuration (default: review.yaml next to each document, else built-in)")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let the configuration's documents lie outside its folder")
    add_output_arguments(parser, FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        findings = []
        inputs = []
        for config, paths in _plan(args):
            findings.extend(review([load_document(path) for path in paths], config))
            inputs.extend([config.path, *paths])
    except LintConfigError as error:
        return fail(str(problem) for problem in error.problems)
    except DocumentError as error:
        return fail([str(error)])
    except _Unusable as error:
        return fail([str(error)])
    except OSError as error:
        return fail([f"{error.filename}: cannot read: {error.strerror}"])
    emit(args, FORMATS[args.format](findings), inputs)
    return exit_code(findings)


class _Unusable(Exception):
    pass


def _plan(args: argparse.Namespace) -> list[tuple[LintConfig, list[str]]]:
    """(configuration, documents) pairs, one per configuration in use."""
    if args.config:
        config = load_config(args.config, allow_outside=args.allow_outside)
        documents = args.documents or list(config.documents)
        if not documents:
            raise _Unusable(f"{args.config}: no document to review; name one, or list them under documents:")
        return [(config, documents)]
    if not args.documents:
        if not os.path.isfile(DEFAULT_CONFIG_PATH):
            raise _Unusable(f"no document to review: name one, or write {DEFAULT_CONFIG_PATH} listing documents:")
        return _plan(argparse.Namespace(config=DEFAULT_CONFIG_PATH, documents=[], allow_outside=args.allow_outside))
    plan: dict[str | None, list[str]] = {}
    for path in args.documents:
        plan.setdefault(find_config(path), []).append(path)
    return [(load_config(found, allow_outside=args.allow_outside) if found else default_config(), paths)
            for found, paths in plan.items()]
