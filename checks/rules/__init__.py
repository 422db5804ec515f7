"""Relation rules: the registry of kinds, and the two calls the engine makes.

* :func:`validate` types a relation at load time, before any figure is read.
* :func:`check` evaluates it on the operands' stated intervals and returns a
  :class:`Conflict` or None. A relation holds when SOME values inside the stated
  intervals satisfy it (exact rational interval arithmetic; never floats).

Each kind is one small module holding one pure function registered with
:func:`relation`; see docs/relations.md for the table of kinds.
"""

from importlib import import_module

from checks.rules._check import check, holds_whole
from checks.rules._formula import Formula, FormulaError
from checks.rules._options import (
    COMMON,
    EXACT,
    FORMULA,
    OP,
    PERIODS,
    TOLERANCE,
    UNITS,
    WEIGHTS,
    WHY,
    Option,
    OptionError,
)
from checks.rules._periods import Periods
from checks.rules._registry import RULES, Rule, relation
from checks.rules._types import (
    OPS,
    Conflict,
    Operand,
    Order,
    Problem,
    Requirement,
    Verdict,
    Whole,
)
from checks.rules._units import Units
from checks.rules._validate import validate

KINDS = (
    "difference", "sum", "part_of", "share", "ratio", "multiple",
    "count_of", "average", "between", "compare", "growth", "approx",
)
"""The built-in kinds, one module each, in the order docs/relations.md lists them."""

for _kind in KINDS:
    import_module(f"checks.rules.{_kind}")
del _kind

__all__ = [
    "COMMON", "EXACT", "FORMULA", "KINDS", "OP", "OPS", "PERIODS", "RULES", "TOLERANCE", "UNITS", "WEIGHTS", "WHY",
    "Conflict", "Formula", "FormulaError", "Operand", "Option", "OptionError", "Order", "Periods", "Problem",
    "Requirement", "Rule", "Units", "Verdict", "Whole", "check", "holds_whole", "relation", "validate",
]
