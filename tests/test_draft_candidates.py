"""Reading candidates: each numeral is a figure to claim or a number to ignore, with a reason."""

from __future__ import annotations

import pytest

from checks.draft.candidates import REASONS, read_candidates
from checks.draft.passages import Passages


def classify(text: str) -> list[tuple[str, str | None, str | None]]:
    """(numeral, rule, the words the rule fired on) for every numeral of `text`."""
    found = []
    for candidate in read_candidates(text, Passages(text)):
        words = text[candidate.span.start : candidate.span.end] if candidate.span else None
        found.append((candidate.figure.numeral, candidate.rule, words))
    return found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Revenue rose 9.3% to 905.5 billion yuan.", [("9.3", None, None), ("905.5", None, None)]),
        ("5G base stations reached 4.55 million.", [("5", "identifier", "5G"), ("4.55", None, None)]),
        ("The AG600 and the AS700D flew.", [("600", "identifier", "AG600"), ("700", "identifier", "AS700D")]),
        ("Held at 3 p.m. July 18, 2025 in Beijing.",
         [("3", "time", "3 p.m."), ("18", "date", "July 18, 2025"), ("2025", "date", "July 18, 2025")]),
        ("Surveyed between 3 and 21 March 2025.",
         [("3", "date", "3 and 21 March 2025"), ("21", "date", "3 and 21 March 2025"),
          ("2025", "date", "3 and 21 March 2025")]),
        ("It opened in 1978 and grew.", [("1978", "year", "1978")]),
        ("The plan (2025-2027) was approved.", [("2025", "year", "2025"), ("2027", "year", "2027")]),
        ("See Table 4 on page 12.", [("4", "reference", "Table 4"), ("12", "reference", "page 12")]),
        ("Call tel. 0086 21 55512345 now.",
         [("0086", "phone", "tel. 0086 21 55512345"), ("21", "phone", "tel. 0086 21 55512345"),
          ("55512345", "phone", "tel. 0086 21 55512345")]),
        ("In the first five months, profits rose.", [("five", "period", "first five months")]),
        ("It laid 10-gigabit networks under the Five-Year Plan.",
         [("10", "compound", "10-gigabit"), ("Five", "compound", "Five-Year Plan")]),
        ('The "100 Events for 10,000 Enterprises" program ran.',
         [("100", "quoted name", '"100 Events for 10,000 Enterprises"'),
          ("10,000", "quoted name", '"100 Events for 10,000 Enterprises"')]),
        ("It is one of the largest.", [("one", "the word one", "one of")]),
        ("Household data: (202) 691-6378 * cpsinfo@bls.gov",
         [("202", "phone", "(202) 691-6378"), ("691", "phone", "(202) 691-6378"),
          ("6378", "phone", "(202) 691-6378")]),
        ("Write to ppi2020@bls.gov or www.ons.gov.uk/q2-2014.",
         [("2020", "address", "ppi2020@bls.gov"), ("2", "address", "www.ons.gov.uk/q2-2014."),
          ("2014", "address", "www.ons.gov.uk/q2-2014.")]),
        ("Embargoed until USDL 20-0046 today.", [("20", "code", "USDL 20-0046"), ("0046", "code", "USDL 20-0046")]),
        ("The long-term unemployed (those jobless for 27 weeks or more) numbered 1.1 million.",
         [("27", "definition", "27 weeks or more"), ("1.1", None, None)]),
        ("Gains among women aged 25 to 54 were offset.", [("25", "definition", "25"), ("54", "definition", "54")]),
        ("It presents statistics from two monthly surveys.", [("two", "document part", "two monthly surveys")]),
        ("The gain of 334,000 over the prior 6 months; up 4.2% over the past 12 months.",
         [("334,000", None, None), ("6", "period", "prior 6 months"), ("4.2", None, None),
          ("12", "period", "past 12 months")]),
        ("Prices rose 1.3 percent for the 12 months ended in December.",
         [("1.3", None, None), ("12", "period", "the 12 months ended")]),
        ("The index posted a 0.4-percent decrease, after a 44.1-percent jump.",
         [("0.4", None, None), ("44.1", None, None)]),
        ("GDP rose 0.8% in Q2 2014, see background note 3 and contributions (1) in the chart (25.5 Kb).",
         [("0.8", None, None), ("2", "identifier", "Q2"), ("2014", "date", "Q2 2014"),
          ("3", "reference", "note 3"), ("1", "reference", "(1)"), ("25.5", "reference", "25.5 Kb")]),
        ("Headline 1: GDP increased by 0.8% in 2014.",
         [("1", "reference", "Headline 1"), ("0.8", None, None), ("2014", "year", "2014")]),
        ("The 2010 based weights are current.", [("2010", "year", "2010")]),
    ],
)
def test_each_rule_names_the_words_it_fired_on(text, expected):
    assert classify(text) == expected


def test_a_list_marker_opens_a_line_but_a_decimal_does_not():
    text = "Key figures:\n1. Cargo: 412.6 million tonnes\n2. Calls: 41,870, up 2.1%\n"
    assert classify(text) == [
        ("1", "list marker", "1."), ("412.6", None, None), ("2", "list marker", "2."),
        ("41,870", None, None), ("2.1", None, None),
    ]


def test_gallery_captions_are_list_markers():
    assert classify("Goodbye.\n\n/5\u00a0\u00a0Zhou Jianshe\n")[0][1] == "list marker"


def test_a_count_of_the_speakers_own_points_is_discourse_when_the_next_sentence_starts_first():
    text = "Specifically, there are three features.\n\nFirst, output grew. We opened six centers."
    assert classify(text) == [("three", "discourse", "three features"), ("six", None, None)]


def test_a_number_word_that_counts_things_in_the_world_is_a_figure():
    assert classify("Seventeen automobile manufacturers have committed.") == [("Seventeen", None, None)]


def test_every_rule_has_a_reason_that_says_it_is_not_a_figure():
    assert all("figure" in reason for reason in REASONS.values())
