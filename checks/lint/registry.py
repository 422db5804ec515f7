"""The lint rules: what a rule is, what it returns, and the table of all of them.

A rule is a pure function `(text, config) -> Iterable[Hit]` over a document's
text. It does no I/O and knows nothing of line numbers, severities or
acceptances: `checks.lint.review` turns hits into findings. Registering a rule
is one decorator; its name is the key used in a review configuration
(`severities:`, `accept:`) and in every report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checks.findings import Severity

if TYPE_CHECKING:
    from checks.lint.config import LintConfig


@dataclass(frozen=True)
class Hit:
    """One editorial problem at `text[start:end]`.

    `suggestion` is the replacement for `text` (None: no single replacement;
    "": delete it). `key` names the hit for its finding id (default: the
    offending text); either is normalised by `checks.lint.words.slug`. `related` lists other places worth showing,
    as (offset, note) pairs: the other rendering of a term, a definition.
    `note` is one more line of evidence (a glossary note, a pattern's reason).
    """

    rule: str
    start: int
    end: int
    text: str
    suggestion: str | None
    message: str
    key: str = ""
    related: tuple[tuple[int, str], ...] = ()
    note: str = ""


Check = Callable[[str, "LintConfig"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One lint rule: its name, what it finds, how severe, and its check."""

    name: str
    summary: str
    severity: Severity
    check: Check | None  # None: produced by the review itself, not by reading text


RULES: dict[str, Rule] = {}


def rule(name: str, *, severity: Severity, summary: str) -> Callable[[Check], Check]:
    """Register `check` under `name`, with the severity it has unless configured."""

    def register(check: Check) -> Check:
        if name in RULES:
            raise ValueError(f"lint rule {name!r} is registered twice")
        RULES[name] = Rule(name, summary, severity, check)
        return check

    return register


def meta_rule(name: str, *, severity: Severity, summary: str) -> None:
    """Register a rule whose findings come from the review, not from the text."""
    RULES[name] = Rule(name, summary, severity, None)
