"""The registry: one decorated function per kind, documented and typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.interval import Interval
from checks.rules import KINDS, OP, RULES, Units, relation

DOCS = Path(__file__).resolve().parent.parent / "docs" / "relations.md"


def test_every_built_in_kind_is_registered_under_its_keyword():
    assert sorted(RULES) == sorted(KINDS)
    for name, rule in RULES.items():
        assert rule.name == name and rule.summary and rule.function.__module__ == f"checks.rules.{name}"


def test_the_registry_cannot_be_edited_from_outside():
    with pytest.raises(TypeError):
        RULES["difference"] = RULES["sum"]  # type: ignore[index]


def test_a_kind_name_is_registered_once():
    with pytest.raises(ValueError, match="'difference' is already registered"):
        relation("difference", summary="again", arity=2, result="required")(lambda a, b: a - b)


def test_a_rule_function_may_only_take_options_of_its_kind():
    with pytest.raises(ValueError, match="keyword parameter\\(s\\) op are not options"):
        relation("test.bad", summary="x", arity=2, result="none")(lambda a, b, *, op: None)


def test_metadata_is_checked_when_a_kind_is_declared():
    with pytest.raises(ValueError, match="result must be one of required, optional, none"):
        relation("test.bad2", summary="x", arity=2, result="maybe")
    with pytest.raises(ValueError, match="arity must be >= 1"):
        relation("test.bad3", summary="x", arity=(2, 1), result="none")
    with pytest.raises(ValueError, match="Units.result must be one of"):
        Units(result="furlongs")


def test_options_the_function_takes_are_passed_and_others_are_for_the_check():
    assert RULES["compare"].keywords == {"op"}
    assert RULES["sum"].keywords == set() and "op" in RULES["sum"].options
    assert RULES["approx"].keywords == {"formula", "tolerance"}
    assert OP.default == "="


def test_rule_functions_are_plain_interval_arithmetic():
    a, b = Interval(11, 12), Interval(6, 7)
    assert RULES["difference"].function(a, b) == Interval(4, 6)
    assert RULES["between"].function(a, b) == Interval(6, 12)
    assert RULES["share"].function(Interval(1, 1), Interval(4, 4)) == Interval(25, 25)


def test_docs_have_one_row_per_kind_in_registry_order():
    rows = re.findall(r"^\| `([a-z_]+)` \|", DOCS.read_text(encoding="utf-8"), flags=re.M)
    assert rows == list(KINDS)
