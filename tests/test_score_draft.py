"""The draft scorer (bench/score_draft.py) on a tiny hand-made pair whose verdicts are known."""

from __future__ import annotations

import pytest

from checks.document import load_document
from benchmodule import bench_module

RELEASE = """Widget output, March 2024
Factories made 1,200 widgets in March 2024, up 5.0% on a year earlier.
Of these, 300 widgets were blue, accounting for 25% of all widgets.
Exports of widgets rose 5.0% in March. Call (555) 123-4567.
"""

REVIEWED = """version: 1
documents:
  release: {path: release.txt}
claims:
  widgets.total:
    metric: widgets made
    period: 2024-03
    unit: count
    value: "1,200"
    mentions: [{anchor: "Factories made [1,200] widgets"}]
  widgets.growth:
    metric: widgets made, growth yoy
    period: 2024-03
    unit: percent
    value: "5.0%"
    mentions: [{anchor: "March 2024, up [5.0%] on a year"}]
  blue.count:
    metric: blue widgets made
    period: 2024-03
    unit: count
    value: "300"
    mentions: [{anchor: "Of these, [300] widgets were blue"}]
  blue.share:
    metric: blue widgets, share of widgets made
    period: 2024-03
    unit: percent
    value: "25%"
    mentions: [{anchor: "accounting for [25%] of all widgets"}]
  exports.growth:
    metric: widget exports, growth yoy
    period: 2024-03
    unit: percent
    value: "5.0%"
    mentions: [{anchor: "Exports of widgets rose [5.0%] in March"}]
relations:
  blue.share_of_total:
    share: [blue.count, widgets.total]
    is: blue.share
  blue.part:
    part_of: [blue.count, widgets.total]
  growth.sum:
    sum: [widgets.growth, exports.growth]
    is: "10%"
ignore:
  - {pattern: '2024', reason: a year}
  - {pattern: '\\(555\\) 123-4567', reason: a telephone number}
"""

# A draft with one of each mistake: the blue count's period and unit are wrong, the
# two 5.0% growths are merged, the share is not drafted, a telephone piece is
# claimed, one anchor finds nothing; of four proposals one is right (part_of, its
# operands given by other ids), three are wrong.
DRAFTED = """version: 1
documents:
  release: {path: release.txt}
claims:
  made.count:
    period: 2024-03
    unit: count
    value: "1,200"
    mentions: [{anchor: "made [1,200] widgets in"}]
  made.growth:
    period: 2024-03
    unit: percent
    value: "5.0%"
    mentions: [{anchor: "up [5.0%] on"}, {anchor: "rose [5.0%] in"}]
  blue.units:
    period: 2024-Q1
    unit: units
    value: "300"
    mentions: [{anchor: "these, [300] widgets"}]
  call.count:
    period: 2024-03
    unit: count
    value: "555"
    mentions: [{anchor: "Call ([555])"}]
  lost.count:
    period: 2024-03
    unit: count
    value: "7"
    mentions: [{anchor: "nowhere at all [7] here"}]
relations:
  blue.part_of:
    part_of: [blue.units, made.count]
  made.compare:
    compare: [made.count, blue.units]
    op: ">"
  made.sum:
    sum: [made.growth, made.growth]
    is: "10%"
  call.range:
    compare: [call.count, lost.count]
    op: "<"
"""


@pytest.fixture(scope="module")
def scorer():
    with bench_module("score_draft") as module:
        yield module


@pytest.fixture
def pair(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(REVIEWED, encoding="utf-8")
    (tmp_path / "drafted.yaml").write_text(DRAFTED, encoding="utf-8")
    return load_document(str(tmp_path / "release.txt")), tmp_path / "claims.yaml", tmp_path / "drafted.yaml"


def test_the_hand_made_draft_gets_every_verdict_it_deserves(scorer, pair):
    result = scorer.score(*pair, name="widgets")
    found = {name: getattr(result, name) for name in
             ("figures", "anchored", "periods", "units", "merges", "spurious", "right", "wrong", "missed")}
    assert found == {"figures": 5, "anchored": 4, "periods": 3, "units": 3, "merges": 1, "spurious": 1,
                     "right": 1, "wrong": 3, "missed": 2}


def test_the_details_name_each_miss_at_its_place(scorer, pair):
    details = scorer.score(*pair).details
    assert details == [
        "period 3:11 '300' (blue.count): '2024-Q1', reviewed '2024-03'",
        "unit 3:11 '300' (blue.count): 'units', reviewed 'count'",
        "missed 3:49 '25' (blue.share)",
        "merge made.growth: exports.growth, widgets.growth",
        "spurious 4:46 '555' (call.count)",
        "drafted mentions whose anchor finds no single place: 1",
        "wrong relation made.compare (compare made.count, blue.units)",
        "wrong relation made.sum (sum made.growth, made.growth, 10%)",
        "wrong relation call.range (compare call.count, lost.count)",
        "missed relation share blue.count, blue.share, widgets.total",
        "missed relation sum exports.growth, widgets.growth",
    ]


def test_a_draft_equal_to_the_reviewed_ledger_scores_full_marks(scorer, pair):
    document, reviewed, _ = pair
    result = scorer.score(document, reviewed, reviewed)
    assert (result.anchored, result.periods, result.units, result.right) == (5, 5, 5, 3)
    assert (result.merges, result.spurious, result.wrong, result.missed) == (0, 0, 0, 0)


def test_a_relation_is_right_whatever_the_order_of_its_operands(scorer, pair, tmp_path):
    document, reviewed, _ = pair
    swapped = reviewed.read_text(encoding="utf-8").replace(
        "share: [blue.count, widgets.total]\n    is: blue.share", "share: [blue.share, widgets.total]\n    is: blue.count")
    (tmp_path / "swapped.yaml").write_text(swapped, encoding="utf-8")
    assert scorer.score(document, reviewed, tmp_path / "swapped.yaml").right == 3


def test_the_table_has_a_row_per_release_and_a_total(scorer):
    first = scorer.Score("a", figures=4, anchored=4, periods=3, units=4, merges=1, spurious=2, right=1, wrong=1, missed=1)
    second = scorer.Score("b", figures=6, anchored=5, periods=5, units=5, right=0, wrong=0, missed=2)
    assert scorer.table([first, second]).splitlines()[2:] == [
        "| a | 4 | 4 (100%) | 3 (75%) | 4 (100%) | 1 | 2 | 1 (50%) | 1 | 1 (50%) |",
        "| b | 6 | 5 (83%) | 5 (100%) | 5 (100%) | 0 | 0 | 0 | 0 | 2 (100%) |",
        "| **total** | 10 | 9 (90%) | 8 (89%) | 9 (100%) | 1 | 2 | 1 (50%) | 1 | 3 (75%) |",
    ]


def test_the_corpus_is_drafted_afresh_and_scored_one_row_per_release(scorer, tmp_path):
    folder = tmp_path / "corpus" / "widgets"
    folder.mkdir(parents=True)
    (folder / "release.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "claims.yaml").write_text(REVIEWED, encoding="utf-8")
    [result] = scorer.score_corpus(tmp_path / "corpus")
    assert result.release == "widgets" and result.figures == 5
    assert sorted(path.name for path in folder.iterdir()) == ["claims.yaml", "release.txt"]
