"""Figure semantics end to end, each in a small world of its own: hedges and
qualified literals, restatements of one quantity, per-unit precision, and
`exact: true` on coarser restatements."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.engine import check_ledger
from checks.findings import Kind, Severity
from checks.ledger import LedgerError, load_ledger
from memo import write
from strategies import positive_values, rounded

# -- hedges and qualified literals ----------------------------------------------------

HEDGES_DOCUMENT = (
    "Lin Wei:\n\n"
    "The plant sold 1,250 units in June, and 530 of them, north of 40%, went abroad. "
    "Most of the 120 new jobs, 70 of them, were in services. "
    "Output topped 2,000 tonnes, just shy of 2,100 tonnes planned.\n"
)
HEDGES = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  units.sold:
    metric: units sold
    period: 2025-06
    unit: units
    value: 1,250 units
    mentions:
      - anchor: "The plant sold [1,250 units] in June"
  units.exported:
    metric: units exported
    period: 2025-06
    unit: units
    value: "530"
    mentions:
      - anchor: "and [530] of them"
  units.export_share:
    metric: share of units exported
    period: 2025-06
    unit: percent
    value: north of 40%
    mentions:
      - anchor: "of them, [north of 40%], went abroad"
  jobs.new:
    metric: new jobs
    period: 2025-06
    unit: count
    value: "120"
    mentions:
      - anchor: "Most of the [120] new jobs"
  jobs.services:
    metric: new jobs in services
    period: 2025-06
    unit: count
    value: "70"
    mentions:
      - anchor: "new jobs, [70] of them, were in services"
  output.tonnes:
    metric: output
    period: 2025-06
    unit: tons
    value: topped 2,000 tonnes
    mentions:
      - anchor: "Output [topped 2,000 tonnes]"
  output.plan:
    metric: planned output, as the hedge near it states it
    period: 2025-06
    unit: tons
    value: just shy of 2,100 tonnes
    mentions:
      - anchor: "[just shy of 2,100 tonnes] planned"
relations:
  units.export_share_of_sold:
    share: [units.exported, units.sold]
    is: units.export_share
  jobs.most_in_services:
    share: [jobs.services, jobs.new]
    is: "more than 50%"
    why: '"Most of the 120 new jobs, 70 of them, were in services"'
  output.below_plan:
    compare: [output.tonnes, "2,100 tonnes"]
    op: "<="
"""


def findings(tmp_path, ledger: str, document: str):
    return [f for f in check_ledger(str(write(tmp_path, ledger, document))).findings()]


def conflicts(found):
    return [(f.rule, f.id) for f in found if f.kind is Kind.CONFLICT and f.fails]


def test_hedged_ledger_values_anchors_and_literals_check_clean(tmp_path):
    assert findings(tmp_path, HEDGES, HEDGES_DOCUMENT) == []


def test_hedges_read_as_their_bounds(tmp_path):
    check = check_ledger(str(write(tmp_path, HEDGES, HEDGES_DOCUMENT)))
    read = {claim: check.readings[claim][0].figure for claim in ("units.export_share", "output.tonnes", "output.plan")}
    assert [(f.text, f.qualifier) for f in read.values()] == [
        ("north of 40%", "over"), ("topped 2,000 tonnes", "over"), ("just shy of 2,100 tonnes", "nearly")]


def test_a_qualified_literal_keeps_its_bound_in_a_share(tmp_path):
    """"more than 50%" is >= 50, not exactly 50: 70 of 120 (58.3%) holds."""
    assert conflicts(findings(tmp_path, HEDGES, HEDGES_DOCUMENT)) == []
    exactly = HEDGES.replace('is: "more than 50%"', 'is: "50%"')
    assert conflicts(findings(tmp_path, exactly, HEDGES_DOCUMENT)) == [("share", "jobs.most_in_services")]


def test_a_qualified_literal_still_catches_a_changed_figure(tmp_path):
    found = findings(tmp_path, HEDGES, HEDGES_DOCUMENT.replace("70 of them", "50 of them"))
    assert conflicts(found) == [("share", "jobs.most_in_services")]
    message = next(f.message for f in found if f.rule == "share")
    assert message == "stated more than 50%, figures allow 36 … 47.83% (off by ≈2.17 pp)"


