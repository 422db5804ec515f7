"""The review configuration as values: stock phrases, glossary, severities,
acceptances, furniture patterns; and the error that says why a file is unusable.

`checks.lint.reader` builds it from a review.yaml (docs/lint.md) on top of the
built-in defaults (`checks.lint.defaults`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.findings import Location, Severity
from checks.lint.registry import RULES

CONFIG_NAME = "review.yaml"
SEVERITIES = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "off": None}


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong with the review configuration, at its place."""

    where: Location
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.message}"


class LintConfigError(Exception):
    """The review configuration cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[ConfigProblem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)
        first = self.problems[0]
        self.path, self.line, self.column = first.where.path, first.where.line, first.where.column
        self.message = f"{first.field}: {first.message}"


@dataclass(frozen=True)
class GlossaryEntry:
    """`prefer`: terms[0] is the house form, terms[1:] its variants.
    `terms`: one thing, any one rendering, used consistently.
    `distinct`: different words; never report them as variants of each other."""

    kind: str
    terms: tuple[str, ...]
    note: str = ""
    where: Location | None = None


@dataclass(frozen=True)
class Acceptance:
    """A lint finding accepted in review.yaml, and why."""

    rule: str
    id: str
    reason: str
    document: str | None = None
    where: Location | None = None


@dataclass(frozen=True)
class Furniture:
    """A pattern of page furniture (headers, footers) lint leaves alone."""

    pattern: re.Pattern  # compiled by checks.patterns (a `regex` pattern)
    note: str
    where: Location | None = None


@dataclass(frozen=True)
class Synonyms:
    """Renderings of one source term that one paragraph should not mix (term-variant)."""

    terms: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class FalseFriend:
    """A phrase of translations that says something else in English, and what to write (false-friend)."""

    phrase: str
    write: str
    opening: bool = False  # only where it opens a sentence
    note: str = ""


@dataclass(frozen=True)
class LintConfig:
    """The review configuration (review.yaml), loaded."""

    stock_phrases: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    synonyms: tuple[Synonyms, ...] = ()
    false_friends: tuple[FalseFriend, ...] = ()
    severities: dict[str, Severity | None] = field(default_factory=dict)
    accept: tuple[Acceptance, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    documents: tuple[str, ...] = ()
    path: str | None = None

    def severity(self, rule: str) -> Severity | None:
        """The configured severity of a rule; None when it is off."""
        if rule in self.severities:
            return self.severities[rule]
        return RULES[rule].severity

    def enabled(self, rule: str) -> bool:
        return self.severity(rule) is not None
