"""The benchmark corpus generator (bench/corpus.py) writes ledgers that check clean."""

from __future__ import annotations

import pytest

from checks import coverage, rules
from checks.engine import check_ledger
from checks.ledger import load_ledger
from benchmodule import bench_module


@pytest.fixture(scope="module")
def corpus():
    with bench_module("corpus") as module:
        yield module


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_generated_ledger_checks_clean_with_every_number_covered(corpus, tmp_path, seed):
    path = corpus.write(tmp_path, 81, seed=seed)
    check = check_ledger(str(path))
    assert check.findings() == []
    measured = coverage.measure(check)
    assert coverage.findings(check, measured) == []
    assert all(item.count("claimed") > 0 for item in measured)


def test_a_generated_ledger_uses_every_relation_kind(corpus, tmp_path):
    ledger = load_ledger(str(corpus.write(tmp_path, 27)))
    assert {relation.kind for relation in ledger.relations.values()} == set(rules.KINDS)
    assert len(ledger.claims) == 27 and len(ledger.relations) == 14


def test_every_generated_anchor_matches_exactly_once(corpus):
    generated = corpus.generate(270, seed=3)
    assert generated.claims == 270
    assert corpus.verify(generated) == []


def test_one_claim_is_mentioned_twice_each_time_within_its_speaker(corpus):
    generated = corpus.generate(27)
    pinned = [speaker for _, speaker in generated.mentions if speaker]
    assert len(generated.mentions) == corpus.MENTIONS_PER_BLOCK and len(pinned) == 2


def test_the_big_document_holds_the_anchors_it_returns(corpus):
    text, mentions = corpus.big_document(megabytes=0.2, anchors=100)
    assert 190_000 <= len(text.encode()) <= 230_000
    assert len(mentions) == 100
    assert corpus.verify(corpus.Corpus(text, "", 0, 0, mentions)) == []