def test_a_hedged_document_figure_is_checked_by_its_bound(tmp_path):
    found = findings(tmp_path, HEDGES, HEDGES_DOCUMENT.replace("and 530 of them", "and 430 of them"))
    assert conflicts(found) == [("share", "units.export_share_of_sold")]


def test_a_qualified_literal_operand_of_an_order_keeps_its_bound(tmp_path):
    ledger = HEDGES.replace('compare: [output.tonnes, "2,100 tonnes"]', 'compare: [output.tonnes, "up to 1,900 tonnes"]')
    assert conflicts(findings(tmp_path, ledger, HEDGES_DOCUMENT)) == [("compare", "output.below_plan")]


# -- a ledger's own qualifier phrases ---------------------------------------------------

OWN_WORDS_DOCUMENT = "Lin Wei:\n\nWe hired in the region of 300 people, 40 or thereabouts in May.\n"
OWN_WORDS = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  hires.total:
    metric: people hired
    period: 2025-H1
    unit: count
    value: in the region of 300
    mentions:
      - anchor: "We hired [in the region of 300] people"
  hires.may:
    metric: people hired in May
    period: 2025-05
    unit: count
    value: 40 or thereabouts
    mentions:
      - anchor: "people, [40 or thereabouts] in May"
defaults:
  qualifiers:
    before:
      about: [in the region of]
    after:
      about: [or thereabouts]
"""


def test_a_ledger_adds_qualifier_phrases_even_after_its_claims(tmp_path):
    check = check_ledger(str(write(tmp_path, OWN_WORDS, OWN_WORDS_DOCUMENT)))
    assert check.findings() == []
    assert [check.readings[c][0].figure.qualifier for c in ("hires.total", "hires.may")] == ["about", "about"]
    assert str(check.statement(check.ledger.claims["hires.total"], check.readings["hires.total"][0].figure).interval) \
        == "235 … 365"


def test_without_the_phrases_the_values_do_not_read(tmp_path):
    ledger = OWN_WORDS[: OWN_WORDS.index("defaults:")]
    with pytest.raises(LedgerError) as error:
        load_ledger(str(write(tmp_path, ledger, OWN_WORDS_DOCUMENT)))
    assert [(p.field, p.rule) for p in error.value.problems] == [
        ("claims.hires.total.value", "figure"), ("claims.hires.may.value", "figure")]
    assert "'in the region of' is not a qualifier" in error.value.problems[0].message


def test_an_unknown_qualifier_name_is_a_located_ledger_problem(tmp_path):
    ledger = OWN_WORDS.replace("      about: [in the region of]", "      abut: [in the region of]")
    with pytest.raises(LedgerError) as error:
        load_ledger(str(write(tmp_path, ledger, OWN_WORDS_DOCUMENT)))
    problem = error.value.problems[0]
    assert (problem.field, problem.where.line) == ("defaults.qualifiers.before.abut", 23)
    assert problem.message == "unknown key 'abut'; did you mean 'about'?"


# -- restatements of one quantity --------------------------------------------------------

RESTATED_DOCUMENT = (
    "Tao Qing:\n\n"
    "Equipment accounted for 35.5% of industry. Later in the year equipment's 35.5% share held. "
    "NEV sales hit 6.937 million units.\n"
)
RESTATED = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  equipment.share:
    metric: equipment share of industry
    period: 2025-H1
    unit: percent
    value: 35.5%
    mentions:
      - anchor: "Equipment accounted for [35.5%] of industry"
      - anchor: "Later in the year equipment's [35.5%] share held"
  nev.sales:
    metric: NEV sales
    period: 2025-H1
    unit: units
    value: 6.937 million units
    mentions:
      - anchor: "NEV sales hit [6.937] million units"
external:
  official.nev.sales:
    metric: NEV sales, official
    period: 2025-H1
    unit: units
    value: 6.937 million units
    source: CAAM, July 2025
relations:
  nev.sales_official:
    compare: [nev.sales, official.nev.sales]
    op: "="
"""


