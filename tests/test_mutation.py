"""Mutation analysis: a figure in a relation is caught by it; a lone one is not."""

from __future__ import annotations

from decimal import Decimal

from checks.cli import main
from checks.engine import check_ledger
from checks.mutation import analyse, perturbations
from memo import write

DOCUMENT = "Exports rose 11.1% while industry grew 6.4%, a gap of 4.7 percentage points. We met 520 firms.\n"

LEDGER = """\
version: 1
documents:
  memo: {path: memo.txt}
claims:
  exports.growth:
    {metric: export growth, period: 2025-H1, unit: percent, value: 11.1%,
     mentions: [{anchor: "Exports rose [11.1%] while"}]}
  industry.growth:
    {metric: industry growth, period: 2025-H1, unit: percent, value: 6.4%,
     mentions: [{anchor: "industry grew [6.4%], a gap"}]}
  exports.gap:
    {metric: gap, period: 2025-H1, unit: pp, value: 4.7 percentage points,
     mentions: [{anchor: "a gap of [4.7 percentage points]"}]}
  firms.met:
    {metric: firms met, period: 2025-H1, unit: count, value: "520",
     mentions: [{anchor: "We met [520] firms"}]}
relations:
  exports.gap_is_difference:
    difference: [exports.growth, industry.growth]
    is: exports.gap
"""


def test_perturbations_step_beyond_the_rounding_interval_both_ways():
    assert perturbations(Decimal("11.1"), -1) == [Decimal("11.3"), Decimal("10.9"), Decimal("16.6"), Decimal("5.6")]


def test_perturbations_of_a_round_number_stay_beyond_its_interval():
    values = perturbations(Decimal("520"), 1)
    assert all(abs(value - 520) >= 20 for value in values) and len(values) == 4


def test_figures_in_a_relation_are_caught_by_it_and_a_lone_figure_only_by_the_snapshot(tmp_path):
    report = analyse(check_ledger(str(write(tmp_path, LEDGER, DOCUMENT))))
    caught = {}
    for mutant in report.mutants:
        caught.setdefault(mutant.claim, set()).add(mutant.caught_by)
    assert caught["exports.growth"] == {("difference",)}
    assert caught["exports.gap"] == {("difference",)}
    assert caught["firms.met"] == {()}
    assert report.unprotected() == ["firms.met"]
    assert (len(report.mutants), report.caught_by_relation) == (16, 12)
    assert report.kind_totals == {"difference": 12} and report.kind_caught == {"difference": 12}


def test_the_mutate_command_prints_the_summary(tmp_path, capsys):
    assert main(["mutate", str(write(tmp_path, LEDGER, DOCUMENT))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-3:] == [
        "mutants: 16, caught by a relation: 12, caught only by the snapshot: 4, mutation score: 75.0%",
        "  difference: caught 12 of 12 (100.0%)",
        "claims with a mutant no relation caught (1): firms.met",
    ]
