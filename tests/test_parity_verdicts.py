"""Figures inside aligned paragraphs: legitimate rewordings agree, real differences are found."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checks.findings import Severity
from checks.parity import compare
from checks.parity.texts import Text, Unit

ORIGINAL = ("上半年，电信业务收入累计完成9055亿元，同比增长9.3%。5G基站总数达455万个，"
            "5G移动电话用户达11.18亿户，超过79%的人口。新增用户26.8万户，宽带用户2.26亿户。")
TRANSLATION = ("In the first half, telecom revenues totaled 905.5 billion yuan, up 9.3% year on year. "
               "There were 4.55 million 5G base stations and 1.118 billion 5G mobile phone users, "
               "exceeding 79% of the population. New users numbered 268,000 and broadband users 226 million.")


def findings(original: str, translation: str, **options):
    a = Text("zh.txt", (Unit(original, 3),))
    b = Text("en.txt", (Unit(translation, 3),))
    return compare(a, b, **options).findings


def rules(original: str, translation: str, **options):
    return [(f.rule, f.id) for f in findings(original, translation, **options)]


def test_a_faithful_translation_has_no_finding():
    assert findings(ORIGINAL, TRANSLATION) == []


@pytest.mark.parametrize("old, new", [
    ("905.5 billion yuan", "RMB 905.5 billion"),
    ("905.5 billion yuan", "RMB905.5 billion"),
    ("4.55 million", "4,550,000"),
    ("9.3%", "9.3 percent"),
    ("9.3%", "9.3 per cent"),
    ("268,000", "0.268 million"),
    ("226 million", "226,000,000"),
    ("exceeding 79%", "more than 79 percent"),
])
def test_legitimate_rewordings_never_fail(old, new):
    assert findings(ORIGINAL, TRANSLATION.replace(old, new)) == []


def test_a_changed_figure_is_a_value_finding_with_the_nearest_consistent_statement():
    [finding] = findings(ORIGINAL, TRANSLATION.replace("1.118 billion", "1.181 billion"))
    en, zh = TRANSLATION.index("1.118 billion") + 1, ORIGINAL.index("11.18亿") + 1
    assert finding.headline == (
        f"en.txt:3:{en}: parity value 11.18亿: '1.181 billion' (1180500000 … 1181500000) does not meet the "
        "original's '11.18亿' (1117500000 … 1118500000); nearest consistent statement '1.118 billion'")
    assert [str(location) for location in finding.locations] == [f"en.txt:3:{en}", f"zh.txt:3:{zh}"]
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize("old, new, rule", [
    ("905.5 billion yuan", "905.5 million yuan", "scale"),     # 亿 read as million
    ("4.55 million", "45.5 million", "scale"),
    ("9.3%", "9.3 percentage points", "unit"),
    ("905.5 billion yuan", "905.5 billion US dollars", "unit"),
    ("exceeding 79%", "79%", "qualifier"),
    ("exceeding 79%", "nearly 79%", "qualifier"),
    ("268,000", "286,000", "value"),
])
def test_each_kind_of_difference_has_its_rule(old, new, rule):
    found = findings(ORIGINAL, TRANSLATION.replace(old, new))
    assert [f.rule for f in found] == [rule]
    assert found[0].severity is (Severity.WARNING if rule == "qualifier" else Severity.ERROR)


def test_a_dropped_figure_is_missing_and_an_invented_one_added():
    dropped = TRANSLATION.replace(", up 9.3% year on year", "")
    assert rules(ORIGINAL, dropped) == [("missing", "9.3%")]
    added = TRANSLATION.replace("and broadband users", "and 12 new cities, and broadband users")
    assert rules(ORIGINAL, added) == [("added", "12")]


def test_subset_reports_only_what_the_derived_text_states_beyond_the_original():
    story = "Telecom revenue reached 905.5 billion yuan, and 5G users 1.118 billion."
    assert findings(ORIGINAL, story, subset=True) == []
    invented = story + " Revenue will reach 1 trillion yuan next year."
    assert rules(ORIGINAL, invented, subset=True) == [("added", "1trillionyuan")]


SCALES = [("万", 4, "", 0), ("亿", 8, " million", 6), ("亿", 8, " billion", 9), ("万", 4, " million", 6)]


@given(st.integers(1, 99_999), st.integers(0, 2), st.sampled_from(SCALES))
@example(2680, 1, ("万", 4, "", 0))  # 26.8万 -> 268,000
@example(9055, 0, ("亿", 8, " billion", 9))  # 9055亿 -> 905.5 billion
def test_any_correct_conversion_between_chinese_and_english_scales_agrees(digits, places, scale):
    """A figure written with 万/亿 and its exact value rewritten with million/billion (or
    plain digits with separators) never raise a finding."""
    zh_char, zh_power, en_word, en_power = scale
    value = Decimal(digits).scaleb(-places)
    zh = f"{value}{zh_char}元"
    exact = value.scaleb(zh_power - en_power)
    en_number = f"{exact.normalize():f}" if en_word else f"{int(exact):,}" if exact == int(exact) else f"{exact:f}"
    assert findings(f"收入{zh}。", f"Revenue was {en_number}{en_word} yuan.") == []