def restated(tmp_path, before: str, old: str, new: str, ledger: str = RESTATED):
    """The conflicts when the figure after ``before`` is stated ``new`` (the anchor follows a new hedge)."""
    assert RESTATED_DOCUMENT.count(before + old) == 1 and ledger.count(f"{before}[{old}]") == 1
    ledger = ledger.replace(f"{before}[{old}]", f"{before}[{new}]")
    found = findings(tmp_path, ledger, RESTATED_DOCUMENT.replace(before + old, before + new))
    assert not [f for f in found if f.kind is Kind.ANCHOR]
    return [(f.kind, f.rule, f.severity, f.message) for f in found if f.kind is Kind.CONFLICT]


def test_restatements_check_clean(tmp_path):
    assert findings(tmp_path, RESTATED, RESTATED_DOCUMENT) == []


def test_a_one_step_drift_of_a_restatement_is_a_conflict(tmp_path):
    assert restated(tmp_path, "equipment's ", "35.5%", "35.6%") == [
        (Kind.CONFLICT, "repeat", Severity.ERROR,
         "mentions disagree: '35.6%' vs '35.5%', both rounded at the same digit (step 0.1): "
         "one value rounds to one figure")]


@pytest.mark.parametrize("coarser", ["about 36%", "36%", "35.50%", "35.47%"])
def test_a_restatement_at_another_step_agrees_when_it_rounds_the_same_value(tmp_path, coarser):
    assert restated(tmp_path, "equipment's ", "35.5%", coarser) == []


def test_finer_digits_half_a_step_from_a_restatement_are_a_warning(tmp_path):
    [(kind, rule, severity, message)] = restated(tmp_path, "equipment's ", "35.5%", "35.45%")
    assert (kind, rule, severity) == (Kind.CONFLICT, "repeat", Severity.WARNING)


@pytest.mark.parametrize("wrong", ["35.4%", "36.0%", "35.44%", "about 31%", "more than 36%"])
def test_a_restatement_no_rounding_of_one_value_gives_is_a_conflict(tmp_path, wrong):
    [(kind, rule, severity, message)] = restated(tmp_path, "equipment's ", "35.5%", wrong)
    assert (kind, rule, severity) == (Kind.CONFLICT, "repeat", Severity.ERROR)


def test_a_one_step_drift_against_an_external_figure_is_a_conflict(tmp_path):
    assert restated(tmp_path, "NEV sales hit ", "6.937", "6.938") == [
        (Kind.CONFLICT, "compare", Severity.ERROR,
         "6.938 million units = 6.937 million units cannot hold: both are rounded at the same digit, "
         "and one value rounds to one figure")]


def test_a_coarser_statement_of_an_external_figure_agrees(tmp_path):
    assert restated(tmp_path, "NEV sales hit ", "6.937", "6.94") == []
    assert restated(tmp_path, "NEV sales hit ", "6.937", "6.9") == []


def test_a_statement_meeting_an_exact_figure_only_at_a_tie_is_a_warning(tmp_path):
    ledger = RESTATED.replace("    source: CAAM, July 2025\n", "    precision: 0\n    source: CAAM, July 2025\n")
    tie = ledger.replace("value: 6.937 million units\n    precision", "value: 6.85 million units\n    precision")
    [(kind, rule, severity, message)] = restated(tmp_path, "NEV sales hit ", "6.937", "6.9", tie)
    assert (kind, rule, severity) == (Kind.CONFLICT, "compare", Severity.WARNING)
    assert message == ("6.9 million units = 6.85 million units holds only through a rounding tie at 6850000: "
                       "half up and half to even round it apart")
    either = ledger.replace("value: 6.937 million units\n    precision", "value: 6.95 million units\n    precision")
    [(kind, rule, severity, message)] = restated(tmp_path, "NEV sales hit ", "6.937", "6.9", either)
    assert (kind, rule, severity) == (Kind.CONFLICT, "compare", Severity.ERROR)
    assert message == ("6.9 million units = 6.95 million units cannot hold: exactly 6950000 rounds to neither "
                       "under half up or half to even")


