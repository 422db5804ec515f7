"""`validate`: a relation is typed like a program before any figure is read."""

from __future__ import annotations

import pytest

from checks.findings import Location
from checks.model import Claim
from checks.rules import Problem, validate
from strategies import relation_of

WHERE = Location("data/claims.yaml", 1, 1)


def claim(id, value, unit, period="2025-H1"):
    return Claim(id, "metric", period, unit, value, WHERE)


CLAIMS = {c.id: c for c in [
    claim("electronics.va_growth", "11.1%", "percent"),
    claim("industry.va_growth", "6.4%", "percent"),
    claim("electronics.gap", "4.7 percentage points", "pp"),
    claim("industry.va_growth_q1", "6.5%", "percent", "2025-Q1"),
    claim("industry.va_growth_q2", "6.3%", "percent", "2025-Q2"),
    claim("industry.va_growth_jan_may", "6.3%", "percent", "2025-01..05"),
    claim("industry.enterprises", "520,000", "count", "2025-05-31"),
    claim("smes.little_giants", "14,600", "count", "2025-06-30"),
    claim("smes.specialized", "more than 140,000", "count", "2025-06-30"),
    claim("equipment.va_share", "35.5%", "percent"),
    claim("equipment.va_growth", "10.2%", "percent"),
    claim("equipment.contribution", "3.4 percentage points", "pp"),
    claim("economy.categories", "97", "count", "none"),
    claim("fiveg.categories", "86", "count", "2025-06-30"),
]}
GAP = ["electronics.va_growth", "industry.va_growth"]
QUARTERS = ["industry.va_growth_q1", "industry.va_growth_q2"]
IDENTITY = ["equipment.va_share", "equipment.va_growth"]
WHY = "contribution = share x growth"


def problems(kind, operands, result=None, **options):
    return validate(relation_of(kind, operands, result, **options), CLAIMS)


@pytest.mark.parametrize("kind, operands, result, options", [
    ("difference", GAP, "electronics.gap", {}),
    ("difference", GAP, "electronics.gap", {"exact": True, "why": '"4.7 percentage points higher"'}),
    ("between", QUARTERS, "industry.va_growth", {}),
    ("average", QUARTERS, "industry.va_growth", {"weights": ["1", "1.5"]}),
    ("part_of", ["smes.little_giants", "smes.specialized"], None, {}),
    ("count_of", ["fiveg.categories", "economy.categories"], None, {}),
    ("compare", ["equipment.va_growth", "industry.va_growth"], None, {"op": ">"}),
    ("sum", IDENTITY, "100%", {"op": "<="}),
    ("approx", IDENTITY, "equipment.contribution", {"formula": "a * b / 100", "tolerance": "0.3", "why": WHY}),
    ("growth", ["industry.enterprises", "512,000"], "2%", {}),
])
def test_a_well_typed_relation_has_no_problems(kind, operands, result, options):
    assert problems(kind, operands, result, **options) == []


def test_an_unknown_kind_suggests_the_closest_and_lists_the_known_ones():
    assert problems("diff", GAP, "electronics.gap") == [Problem(
        "kind",
        "unknown relation kind 'diff'; did you mean 'difference'? known kinds: approx, average, between, "
        "compare, count_of, difference, growth, multiple, part_of, ratio, share, sum",
    )]


def test_the_wrong_number_of_operands_is_reported_on_the_kind():
    assert problems("difference", [*GAP, "equipment.va_share"], "electronics.gap") == [
        Problem("difference", "difference takes 2 operands, found 3")
    ]
    assert problems("sum", ["equipment.va_share"], "100%") == [
        Problem("sum", "sum takes 2 or more operands, found 1")
    ]


def test_a_missing_result_and_a_result_where_none_belongs_are_reported_on_is():
    assert problems("difference", GAP) == [
        Problem("is", "difference needs 'is': the claim id or literal figure its result must meet")
    ]
    assert problems("part_of", ["smes.little_giants", "smes.specialized"], "100%") == [
        Problem("is", "part_of states no result, found is: '100%'; remove it")
    ]


def test_an_unknown_option_suggests_the_closest_known_one():
    found = problems("approx", IDENTITY, "equipment.contribution", formula="a * b / 100", tolerence="0.3", why=WHY)
    assert found == [
        Problem("tolerence", "unknown option 'tolerence' for approx; did you mean 'tolerance'? "
                             "approx takes: why, periods, units, exact, formula, tolerance"),
        Problem("tolerance", "approx needs 'tolerance' (a decimal number >= 0 in the result's unit); "
                             "there is no default"),
    ]


