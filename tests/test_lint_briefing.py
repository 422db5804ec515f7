"""The bundled briefing: every defect of the kinds linted is reported, nothing else is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checks.document import Document, load_document
from checks.lint import default_config, lint_document, load_config, review

DATA = Path(__file__).parent.parent / "data"
BRIEFING = DATA / "scio-2025-07-18-miit-h1.en.txt"

# (rule, line:column, id, text, suggestion): the complete list, reviewed one by one.
EXPECTED = [
    ("acronym-before-definition", "1:1", "scio", "SCIO", "State Council Information Office (SCIO)"),
    ("acronym-redefined", "17:66", "scio", "State Council Information Office (SCIO)", "SCIO"),
    ("page-furniture", "19:1", "read-in-chinese", "Read in Chinese", ""),
    ("duplicated-block", "21:1", "speakers", "Speakers:", None),
    ("acronym-redefined", "23:41", "miit", "Ministry of Industry and Information Technology (MIIT)", "MIIT"),
    ("acronym-redefined", "31:70", "scio#2", "State Council Information Office (SCIO)", "SCIO"),
    ("acronym-redefined", "40:84", "scio#3", "State Council Information Office (SCIO)", "SCIO"),
    ("acronym-redefined", "40:239", "miit#2", "Ministry of Industry and Information Technology (MIIT)", "MIIT"),
    ("ambiguous-reference", "42:29", "mr-xie", "Mr. Xie", None),
    ("term-glossary", "46:1036", "new-type-industrialization", "New-type industrialization", "New industrialization"),
    ("term-glossary", "48:207", "added-value", "added value", "value added"),
    ("term-glossary", "48:361", "added-value#2", "added value", "value added"),
    ("term-variant", "48:668", "year-on-year", "year on year", "year-on-year"),
    ("term-glossary", "50:138", "new-type-industrialization#2", "new-type industrialization", "new industrialization"),
    ("term-variant", "50:1138", "year-on-year#2", "year on year", "year-on-year"),
    ("term-glossary", "50:1347", "pilot-platforms", "pilot platforms", "pilot-scale testing platforms"),
    ("term-glossary", "52:194", "added-value#3", "added value", "value added"),
    ("term-variant", "52:337", "value-added", "value-added", "value added"),
    ("term-glossary", "52:432", "added-value#4", "added value", "value added"),
    ("acronym-before-definition", "52:847", "sme", "SMEs", "small- and medium-sized enterprises (SMEs)"),
    ("term-glossary", "52:1004", "nonferrous", "nonferrous", "non-ferrous"),
    ("term-glossary", "52:1324", "added-value#5", "added value", "value added"),
    ("ambiguous-reference", "60:9", "mr-xie#2", "Mr. Xie", None),
    ("markup", "62:1", "ueditor-page-break-tag", "_ueditor_page_break_tag_", ""),
    ("term-variant", "82:400", "foreign-invested", "foreign-invested", "foreign-funded"),
    ("term-variant", "84:701", "5g+-industrial", "5G+ industrial", "5G+industrial"),
    ("markup", "86:1", "ueditor-page-break-tag#2", "_ueditor_page_break_tag_", ""),
    ("term-glossary", "96:992", "key-cultivation-targets", "key cultivation targets", "key cultivation bases"),
    ("markup", "100:1", "ueditor-page-break-tag#3", "_ueditor_page_break_tag_", ""),
    ("phrase-typo", "114:159", "yearon-year", "yearon year", "year on year"),
    ("phrase-typo", "114:1394", "yea-on-year", "yea on year", "year on year"),
    ("term-glossary", "118:216", "production-license", "production license", "production certificate"),
    ("markup", "126:1", "ueditor-page-break-tag#4", "_ueditor_page_break_tag_", ""),
    ("term-glossary", "134:351", "above-the-designated-size", "above the designated size", "above designated size"),
    ("term-glossary", "136:578", "above-the-designated-size#2", "above the designated size", "above designated size"),
    ("term-glossary", "136:1738", "above-the-designated-size#3", "above the designated size", "above designated size"),
    ("markup", "140:1", "ueditor-page-break-tag#5", "_ueditor_page_break_tag_", ""),
    ("term-glossary", "144:58", "above-the-designated-size#4", "above the designated size", "above designated size"),
    ("figure-glued", "144:89", "6.4-pct-year", "6.4%year", "6.4% year"),
    ("term-glossary", "148:301", "large-scale-equipment-upgrades",
     "large-scale equipment upgrades",
     "large-scale equipment renewal"),
    ("term-glossary", "148:723", "above-the-designated-size#5", "above the designated size", "above designated size"),
    ("markup", "162:1", "ueditor-page-break-tag#6", "_ueditor_page_break_tag_", ""),
    ("rate-change-unit", "172:1291", "rate-increased-20-pct", "increased 20%", None),
    ("rate-change-unit", "172:1391", "rate-rose-10-pct", "rose 10%", None),
    ("term-glossary", "174:209", "nonferrous#2", "nonferrous", "non-ferrous"),
    ("term-glossary", "174:936", "nonferrous#3", "nonferrous", "non-ferrous"),
    ("term-glossary", "174:1229", "nonferrous#4", "nonferrous", "non-ferrous"),
    ("markup", "176:1", "ueditor-page-break-tag#7", "_ueditor_page_break_tag_", ""),
    ("false-friend", "184:546", "by-far", "By far,", "So far,"),
    ("markup", "190:1", "ueditor-page-break-tag#8", "_ueditor_page_break_tag_", ""),
    ("repeated-words", "202:521", "of-the-greenhouse-gas-emissions",
     "of the greenhouse gas emissions of the greenhouse gas emissions",
     "of the greenhouse gas emissions"),
    ("markup", "210:1", "ueditor-page-break-tag#9", "_ueditor_page_break_tag_", ""),
    ("repeated-opening", "218:561", "in-the-first-half-of-the-year", "In the first half of the year", None),
    ("acronym-spelled-out", "222:1409", "sme", "small and medium-sized enterprises", "SMEs"),
    ("markup", "230:1", "ueditor-page-break-tag#10", "_ueditor_page_break_tag_", ""),
    ("term-glossary", "234:60", "national-sme-development-fund",
     "national SME development fund",
     "China SME Development Fund"),
    ("term-variant", "238:441", "multitiered", "multitiered", "multi-tiered"),
    ("acronym-spelled-out", "242:281", "sme#2", "small and medium-sized enterprises", "SMEs"),
    ("term-glossary", "244:444", "pilot-testing", "pilot testing", "pilot-scale testing"),
    ("term-variant", "248:451", "multitiered#2", "multitiered", "multi-tiered"),
    ("page-furniture", "256:1", "5-zhou-jianshe", "/5\u00a0\u00a0\u00a0\u00a0Zhou Jianshe", ""),
    ("page-furniture", "258:1", "5-xie-shaofeng", "/5\u00a0\u00a0\u00a0\u00a0Xie Shaofeng", ""),
    ("page-furniture", "260:1", "5-tao-qing", "/5\u00a0\u00a0\u00a0\u00a0Tao Qing", ""),
    ("page-furniture", "262:1", "5-xie-cun", "/5\u00a0\u00a0\u00a0\u00a0Xie Cun", ""),
    ("page-furniture", "264:1", "5-group-photo", "/5\u00a0\u00a0\u00a0\u00a0Group photo", ""),
]


@pytest.fixture(scope="module")
def findings():
    config = load_config(str(DATA / "review.yaml"))
    return review([load_document(path) for path in config.documents], config)


def test_the_briefing_shows_exactly_its_defects(findings):
    found = [(f.rule, f"{f.locations[0].line}:{f.locations[0].column}", f.id, f.text, f.suggestion)
             for f in findings]
    assert found == EXPECTED


def test_every_defect_is_accepted_with_a_reason_so_nothing_fails(findings):
    assert all(finding.accepted for finding in findings)
    assert not any(finding.fails for finding in findings)


def test_the_defects_named_in_the_issue_are_found_by_the_built_in_configuration_alone():
    found = {(f.rule, f.text) for f in lint_document(load_document(str(BRIEFING)), default_config())}
    assert {
        ("figure-glued", "6.4%year"),
        ("phrase-typo", "yearon year"),
        ("phrase-typo", "yea on year"),
        ("repeated-words", "of the greenhouse gas emissions of the greenhouse gas emissions"),
        ("term-variant", "nonferrous"),
        ("acronym-before-definition", "SMEs"),
        ("markup", "_ueditor_page_break_tag_"),
        ("page-furniture", "/5\u00a0\u00a0\u00a0\u00a0Group photo"),
    } <= found


def paragraph(opening: str) -> str:
    text = BRIEFING.read_text(encoding="utf-8")
    start = text.index(opening)
    return text[start:text.index("\n", start)]


@pytest.mark.parametrize(
    "opening",
    [
        "Thank you for your questions. Since the beginning of this year, the MIIT has adhered",
        "Network capabilities have been enhanced.",
        "Integrated applications have become more advanced.",
        "Inclusive services have become more convenient.",
        "Next, let's look at what's happening on the ground.",
        "Finally, looking at developments in the maritime sector",
        "Thank you for your questions. Non-ferrous metals have prominent strategic value",
        "First, the scale of financing has further expanded.",
    ],
)
def test_clean_passages_of_the_briefing_produce_nothing(opening):
    config = replace(load_config(str(DATA / "review.yaml")), accept=())
    assert lint_document(Document.from_text(paragraph(opening), "passage.txt"), config) == []
