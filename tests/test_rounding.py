"""Rounding is a function: steps, and whether statements of one quantity agree."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks import rules
from checks.interval import Interval
from checks.numbers import parse_figure
from checks.rounding import Disagreement, Statement, disagreement, rounding_step, written_step
from strategies import operand, positive_values, relation_of, rounded, truthful_statements


def statement(text: str, precision: Fraction | None = None, unit_default: Fraction | None = None) -> Statement:
    figure = parse_figure(text)
    step = rounding_step(figure, precision, unit_default)
    return Statement(figure.stated_value, None if figure.qualifier else step, figure.interval(None, step))


def verdict(*texts: str) -> Disagreement | None:
    return disagreement([statement(text) for text in texts])


# -- steps --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "step"),
    [("20,000", 1), ("20 million", 10**6), ("12.5 million", 10**5), ("52万", 10**4), ("50万", 10**4),
     ("0", 1), ("35.50%", Fraction(1, 100)), ("３００", 1)],
)
def test_the_written_step_counts_written_zeros_as_digits(stated, step):
    assert written_step(parse_figure(stated)) == step


def test_a_per_unit_precision_narrows_round_numbers_down_to_their_written_digits():
    thousands = Fraction(1000)
    assert rounding_step(parse_figure("20,000"), unit_default=thousands) == 1000
    assert rounding_step(parse_figure("1,234"), unit_default=thousands) == 1
    assert rounding_step(parse_figure("20 million"), unit_default=thousands) == 10**6
    assert rounding_step(parse_figure("20,000")) == 10**4


def test_a_claims_own_precision_wins_over_the_unit_default():
    assert rounding_step(parse_figure("20,000"), Fraction(1), Fraction(1000)) == 1


def test_a_number_word_is_exact():
    assert rounding_step(parse_figure("Seventeen")) == 0


# -- one quantity, one value ----------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [("35.5%", "35.5%", "35.5%"), ("35.5%", "about 36%"), ("15.653", "15.65"), ("35.5%", "36%"),
     ("520,000", "524,000"), ("35.47", "35.5", "35"), ("more than 50", "50"), ("nearly 50", "at least 50")],
)
def test_correct_roundings_of_one_value_agree(texts):
    assert verdict(*texts) is None


@pytest.mark.parametrize(
    ("texts", "kind"),
    [(("35.5%", "35.6%"), "digits"), (("241", "242"), "digits"), (("3.4 pp", "3.5 pp"), "digits"),
     (("6.938 million", "6.937 million"), "digits"), (("15.653", "15.66"), "apart"), (("35.4%", "36%"), "apart"),
     (("35.5%", "35.5%", "35.3%"), "apart"), (("more than 50", "49"), "apart")],
)
def test_restatements_that_no_single_rounding_gives_disagree(texts, kind):
    found = verdict(*texts)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(("texts", "at"), [(("35.45%", "35.5%"), "35.45"), (("35.4%", "35.45%"), "35.45"),
                                           (("2.5", "3"), "2.5"), (("2.5", "2"), "2.5"), (("250", "200"), "250"),
                                           (("-2.5", "-3"), "-2.5"), (("520,000", "525,000"), "525000")])
def test_finer_digits_exactly_half_a_coarser_step_away_are_a_tie(texts, at):
    found = verdict(*texts)
    assert found is not None and (found.kind, found.at) == ("tie", Fraction(at))


@pytest.mark.parametrize("texts", [("35.5%", "36%"), ("3.5", "4"), ("35.5", "35"), ("6.9375", "6.937")])
def test_finer_digits_half_a_step_away_that_one_value_can_give_agree(texts):
    """35.5 is 36 under either convention; 35.47 is both 35.5 and 35; 6.93749 both 6.9375 and 6.937."""
    assert verdict(*texts) is None


def test_an_exact_figure_that_both_conventions_round_elsewhere_conflicts():
    exact = Statement(Fraction(3500), Fraction(0), parse_figure("3,500").interval(precision=0))
    assert disagreement([exact, statement("3,000")]) == Disagreement(0, 1, "rounds", Fraction(3500))
    assert disagreement([exact, statement("4,000")]) is None


def test_statements_meeting_only_at_a_rounding_tie_are_a_tie():
    exact = Statement(Fraction(2500), Fraction(0), parse_figure("2,500").interval(precision=0))
    found = disagreement([exact, statement("3,000")])
    assert found == Disagreement(0, 1, "tie", Fraction(2500))


def test_bounds_that_pin_one_value_are_no_tie():
    assert verdict("nearly 50", "at least 50") is None


def test_the_first_disjoint_pair_is_named_before_a_same_step_pair():
    assert verdict("35.5%", "35.6%", "37.0%") == Disagreement(0, 2, "apart")


@given(positive_values(), st.lists(st.integers(-2, 4), min_size=2, max_size=5))
@example(Fraction(709, 20), [1, 2])  # 35.45 at 0.1 (half to even: 35.4) and at 0.01
@example(Fraction(1250), [-2, 0])
def test_correct_roundings_of_one_value_never_conflict(value, places):
    """At most a tie warning: 35.45 is 35.4 half to even and 35.5 half up."""
    texts = [rounded(value, p) if p >= 0 or value >= 10**-p else rounded(value, 0) for p in places]
    found = verdict(*texts)
    assert found is None or found.kind == "tie"


@given(positive_values(), st.data())
def test_truthful_statements_of_one_value_hedged_or_not_never_conflict(value, data):
    texts = [data.draw(truthful_statements(value)) for _ in range(3)]
    found = verdict(*texts)
    assert found is None or found.kind == "tie"


@given(st.integers(-10**6, 10**6), st.integers(1, 10**4).flatmap(lambda n: st.sampled_from([n, -n])),
       st.integers(-3, 3))
def test_distinct_statements_at_one_step_always_disagree(digits, apart, exponent):
    step = Fraction(10) ** exponent
    a, b = digits * step, (digits + apart) * step
    statements = [Statement(v, step, Interval.around(v, step / 2)) for v in (a, b)]
    found = disagreement(statements)
    assert found is not None and found.kind in ("digits", "apart")


def compared(a: str, b: str):
    left, right = operand("a", a), operand("b", b)
    return rules.check(relation_of("compare", [left, right], op="="), [left, right], None)


@given(positive_values(), st.integers(-2, 4), st.integers(-2, 4))
def test_compare_equal_accepts_correct_roundings_of_one_value(value, places, other):
    texts = [rounded(value, p) if p >= 0 or value >= 10**-p else rounded(value, 0) for p in (places, other)]
    conflict = compared(*texts)
    assert conflict is None or not conflict.severity.value == "error"


@given(st.integers(1, 10**6), st.integers(1, 10**3), st.integers(1, 3))
def test_compare_equal_refuses_distinct_statements_at_one_step(digits, apart, places):
    a, b = (rounded(Fraction(n, 10**places), places) for n in (digits, digits + apart))
    assert compared(a, b) is not None


def test_compare_equal_names_a_one_step_drift():
    conflict = compared("6.938 million", "6.937 million")
    assert conflict is not None and conflict.message == (
        "6.938 million = 6.937 million cannot hold: both are rounded at the same digit, and one value rounds to one figure")
