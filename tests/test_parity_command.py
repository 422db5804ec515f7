"""`python -m checks parity`: formats, exit codes, bilingual files, --html, --into, --subset, --expected."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from checks.cli import main
from checks.engine import check_ledger

CORPUS = Path(__file__).parent.parent / "corpus" / "parity"
HIV = CORPUS / "wmt19-china-hiv"


@pytest.fixture
def pair(tmp_path):
    for name in ("original.en.txt", "translation.zh.txt"):
        shutil.copy(HIV / name, tmp_path / name)
    return tmp_path / "original.en.txt", tmp_path / "translation.zh.txt"


def broken(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_faithful_real_translation_exits_0(pair, capsys):
    assert main(["parity", *map(str, pair)]) == 0
    assert capsys.readouterr().out == "no findings\n"


def test_a_changed_figure_exits_1_in_every_format(pair, capsys):
    broken(pair[1], "超过 82 万", "超过 28 万")
    for form in ("text", "json", "sarif", "github"):
        assert main(["parity", *map(str, pair), "--format", form]) == 1
        out = capsys.readouterr().out
        assert "translation.zh.txt:5:12" in out or "translation.zh.txt,line=5,col=12" in out \
            or '"startLine": 5' in out, form
    assert main(["parity", *map(str, pair), "--format", "json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["kind"], finding["rule"], finding["id"]) == ("parity", "value", "Morethan820,000")
    assert [(loc["path"].rsplit("/", 1)[-1], loc["line"]) for loc in finding["locations"]] == [
        ("translation.zh.txt", 5), ("original.en.txt", 5)]


def test_unreadable_input_is_one_located_line_and_exit_2(tmp_path, capsys):
    assert main(["parity", str(tmp_path / "nope.txt"), str(tmp_path / "nope.zh.txt")]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'nope.txt'}:1:1: cannot read: No such file or directory\n"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xff\n")
    assert main(["parity", str(bad), str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"{bad}:2:1: ")


def test_a_bilingual_tmx_is_read_unit_by_unit(capsys):
    assert main(["parity", str(CORPUS / "wmt18-zhen-figures" / "pairs.tmx"), "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["id"], f["locations"][0]["line"]) for f in found] == [
        ("value", "94.9%", 139), ("qualifier", "高达3300亿美元", 179), ("missing", "三万六千多名", 208),
        ("added", "10,000", 307)]


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="x" source-language="zh" target-language="en" datatype="plaintext"><body>
<trans-unit id="1">
<source>中国有超过 82 万艾滋病感染患者。</source>
<target>More than 8.2 million people are affected.</target>
</trans-unit>
<trans-unit id="2">
<source>仅在 2018 年第二季度，就报道新增大约 40,000 个患者。</source>
<target>About 40,000 new cases were reported in the second quarter of 2018 alone.</target>
</trans-unit>
</body></file></xliff>
"""

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "中国宣布艾滋病患者人数增加了 14％。"
msgstr "China has announced a 41% jump."

msgid "与去年相比增加了 10 万人。"
msgstr "It has risen by 100,000."
"""


@pytest.mark.parametrize("name, text, expected", [
    ("pair.xlf", XLIFF, [("scale", 6)]),
    ("pair.po", PO, [("value", 6)]),
])
def test_xliff_and_po_are_read_through_translate_toolkit(tmp_path, capsys, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["parity", str(path), "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["locations"][0]["line"]) for f in found] == expected


def test_a_plain_text_alone_is_exit_2_naming_what_is_missing(pair, capsys):
    assert main(["parity", str(pair[0])]) == 2
    assert capsys.readouterr().err == (f"{pair[0]}:1:1: a plain text needs its TRANSLATION as the second argument "
                                       "(or give one TMX, XLIFF or PO file)\n")


def test_a_malformed_bilingual_file_is_exit_2(tmp_path, capsys):
    path = tmp_path / "broken.tmx"
    path.write_text("<tmx><body><tu>", encoding="utf-8")
    assert main(["parity", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"{path}:1:1: cannot read as .tmx")


def test_html_shows_both_texts_side_by_side_with_linked_figures_and_escapes_them(pair, tmp_path):
    broken(pair[1], "中国有", "<script>alert('x')</script>中国有")
    out = tmp_path / "page.html"
    assert main(["parity", *map(str, pair), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "script-src &#x27;none&#x27;" in page  # the policy, escaped in its attribute
    links = dict(re.findall(r'id="([ot]\d+)" href="#([ot]\d+)"', page))
    assert links and all(links[target] == source for source, target in links.items() if target in links)
    assert page.count("<tr>") == 14  # a header row and 13 aligned paragraphs


def test_into_writes_a_bilingual_ledger_that_check_loads_and_guards(pair, tmp_path, capsys):
    ledger = tmp_path / "claims.yaml"
    assert main(["parity", *map(str, pair), "--into", str(ledger)]) == 0
    text = ledger.read_text(encoding="utf-8")
    assert text.count("    review: draft\n") == text.count("\n  pair.") >= 7 and "document: translation" in text
    checked = check_ledger(str(ledger))
    assert {f.rule for f in checked.findings()} == {"draft"}
    ledger.write_text(text.replace("    review: draft\n", ""), encoding="utf-8")
    assert check_ledger(str(ledger)).findings() == []
    broken(pair[1], "增加了 14％", "增加了 41％")
    assert [(f.kind.value, f.rule, f.id) for f in check_ledger(str(ledger)).findings()] == [
        ("changed", "grounding", "pair.002"), ("conflict", "repeat", "pair.002")]


def test_into_refuses_a_bilingual_file_and_never_overwrites_an_input(pair, capsys):
    assert main(["parity", str(CORPUS / "wmt18-zhen-figures" / "pairs.tmx"), "--into", str(pair[0])]) == 2
    assert "--into needs two plain-text documents" in capsys.readouterr().err
    before = pair[1].read_bytes()
    assert main(["parity", *map(str, pair), "--into", str(pair[1])]) == 2
    assert pair[1].read_bytes() == before


def test_subset_accepts_a_derived_story_and_rejects_an_invented_figure(pair, tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("中国艾滋病感染者超过 82 万，比去年增加 10 万人。\n", encoding="utf-8")
    assert main(["parity", str(pair[1]), str(story), "--subset"]) == 0
    story.write_text("中国艾滋病感染者超过 82 万，比去年增加 25 万人。\n", encoding="utf-8")
    assert main(["parity", str(pair[1]), str(story), "--subset"]) == 1
    assert "parity added 25万人: the translation states '25 万人', which is not stated by the original" \
        in capsys.readouterr().out


def test_expected_findings_are_accepted_with_their_reason_and_stale_ones_warned(capsys):
    tmx = CORPUS / "wmt18-zhen-figures"
    assert main(["parity", str(tmx / "pairs.tmx"), "--expected", str(tmx / "expected.yaml")]) == 0
    out = capsys.readouterr().out
    assert out.count("accepted: ") == 4
    assert main(["parity", str(HIV / "original.en.txt"), str(HIV / "translation.zh.txt"),
                 "--expected", str(tmx / "expected.yaml")]) == 0
    assert capsys.readouterr().out.count("parity stale-expectation") == 4
