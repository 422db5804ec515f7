"""The flagship briefing drafted from scratch, and measured against the hand-made ledger."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checks import coverage
from checks.cli import main
from checks.document import load_document
from checks.draft import compare, draft
from checks.engine import check_ledger

DATA = Path(__file__).parent.parent / "data"
BRIEFING = DATA / "scio-2025-07-18-miit-h1.en.txt"
HAND_MADE = DATA / "claims.yaml"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("flagship")
    shutil.copy(BRIEFING, folder)
    ledger = folder / "claims.yaml"
    assert main(["draft", str(folder / BRIEFING.name), "--into", str(ledger)]) == 0
    confirmed = folder / "confirmed.yaml"
    confirmed.write_text(re.sub(r"(?m)^[ \t]*review: draft\n", "", ledger.read_text(encoding="utf-8")),
                         encoding="utf-8")
    return ledger, confirmed


def test_the_confirmed_draft_of_the_briefing_loads_and_checks_clean(drafted):
    _, confirmed = drafted
    check = check_ledger(str(confirmed))
    assert check.findings() == []
    assert [item.percent for item in coverage.measure(check)] == [100]


def test_every_drafted_figure_of_the_briefing_is_anchored_exactly_once(drafted):
    _, confirmed = drafted
    check = check_ledger(str(confirmed))
    readings = [r for rs in check.readings.values() for r in rs]
    assert len(readings) >= 180 and all(r.figure is not None for r in readings)
    places = [(r.location.line, r.location.column) for r in readings]
    assert len(places) == len(set(places))


@pytest.mark.skipif(not HAND_MADE.exists(), reason="no hand-made ledger to compare with")
def test_the_draft_finds_the_figures_and_most_text_stated_relations_of_the_hand_made_ledger():
    document = load_document(BRIEFING)
    measured = compare.compare(draft(document, document, str(DATA)), document, str(HAND_MADE))
    assert measured.mentions_found >= 0.95 * measured.mentions
    assert measured.claims_grouped >= 0.95 * measured.claims
    stated_in_text = sum(measured.relations.values()) - sum(measured.relations_external.values())
    assert sum(measured.relations_found.values()) >= 0.4 * stated_in_text
    assert len(measured.proposed_not_there) <= 2  # proposals the hand-made ledger does not have
