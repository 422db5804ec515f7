"""A safe arithmetic formula over a relation's operands, for `approx`.

The text is parsed with :mod:`ast` and only these are kept: the operand names
``a``, ``b``, ``c``, ... (``a`` is the first operand), decimal literals, ``+ - * /``,
unary minus and parentheses. Nothing is ever evaluated by Python: the tree is
compiled into plain tuples and evaluated over :class:`~checks.interval.Interval`
values, so literals are exact decimals and the result is a sound enclosure.
"""

from __future__ import annotations

import ast
from fractions import Fraction
from string import ascii_lowercase
from typing import NamedTuple, Sequence

from checks.interval import Interval
from checks.literals import LiteralError, bounded_decimal

MAX_LENGTH = 300

_BINARY = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_UNARY = {ast.USub: "-", ast.UAdd: "+"}
_SYMBOLS = {
    ast.Pow: "**", ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.BitAnd: "&",
    ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>", ast.Invert: "~",
    ast.Not: "not",
}

# A compiled node: ("num", Fraction) | ("var", index) | (unary, node) | (binary, node, node)
Node = tuple


class FormulaError(ValueError):
    """A formula that is not plain arithmetic over the operands."""


def names(count: int) -> str:
    """The operand names for ``count`` operands: "a, b, c"."""
    return ", ".join(ascii_lowercase[:count])


class Formula(NamedTuple):
    """A relation's `formula:`, parsed once into a tree only arithmetic can run."""

    text: str
    tree: Node

    @classmethod
    def parse(cls, text: str, operands: int) -> Formula:
        """Compile ``text`` for a relation with ``operands`` operands."""
        source = text.strip()
        if not source:
            raise FormulaError("the formula is empty; write arithmetic over " + names(operands))
        if len(source) > MAX_LENGTH:
            raise FormulaError(f"the formula is {len(source)} characters long; keep it under {MAX_LENGTH}")
        try:
            expression = ast.parse(source, mode="eval")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            raise FormulaError(
                f"{source!r} is not an arithmetic expression; expected e.g. 'a * b / 100'"
            ) from None
        used: set[int] = set()
        tree = _compile(expression.body, source, operands, used)
        unused = [ascii_lowercase[i] for i in range(operands) if i not in used]
        if unused:
            which = ", ".join(unused)
            raise FormulaError(f"{source!r} does not use operand(s) {which}; every operand must appear")
        return cls(source, tree)

    def evaluate(self, values: Sequence[Interval]) -> Interval:
        """The formula over the operands' intervals (a sound enclosure)."""
        return _evaluate(self.tree, values)

    def __str__(self) -> str:
        return self.text


def _compile(node: ast.AST, source: str, operands: int, used: set[int]) -> Node:
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return (
            _BINARY[type(node.op)],
            _compile(node.left, source, operands, used),
            _compile(node.right, source, operands, used),
        )
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return ("u" + _UNARY[type(node.op)], _compile(node.operand, source, operands, used))
    if isinstance(node, ast.Name):
        index = ascii_lowercase.find(node.id) if len(node.id) == 1 else -1
        if not 0 <= index < operands:
            raise FormulaError(
                f"{source!r} names {node.id!r}, which is not an operand; this relation has {names(operands)}"
            )
        used.add(index)
        return ("var", index)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        literal = ast.get_source_segment(source, node) or ""
        try:
            return ("num", Fraction(bounded_decimal(literal)))
        except LiteralError as error:
            raise FormulaError(f"{source!r} holds {literal[:40]!r}: {error}") from None
    op = getattr(node, "op", None)
    what = _SYMBOLS.get(type(op)) or ast.get_source_segment(source, node) or type(node).__name__
    raise FormulaError(
        f"{source!r} uses {what!r}, which is not allowed; use + - * /, parentheses, {names(operands)} and numbers"
    )


def _evaluate(node: Node, values: Sequence[Interval]) -> Interval:
    kind = node[0]
    if kind == "num":
        return Interval.point(node[1])
    if kind == "var":
        return values[node[1]]
    if kind == "u-":
        return -_evaluate(node[1], values)
    if kind == "u+":
        return _evaluate(node[1], values)
    left, right = _evaluate(node[1], values), _evaluate(node[2], values)
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    return left / right
