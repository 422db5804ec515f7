"""Which YAML files are this tool's: declared in their opening lines, never guessed from a name or key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checks.draft.model import Draft
from checks.draft.writer import render_new
from checks.optin import HEAD_BYTES, REVIEW_CONFIG, declared_kind, kind_of_head, named_kind

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize(
    "head, kind",
    [
        ("# checks: ledger\nversion: 1\nclaims: {}\n", "ledger"),
        ("# A review of the memo.\n#checks:review\n\nversion: 1\n", "review"),
        ("\ufeff---\n# yaml-language-server: $schema=../checks/ledger.schema.json\nversion: 1\n", "ledger"),
        ("# checks: ledger\ndocuments: {}\nversion: 1\n", None),  # the first key is not version
        ("version: 1\n# checks: ledger\n", None),  # the marker comes after the first key
        ("claims: [insurance]\n", None),
        ("reviewers: [alice]\n", None),
        ("version: 2\nclaims: [insurance]\n", None),
        ("# yaml-language-server: $schema=../checks/review.schema.json\nversion: 1\n", "review"),
        ("# yaml-language-server: $schema=schemas/project.schema.json\nversion: 1\n", None),
        ("# checks: ledgers\nversion: 1\n", None),
        ("# checks: ledger\n", None),
        ("", None),
    ],
)
def test_a_file_is_this_tools_only_when_its_opening_lines_declare_it(head, kind):
    assert kind_of_head(head) == kind


def test_the_bundled_ledger_and_review_configuration_declare_themselves():
    assert declared_kind(DATA / "claims.yaml") == "ledger"
    assert declared_kind(DATA / "review.yaml") == "review"


def test_a_drafted_ledger_declares_itself():
    text = render_new(Draft(document_key="memo", document_path="memo.txt", language="en", claims=[], relations=[], ignores=[],
                            skipped=[]), "memo.txt")
    assert kind_of_head(text) == "ledger"


def test_only_the_head_of_a_large_foreign_file_is_read(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("#\n" * HEAD_BYTES + "# checks: ledger\nversion: 1\n", encoding="utf-8")
    assert declared_kind(path) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    assert declared_kind(tmp_path / "pipe.yaml") is None


def test_an_unreadable_path_is_not_this_tools(tmp_path):
    assert declared_kind(tmp_path / "missing.yaml") is None


def test_a_file_named_on_purpose_is_a_review_configuration_by_its_lint_name_else_a_ledger(tmp_path):
    from checks.lint.config import CONFIG_NAME

    assert REVIEW_CONFIG == CONFIG_NAME
    (tmp_path / "review.yaml").write_text("version: 1\n", encoding="utf-8")
    (tmp_path / "h1.yaml").write_text("version: 1\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("# checks: review\nversion: 1\n", encoding="utf-8")
    kinds = [named_kind(tmp_path / name) for name in ("review.yaml", "h1.yaml", "other.yaml")]
    assert kinds == ["review", "ledger", "review"]
