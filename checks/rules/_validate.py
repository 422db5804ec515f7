"""`validate`: type one relation against its rule before any figure is read.

Every problem is gathered (never only the first): the kind, how many operands,
the result, each option, each reference (a claim id or a literal figure), then
units and periods of the references that resolved.
"""

from __future__ import annotations

from typing import Mapping, NamedTuple

from checks.model import Claim, Relation
from checks.numbers import Figure, FigureError, parse_figure
from checks.qualifiers import BUILT_IN, Qualifiers
from checks.rules._options import OptionError
from checks.rules._registry import RULES, Rule
from checks.rules._types import Problem
from checks.spelling import closest


class _Reference(NamedTuple):
    """An operand or result as validation sees it: a claim's unit and period, or a literal's."""

    id: str
    unit: str | None  # None: a bare-number literal, which fits any unit
    period: str | None  # None: a literal, which fits any period
    figure: Figure | None  # None when the claim's value does not parse


def validate(relation: Relation, claims: Mapping[str, Claim], qualifiers: Qualifiers = BUILT_IN) -> list[Problem]:
    """Every typing or shape problem of ``relation``; [] when it can be checked.

    Figures (claims' values, literals) are read with ``qualifiers``, the ledger's table.
    """
    rule = RULES.get(relation.kind)
    if rule is None:
        return [Problem("kind", f"unknown relation kind {relation.kind!r}; {_suggest(relation.kind, RULES)}"
                                f"known kinds: {', '.join(sorted(RULES))}")]
    problems = _shape(rule, relation) + _options(rule, relation)
    operands = [_resolve(ref, claims, relation.kind, problems, qualifiers) for ref in relation.operands]
    result = _resolve(relation.result, claims, "is", problems, qualifiers) if relation.result is not None else None
    known = [ref for ref in operands if ref is not None]
    if relation.options.get("exact") is True:
        for ref in known:
            if ref.figure is not None and ref.figure.qualifier is not None:
                problems.append(Problem("exact", f"{ref.id} is stated {ref.figure.text!r}; exact arithmetic needs "
                                                 "plain stated digits, not a qualifier (drop exact or this operand)"))
    if "units" not in relation.options:
        problems += rule.units.problems(relation.kind, [(ref.id, ref.unit) for ref in known],
                                        (result.id, result.unit) if result else None)
    if "periods" not in relation.options:
        problems += rule.periods.problems(relation.kind, [(ref.id, ref.period) for ref in known],
                                          (result.id, result.period) if result else None)
    return problems


def _shape(rule: Rule, relation: Relation) -> list[Problem]:
    found = []
    count = len(relation.operands)
    if not rule.accepts(count):
        found.append(Problem(relation.kind, f"{rule.name} takes {rule.arity_text}, found {count}"))
    if rule.result == "required" and relation.result is None:
        found.append(Problem("is", f"{rule.name} needs 'is': the claim id or literal figure its result must meet"))
    if rule.result == "none" and relation.result is not None:
        found.append(Problem("is", f"{rule.name} states no result, found is: {relation.result!r}; remove it"))
    return found


def _options(rule: Rule, relation: Relation) -> list[Problem]:
    found = []
    count = len(relation.operands)
    for name, value in relation.options.items():
        option = rule.options.get(name)
        if option is None:
            found.append(Problem(name, f"unknown option {name!r} for {rule.name}; {_suggest(name, rule.options)}"
                                       f"{rule.name} takes: {', '.join(rule.options)}"))
            continue
        try:
            option.read(value, count)
        except OptionError as error:
            found.append(Problem(name, str(error)))
    for name, option in rule.options.items():
        if option.required and name not in relation.options:
            found.append(Problem(name, f"{rule.name} needs {name!r} ({option.expected}); there is no default"))
    return found


def _resolve(ref: str, claims: Mapping[str, Claim], field: str, problems: list[Problem],
             qualifiers: Qualifiers) -> _Reference | None:
    claim = claims.get(ref)
    if claim is not None:
        try:
            figure: Figure | None = parse_figure(claim.value, qualifiers)
        except (FigureError, TypeError):
            figure = None  # the ledger reports the claim's value itself
        return _Reference(ref, claim.unit, claim.period, figure)
    try:
        figure = parse_figure(ref, qualifiers)
    except (FigureError, TypeError):
        hint = _suggest(ref, claims).rstrip() or "expected a claim id or a literal figure such as '100%'"
        problems.append(Problem(field, f"{ref!r} is neither a claim id nor a figure; {hint}"))
        return None
    return _Reference(ref, None if figure.unit == "count" else figure.unit, None, figure)


def _suggest(word: str, known) -> str:
    """ "did you mean 'x'? " for the closest known name (by spelling or prefix), or ""."""
    names = list(known)
    close = closest(word, names)
    if close is None and len(word) >= 3:
        close = next((name for name in names if name.startswith(word)), None)
    return f"did you mean {close!r}? " if close else ""
