"""checks.values.Value: the value types that validate their fields behave like frozen
dataclasses (equality, hashing, repr, replace, pickling), without their start-up cost."""

from __future__ import annotations

import copy
import pickle
from fractions import Fraction

import pytest

from checks.findings import Finding, Kind, Location
from checks.interval import Interval
from checks.lint.review import LintFinding
from checks.model import Relation
from checks.values import Value

WHERE = Location("claims.yaml", 3, 5)


def test_equal_fields_make_equal_values_with_equal_hashes():
    assert Interval(1, 2) == Interval(Fraction(1), Fraction(2))
    assert hash(Interval(1, 2)) == hash(Interval(Fraction(1), Fraction(2)))
    assert Interval(1, 2) != Interval(1, 3)
    assert len({Interval(1, 2), Interval(1, 2), Interval(0, 2)}) == 2


def test_a_value_never_equals_another_type_or_a_tuple_of_its_fields():
    assert Interval(1, 2) != (Fraction(1), Fraction(2))
    assert Interval(1, 2) != "1 … 2"


def test_a_value_is_immutable():
    interval = Interval(1, 2)
    with pytest.raises(AttributeError, match="Interval is immutable"):
        interval.lo = Fraction(5)  # type: ignore[misc]
    with pytest.raises(AttributeError, match="Interval is immutable"):
        del interval.hi
    assert interval == Interval(1, 2)


def test_replace_goes_through_the_constructor_so_it_validates():
    assert Interval(1, 2)._replace(hi=5) == Interval(1, 5)
    with pytest.raises(ValueError, match="lo must be <="):
        Interval(1, 2)._replace(lo=7)


def test_an_uncompared_field_changes_neither_equality_nor_hash():
    first = Relation("r", "sum", ("a", "b"), "c", WHERE, {"why": "one"})
    second = Relation("r", "sum", ("a", "b"), "c", WHERE, {"why": "another"})
    assert first == second and hash(first) == hash(second)
    assert first != Relation("r", "sum", ("a", "b"), "d", WHERE)
    finding = Finding(Kind.CONFLICT, "sum", "r", "does not add up", (WHERE,))
    assert finding.accept("known") == finding and finding.accept("known").accepted == "known"


def test_a_subclass_adds_fields_that_are_compared_shown_and_kept_by_replace():
    found = LintFinding(Kind.LINT, "phrase-typo", "x", "typo", (WHERE,), text="teh", suggestion="the")
    accepted = found.accept("a quotation")
    assert (type(accepted), accepted.text, accepted.suggestion) == (LintFinding, "teh", "the")
    assert found != found._replace(text="then")
    assert "text='teh'" in repr(found) and repr(found).startswith("LintFinding(kind=")


@pytest.mark.parametrize("value", [
    Interval(1, 2), Interval(None, 3),
    Relation("r", "sum", ("a",), None, WHERE, {"exact": True}, review="draft"),
    LintFinding(Kind.LINT, "rule", "id", "message", text="t").accept("fine"),
], ids=["interval", "unbounded", "relation", "lint-finding"])
def test_values_pickle_and_copy_through_their_constructor(value: Value):
    for clone in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert type(clone) is type(value) and clone == value and repr(clone) == repr(value)


def test_derived_private_fields_are_neither_shown_nor_compared():
    from checks.anchors import Anchor

    anchor = Anchor("grew [5.2%] in the first half", speaker="Li")
    assert repr(anchor) == "Anchor(text='grew [5.2%] in the first half', speaker='Li')"
    assert anchor == Anchor("grew [5.2%] in the first half", "Li") and anchor.tokens
