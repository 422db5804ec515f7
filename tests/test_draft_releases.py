"""Drafting real statistical releases: periods from the title, non-figures, subjects, cues, tables.

The texts are short excerpts of public-domain U.S. releases (tests/texts/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.document import Document, load_document
from checks.draft import draft
from checks.draft.steps import precision_defaults

TEXTS = Path(__file__).parent / "texts"


def drafted_file(name: str):
    document = load_document(TEXTS / name)
    return draft(document, document, str(TEXTS))


def drafted_text(text: str):
    document = Document(text, "release.txt")
    return draft(document, document, ".")


@pytest.fixture(scope="module")
def employment():
    return drafted_file("bls_empsit_excerpt.txt")


def claimed(result) -> dict[str, list]:
    """value -> the drafted claims stating it."""
    found: dict[str, list] = {}
    for claim in result.claims:
        found.setdefault(claim.value, []).append(claim)
    return found


def test_no_piece_of_a_telephone_number_or_release_code_becomes_a_claim(employment):
    values = claimed(employment)
    assert not {"202", "691", "6378", "6555", "5902", "0671", "23", "27", "two", "6 months"} & set(values)
    rules = {entry.rule for entry in employment.ignores}
    assert {"phone", "code", "definition", "document part", "period", "time", "date"} <= rules


def test_every_figure_of_the_release_is_claimed(employment):
    mentions = sum(len(claim.mentions) for claim in employment.claims)
    assert mentions == 34 and not employment.skipped


def test_periods_come_from_the_title_and_the_sentence_never_from_a_comparison_year(employment):
    period = {claim.value: claim.period.value for claim in employment.claims}
    assert period["236,000"] == "2023-03"  # "in March" of "THE EMPLOYMENT SITUATION -- MARCH 2023"
    assert period["3.5 percent"] == "2023-03"
    assert period["62.6 percent"] == "2023-03"  # not 2020: "February 2020 levels" is the comparison's
    assert period["63.3 percent"] == period["61.1 percent"] == "2020-02"  # "... February 2020 levels (63.3 ..."
    assert period["334,000"] == "2022-09..2023-02"  # "over the prior 6 months"
    assert period["4.2 percent"] == "2022-04..2023-03"  # "over the past 12 months"
    assert period["504,000"] == "2023-01" and period["311,000"] == "2023-02"  # "the change for January"


def test_equal_digits_are_one_claim_only_when_their_subjects_agree(employment):
    values = claimed(employment)
    assert len(values["9"]) == 2 and len(values["0.3 percent"]) == 2  # all employees; production workers
    assert [len(claim.mentions) for claim in values["236,000"]] == [2]  # rose by ... increased by


def test_ids_name_the_subject_written_before_a_bracketed_figure(employment):
    ids: dict[str, str] = {}
    for claim in employment.claims:
        ids.setdefault(claim.value, claim.id)
    assert ids["15,000"] == "home_health.increase"
    assert ids["11,000"] == "hospitals.increase"
    assert ids["334,000"] == "nonfarm_payroll.average_increase"
    assert ids["72,000"] == "leisure_hospitality.count"


def test_relations_rest_on_the_texts_own_cue_words(employment):
    value = {claim.id: claim.value for claim in employment.claims}
    found = [(r.kind, [value[o] for o in r.operands], value[r.result], r.cue) for r in employment.relations]
    assert found == [
        ("share", ["1.1 million", "5.8 million"], "18.9 percent", "accounted for 18.9 percent of"),
        ("difference", ["504,000", "472,000"], "32,000", "revised down by 32,000, from 504,000 to 472,000"),
        ("difference", ["326,000", "311,000"], "15,000", "revised up by 15,000, from 311,000 to 326,000"),
    ]


def test_a_change_and_a_level_are_not_the_two_ends_of_a_range():
    result = drafted_text("Report of May 5, 2023.\n\nThe number of job losers increased by 172,000 to 1.6 million "
                          "in April. The new kilns need only 5% to 8% of the energy.")
    assert [(r.kind, r.cue) for r in result.relations] == [("compare", "5% to 8%")]


def test_compound_adjective_percents_are_claimed_with_their_own_period():
    result = drafted_file("bls_ppi_excerpt.txt")
    period = {claim.value: claim.period.value for claim in result.claims}
    assert period == {"0.1 percent": "2019-12", "0.4 percent": "2019-10", "1.3 percent": "2019",
                      "2.6-percent": "2018", "0.3-percent": "2019-12"}
    kinds = {claim.value: claim.id.split(".")[1] for claim in result.claims}
    assert kinds["2.6-percent"] == "growth"  # "a 2.6-percent advance"


TABLE = """\
PERSONAL INCOME AND OUTLAYS, MARCH 2018
Personal income increased $47.8 billion (0.3 percent) in March.

                                  2017              2018
                                  Nov.     Dec.     Jan.     Feb.     Mar.
                                    Percent change from preceding month
