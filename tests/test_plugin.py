"""The pytest front end: items per claim and relation, findings as failures."""

from __future__ import annotations

import pytest

from memo import DOCUMENT, GOOD

pytest_plugins = ["pytester"]

REPEATED = GOOD.replace(
    '      - anchor: "year on year, [3.4 percentage points] higher"\n',
    '      - anchor: "year on year, [3.4 percentage points] higher"\n'
    '      - anchor: "Again: [3.4 percentage points] up"\n',
)


@pytest.fixture
def memo(pytester: pytest.Pytester):
    def make(ledger: str = GOOD, document: str = DOCUMENT):
        pytester.makefile(".txt", memo=document)
        pytester.makefile(".yaml", claims=ledger)
        return pytester

    return make


def test_every_claim_becomes_an_item_with_a_readable_id(memo):
    result = memo().runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["claims.yaml::revenue.growth", "claims.yaml::revenue.gain",
                                 "claims.yaml::ledger", "claims.yaml::coverage", "4 tests collected*"])


def test_a_clean_ledger_passes(memo):
    memo().runpytest().assert_outcomes(passed=4)


def test_a_changed_figure_fails_its_claim_with_the_finding_not_a_traceback(memo):
    result = memo(document=DOCUMENT.replace("9.3%", "9.8%")).runpytest("-k", "revenue.growth")
    result.assert_outcomes(failed=1, deselected=3)
    result.stdout.fnmatch_lines(["*memo.txt:3:14: changed grounding revenue.growth: "
                                 "document states '9.8%', ledger recorded '9.3%'"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_mentions_that_disagree_fail_as_a_repeat_conflict(memo):
    document = DOCUMENT + "Again: 3.9 percentage points up.\n"
    result = memo(REPEATED, document).runpytest()
    result.assert_outcomes(failed=1, passed=3)
    result.stdout.fnmatch_lines(["*conflict repeat revenue.gain: mentions disagree: "
                                 "'3.9 percentage points' (3.85 … 3.95) vs '3.4 percentage points' (3.35 … 3.45)"])


def test_a_broken_ledger_is_one_failing_item_listing_every_problem(memo):
    result = memo(GOOD.replace("    unit: pp", "    units: pp")).runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*claims.yaml:17:5: ledger schema claims.revenue.gain.units: unknown key*"])


def test_a_ledger_outside_the_test_paths_is_checked_with_claims_option(memo, pytester):
    memo()
    sub = pytester.mkdir("elsewhere")
    (sub / "memo.txt").write_text(DOCUMENT.replace("9.3%", "9.8%"), encoding="utf-8")
    (sub / "book.yml").write_text(GOOD, encoding="utf-8")
    result = pytester.runpytest("claims.yaml", "--claims", str(sub / "book.yml"))
    result.assert_outcomes(passed=7, failed=1)


def test_items_run_under_xdist(memo):
    pytest.importorskip("xdist")
    memo().runpytest("-n", "2").assert_outcomes(passed=4)
