"""The ledger's JSON Schema: one source for `checks schema` and for validation.

`checks.ledger` walks YAML nodes against this same dict (the subset of JSON
Schema used here: type, properties, required, additionalProperties, items,
enum, pattern, minItems), so editors' completion and the loader never disagree.
"""

from __future__ import annotations

PERIOD_PATTERN = (
    r"^(none|\d{4}(-H[12]|-Q[1-4]|-\d{2}(\.\.\d{2})?|-\d{2}-\d{2})?"
    r"(\.\.\d{4}(-H[12]|-Q[1-4]|-\d{2}|-\d{2}-\d{2})?)?)$"
)
ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$"

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
        "value": {**_TEXT, "description": description},
        "precision": {
            "type": ["string", "number"],
            "description": "the step the value is exact to (overrides rounding at the last written digit)",
        },
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
            "is": {"type": "string", "description": "claim id or literal figure the result must meet"},
            "exact": {"type": "boolean", "description": "arithmetic on the stated digits"},
            "op": {"type": "string", "enum": ["=", "<", "<=", ">", ">="]},
            "weights": {"type": "array", "items": {"type": "string"}},
            "tolerance": {"type": "string", "description": "absolute, in the result's unit"},
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
                        "language": {"type": "string", "enum": ["en", "zh"]},
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
                            "nearly": {"type": "string", "pattern": r"^\d+(\.\d+)?%$"},
                            "about": {"type": "string", "pattern": r"^\d+(\.\d+)?%$"},
                        },
                    }
                },
            },
            "claims": {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": claim,
            },
            "external": {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": external,
            },
            "relations": {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
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
