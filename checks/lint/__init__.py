"""Editorial review of a document: figure typography, phrase typos, repeated
words, terminology, acronyms, translationese, leftover markup. See docs/lint.md.

Importing `checks.lint.rules` registers every rule (one module each, found by
listing the package), so the table `RULES` is complete as soon as this
package is imported.
"""

from checks.lint import rules  # noqa: F401 (importing it registers every rule)
from checks.lint.config import CONFIG_NAME, LintConfig, LintConfigError
from checks.lint.reader import default_config, load_config
from checks.lint.registry import RULES, Hit, Rule
from checks.lint.review import LintFinding, lint_document, lint_text, review
from checks.optin import find_config

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
