"""Coverage: every number is claimed, ignored with a reason, or reported."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st
from memo import DOCUMENT, GOOD, write

from checks import coverage
from checks.cli import main
from checks.engine import check_ledger

EXTRA = DOCUMENT + "The 5G network grew in 2025 and served 40 cities.\n"
IGNORES = "ignore:\n  - pattern: '\\b5G\\b'\n    reason: technology name\n  - pattern: '\\bin 2025\\b'\n    reason: a year\n"


def test_a_number_neither_claimed_nor_ignored_is_a_coverage_finding(tmp_path):
    check = check_ledger(str(write(tmp_path, GOOD + IGNORES, EXTRA)))
    measured = coverage.measure(check)
    statuses = [(n.text, n.status, n.by) for n in measured[0].numbers]
    assert statuses == [
        ("9.3", "claimed", "revenue.growth"),
        ("3.4", "claimed", "revenue.gain"),
        ("5", "ignored", "technology name"),
        ("2025", "ignored", "a year"),
        ("40", "uncovered", ""),
    ]
    found = coverage.findings(check, measured)
    assert [f.headline.split(": ", 1)[1] for f in found] == [
        "coverage uncovered 40: '40' is neither claimed nor ignored; add a claim or an ignore entry"
    ]
    assert (found[0].locations[0].line, found[0].locations[0].column) == (4, 40)


def test_the_coverage_command_fails_under_the_threshold_and_passes_at_a_lower_one(tmp_path, capsys):
    path = str(write(tmp_path, GOOD + IGNORES, EXTRA))
    assert main(["coverage", path]) == 1
    assert capsys.readouterr().out.splitlines()[-1].endswith(
        "5 numbers, 2 claimed, 2 ignored, 1 uncovered: coverage 80.0%")
    assert main(["coverage", path, "--fail-under", "80"]) == 0
    capsys.readouterr()
    assert main(["coverage", path, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["coverage"][0]["uncovered"] == 1 and report["summary"]["coverage"] == 1


def test_the_bundled_briefing_is_fully_covered(capsys):
    assert main(["coverage"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("0 uncovered: coverage 100.0%")


def _reasons(tmp_path, ignores: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    entries = "".join(f"  - pattern: '{pattern}'\n    reason: {reason}\n" for pattern, reason in ignores)
    check = check_ledger(str(write(tmp_path, GOOD + "ignore:\n" + entries, EXTRA)))
    return [(n.text, n.status, n.by) for n in coverage.measure(check)[0].numbers]


def test_an_ignore_match_ending_one_character_short_or_starting_one_late_covers_nothing(tmp_path):
    assert _reasons(tmp_path, [("served 4", "short"), ("0 cities", "late"), ("5G", "name"), ("2025", "year")])[-1] == (
        "40", "uncovered", "")


def test_an_ignore_match_exactly_on_the_number_covers_it(tmp_path):
    assert _reasons(tmp_path, [("40", "exact"), ("5G", "name"), ("2025", "year")])[-1] == ("40", "ignored", "exact")


def test_of_two_ignore_entries_around_a_number_the_first_listed_gives_the_reason(tmp_path):
    later_starting_first = [("40 cities", "first"), ("served 40", "second"), ("5G", "name"), ("2025", "year")]
    assert _reasons(tmp_path, later_starting_first)[-1] == ("40", "ignored", "first")
    assert _reasons(tmp_path, later_starting_first[1::-1] + later_starting_first[2:])[-1] == ("40", "ignored", "second")


def test_a_claimed_number_stays_claimed_when_an_ignore_entry_matches_it_too(tmp_path):
    assert _reasons(tmp_path, [("9\\.3%", "also ignored"), ("5G", "name"), ("2025", "year")])[0] == (
        "9.3", "claimed", "revenue.growth")


# -- first_holding: the lookup behind measure --------------------------------------


def _first_holding_by_scan(spans, places):
    """The reference: every span, in order, for every place."""
    return [next((index for index, (start, end, _) in enumerate(spans) if start <= place_start and place_end <= end),
                 None) for place_start, place_end in places]


def test_a_span_holds_a_place_from_its_own_start_to_its_own_end_inclusive():
    spans = [(10, 20, "a")]
    places = [(10, 20), (10, 11), (19, 20), (9, 11), (19, 21), (9, 21), (20, 20), (10, 10), (0, 5), (25, 30)]
    assert coverage.first_holding(spans, places) == [0, 0, 0, None, None, None, 0, 0, None, None]


def test_the_first_listed_of_nested_or_overlapping_spans_wins_whatever_their_starts():
    spans = [(5, 8, "inner"), (0, 20, "outer"), (4, 12, "overlap"), (5, 8, "duplicate")]
    assert coverage.first_holding(spans, [(5, 8), (6, 7), (4, 6), (7, 12), (0, 1), (12, 20), (3, 21)]) == [
        0, 0, 1, 1, 1, 1, None]
    assert coverage.first_holding(spans[1:], [(5, 8), (7, 12), (4, 6)]) == [0, 0, 0]
    assert coverage.first_holding(spans[2:], [(5, 8), (7, 12), (4, 6), (3, 5)]) == [0, 0, 0, None]


def test_without_spans_or_places_nothing_is_held():
    assert coverage.first_holding([], [(0, 1), (3, 3)]) == [None, None]
    assert coverage.first_holding([(0, 1, "a")], []) == []


def test_places_out_of_text_order_get_their_own_answers():
    spans = [(0, 3, "a"), (6, 9, "b")]
    assert coverage.first_holding(spans, [(7, 8), (1, 2), (6, 9), (3, 6), (0, 3)]) == [1, 0, 1, None, 0]


SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12), st.none()).map(
    lambda span: (span[0], span[0] + span[1], span[2])), max_size=25)
PLACES = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda place: (place[0], sum(place))),
                  max_size=25)


@given(spans=SPANS, places=PLACES)
@example(spans=[(2, 5, None), (0, 9, None), (2, 5, None)], places=[(2, 5), (1, 5), (2, 6)])
@example(spans=[(3, 9, None), (0, 4, None)], places=[(3, 4), (0, 4), (4, 9)])
def test_first_holding_agrees_with_scanning_every_span_in_order(spans, places):
    assert coverage.first_holding(spans, places) == _first_holding_by_scan(spans, places)
