"""The ledger's JSON Schema: one source for `checks schema` and for validation.

`checks.ledger` walks YAML nodes against this same dict (the subset of JSON
Schema used here: type, properties, required, additionalProperties, items,
enum, pattern, minItems, propertyNames), so editors' completion and the loader
agree (tests/test_ledger.py holds the two to it). A plain number counts as text
only where a figure is written (`value`, `precision`, `is`, `tolerance`): YAML
reads `value: 17` as a number, and the loader keeps its spelling.
"""

from __future__ import annotations

from checks.qualifiers import QUALIFIERS

PERIOD_PATTERN = (
    r"^(none|\d{4}(-H[12]|-Q[1-4]|-\d{2}(\.\.\d{2})?|-\d{2}-\d{2})?"
    r"(\.\.\d{4}(-H[12]|-Q[1-4]|-\d{2}|-\d{2}-\d{2})?)?)$"
)
ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$"
RESERVED_IDS = ["ledger", "coverage"]  # the pytest items of a whole ledger (checks.plugin)
_SUBJECT_IDS = {"pattern": ID_PATTERN, "not": {"enum": RESERVED_IDS}}
_FIGURE = ["string", "number"]
_SLACK_PATTERN = r"^[0-9]{1,2}(\.[0-9]{1,20})?%$"  # a percent below 100, e.g. "5%"

_TEXT = {"type": "string", "minLength": 1}
_REVIEW = {
    "type": "string",
    "enum": ["draft"],
    "description": "a drafted guess (`python -m checks draft`); delete this line once a person has confirmed it",
}


def _figure_fields(description: str) -> dict:
    return {
        "metric": {**_TEXT, "description": "what is measured, in words"},
        "period": {
            "type": "string",
            "pattern": PERIOD_PATTERN,
            "description": "YYYY, YYYY-H1, YYYY-Qn, YYYY-MM, YYYY-MM..MM, YYYY-MM-DD, a span A..B, or none",
        },
        "unit": {**_TEXT, "description": "canonical unit: percent, pp, count, yuan, units, tons, times, ..."},
        "value": {**_TEXT, "type": _FIGURE, "description": description},
        "precision": {
            "type": _FIGURE,
            "description": "the step the value is exact to (overrides rounding at the last written digit)",
        },
    }


_PLACES = {"before": "right before the number", "after": "right after the figure and its unit"}


def _phrases(where: str) -> dict:
    return {
        "type": "object",
        "description": f"qualifier -> phrases read {where}",
        "additionalProperties": False,
        "properties": {qualifier: {"type": "array", "items": _TEXT} for qualifier in QUALIFIERS},
    }


def ledger_schema(relation_kinds: list[str]) -> dict:
    """The JSON Schema of a ledger, with one keyword per registered relation kind."""
    mention = {
        "type": "object",
        "required": ["anchor"],
        "additionalProperties": False,
        "properties": {
            "anchor": {**_TEXT, "description": "verbatim excerpt with the figure in [brackets]"},
            "speaker": {**_TEXT, "description": "match only inside this speaker's turns"},
            "document": {**_TEXT, "description": "document key; optional with one document"},
        },
    }
    claim = {
        "type": "object",
        "required": ["metric", "period", "unit", "value", "mentions"],
        "additionalProperties": False,
        "properties": {
            **_figure_fields("the figure as stated, e.g. 'more than 8,000'"),
            "mentions": {"type": "array", "minItems": 1, "items": mention},
            "review": _REVIEW,
        },
    }
    external = {
        "type": "object",
        "required": ["metric", "period", "unit", "value", "source"],
        "additionalProperties": False,
        "properties": {
            **_figure_fields("the figure as published"),
            "source": {**_TEXT, "description": "publisher, date and report"},
        },
    }
    operands = {"type": "array", "minItems": 1, "items": {"type": "string"}}
    relation = {
        "type": "object",
        "additionalProperties": False,
        "description": "exactly one relation keyword, listing its operands",
        "properties": {
            **{kind: {**operands, "description": f"{kind} relation operands"} for kind in relation_kinds},
            "is": {"type": _FIGURE, "description": "claim id or literal figure the result must meet"},
            "exact": {"type": "boolean", "description": "arithmetic on the stated digits"},
            "op": {"type": "string", "enum": ["=", "<", "<=", ">", ">="]},
            "weights": {"type": "array", "items": {"type": "string"}},
            "tolerance": {"type": _FIGURE, "description": "absolute, in the result's unit"},
            "formula": {"type": "string", "description": "arithmetic over operands a, b, c, ..."},
            "why": {**_TEXT, "description": "the words of the text this relation comes from"},
            "periods": {**_TEXT, "description": "why operand periods differ on purpose"},
            "units": {**_TEXT, "description": "why operand units differ on purpose"},
            "review": _REVIEW,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "checks ledger",
        "type": "object",
        "required": ["version", "documents", "claims"],
        "additionalProperties": False,
        "properties": {
            "version": {"type": "integer", "enum": [1]},
            "documents": {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": {
                    "type": "object",
                    "required": ["path"],
                    "additionalProperties": False,
                    "properties": {
                        "path": {**_TEXT, "description": "relative to the ledger's folder"},
                        "language": {
                            "type": "string",
                            "enum": ["en", "zh"],
                            "description": "the text's language, for people (draft writes zh); figures of either "
                                           "language are read whatever it says",
                        },
                    },
                },
            },
            "defaults": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "slack": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "nearly": {"type": "string", "pattern": _SLACK_PATTERN},
                            "about": {"type": "string", "pattern": _SLACK_PATTERN},
                        },
                    },
                    "precision": {
                        "type": "object",
                        "description": "unit -> the step its figures are rounded to, e.g. count: 1000; "
                                       "a claim's own precision wins",
                        "additionalProperties": {"type": ["string", "number"]},
                    },
                    "qualifiers": {
                        "type": "object",
                        "description": "phrases added to the qualifier table (docs/ledger.md)",
                        "additionalProperties": False,
                        "properties": {place: _phrases(where) for place, where in _PLACES.items()},
                    },
                    "drift": {"type": "string", "enum": ["warn", "fail"],
                              "description": "an anchor that drifted: a warning (default) or a failure"},
                },
            },
            "claims": {
                "type": "object",
                "propertyNames": _SUBJECT_IDS,
                "additionalProperties": claim,
            },
            "external": {
                "type": "object",
                "propertyNames": _SUBJECT_IDS,
                "additionalProperties": external,
            },
            "relations": {
                "type": "object",
                "propertyNames": _SUBJECT_IDS,
                "additionalProperties": relation,
            },
            "ignore": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["pattern", "reason"],
                    "additionalProperties": False,
                    "properties": {
                        "pattern": {**_TEXT, "description": "regular expression over the document"},
                        "reason": _TEXT,
                        "review": _REVIEW,
                    },
                },
            },
            "rejected": {
                "type": "array",
                "description": "ids of drafted claims and relations a reviewer rejected (`draft --reject ID`): "
                               "`draft --into` never proposes them again",
                "items": {"type": "string", "pattern": ID_PATTERN},
            },
            "expected": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["kind", "rule", "id", "reason"],
                    "additionalProperties": False,
                    "properties": {
                        "kind": {"type": "string", "enum": ["conflict", "changed", "anchor", "coverage"]},
                        "rule": _TEXT,
                        "id": _TEXT,
                        "reason": _TEXT,
                    },
                },
            },
        },
    }
