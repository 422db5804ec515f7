"""`approx`: an identity within a stated tolerance (share 35.5% × growth 10.2% / 100 ≈ 3.4 pp)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

SHARE = operand("equipment.va_share", "35.5%", "percent")
GROWTH = operand("equipment.va_growth", "10.2%", "percent")
CONTRIBUTION = operand("equipment.contribution", "3.4 percentage points", "pp")
WHY = "the contribution weights growth by last year's share, a little lower than 35.5%"


def approx(tolerance, result=CONTRIBUTION, formula="a * b / 100", **options):
    relation = relation_of("approx", [SHARE, GROWTH], result, formula=formula, tolerance=tolerance, why=WHY, **options)
    return check(relation, [SHARE, GROWTH], result)


def test_the_contribution_is_share_times_growth_within_0_3_pp():
    assert approx("0.3") is None


def test_a_tolerance_too_tight_for_the_identity_is_a_conflict():
    conflict = approx("0.1")
    assert conflict.message == (
        "stated 3.4 pp, figures allow 3.498 … 3.744 pp (off by ≈0.098 pp; nearest consistent statement 3.5 pp)"
    )
    assert conflict.material is False


def test_the_evidence_names_the_formula_letters_and_options():
    conflict = approx("0.1")
    assert conflict.evidence == (
        'a = equipment.va_share   "35.5%"                  35.45 … 35.55  data/briefing.txt:10:1',
        'b = equipment.va_growth  "10.2%"                  10.15 … 10.25  data/briefing.txt:10:1',
        'equipment.contribution   "3.4 percentage points"   3.35 … 3.45   data/briefing.txt:10:1',
        "with formula: a * b / 100, tolerance: 0.1",
    )


def test_literals_and_parentheses_are_exact_decimals():
    assert approx("0", formula="(a - 0.5) * (b + 0) / 100 - (a - a)", result=operand("c", "3.57 pp", "pp")) is None


def test_on_the_stated_digits_the_formula_is_a_point_widened_by_the_tolerance():
    assert approx("0.25", exact=True) is None
    conflict = approx("0.1", exact=True)
    assert conflict.message == (
        "stated 3.4 pp, stated digits give 3.521 … 3.721 pp (off by 0.121 pp; nearest consistent statement 3.5 pp)"
    )
