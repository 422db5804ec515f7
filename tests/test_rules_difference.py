"""`difference`: a − b is the stated result (briefing: 11.1% − 6.4% = 4.7 pp)."""

from __future__ import annotations

from checks.findings import Location
from checks.rules import check
from strategies import operand, relation_of

ELECTRONICS = operand("electronics.va_growth", "11.1%", "percent",
                      where=Location("data/briefing.txt", 218, 112, "Xie Cun"))
INDUSTRY = operand("industry.va_growth", "6.4%", "percent",
                   where=Location("data/briefing.txt", 48, 201, "Xie Shaofeng"))
NONFERROUS = operand("nonferrous.va_growth", "7.6%", "percent")


def gap(stated: str):
    return operand("electronics.gap", stated, "pp", where=Location("data/briefing.txt", 218, 140, "Xie Cun"))


def difference(result, **options):
    return check(relation_of("difference", [ELECTRONICS, INDUSTRY], result, **options), [ELECTRONICS, INDUSTRY], result)


def test_the_electronics_gap_of_4_7_points_holds():
    assert difference(gap("4.7 percentage points")) is None


def test_the_nonferrous_gap_of_1_2_points_holds():
    result = gap("1.2 percentage points")
    assert check(relation_of("difference", [NONFERROUS, INDUSTRY], result), [NONFERROUS, INDUSTRY], result) is None


def test_a_gap_stated_as_4_9_points_shows_the_arithmetic_and_the_nearest_consistent_gap():
    conflict = difference(gap("4.9 percentage points"))
    assert conflict.message == (
        "stated 4.9 pp, figures allow 4.6 … 4.8 pp (off by 0.1 pp; nearest consistent statement 4.8 pp)"
    )
    assert conflict.material is False


def test_the_evidence_lists_each_operand_and_the_result_aligned():
    conflict = difference(gap("4.9 percentage points"))
    assert conflict.evidence == (
        'electronics.va_growth  "11.1%"                  11.05 … 11.15  data/briefing.txt:218:112 (Xie Cun)',
        'industry.va_growth     "6.4%"                    6.35 … 6.45   data/briefing.txt:48:201 (Xie Shaofeng)',
        'electronics.gap        "4.9 percentage points"   4.85 … 4.95   data/briefing.txt:218:140 (Xie Cun)',
    )


def test_rounding_lets_4_8_pass_on_intervals_but_not_on_the_stated_digits():
    assert difference(gap("4.8 percentage points")) is None
    conflict = difference(gap("4.8 percentage points"), exact=True)
    assert conflict.message == (
        "stated 4.8 pp, stated digits give 4.7 pp (off by 0.1 pp; nearest consistent statement 4.7 pp)"
    )
    assert conflict.evidence[-1] == "with exact: true"


def test_the_exact_gap_holds_on_the_stated_digits():
    assert difference(gap("4.7 percentage points"), exact=True) is None


def test_a_gap_with_the_wrong_sign_is_material():
    conflict = difference(gap("-4.7 percentage points"))
    assert conflict.message == (
        "stated -4.7 pp, figures allow 4.6 … 4.8 pp (off by 9.3 pp; nearest consistent statement 4.6 pp)"
    )
    assert conflict.material is True
