"""Editorial review of a document: figure typography, phrase typos, repeated
words, terminology, acronyms, leftover markup. See docs/lint.md.

Importing a rule module registers its rules; the modules are listed here so
that the table `RULES` is complete as soon as the package is imported.
"""

from checks.lint import acronyms, formats, furniture, glossary, glued, phrases, repetition, rules, units, variants
from checks.lint.config import CONFIG_NAME, LintConfig, LintConfigError
from checks.lint.reader import default_config, find_config, load_config
from checks.lint.registry import RULES, Hit, Rule
from checks.lint.review import LintFinding, lint_document, lint_text, review

__all__ = [
    "CONFIG_NAME",
    "RULES",
    "Hit",
    "LintConfig",
    "LintConfigError",
    "LintFinding",
    "Rule",
    "default_config",
    "find_config",
    "lint_document",
    "lint_text",
    "load_config",
    "review",
]

_RULE_MODULES = (acronyms, formats, furniture, glossary, glued, phrases, repetition, rules, units, variants)