TIE_DOCUMENT = "Tao Qing:\n\nTwenty-five firms joined. All 20 firms that joined are small.\n"
TIE_LEDGER = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  firms.joined:
    metric: firms that joined
    period: 2025-H1
    unit: count
    value: Twenty-five
    mentions:
      - anchor: "[Twenty-five] firms joined"
      - anchor: "All [20] firms that joined"
"""
"""Two mentions that agree only through a rounding tie (also drawn by the HTML test)."""


def test_an_exact_word_meeting_a_round_number_only_at_a_tie_is_a_warning(tmp_path):
    found = [f for f in findings(tmp_path, TIE_LEDGER, TIE_DOCUMENT) if f.kind is Kind.CONFLICT]
    assert [(f.rule, f.severity, f.fails) for f in found] == [("repeat", Severity.WARNING, False)]
    assert found[0].message == ("mentions agree only through a rounding tie at 25: '20' (15 … 25) vs 'Twenty-five' (25); "
                                "half up and half to even round it apart: state them at one precision")


# -- per-unit precision ----------------------------------------------------------------

PAYROLL_DOCUMENT = "Ana:\n\nPayrolls rose by 35,000: manufacturing added 20,000 and services 15,000.\n"
PAYROLL = """\
version: 1
documents:
  memo:
    path: memo.txt
defaults:
  precision: {count: 1000}
claims:
  payrolls.total:
    metric: payroll change
    period: 2025-05
    unit: count
    value: 35,000
    mentions:
      - anchor: "Payrolls rose by [35,000]"
  payrolls.manufacturing:
    metric: payroll change, manufacturing
    period: 2025-05
    unit: count
    value: 20,000
    mentions:
      - anchor: "manufacturing added [20,000]"
  payrolls.services:
    metric: payroll change, services
    period: 2025-05
    unit: count
    value: 15,000
    mentions:
      - anchor: "and services [15,000]"
relations:
  payrolls.by_sector:
    sum: [payrolls.manufacturing, payrolls.services]
    is: payrolls.total
"""


def test_a_per_unit_precision_reads_round_counts_at_thousands(tmp_path):
    mutated = PAYROLL_DOCUMENT.replace("services 15,000", "services 20,000")
    assert conflicts(findings(tmp_path, PAYROLL, mutated)) == [("sum", "payrolls.by_sector")]
    without = PAYROLL.replace("defaults:\n  precision: {count: 1000}\n", "")
    assert conflicts(findings(tmp_path, without, mutated)) == []


def test_a_claims_own_precision_overrides_the_unit_default(tmp_path):
    ledger = PAYROLL.replace("    value: 20,000\n", "    value: 20,000\n    precision: 10000\n")
    mutated = PAYROLL_DOCUMENT.replace("services 15,000", "services 20,000")
    assert conflicts(findings(tmp_path, ledger, mutated)) == []


def test_a_per_unit_precision_for_a_unit_no_claim_has_is_a_located_problem(tmp_path):
    with pytest.raises(LedgerError) as error:
        load_ledger(str(write(tmp_path, PAYROLL.replace("{count: 1000}", "{cuont: 1000}"), PAYROLL_DOCUMENT)))
    [problem] = error.value.problems
    assert (problem.field, problem.where.line, problem.message) == (
        "defaults.precision.cuont", 6, "no claim has unit 'cuont'; did you mean 'count'?")


def test_a_per_unit_precision_that_is_not_a_step_is_a_located_problem(tmp_path):
    with pytest.raises(LedgerError) as error:
        load_ledger(str(write(tmp_path, PAYROLL.replace("{count: 1000}", "{count: lots}"), PAYROLL_DOCUMENT)))
    [problem] = error.value.problems
    assert (problem.field, problem.message) == (
        "defaults.precision.count",
        "found 'lots', expected a step such as 1 or 0.1 (0 means exact); not a decimal number such as 0.5 or 1e-6")


# -- exact: true on a coarser restatement --------------------------------------------------

GAP_DOCUMENT = "Xie Cun:\n\nElectronics grew 11.1%, 4.7 percentage points above industry's 6.4%.\n"
GAP = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  electronics.growth:
    metric: electronics value added growth
    period: 2025-H1
    unit: percent
    value: 11.1%
    mentions:
      - anchor: "Electronics grew [11.1%]"
  electronics.gap:
    metric: electronics growth above industry's
    period: 2025-H1
    unit: pp
    value: 4.7 percentage points
    mentions:
      - anchor: "[4.7 percentage points] above"
  industry.growth:
    metric: industry value added growth
    period: 2025-H1
    unit: percent
    value: 6.4%
    mentions:
      - anchor: "above industry's [6.4%]"
relations:
  electronics.gap_over_industry:
    difference: [electronics.growth, industry.growth]
    is: electronics.gap
    exact: true
"""


