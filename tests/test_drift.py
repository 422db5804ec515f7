"""Anchors that drift: a reworded anchor is found again, or honestly not."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from memo import DOCUMENT, GOOD, write

pytest_plugins = ["pytester"]

from checks.anchors import Anchor, AnchorIndex
from checks.cli import main
from checks.document import Document
from checks.drift import Drifter, relocate
from checks.engine import check_ledger
from checks.findings import Kind, Severity, exit_code

SALES = ("Xie Cun:\n\nIn the first half, auto sales reached 15.6 million units, up 11.4% year on year, "
         "while NEV sales hit 6.9 million units, up 40.3% year on year.\n")
SALES_LEDGER = """\
version: 1
documents:
  memo:
    path: memo.txt
claims:
  auto.sales:
    metric: auto sales
    period: 2025-H1
    unit: units
    value: 15.6 million units
    mentions:
      - anchor: "auto sales reached [15.6 million units]"
  auto.growth:
    metric: auto sales growth
    period: 2025-H1
    unit: percent
    value: 11.4%
    mentions:
      - anchor: "up [11.4%] year on year, while"
  nev.sales:
    metric: NEV sales
    period: 2025-H1
    unit: units
    value: 6.9 million units
    mentions:
      - anchor: "NEV sales hit [6.9 million units]"
  nev.growth:
    metric: NEV sales growth
    period: 2025-H1
    unit: percent
    value: 40.3%
    mentions:
      - anchor: "up [40.3%] year on year."
