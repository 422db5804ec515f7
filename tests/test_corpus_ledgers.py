"""Every reviewed ledger of the release corpus (corpus/releases) checks clean and covers its release."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks import coverage
from checks.engine import check_ledger
from checks.ledger import load_ledger

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "releases"
LEDGERS = sorted(CORPUS.glob("*/claims.yaml"))


def test_the_corpus_holds_at_least_six_releases_each_with_its_source():
    assert len(LEDGERS) >= 6
    for ledger in LEDGERS:
        assert (ledger.parent / "release.txt").is_file() and (ledger.parent / "SOURCE.md").is_file()


@pytest.mark.parametrize("path", LEDGERS, ids=lambda path: path.parent.name)
def test_a_reviewed_corpus_ledger_has_no_failing_finding_and_covers_every_number(path):
    check = check_ledger(str(path))
    assert [finding.headline for finding in check.findings() if finding.fails] == []
    measured = coverage.measure(check)
    assert coverage.findings(check, measured) == []
    assert [item.percent for item in measured] == [100]


@pytest.mark.parametrize("path", LEDGERS, ids=lambda path: path.parent.name)
def test_nothing_in_a_reviewed_corpus_ledger_is_left_marked_for_review(path):
    ledger = load_ledger(str(path))
    items = [*ledger.claims.values(), *ledger.relations.values(), *ledger.ignores]
    assert [getattr(item, "id", item) for item in items if item.review is not None] == []
