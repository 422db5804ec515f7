"""Precision on real translated transcripts (corpus/lint/): the findings an editor accepted, no more."""

from __future__ import annotations

from pathlib import Path

from checks.document import load_document
from checks.lint import default_config, review

CORPUS = Path(__file__).parent.parent / "corpus" / "lint" / "mofa-japan-press"


def test_the_mofa_transcripts_show_exactly_the_findings_recorded_in_their_source_note():
    documents = [load_document(str(path)) for path in sorted(CORPUS.glob("*.txt"))]
    assert len(documents) == 7
    found = [(Path(f.locations[0].path).name, f"{f.locations[0].line}:{f.locations[0].column}", f.rule, f.text)
             for f in review(documents, default_config())]
    assert found == [
        ("kaiken4e_000343.txt", "17:45", "acronym-before-definition", "FMCT"),
        ("kaiken4e_000343.txt", "23:7", "acronym-before-definition", "ROK"),
    ]
