"""Relations proposed from the text's own words; repeats joined into one claim."""

from __future__ import annotations

from checks.document import Document
from checks.draft import draft

DATED = "Briefing of October 20, 2025.\n\n"


def drafted(text: str):
    document = Document(DATED + text, "doc.txt")
    return draft(document, document, ".")


def relations(text: str) -> list[tuple]:
    """(kind, operand values, result value, options) of every proposal."""
    result = drafted(text)
    value = {claim.id: claim.value for claim in result.claims}
    return [(r.kind, [value[o] for o in r.operands], value.get(r.result), r.options) for r in result.relations]


def test_percentage_points_higher_than_a_figure_found_by_its_words():
    text = ("In the first half, industrial output grew 6.4% year on year. Exports grew 3.0%.\n\n"
            "In the first half, electronics output rose 11.1% year on year, 4.7 percentage points higher "
            "than overall industrial growth.")
    assert relations(text) == [("difference", ["11.1%", "6.4%"], "4.7 percentage points", {})]


def test_percentage_points_lower_than_a_figure_stated_in_the_same_words():
    text = "Export growth was 3.8%, 1.5 percentage points lower than sales growth, which stood at 5.3%."
    assert relations(text) == [("difference", ["5.3%", "3.8%"], "1.5 percentage points", {})]


def test_a_gap_over_a_figure_the_text_does_not_state_is_not_proposed():
    text = "Revenue rose 9.3% year on year, 3.4 percentage points higher than the same period last year."
    assert relations(text) == []


def test_accounting_for_a_share_of_a_whole_stated_before():
    text = ("Members delivered 640,000 tonnes of milk. "
            "Of this, 210,000 tonnes came from organic farms, accounting for 35% of all deliveries.")
    assert ("share", ["210,000 tonnes", "640,000 tonnes"], "35%", {}) in relations(text)


def test_a_part_or_a_percent_of_a_whole_in_one_sentence():
    text = "Of the 1,200 companies surveyed, 312, or 26%, plan to hire."
    assert relations(text) == [("share", ["312", "1,200"], "26%", {})]


def test_a_share_whose_part_and_whole_are_named_elsewhere_in_the_paragraph():
    text = ("In the first half, car sales reached 15.653 million units. Among them, NEV sales hit 6.937 million units. "
            "NEVs accounted for 44.3% of total new car sales.")
    assert ("share", ["6.937 million units", "15.653 million units"], "44.3%", {}) in relations(text)


def test_n_of_the_m_is_a_count_of():
    periods = ("drafted: the operands' guessed periods differ (2025-10-20, none); correct the periods, or keep this "
               "line if they differ on purpose")  # "the 97 major categories" is a structure: period none
    assert relations("5G reached 86 of the 97 major categories.") == [("count_of", ["86", "97"], None,
                                                                        {"periods": periods})]


def test_all_n_things_and_some_of_those_things_is_a_count_of():
    text = "Industry grew in all 31 provinces this year. Eight major industrial provinces posted higher profits."
    assert relations(text) == [("count_of", ["Eight", "31"], None, {})]


def test_of_which_among_them_and_classified_as_are_parts_of_a_whole():
    assert relations("Foreign trade reached 268.3 million tonnes, of which 97.5 million tonnes were ore.") == [
        ("part_of", ["97.5 million tonnes", "268.3 million tonnes"], None, {})]
    assert relations("We fostered 140,000 SMEs, with 14,600 classified as little giants.") == [
        ("part_of", ["14,600", "140,000"], None, {})]
    assert relations("The authority employed 14,250 people, 11,300 of them in operations.") == [
        ("count_of", ["11,300", "14,250"], None, {})]


def test_among_them_pairs_each_part_with_the_whole_of_alike_words():
    text = ("Production reached 15.621 million units and sales reached 15.653 million units. "
            "Among them, NEV production reached 6.968 million units and NEV sales hit 6.937 million units.")
    assert sorted(relations(text)) == [
        ("part_of", ["6.937 million units", "15.653 million units"], None, {}),
        ("part_of", ["6.968 million units", "15.621 million units"], None, {}),
    ]


def test_up_x_percent_from_a_stated_prior_is_a_growth():
    text = "Investment rose to 18.5 billion euros from 17.2 billion euros, up 7.6%."
    assert relations(text) == [("growth", ["18.5 billion euros", "17.2 billion euros"], "7.6%", {})]


def test_a_range_is_ordered():
    assert relations("Recycling needs only 5% to 8% of the energy.") == [("compare", ["5%", "8%"], None, {"op": "<"})]


def test_a_period_and_its_parts_give_between_with_a_periods_reason():
    text = ("In the first half, output grew 6.4% year on year.\n\n"
            "In the first quarter, output grew 6.5% year on year, while in the second quarter it grew 6.3%.")
    assert relations(text) == [("between", ["6.5%", "6.3%"], "6.4%",
                                {"periods": "a period and its parts: 2025-Q1 and 2025-Q2 make up 2025-H1"})]


def test_operands_with_different_guessed_periods_get_a_periods_line_to_review():
    text = "By the end of June, the network had 48,000 km, of which 3,200 km opened this year."
    ((kind, operands, result, options),) = relations(text)
    assert options["periods"].startswith("drafted: the operands' guessed periods differ (2025, 2025-06-30)")


def test_the_same_figure_restated_with_alike_words_is_one_claim_with_two_mentions():
    text = ("Xie Cun:\n\nIn the first half, equipment manufacturing accounted for 35.5% of value added.\n\n"
            "Tao Qing:\n\nEquipment manufacturing kept growing, accounting for 35.5% of the value added.")
    (claim,) = drafted(text).claims
    assert [m.speaker for m in claim.mentions] == ["Xie Cun", "Tao Qing"]
    assert "the same figure as line 5" in claim.mentions[1].note


