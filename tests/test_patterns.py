"""Users' patterns (ledger `ignore`, review.yaml `furniture`): refused before compiling
when their repetitions unroll too far, stopped when matching runs over the budget."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from memo import DOCUMENT, GOOD, write
from strategies import fuzz

from checks import patterns
from checks.cli import main
from checks.lint.config import LintConfigError
from checks.lint.rules.furniture import page_furniture
from checks.lint.reader import load_config
from checks.patterns import MAX_SIZE, PatternError, check_pattern, compile_pattern, size

pytest_plugins = ["pytester"]


@pytest.mark.parametrize("pattern, expected", [
    (r"\b5G\b", 4),
    ("a{10}", 10),
    ("(?:ab){3}", 6),
    ("(?:a{10}){10}", 100),
    ("a{2,5}b{3,}", 8),
    ("a{,4}", 4),
    ("[{]{3}", 3),  # a class is one atom, whatever it holds
    (r"\{4000\}", 6),  # escaped braces are characters, not a repetition
    (r"\p{Lu}{3}", 3),
    ("x{e<=1}", 7),  # a fuzzy constraint is no repetition
    ("a|b|c", 3),
])
def test_the_size_counts_what_repetitions_unroll_to(pattern, expected):
    assert size(pattern) == expected


@pytest.mark.parametrize("pattern", [
    "(?:a{4000}){4000}", "((a{400}){400}){400}", "a{" + "9" * 5000 + "}", "(?:[a-z]{1000}){101}",
    "(?:(?:a{50}|b{50}){50}){50}",
])
def test_a_pattern_that_unrolls_too_far_is_refused_before_it_is_compiled(pattern, monkeypatch):
    monkeypatch.setattr(regex, "compile", lambda *args: pytest.fail("compiled"))
    assert size(pattern) > MAX_SIZE
    with pytest.raises(PatternError, match="unroll to more than 100,000 elements"):
        compile_pattern(pattern)


def test_a_pattern_at_the_limit_compiles():
    assert compile_pattern("(?:a{1000}){100}").match("a" * 100_000)


def test_a_huge_ignore_pattern_is_a_located_ledger_problem(tmp_path, capsys):
    """`(?:a{4000}){4000}` exhausted memory while compiling (in pytest: the whole collection)."""
    ledger = GOOD + "ignore:\n  - pattern: '(?:a{4000}){4000}'\n    reason: hostile\n"
    path = write(tmp_path, ledger)
    assert main(["coverage", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"{path}:22:14: ledger schema ignore.pattern: its repetitions unroll to more than 100,000 elements "
        "when compiled; use fewer or smaller counted repetitions such as {4000}\n")


def test_a_huge_furniture_pattern_is_a_located_configuration_problem(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text("version: 1\nfurniture:\n  - pattern: '(?:a{4000}){4000}'\n    note: x\n")
    with pytest.raises(LintConfigError) as error:
        load_config(str(path))
    assert str(error.value.problems[0]).startswith(
        f"{path}:3:14: furniture[0].pattern: found '(?:a{{4000}}){{4000}}', its repetitions unroll")


def test_a_catastrophic_furniture_pattern_is_stopped_at_the_budget_and_located(tmp_path, monkeypatch):
    """`^(a|aa)+$` on 40 characters ran 30 s: furniture had no time budget."""
    monkeypatch.setenv("CHECKS_PATTERN_SECONDS", "0.2")
    path = tmp_path / "review.yaml"
    path.write_text("version: 1\nfurniture:\n  - pattern: '^(a|aa)+$'\n    note: x\n")
    config = load_config(str(path))
    with pytest.raises(LintConfigError) as error:
        list(page_furniture("a" * 40 + "!", config))
    assert str(error.value.problems[0]) == (f"{path}:3:14: furniture.pattern: '^(a|aa)+$' ran over 0.2 s on one "
                                            "document; simplify it (no nested repetition)")


@pytest.mark.parametrize("value", ["2s", "nan", "inf", "-1", "0", "1e400", "9" * 5000])
def test_a_malformed_pattern_budget_is_one_line_even_without_patterns(tmp_path, monkeypatch, capsys, value):
    """`=2s` was a traceback and `=nan` switched the budget off."""
    monkeypatch.setenv("CHECKS_PATTERN_SECONDS", value)
    assert main(["coverage", str(write(tmp_path, GOOD, DOCUMENT))]) == 2
    err = capsys.readouterr().err
    assert err.startswith("CHECKS_PATTERN_SECONDS=") and err.count("\n") == 1
    assert "is not a number of seconds between 0 and 86400 (e.g. 2 or 0.5); fix or unset it" in err


def test_the_budget_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("CHECKS_PATTERN_SECONDS", " 0.5 ")
    assert patterns.seconds() == 0.5
    monkeypatch.delenv("CHECKS_PATTERN_SECONDS")
    assert patterns.seconds() == patterns.DEFAULT_SECONDS


@given(st.text(alphabet="a\\[](){}|?*+,:0123456789^-<>=!#P", max_size=40))
def test_the_size_of_any_text_is_a_count_and_never_an_error(text):
    assert size(text) >= 0
    if size(text) <= MAX_SIZE:
        try:
            compile_pattern(text)
        except PatternError:
            pass


def test_a_huge_ignore_pattern_fails_the_ledger_in_pytest_and_the_collection_goes_on(pytester):
    pytester.makefile(".txt", memo=DOCUMENT)
    pytester.makefile(".yaml", claims="# checks: ledger\n" + GOOD + "ignore:\n  - pattern: '(?:a{4000}){4000}'\n    reason: hostile\n")
    pytester.makepyfile(test_other="def test_other():\n    pass\n")
    result = pytester.runpytest_subprocess()
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed") == 1 and outcomes.get("failed", 0) >= 1 and "errors" not in outcomes
    result.stdout.fnmatch_lines(["*claims.yaml:23:14*ignore.pattern: its repetitions unroll*"])


# Pieces of pattern syntax, `regex`'s own among them (fuzzy constraints, POSIX
# classes, set operations, \p{..}), for check_pattern against regex.compile.
_SYNTAX = [*"\\()[]{}?*+|^$.-:<>=!P,0123abwdsWDSeiBAZpNxu#' ", "(?P<n>", "(?:", "(?=", "(?<=", "(?!", "(?<!",
           "(?i)", "(?x)", "{2}", "{1,3}", "{,2}", "{2,}", "\\1", "(?P=n)", "[^", "\\p{L}", "(?>", "++", "*+",
           "(?#", "(?(1)", "(?a)", "(?u)", "(?-i:", "\\N{DIGIT ONE}", "\\x41", "\\u0041", "\\0", "\\777",
           "{e}", "{e<=1}", "{s<2}", "(?V1)", "[[:alpha:]]", "[a--b]", "[a&&b]", "\\G", "\\K", "\\X", "\\m"]


@fuzz
@given(st.lists(st.sampled_from(_SYNTAX), min_size=1, max_size=8).map("".join))
def test_a_ledger_pattern_is_valid_exactly_when_regex_compiles_it(pattern):
    """Loading a ledger checks its patterns with `re` where that gives regex's verdict."""
    try:
        regex.compile(pattern)
    except Exception:  # noqa: BLE001 - any refusal of regex's
        with pytest.raises(PatternError):
            check_pattern(pattern)
    else:
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", ["{d", "a{s"])
def test_a_brace_that_re_takes_for_a_character_is_judged_by_regex(pattern):
    """`re` reads "{d" as two characters; `regex` as an unfinished fuzzy constraint."""
    re.compile(pattern)
    with pytest.raises(PatternError, match="invalid regular expression"):
        check_pattern(pattern)
