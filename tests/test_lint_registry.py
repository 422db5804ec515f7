"""The table of lint rules."""

from __future__ import annotations

import pytest

from checks.findings import Severity
from checks.lint import RULES
from checks.lint.registry import rule


def test_every_rule_type_is_registered_with_a_default_severity_and_a_summary():
    assert {name: RULES[name].severity for name in sorted(RULES)} == {
        "acronym-before-definition": Severity.WARNING,
        "acronym-redefined": Severity.WARNING,
        "acronym-spelled-out": Severity.WARNING,
        "ambiguous-reference": Severity.WARNING,
        "duplicated-block": Severity.WARNING,
        "false-friend": Severity.ERROR,
        "figure-format": Severity.ERROR,
        "figure-glued": Severity.ERROR,
        "figure-unit": Severity.ERROR,
        "markup": Severity.INFO,
        "missing-denominator": Severity.WARNING,
        "page-furniture": Severity.INFO,
        "percentage-point": Severity.WARNING,
        "phrase-typo": Severity.ERROR,
        "rate-change-unit": Severity.WARNING,
        "repeated-opening": Severity.WARNING,
        "repeated-words": Severity.ERROR,
        "term-glossary": Severity.ERROR,
        "term-variant": Severity.WARNING,
        "unused-acceptance": Severity.WARNING,
    }
    assert all(r.summary and r.name == name for name, r in RULES.items())
    assert [name for name, r in RULES.items() if r.check is None] == ["unused-acceptance"]


def test_a_rule_name_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="lint rule 'phrase-typo' is registered twice"):
        rule("phrase-typo", severity=Severity.ERROR, summary="again")(lambda text, config: [])
