"""pytest items for a review configuration: green on the briefing, red on a new defect."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

DATA = Path(__file__).parent.parent / "data"
BRIEFING = "scio-2025-07-18-miit-h1.en.txt"
ARGS = ("-p", "no:checks", "-p", "checks.lint.items", "-p", "no:randomly")
RULES = ["acronym-before-definition", "acronym-redefined", "acronym-spelled-out",
         "ambiguous-reference", "duplicated-block", "false-friend",
         "figure-format", "figure-glued", "figure-unit", "markup", "missing-denominator", "page-furniture",
         "percentage-point", "phrase-typo", "rate-change-unit", "repeated-opening", "repeated-words",
         "term-glossary", "term-variant", "unused-acceptance"]


@pytest.fixture
def briefing(pytester: pytest.Pytester):
    """A copy of the briefing and its review.yaml; make(old, new) edits the copy."""
    text = (DATA / BRIEFING).read_text(encoding="utf-8")

    def make(old: str = "", new: str = "", config: str | None = None) -> pytest.Pytester:
        assert old in text
        (pytester.path / BRIEFING).write_text(text.replace(old, new, 1), encoding="utf-8")
        config_text = config if config is not None else (DATA / "review.yaml").read_text(encoding="utf-8")
        (pytester.path / "review.yaml").write_text(config_text, encoding="utf-8")
        return pytester

    return make


def test_every_rule_is_an_item_of_the_review_configuration(briefing):
    result = briefing().runpytest(*ARGS, "--collect-only", "-q")
    result.stdout.fnmatch_lines([f"review.yaml::{rule}" for rule in RULES])


def test_the_briefing_passes_because_its_defects_are_accepted(briefing):
    briefing().runpytest(*ARGS).assert_outcomes(passed=len(RULES))


@pytest.mark.parametrize(
    "old, new, rule, headline",
    [
        ("rising 40.3% year on year", "rising 40.3% yaer on year", "phrase-typo",
         "*scio-2025-07-18-miit-h1.en.txt:120:443: lint phrase-typo yaer-on-year: misspelled stock phrase "
         '"year on year"; write "year on year"'),
        ("up 75.2% year on year", "up 75.2%year on year", "figure-glued",
         '*:120:562: lint figure-glued 75.2-pct-year: figure glued to the next word; write "75.2% year"'),
        ("the shipbuilding industry is setting", "the the shipbuilding industry is setting", "repeated-words",
         '*:122:58: lint repeated-words the: "the" is written twice in a row; write it once'),
        ("NEVs accounted for 44.3%", "NEVs accounted for 44.3% percent", "figure-unit",
         '*:120:481: lint figure-unit doubled-percent: percent twice: delete "percent"'),
        ("the value added of the computer", "the added value of the computer", "term-glossary",
         '*:218:596: lint term-glossary added-value#6: the glossary prefers "value added" (used 9 times here); '
         'write "value added"'),
    ],
)
def test_a_new_defect_in_a_copy_fails_its_rule_with_the_finding(briefing, old, new, rule, headline):
    result = briefing(old, new).runpytest(*ARGS, "-q")
    result.assert_outcomes(failed=1, passed=len(RULES) - 1)
    result.stdout.fnmatch_lines([headline, f"FAILED review.yaml::{rule}*"])
    result.stdout.no_fnmatch_line("*Traceback*")


def test_a_new_warning_is_listed_but_does_not_fail(briefing):
    result = briefing("the Adora Magic City", "the Adora Magic City (AMC), the Adora Magic City (AMC)").runpytest(*ARGS)
    result.assert_outcomes(passed=len(RULES))


def test_a_broken_configuration_is_one_failing_item_listing_every_problem(briefing):
    result = briefing(config="documents: [scio-2025-07-18-miit-h1.en.txt]\nseverities: {markup: loud}\nfoo: 1\n")
    outcome = result.runpytest(*ARGS)
    outcome.assert_outcomes(failed=1)
    outcome.stdout.fnmatch_lines([
        "*review.yaml:2:22: severities.markup: found 'loud', expected one of: error, warning, info, off",
        "*review.yaml:3:1: foo: unknown key 'foo'; known keys: *",
    ])


def test_collecting_reads_only_the_configuration_and_the_review_runs_with_the_items(pytester):
    """The document is not read at collection: a document that is not UTF-8 collects every
    rule's item, and each of them fails with the reason when it runs."""
    (pytester.path / "memo.txt").write_bytes(b"Revenue rose 9.3%\xff year on year.\n")
    (pytester.path / "review.yaml").write_text("documents: [memo.txt]\n", encoding="utf-8")
    collected = pytester.runpytest(*ARGS, "--collect-only", "-q")
    collected.stdout.fnmatch_lines([f"review.yaml::{rule}" for rule in RULES])
    outcome = pytester.runpytest(*ARGS)
    outcome.assert_outcomes(failed=len(RULES))
    outcome.stdout.fnmatch_lines(["*memo.txt*UTF-8*"])
