"""The review configuration's JSON Schema: one source for editors and for validation.

`checks.lint.reader` walks the YAML nodes of a review.yaml against this dict
with the ledger's `checks.shape.ShapeCheck`, and `python -m checks schema
--review` prints it for editors (shipped as checks/review.schema.json).
"""

from __future__ import annotations

_TEXT = {"type": "string", "minLength": 1}


def _texts(description: str, least: int = 0) -> dict:
    return {"type": "array", "items": _TEXT, "description": description, **({"minItems": least} if least else {})}


def review_schema(rule_names: list[str]) -> dict:
    """The JSON Schema of a review.yaml; rule names are the registered lint rules."""
    rule_name = {"type": "string", "enum": rule_names}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "checks review configuration",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "version": {"type": "integer", "enum": [1]},
            "documents": _texts("documents reviewed when none is named; relative to this file, inside its folder"),
            "extend_defaults": {"type": "boolean", "description": "false: start from nothing, not the built-ins"},
            "stock_phrases": _texts("fixed phrases whose misspellings phrase-typo finds"),
            "glossary": {
                "type": "array",
                "description": "exactly one of prefer (with variants), terms or distinct per entry",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "prefer": {**_TEXT, "description": "the house form"},
                        "variants": _texts("renderings to replace by the preferred one", 1),
                        "terms": _texts("one thing; the rendering used most is kept", 2),
                        "distinct": _texts("different words, never variants of each other", 2),
                        "note": _TEXT,
                    },
                },
            },
            "synonyms": {
                "type": "array",
                "description": "renderings of one source term that one paragraph should not mix (term-variant)",
                "items": {
                    "type": "object",
                    "required": ["terms"],
                    "additionalProperties": False,
                    "properties": {"terms": _texts("the renderings", 2), "note": _TEXT},
                },
            },
            "false_friends": {
                "type": "array",
                "description": "phrases of translations that mean something else in English (false-friend)",
                "items": {
                    "type": "object",
                    "required": ["phrase", "write"],
                    "additionalProperties": False,
                    "properties": {
                        "phrase": {**_TEXT, "description": "matched case-free, whole words"},
                        "write": {**_TEXT, "description": "what to write instead"},
                        "opening": {"type": "boolean", "description": "only where it opens a sentence"},
                        "note": _TEXT,
                    },
                },
            },
            "severities": {
                "type": "object",
                "propertyNames": {"title": "rule", "enum": rule_names},
                "additionalProperties": {"type": "string", "enum": ["error", "warning", "info", "off"]},
            },
            "accept": {
                "type": "array",
                "description": "findings kept in reports but not failing CI",
                "items": {
                    "type": "object",
                    "required": ["rule", "reason"],
                    "additionalProperties": False,
                    "properties": {
                        "rule": rule_name,
                        "id": {**_TEXT, "description": "the finding's id; * and ? match any text"},
                        "ids": _texts("several findings, one reason", 1),
                        "reason": _TEXT,
                        "document": {**_TEXT, "description": "one of documents: only in this document"},
                    },
                },
            },
            "furniture": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["pattern", "note"],
                    "additionalProperties": False,
                    "properties": {
                        "pattern": {**_TEXT, "description": "regular expression, multi-line mode"},
                        "note": _TEXT,
                    },
                },
            },
        },
    }
