"""Every real pair of corpus/parity/ gives exactly its expected findings, unedited.

A finding more is a false alarm, a finding less a missed difference; each expected
one is a real translation difference with its reason (corpus/parity/*/expected.yaml).
The alignment of the plain-text pairs is checked against the truth the WMT sets
carry: segment k of the original is rendered by segment k of the translation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.parity import compare, read_pair
from checks.parity.alignment import identity
from checks.parity.expected import load_expected

CORPUS = Path(__file__).parent.parent / "corpus" / "parity"
PAIRS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def parity_of(name: str):
    folder = CORPUS / name
    if (folder / "pairs.tmx").exists():
        original, translation, aligned = read_pair(str(folder / "pairs.tmx"), None)
    else:
        original, translation, aligned = read_pair(str(folder / "original.en.txt"), str(folder / "translation.zh.txt"))
    return compare(original, translation, aligned=aligned)


@pytest.mark.parametrize("name", PAIRS)
def test_a_real_pair_gives_exactly_its_expected_findings(name):
    expected = load_expected(str(CORPUS / name / "expected.yaml"))
    found = parity_of(name).findings
    assert [(f.rule, f.id, f.locations[0].line) for f in found] == [(e.rule, e.id, e.line) for e in expected]


@pytest.mark.parametrize("name", [n for n in PAIRS if not (CORPUS / n / "pairs.tmx").exists()])
def test_the_paragraphs_of_a_real_pair_align_as_the_test_set_does(name):
    parity = parity_of(name)
    assert parity.matching.beads == identity(len(parity.original.units))


def test_the_corpus_holds_both_directions_and_a_bilingual_file():
    assert len(PAIRS) >= 5
    assert (CORPUS / "wmt18-zhen-figures" / "pairs.tmx").exists()
    assert all((CORPUS / name / "SOURCE.md").exists() for name in PAIRS)