Personal income:
 Current dollars                  0.3      0.4      0.4      0.3      0.3
Disposable personal income:
 Chained (2009) dollars           0.1      0.2      0.5      0.1      0.2
"""
"""The opening of BEA's release of April 30, 2018 (public domain), its table cut to two rows."""


def test_table_cells_take_their_columns_period_and_the_headings_unit():
    result = drafted_text(TABLE)
    cells = [(claim.id, claim.value, claim.unit, claim.period.value) for claim in result.claims if
             claim.item.table_row]
    assert cells[:5] == [
        ("personal_current.2017_11", "0.3", "percent", "2017-11"),
        ("personal_current.2017_12", "0.4", "percent", "2017-12"),
        ("personal_current.2018_01", "0.4", "percent", "2018-01"),
        ("personal_current.2018_02", "0.3", "percent", "2018-02"),
        ("disposable_dollars.2017_11", "0.1", "percent", "2017-11"),
    ]
    restated = next(claim for claim in result.claims if claim.value == "0.3 percent")
    assert "[0.3] Disposable" in restated.mentions[1].anchor  # the March cell restates the sentence


def test_counts_all_written_in_thousands_propose_a_precision_default():
    thousands = drafted_text("Report of May 5, 2023.\n\nFirms hired 236,000 workers in April. Retailers added "
                             "72,000 and hospitals 11,000 in April. The total reached 5.8 million in April.")
    assert precision_defaults(thousands.claims) == {"count": 1000}
    stray = drafted_text("Report of May 5, 2023.\n\nFirms hired 236,000 workers in April. Retailers added "
                         "72,000 and hospitals 11,000 in April. Wages rose by 9 in April.")
    assert precision_defaults(stray.claims) == {}


def test_a_proposed_precision_default_is_written_under_defaults():
    from dataclasses import replace

    from checks.draft import render_new

    result = replace(drafted_text("Report of May 5, 2023.\n\nFirms hired 236,000 workers in April."),
                     precision={"count": 1000})
    text = render_new(result, "release.txt")
    assert "\ndefaults:\n  # the document writes every count to 1,000: its figures are rounded to that step\n" \
           "  precision:\n    count: 1000\n" in text


def test_a_list_ending_in_percent_makes_each_of_its_figures_a_percent():
    result = drafted_text("Report of July 15, 2019.\n\nIn the first half of 2019, supermarkets, stores and shops went "
                          "up by 7.4, 1.5 and 3.0 percent respectively. Of 312, or 26%, none were listed.")
    units = {claim.value: claim.unit for claim in result.claims}
    assert units == {"7.4": "percent", "1.5": "percent", "3.0 percent": "percent", "312": "count", "26%": "percent"}


def test_pounds_sterling_are_an_amount_in_gbp():
    result = drafted_text("Retail sales, June 2014\n\nThe average weekly spend was £7.1 billion in June 2014.")
    assert [(claim.value, claim.unit, claim.period.value) for claim in result.claims] == [
        ("£7.1 billion", "GBP", "2014-06")]


UNION = """\
For release 10:00 a.m. (EST) Thursday, January 26, 2017 USDL-17-0107

UNION MEMBERS - 2016

The data are collected in a monthly sample survey of about 60,000 eligible households.

  * Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of
    private-sector workers (6.4 percent). (See table 3.)

  * Men continued to have a slightly higher union membership rate (11.2 percent) than women (10.2 percent).

  * Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union
    members ($1,004).
"""
"""Sentences of BLS's "Union Members - 2016" (public domain)."""


def test_comparisons_multiples_and_shares_stated_with_their_cue_words():
    result = drafted_text(UNION)
    value = {claim.id: claim.value for claim in result.claims}
    found = [(r.kind, [value[o] for o in r.operands], value.get(r.result), r.options.get("op"), r.cue)
             for r in result.relations]
    assert found == [
        ("share", ["$802", "$1,004"], "80 percent", None, "were 80 percent of"),
        ("compare", ["11.2 percent", "10.2 percent"], None, ">", "higher union membership rate (11.2 percent) than"),
        ("ratio", ["34.4 percent", "6.4 percent"], "more than five times", None, "more than five times higher than"),
    ]
    period = {claim.value: claim.period.value for claim in result.claims}
    assert period["about 60,000"] == "none" and period["34.4 percent"] == "2016"