"""


def test_the_sales_paragraph_checks_clean(tmp_path):
    assert check_ledger(str(write(tmp_path, SALES_LEDGER, SALES))).findings() == []


def relocated(document: str, *anchors: str):
    index = AnchorIndex(Document(document, "memo.txt"))
    return relocate(index, index.resolve([Anchor(anchor) for anchor in anchors]))


def test_a_reworded_anchor_drifts_to_its_figure_and_proposes_the_new_wording():
    document = DOCUMENT.replace("Revenue rose 9.3% year on year", "Revenue increased 9.3 percent year-on-year")
    (only,) = relocated(document, "Revenue rose [9.3%] year on year").values()
    assert only.verdict == "drifted"
    assert document[only.match.figure_start : only.match.figure_end] == "9.3 percent"
    assert only.proposal == "Revenue increased [9.3 percent] year-on-year"


def test_an_anchor_that_still_matches_is_not_relocated():
    assert relocated(DOCUMENT, "Revenue rose [9.3%] year on year") == {}


@pytest.mark.parametrize("document, scores", [
    ("Revenue rose 9.3 million yuan year on year.\n", []),  # a percent never drifts to another kind
    ("Revenue fell 2.0% year on year.\n", [0.57]),  # the best places are shown with their scores
    ("Costs fell 2.0% in May.\n", []),  # places keeping too few of the words are not even scored
])
def test_nothing_good_enough_is_missing(document, scores):
    (only,) = relocated(document, "Revenue rose [9.3%] year on year, a record").values()
    assert only.verdict == "missing"
    assert [round(place.score, 2) for place in only.candidates] == scores


def test_two_places_too_close_to_call_are_ambiguous():
    document = "Revenue grew 9.3% year on year. Revenue grew 4.1% year on year.\n"
    (only,) = relocated(document, "Revenue rose [9.3%] year on year").values()
    assert only.verdict == "ambiguous"
    assert round(only.candidates[0].score, 2) == round(only.candidates[1].score, 2)


def test_a_best_place_that_another_anchor_matches_is_ambiguous_not_bound():
    document = "Revenue grew 9.3% year on year. Costs grew 4.1%.\n"
    drifter = Drifter(AnchorIndex(Document(document, "memo.txt")))
    anchor = Anchor("Revenue rose [9.3%] year on year")
    assert drifter.relocate(anchor, {}).verdict == "drifted"
    crossing = drifter.relocate(anchor, {document.index("9.3"): 7})
    assert crossing.verdict == "ambiguous"
    assert crossing.candidates[0].taken_by == 7


def test_two_drifted_mentions_never_share_a_numeral():
    document = "Revenue grew 9.3% in the year.\n"
    relocations = relocated(document, "Revenue rose [9.3%] in the year", "Revenue climbed [9.3%] in the year")
    assert [r.verdict for r in relocations.values()] == ["ambiguous", "ambiguous"]
    assert all(r.shared for r in relocations.values())


def test_a_figure_changed_in_a_reworded_sentence_is_still_changed(tmp_path):
    document = DOCUMENT.replace("Revenue rose 9.3% year on year", "Revenue increased 9.8 percent year-on-year")
    path = write(tmp_path, GOOD, document)
    found = check_ledger(str(path)).findings()
    assert [(f.kind, f.rule, f.id, f.severity) for f in found] == [
        (Kind.ANCHOR, "drifted", "revenue.growth", Severity.WARNING),
        (Kind.ANCHOR, "drifted", "revenue.gain", Severity.WARNING),  # its "year on year" was hyphenated
        (Kind.CHANGED, "grounding", "revenue.growth", Severity.ERROR),
    ]
    assert found[0].message == ("the words around the figure changed; 72% of them found here, around '9.8 percent'; "
                                "new anchor: 'Revenue increased [9.8 percent] year-on-year'")
    assert (found[0].locations[0].line, found[0].locations[0].column) == (3, 19)
    assert found[2].message == "document states '9.8 percent', ledger recorded '9.3%'"


def test_a_drift_warns_by_default_and_fails_when_strict(tmp_path, capsys):
    document = DOCUMENT.replace("Revenue rose", "Revenue increased")
    path = write(tmp_path, GOOD, document)
    assert exit_code(check_ledger(str(path)).findings()) == 0
    assert exit_code(check_ledger(str(path), strict=True).findings()) == 1
    assert main(["check", str(path), "--strict"]) == 1
    assert "anchor drifted revenue.growth" in capsys.readouterr().out
    strict = GOOD.replace("documents:", "defaults:\n  drift: fail\ndocuments:")
    path = write(tmp_path, strict, document)
    assert exit_code(check_ledger(str(path)).findings()) == 1


def test_accept_rewrites_a_drifted_anchor_and_nothing_else(tmp_path, capsys):
    ledger = GOOD.replace('      - anchor: "Revenue rose', '      # keep me\n      - anchor: "Revenue rose')
    path = write(tmp_path, ledger, DOCUMENT.replace("Revenue rose", "Revenue increased"))
    before = path.read_text(encoding="utf-8")
    assert main(["accept", str(path)]) == 0
    after = path.read_text(encoding="utf-8")
    assert after == before.replace('"Revenue rose [9.3%] year on year"', '"Revenue increased [9.3%] year on year"')
    assert check_ledger(str(path)).findings() == []


_WORDS = st.sampled_from(["sales", "rose", "hit", "reached", "up", "year", "the", "million", "units", "NEV", "auto"])


@settings(max_examples=60, deadline=None)
@given(edits=st.lists(st.tuples(st.integers(0, len(SALES) - 1), st.integers(0, 8), _WORDS), min_size=1, max_size=2))
@example(edits=[(SALES.index("reached"), 7, "hit"), (SALES.index("hit 6.9"), 3, "reached")])
def test_random_edits_never_bind_a_claim_to_another_claims_figure_silently(tmp_path_factory, edits):
    """Replace a few characters by a word, anywhere: a mention either reads its own
    figure, or another place with a failing finding about its claim, or nothing."""
    tmp_path = tmp_path_factory.mktemp("drift")
    document = SALES
    own = {claim: SALES.index(figure) for claim, figure in
           (("auto.sales", "15.6"), ("auto.growth", "11.4"), ("nev.sales", "6.9"), ("nev.growth", "40.3"))}
    for start, length, word in sorted(edits, reverse=True):
        if any(start < at + 4 and at < start + length for at in own.values()):
            return  # an edit inside a figure changes the figure, not the words
        document = document[:start] + word + document[start + length :]
        own = {claim: at if at < start else at + len(word) - length for claim, at in own.items()}
    path = write(tmp_path, SALES_LEDGER, document)
    check = check_ledger(str(path))
    failing = {f.id for f in check.findings() if f.fails}
    places = Document(document, "memo.txt")
    for claim, readings in check.readings.items():
        for reading in readings:
            if reading.figure is None:
                assert claim in failing
            elif (reading.location.line, reading.location.column) != places.position(own[claim]):
                assert claim in failing, f"{claim} reads {reading.location} silently in {document!r}"


def test_drifted_findings_are_warnings_in_sarif_and_github(tmp_path, capsys):
    path = write(tmp_path, GOOD, DOCUMENT.replace("Revenue rose", "Revenue increased"))
    main(["check", str(path), "--format", "github"])
    assert capsys.readouterr().out.startswith("::warning ")
    main(["check", str(path), "--format", "sarif"])
    assert '"level": "warning"' in capsys.readouterr().out


def test_anchors_that_swapped_places_are_ambiguous_not_changed(tmp_path):
    ledger = SALES_LEDGER.replace("auto sales reached [", "sales reached [").replace("NEV sales hit [", "sales hit [")
    swapped = SALES.replace("auto sales reached", "auto sales hit").replace("NEV sales hit", "NEV sales reached")
    found = check_ledger(str(write(tmp_path, ledger, swapped))).findings()
    assert [(f.kind, f.rule, f.id) for f in found] == [
        (Kind.ANCHOR, "ambiguous", "auto.sales"),
        (Kind.ANCHOR, "ambiguous", "nev.sales"),
    ]
    assert "the figure of nev.sales" in found[-2].message
    assert exit_code(found) == 2


def test_the_plugin_fails_a_drift_when_the_ini_says_strict(pytester):
    pytester.makefile(".txt", memo=DOCUMENT.replace("Revenue rose", "Revenue increased"))
    pytester.makefile(".yaml", claims="# checks: ledger\n" + GOOD)
    pytester.runpytest("claims.yaml").assert_outcomes(passed=4)
    pytester.makeini("[pytest]\nclaims_strict = true\n")
    pytester.runpytest("claims.yaml").assert_outcomes(passed=3, failed=1)


def test_a_drift_setting_other_than_warn_or_fail_is_a_located_ledger_error(tmp_path, capsys):
    path = write(tmp_path, GOOD.replace("documents:", "defaults:\n  drift: sometimes\ndocuments:"))
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err == (f"{path}:3:10: ledger schema defaults.drift: found 'sometimes', "
                                       "expected one of: warn, fail\n")


def test_the_html_report_outlines_a_drifted_figure_and_shows_its_new_anchor(tmp_path):
    path = write(tmp_path, GOOD, DOCUMENT.replace("Revenue rose", "Revenue increased"))
    assert main(["report", str(path), "--html", str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.count(" drifted\" id=\"m") == 1  # the drifted figure only, not its claim's other marks
    assert ("<span class=\"verdict-warn\">drifted</span>; new anchor "
            "<q>Revenue increased [9.3%] year on year</q>") in page
