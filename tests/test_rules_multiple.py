"""`multiple`: now / before is the stated multiple ("increased sevenfold").

The briefing states only the multiple for JD.com's AI glasses; the sales figures
here are illustrative. How to read "-fold" is the ledger's `why`.
"""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

NOW = operand("ai_glasses.sales", "70,400 units", "units", period="2025-06")
SEVENFOLD = operand("ai_glasses.fold", "sevenfold", "times", period="2025-06")


def multiple(before, result=SEVENFOLD):
    return check(relation_of("multiple", [NOW, before], result), [NOW, before], result)


def test_sales_seven_times_last_years_are_sevenfold():
    assert multiple(operand("ai_glasses.sales_before", "10,050 units", "units", period="2024-06")) is None


def test_eightfold_sales_stated_as_sevenfold_are_a_conflict():
    conflict = multiple(operand("ai_glasses.sales_before", "8,800 units", "units", period="2024-06"))
    assert conflict.message == "stated sevenfold, figures allow 7.94 … 8.06 times (off by ≈0.95 times)"
    assert conflict.material is False


def test_an_increase_of_75_2_percent_is_a_multiple_of_1_752():
    exports = operand("nev.exports", "1.06 million units", "units")
    before = operand("nev.exports_before", "0.605 million units", "units", period="2024-H1")
    result = operand("nev.exports_multiple", "1.752 times", "times")
    assert check(relation_of("multiple", [exports, before], result), [exports, before], result) is None