def test_the_same_value_about_different_things_stays_two_claims():
    text = ("From January to May, software revenue reached 5.58 trillion yuan, up 11.2% year on year. "
            "Revenue from cloud computing services totaled 585.5 billion yuan, up 11.2% year on year.")
    assert [c.value for c in drafted(text).claims].count("11.2%") == 2


def test_every_proposal_says_which_words_it_came_from():
    text = "5G reached 86 of the 97 major categories."
    (relation,) = drafted(text).relations
    assert relation.words == '"5G reached 86 of the 97 major categories."'


def proposed(text: str) -> list[tuple]:
    """(kind, operand values, result id or literal, cue) of every proposal."""
    result = drafted(text)
    value = {claim.id: claim.value for claim in result.claims}
    return [(r.kind, [value[o] for o in r.operands], value.get(r.result, r.result), r.cue) for r in result.relations]


def test_most_of_n_of_the_m_is_a_share_of_more_than_half():
    text = "Most of the job growth was in health care (40,000 of the 70,000 jobs added)."
    assert ("share", ["40,000", "70,000"], "more than 50%", "most of … 40,000 of the 70,000") in proposed(text)


def test_most_of_without_the_whole_stated_or_almost_proposes_no_share():
    assert [p for p in proposed("Most of the growth was in health care, which added 40,000 jobs in March.")
            if p[0] == "share"] == []
    assert [p for p in proposed("Almost 40,000 of the 70,000 jobs added were in health care.")
            if p[0] == "share"] == []


def test_a_subset_of_is_a_part_of():
    text = "The long-term unemployed numbered 1.1 million, a subset of the 5.8 million unemployed people."
    assert proposed(text) == [("part_of", ["1.1 million", "5.8 million"], None, "a subset of")]


def test_a_subset_named_without_its_figure_proposes_nothing():
    text = "The long-term unemployed, a subset of the unemployed, numbered 1.1 million, up from 0.9 million."
    assert [p for p in proposed(text) if p[0] == "part_of"] == []


def test_among_the_whole_one_part_is_a_count_of():
    text = "Among the 1,200 firms surveyed in March, 312 plan to hire."
    assert ("count_of", ["312", "1,200"], None, "Among the 1,200 … 312") in proposed(text)


def test_among_the_whole_with_two_parts_of_its_unit_proposes_nothing():
    text = "Among the 1,200 firms surveyed in March, 312 plan to hire and 95 plan to cut jobs."
    assert [p for p in proposed(text) if p[0] in ("count_of", "part_of")] == []


def test_averaged_with_its_parts_stated_is_an_average():
    text = ("Job gains averaged 150,000 per month in the first quarter of 2025, with 200,000 in January, "
            "100,000 in February and 150,000 in March.")
    assert [p for p in proposed(text) if p[0] == "average"] == [
        ("average", ["200,000", "100,000", "150,000"], "150,000", "averaged 150,000")]


def test_averaged_without_its_parts_or_beside_other_periods_proposes_nothing():
    assert proposed("Payroll employment growth has averaged 345,000 per month over the prior 6 months.") == []
    text = ("Job gains averaged 150,000 per month in the first quarter of 2025, against 200,000 in the fourth "
            "quarter of 2024 and 180,000 in the third quarter of 2024.")
    assert [p for p in proposed(text) if p[0] == "average"] == []


def test_a_rise_partially_offset_by_a_fall_is_the_larger():
    text = ("In March, wages and salaries increased $50.2 billion, partially offset by a decrease of $10.1 billion "
            "in interest income.")
    assert [p for p in proposed(text) if p[0] == "compare"] == [
        ("compare", ["$50.2 billion", "$10.1 billion"], None, "partially offset by")]


def test_offsets_of_rates_signed_figures_or_several_amounts_propose_nothing():
    rates = "In March, exports rose 5.2%, partially offset by a 3.1% decrease in imports."
    signed = "In March, health care added +54,000 jobs, partially offset by retail (-23,000)."
    several = ("In March, wages increased $50.2 billion and rents $3.1 billion, partially offset by a decrease of "
               "$10.1 billion in interest income.")
    fully = "In March, wages increased $50.2 billion, offset by a decrease of $50.1 billion in interest income."
    elsewhere = ("In March, wages increased $50.2 billion, partially offset by lower interest income; dividends "
                 "fell $3.0 billion.")
    for text in (rates, signed, several, fully, elsewhere):
        assert [p for p in proposed(text) if p[0] == "compare"] == [], text


def test_most_of_beside_a_pair_that_is_not_what_most_refers_to_proposes_no_share():
    text = "Most of the increase occurred in 2 of the 12 regions."
    assert [p for p in proposed(text) if p[0] == "share"] == []
    assert ("share", ["30", "50"], "more than 50%", "most of … 30 of the 50") in proposed(
        "Most of the 50 states, 30 of the 50, reported gains in March.")


def test_among_the_two_ends_of_a_range_proposes_nothing():
    text = "Among the 25 to 54 age group, 80.7 percent of people were employed in March, up from 79.9 percent."
    assert [p for p in proposed(text) if p[0] in ("count_of", "part_of")] == []


def test_averaged_beside_figures_that_leave_part_of_its_period_out_proposes_nothing():
    text = ("Job gains averaged 150,000 per month in the first quarter of 2025, with health care adding 50,000 "
            "in January and retail 30,000 in March.")
    assert [p for p in proposed(text) if p[0] == "average"] == []
