"""One ledger over a translation and its Chinese original: `repeat` compares them."""

from __future__ import annotations

import textwrap

from checks.engine import check_ledger
from checks.findings import Kind

ENGLISH = "Xie Cun:\n\nTelecom revenues totaled 905.5 billion yuan, and 5G users reached 1.118 billion.\n"
CHINESE = "谢存：\n\n电信业务收入累计完成9055亿元，5G移动电话用户达11.18亿户。\n"

LEDGER = """\
version: 1
documents:
  en: {path: briefing.en.txt, language: en}
  zh: {path: briefing.zh.txt, language: zh}
claims:
  telecom.revenue:
    metric: telecom business revenue
    period: 2025-H1
    unit: yuan
    value: 905.5 billion yuan
    mentions:
      - {document: en, anchor: "revenues totaled [905.5 billion yuan], and"}
      - {document: zh, anchor: "累计完成[9055亿元]，5G"}
  5g.users:
    metric: 5G mobile phone users
    period: 2025-06-30
    unit: count
    value: 1.118 billion
    mentions:
      - {document: en, anchor: "5G users reached [1.118 billion]"}
      - {document: zh, anchor: "用户达[11.18亿]户"}
"""


def check(tmp_path, english=ENGLISH, chinese=CHINESE):
    (tmp_path / "briefing.en.txt").write_text(english, encoding="utf-8")
    (tmp_path / "briefing.zh.txt").write_text(chinese, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(textwrap.dedent(LEDGER), encoding="utf-8")
    return check_ledger(str(tmp_path / "claims.yaml"))


def test_the_chinese_original_and_its_translation_state_the_same_figures(tmp_path):
    result = check(tmp_path)
    readings = result.readings["telecom.revenue"]
    assert [(r.figure.text, r.figure.value) for r in readings] == [
        ("905.5 billion yuan", 905_500_000_000), ("9055亿元", 905_500_000_000)]
    assert result.findings() == []


def test_a_translation_that_drifts_from_the_original_is_a_repeat_conflict(tmp_path):
    found = check(tmp_path, english=ENGLISH.replace("1.118 billion", "1.181 billion")).findings()
    assert [(f.kind, f.rule, f.id) for f in found] == [
        (Kind.CHANGED, "grounding", "5g.users"), (Kind.CONFLICT, "repeat", "5g.users")]
    repeat = found[1]
    assert repeat.message == "mentions disagree: '11.18亿' (1117500000 … 1118500000) vs '1.181 billion' (1180500000 … 1181500000)"
    assert [loc.path.rsplit("/", 1)[-1] for loc in repeat.locations[:2]] == ["briefing.zh.txt", "briefing.en.txt"]