@pytest.mark.parametrize(("old", "new"), [("industry's 6.4%", "industry's 6%"), ("grew 11.1%", "grew 11%")])
def test_exact_falls_back_to_intervals_for_a_coarser_restatement_with_a_note(tmp_path, old, new):
    found = findings(tmp_path, GAP, GAP_DOCUMENT.replace(old, new))
    assert conflicts(found) == []
    [note] = [f for f in found if f.rule == "exact"]
    assert (note.kind, note.severity, note.id) == (Kind.CHANGED, Severity.INFO, "electronics.gap_over_industry")
    assert "holds on intervals, not on stated digits" in note.message


def test_exact_still_works_on_stated_digits_at_the_written_precision(tmp_path):
    assert findings(tmp_path, GAP, GAP_DOCUMENT) == []
    found = findings(tmp_path, GAP, GAP_DOCUMENT.replace("11.1%", "11.2%"))
    assert conflicts(found) == [("difference", "electronics.gap_over_industry")]


def test_a_coarser_restatement_that_conflicts_on_intervals_too_says_why_in_the_evidence(tmp_path):
    found = findings(tmp_path, GAP, GAP_DOCUMENT.replace("industry's 6.4%", "industry's 8%"))
    [conflict] = [f for f in found if f.kind is Kind.CONFLICT]
    assert conflict.evidence[-1] == ("industry.growth: '8%' restates the recorded '6.4%' coarser, "
                                     "so its interval is used, not its digits")


def test_the_json_schema_accepts_the_new_defaults_as_the_loader_does():
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    from checks.ledger import schema

    for ledger in (PAYROLL, OWN_WORDS):
        jsonschema.validate(yaml.safe_load(ledger), schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(OWN_WORDS.replace("about: [in", "abut: [in")), schema())


def test_exact_falls_back_to_intervals_for_a_hedged_restatement(tmp_path):
    ledger = GAP.replace('"above industry\'s [6.4%]"', '"above industry\'s [about 6.4%]"')
    found = findings(tmp_path, ledger, GAP_DOCUMENT.replace("industry's 6.4%", "industry's about 6.4%"))
    assert conflicts(found) == []
    assert [(f.kind, f.rule, f.severity) for f in found if f.rule == "exact"] == [
        (Kind.CHANGED, "exact", Severity.INFO)]


# -- properties through the whole engine ----------------------------------------------------

PAIR_DOCUMENT = "Ana:\n\nThe index stood at {a} in May. By June, the figure of {b} was confirmed.\n"
PAIR = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  index.level:
    metric: index level
    period: 2025-05
    unit: count
    value: "{a}"
    mentions:
      - anchor: "The index stood at [{a}] in May"
      - anchor: "the figure of [{b}] was confirmed"
"""


def repeat_findings(a: str, b: str):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), PAIR.format(a=a, b=b), PAIR_DOCUMENT.format(a=a, b=b))
        return [f for f in check_ledger(str(path)).findings() if f.rule == "repeat"]


@given(positive_values(), st.integers(-2, 3), st.integers(-2, 3))
def test_two_correct_roundings_of_one_value_never_fail_repeat(value, places, other):
    texts = [rounded(value, p) if p >= 0 or value >= 10**-p else rounded(value, 0) for p in (places, other)]
    assert not [f for f in repeat_findings(*texts) if f.fails]


@given(st.integers(1, 10**6), st.integers(1, 10**3), st.integers(1, 3))
def test_two_distinct_statements_at_one_step_always_fail_repeat(digits, apart, places):
    a, b = (rounded(Fraction(n, 10**places), places) for n in (digits, digits + apart))
    assert [f.fails for f in repeat_findings(a, b)] == [True]
