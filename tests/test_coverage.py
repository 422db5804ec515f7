"""Coverage: every number is claimed, ignored with a reason, or reported."""

from __future__ import annotations

import json

from checks import coverage
from checks.cli import main
from checks.engine import check_ledger
from memo import DOCUMENT, GOOD, write

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
