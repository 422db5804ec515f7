"""The registry: one :class:`Rule` per relation kind, added by :func:`relation`.

A kind is one pure function from its operands' intervals to a verdict (see
`checks.rules._types`) plus the metadata that lets `validate` type a relation
before any figure is read: how many operands, whether it states a result,
which options it takes, and how units and periods must line up.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Callable, Mapping, NamedTuple, Sequence

from checks.interval import Interval
from checks.model import Relation
from checks.rules._options import COMMON, Option
from checks.rules._periods import Periods
from checks.rules._types import Requirement, Verdict
from checks.rules._units import Units

RESULTS = ("required", "optional", "none")

_RULES: dict[str, Rule] = {}
RULES: Mapping[str, Rule] = MappingProxyType(_RULES)
"""Every registered kind by its ledger keyword (read-only)."""


class Rule(NamedTuple):
    """One relation kind: its function and what `validate` checks against."""

    name: str
    summary: str
    function: Callable[..., Verdict]
    arity: tuple[int, int | None]  # (fewest, most) operands; None = no limit
    result: str  # "required", "optional" or "none": does the relation state `is`?
    options: Mapping[str, Option]  # every option it accepts, common ones included
    units: Units
    periods: Periods
    pivots: tuple[int, ...]  # values whose sides a material conflict swaps
    keywords: frozenset[str]  # options passed to `function` as keyword arguments

    def accepts(self, count: int) -> bool:
        fewest, most = self.arity
        return count >= fewest and (most is None or count <= most)

    @property
    def arity_text(self) -> str:
        fewest, most = self.arity
        if most == fewest:
            return f"{fewest} operand{'s' if fewest != 1 else ''}"
        if most is None:
            return f"{fewest} or more operands"
        return f"{fewest} to {most} operands"

    def read_options(self, relation: Relation) -> dict[str, Any]:
        """Every option of this kind, read (defaults filled in); OptionError on a bad one."""
        count = len(relation.operands)
        values = {}
        for name, option in self.options.items():
            if name in relation.options:
                values[name] = option.read(relation.options[name], count)
            else:
                values[name] = option.default
        return values

    def evaluate(self, intervals: Sequence[Interval], options: Mapping[str, Any]) -> tuple[Requirement, ...]:
        """Run the rule function; always a tuple of requirements."""
        verdict = self.function(*intervals, **{name: options[name] for name in self.keywords})
        return verdict if isinstance(verdict, tuple) else (verdict,)


def relation(
    name: str,
    *,
    summary: str,
    arity: int | tuple[int, int | None],
    result: str,
    options: Mapping[str, Option] | None = None,
    units: Units = Units(),
    periods: str = "same",
    pivots: tuple[int, ...] = (0,),
) -> Callable[[Callable[..., Verdict]], Callable[..., Verdict]]:
    """Register the decorated function as the relation kind ``name``.

    ``arity`` is an exact operand count or ``(fewest, most)`` with ``most=None``
    for no limit. ``result`` says whether the relation states its result with
    ``is``. ``options`` adds kind-specific options to the common ones (why,
    periods, units, exact); an option the function names as a keyword-only
    parameter is passed to it. ``periods`` is "same", "within" or "first" (see
    `checks.rules._periods`). ``pivots`` are the values (0 for a sign, 100 for a
    share, 1 for a ratio) on opposite sides of which a conflict is material.
    The function is returned unchanged.
    """
    if result not in RESULTS:
        raise ValueError(f"result must be one of {', '.join(RESULTS)}, got {result!r}")
    fewest, most = (arity, arity) if isinstance(arity, int) else arity
    if fewest < 1 or (most is not None and most < fewest):
        raise ValueError(f"arity must be >= 1 and most >= fewest, got {arity!r}")
    accepted = {**COMMON, **(options or {})}

    def register(function: Callable[..., Verdict]) -> Callable[..., Verdict]:
        if name in _RULES:
            raise ValueError(f"relation kind {name!r} is already registered")
        keywords = _keyword_only(function)
        unknown = keywords - set(accepted)
        if unknown:
            raise ValueError(f"{name}: keyword parameter(s) {', '.join(sorted(unknown))} are not options of the kind")
        _RULES[name] = Rule(
            name=name,
            summary=summary,
            function=function,
            arity=(fewest, most),
            result=result,
            options=MappingProxyType(accepted),
            units=units,
            periods=Periods(periods),
            pivots=tuple(pivots),
            keywords=keywords,
        )
        return function

    return register


def _keyword_only(function: Callable[..., Verdict]) -> frozenset[str]:
    """The names of the function's keyword-only parameters, read from its code
    (inspect.signature would cost 5 ms of every start to import)."""
    code = function.__code__
    return frozenset(code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount])