def test_an_option_of_another_kind_is_unknown_here():
    assert problems("difference", GAP, "electronics.gap", op="<") == [
        Problem("op", "unknown option 'op' for difference; difference takes: why, periods, units, exact")
    ]


@pytest.mark.parametrize("kind, operands, result, options, expected", [
    ("compare", GAP, None, {"op": "=>"}, Problem("op", "found '=>', expected one of: =, <, <=, >, >=")),
    ("difference", GAP, "electronics.gap", {"exact": "yes"}, Problem("exact", "found 'yes', expected true or false")),
    ("difference", GAP, "electronics.gap", {"why": "  "}, Problem("why", "found '  ', expected one line of text")),
    ("average", QUARTERS, "industry.va_growth", {"weights": ["1"]},
     Problem("weights", "found 1 weight(s), expected a list of 2 positive numbers, one per operand")),
    ("average", QUARTERS, "industry.va_growth", {"weights": ["1", "0"]},
     Problem("weights", "found weight '0', expected a list of 2 positive numbers, one per operand")),
    ("average", QUARTERS, "industry.va_growth", {"weights": ["1", "two"]},
     Problem("weights", "found 'two', expected a list of 2 positive numbers, one per operand")),
    ("approx", IDENTITY, "equipment.contribution", {"formula": "a * b / 100", "tolerance": "-1", "why": WHY},
     Problem("tolerance", "found '-1', expected a decimal number >= 0 in the result's unit, e.g. '0.5'")),
])
def test_an_ill_typed_option_says_what_was_found_and_what_is_expected(kind, operands, result, options, expected):
    assert problems(kind, operands, result, **options) == [expected]


def test_compare_has_no_default_op():
    assert problems("compare", GAP) == [
        Problem("op", "compare needs 'op' (one of =, <, <=, >, >=); there is no default")
    ]


def test_approx_without_tolerance_or_why_is_an_error_never_a_silent_default():
    assert problems("approx", IDENTITY, "equipment.contribution", formula="a * b / 100") == [
        Problem("why", "approx needs 'why' (one line: the words of the text this relation comes from); "
                       "there is no default"),
        Problem("tolerance", "approx needs 'tolerance' (a decimal number >= 0 in the result's unit); "
                             "there is no default"),
    ]


@pytest.mark.parametrize("formula, message", [
    ("a ** 2 + b", "'a ** 2 + b' uses '**', which is not allowed; use + - * /, parentheses, a, b and numbers"),
    ("a * x", "'a * x' names 'x', which is not an operand; this relation has a, b"),
    ("a / 100", "'a / 100' does not use operand(s) b; every operand must appear"),
    ("a * b /", "'a * b /' is not an arithmetic expression; expected e.g. 'a * b / 100'"),
    ("abs(a) * b", "'abs(a) * b' uses 'abs(a)', which is not allowed; use + - * /, parentheses, a, b and numbers"),
    ("a.real * b", "'a.real * b' uses 'a.real', which is not allowed; use + - * /, parentheses, a, b and numbers"),
    ("a * b * 0x10", "'a * b * 0x10' holds '0x10': not a decimal number such as 0.5 or 1e-6"),
    ("a * b * 1e9999999", "'a * b * 1e9999999' holds '1e9999999': it is of the order of 1e9999999; "
                          "write a number between 1e-100 and 1e100"),
    ("a * b * " + "1" * 121, f"'a * b * {'1' * 121}' holds '{'1' * 40}': it has 121 digits; write at most 100"),
    ("", "the formula is empty; write arithmetic over a, b"),
])
def test_a_formula_is_plain_arithmetic_over_the_operands(formula, message):
    found = problems("approx", IDENTITY, "equipment.contribution", formula=formula, tolerance="0.3", why=WHY)
    assert found == [Problem("formula", message)]


def test_a_dangling_reference_names_the_id_and_the_closest_claim():
    assert problems("difference", ["electronics.va_growth", "industry.va_grwth"], "electronics.gap") == [
        Problem("difference", "'industry.va_grwth' is neither a claim id nor a figure; "
                              "did you mean 'industry.va_growth'?")
    ]
    assert problems("difference", GAP, "xyzzy") == [
        Problem("is", "'xyzzy' is neither a claim id nor a figure; "
                      "expected a claim id or a literal figure such as '100%'")
    ]


