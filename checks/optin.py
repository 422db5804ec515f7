"""Which YAML files are this tool's: a file declares itself in its opening lines.

The pytest plugin is active in every project of an environment it is installed
in, so it must never collect (let alone fail) somebody else's `review.yaml` or a
settings file with a `claims:` key. A ledger or review configuration says it is
one before its first key, and its first key is `version:`:

    # checks: ledger                    (or: # checks: review)
    version: 1

A file may instead carry the editor modeline of its schema, as the bundled ones
do: `# yaml-language-server: $schema=<path>/ledger.schema.json` (a ledger) or
`.../review.schema.json` (a review configuration). Only the opening
comment block is read (at most HEAD_BYTES), without PyYAML, so a foreign file
costs one short read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

LEDGER = "ledger"
REVIEW = "review"
REVIEW_CONFIG = "review.yaml"  # checks.lint.config.CONFIG_NAME, named here so that sniffing never imports lint
MARKER = re.compile(r"#\s*checks:\s*(ledger|review)\s*$")
MODELINE = re.compile(r"#\s*yaml-language-server:\s*\$schema=\S*\b(ledger|review)\.schema\.json\s*$")
HEAD_BYTES = 64 * 1024


def find_config(document_path: str) -> str | None:
    """The review.yaml in the document's folder, if there is one (here, not in the lint
    package: `check` asks it of every document it must never overwrite)."""
    candidate = os.path.join(os.path.dirname(document_path), REVIEW_CONFIG)
    return candidate if os.path.isfile(candidate) else None


def declared_kind(path: Path) -> str | None:
    """`ledger` or `review` when the file declares itself so, else None (also when unreadable)."""
    try:
        if not path.is_file():  # a FIFO or device is never opened: reading it could block or never end
            return None
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return None
    return kind_of_head(head)


def named_kind(path: Path) -> str:
    """The kind of a file named on purpose (`--claims`, `claims_paths`): its declared
    kind, else a review configuration by its lint name, else a ledger."""
    return declared_kind(path) or (REVIEW if path.name == REVIEW_CONFIG else LEDGER)


def kind_of_head(head: str) -> str | None:
    """The kind the opening comment block declares, provided the first key is `version:`."""
    kind = None
    for line in head.lstrip("\ufeff").splitlines():
        text = line.strip()
        if not text or text == "---" or text.startswith("%"):
            continue
        if text.startswith("#"):
            marker = MARKER.fullmatch(text) or MODELINE.fullmatch(text)
            kind = kind or (marker.group(1) if marker else None)
            continue
        return kind if line.startswith("version:") else None
    return None
