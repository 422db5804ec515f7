"""Report formats: pure functions from findings to text, one module each."""

from __future__ import annotations

from checks.outputs import github_format, json_format, sarif_format, text_format

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
    "sarif": sarif_format.render,
    "github": github_format.render,
}