def test_operands_in_different_units_are_an_error_unless_the_relation_says_why():
    assert problems("compare", ["electronics.va_growth", "fiveg.categories"], op=">", periods="x") == [
        Problem("compare", "operands differ in unit: electronics.va_growth is percent, fiveg.categories is count; "
                           "compare needs its operands in one unit (or say why in 'units:')")
    ]
    assert problems("compare", ["electronics.va_growth", "fiveg.categories"], op=">", periods="x", units="y") == []


def test_a_difference_of_two_percents_is_in_percentage_points():
    assert problems("difference", GAP, "equipment.va_share") == [
        Problem("is", "equipment.va_share is in percent, expected pp: a difference of percents is in "
                      "percentage points (or say why in 'units:')")
    ]


def test_a_share_and_a_growth_rate_are_percents():
    assert problems("share", ["smes.little_giants", "smes.specialized"], "electronics.gap", periods="x") == [
        Problem("is", "electronics.gap is in pp, expected percent: share gives a percent (or say why in 'units:')")
    ]
    assert problems("growth", ["industry.enterprises", "512,000"], "electronics.gap", periods="x") == [
        Problem("is", "electronics.gap is in pp, expected percent: growth gives a percent (or say why in 'units:')")
    ]


def test_a_sum_has_the_unit_of_its_parts_and_a_bare_literal_fits_any_unit():
    assert problems("sum", IDENTITY, "100 yuan", op="<=") == [
        Problem("is", "100 yuan is in yuan, expected percent: a sum of percent figures is in percent "
                      "(or say why in 'units:')")
    ]
    assert problems("sum", IDENTITY, "100", op="<=") == []


def test_count_of_counts_whole_things():
    assert problems("count_of", ["electronics.va_growth", "economy.categories"], periods="x") == [
        Problem("count_of", "electronics.va_growth is in percent; count_of counts whole things, "
                            "expected unit count or units")
    ]


def test_operands_of_different_periods_are_an_error_unless_the_relation_says_why():
    assert problems("difference", ["electronics.va_growth", "industry.va_growth_jan_may"], "electronics.gap") == [
        Problem("difference", "periods differ: electronics.va_growth is 2025-H1, industry.va_growth_jan_may is "
                              "2025-01..05, electronics.gap is 2025-H1; difference needs one period for all its "
                              "figures (or say why in 'periods:')")
    ]
    assert problems("difference", ["electronics.va_growth", "industry.va_growth_jan_may"], "electronics.gap",
                    periods="the briefing compares H1 with Jan-May") == []


def test_quarters_are_within_their_half_year_but_not_within_another_quarter():
    assert problems("between", QUARTERS, "industry.va_growth") == []
    assert problems("between", ["industry.va_growth_q1", "industry.va_growth_jan_may"], "industry.va_growth_q2") == [
        Problem("between", "periods outside the result's 2025-Q2 (industry.va_growth_q2): industry.va_growth_q1 is "
                           "2025-Q1, industry.va_growth_jan_may is 2025-01..05; between needs each operand's period "
                           "within the result's (or say why in 'periods:')")
    ]


def test_growth_compares_with_a_base_period_and_timeless_figures_fit_any_period():
    assert problems("count_of", ["fiveg.categories", "economy.categories"]) == []
    before = claim("industry.enterprises_2024", "512,000", "count", "2024-05-31")
    prior = {**CLAIMS, before.id: before}
    relation = relation_of("growth", ["industry.enterprises", "industry.enterprises_2024"], "2%")
    assert validate(relation, prior) == []


def test_exact_arithmetic_refuses_an_operand_with_a_qualifier():
    assert problems("part_of", ["smes.little_giants", "smes.specialized"], exact=True) == [
        Problem("exact", "smes.specialized is stated 'more than 140,000'; exact arithmetic needs plain stated "
                         "digits, not a qualifier (drop exact or this operand)")
    ]


def test_every_problem_is_reported_at_once():
    operands = ["electronics.va_growth", "nope", "industry.va_growth"]
    found = problems("difference", operands, None, exact="no", tolerance="1")
    assert [problem.field for problem in found] == ["difference", "is", "exact", "tolerance", "difference"]
