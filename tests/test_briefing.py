"""The bundled briefing and its ledger, end to end through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.cli import main

BRIEFING = Path("data/scio-2025-07-18-miit-h1.en.txt")
TAO_QING_SHARE = "maintained good growth momentum, accounting for 35.5% of the value"


@pytest.fixture
def revision(tmp_path):
    """A copy of the briefing with one edit, as a revised translation would arrive."""

    def make(old: str, new: str) -> Path:
        text = BRIEFING.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        path = tmp_path / "revised.txt"
        path.write_text(text.replace(old, new), encoding="utf-8")
        return path

    return make


def run_json(capsys, *args) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def failing(report: dict) -> list[dict]:
    return [finding for finding in report["findings"] if finding["accepted"] is None]


def test_the_published_briefing_checks_clean(capsys):
    code, report = run_json(capsys)
    assert failing(report) == []
    assert code == 0


def test_one_of_three_equipment_shares_edited_is_a_repeat_conflict_and_a_changed_figure(capsys, revision):
    copy = revision(TAO_QING_SHARE, TAO_QING_SHARE.replace("35.5%", "35.3%"))
    code, report = run_json(capsys, "--document", str(copy))
    assert code == 1
    found = {(f["kind"], f["rule"], f["id"]): f for f in failing(report)}
    assert set(found) == {("conflict", "repeat", "equipment.va_share"), ("changed", "grounding", "equipment.va_share")}
    repeat = found["conflict", "repeat", "equipment.va_share"]
    assert repeat["message"] == "mentions disagree: '35.3%' (35.25 … 35.35) vs '35.5%' (35.45 … 35.55)"
    places = [(loc["path"], loc["line"]) for loc in repeat["locations"]]
    assert places[:2] == [(str(copy), 112), (str(copy), 52)]
    changed = found["changed", "grounding", "equipment.va_share"]
    assert changed["message"] == "document states '35.3%', ledger recorded '35.5%'"
    assert (changed["locations"][0]["line"], changed["locations"][0]["column"]) == (112, 152)
    assert report["summary"]["conflict"] >= 1 and report["summary"]["changed"] == 1


def test_lightly_reworded_words_around_an_anchor_drift_with_a_warning(capsys, revision):
    copy = revision(TAO_QING_SHARE, TAO_QING_SHARE.replace("good growth momentum", "strong momentum"))
    code, report = run_json(capsys, "--document", str(copy))
    assert code == 0
    assert [(f["kind"], f["rule"], f["id"], f["severity"]) for f in failing(report)] == [
        ("anchor", "drifted", "equipment.va_share", "warning")
    ]


def test_words_reworded_beyond_recognition_give_an_anchor_finding_not_a_crash(capsys, revision):
    copy = revision(TAO_QING_SHARE, "its share reached 35.5% of all output")
    code, report = run_json(capsys, "--document", str(copy))
    assert code == 1
    assert [(f["kind"], f["rule"], f["id"]) for f in failing(report)] == [
        ("anchor", "missing", "equipment.va_share")
    ]


def test_text_output_names_the_conflict_on_its_first_line(capsys, revision):
    copy = revision(TAO_QING_SHARE, TAO_QING_SHARE.replace("35.5%", "35.3%"))
    assert main(["check", "--document", str(copy)]) == 1
    out = capsys.readouterr().out
    assert f"{copy}:112:152: conflict repeat equipment.va_share: mentions disagree:" in out


@pytest.mark.parametrize(
    ("sentence", "old", "new", "caught"),
    [
        (TAO_QING_SHARE, "35.5%", "35.6%", ("repeat", "equipment.va_share")),
        ("and 241 pilot platforms had been included", "241", "242", ("repeat", "pilot_platforms.key")),
        ("driving industrial enterprises above designated size to increase by 3.4 percentage points",
         "3.4", "3.5", ("repeat", "equipment.contribution_pp")),
        ("while sales hit 6.937 million units", "6.937", "6.938", ("compare", "nev.sales_official")),
    ],
)
def test_a_one_step_drift_of_a_restated_figure_is_a_new_conflict(capsys, revision, sentence, old, new, caught):
    """Two statements of one quantity at one step must be the same digits: intervals that
    only touch (35.45 … 35.55 and 35.55 … 35.65) are not agreement."""
    copy = revision(sentence, sentence.replace(old, new))
    code, report = run_json(capsys, "--document", str(copy))
    assert code == 1
    conflicts = [(f["rule"], f["id"]) for f in failing(report) if f["kind"] == "conflict"]
    assert conflicts == [caught]


@pytest.mark.parametrize(
    ("sentence", "old", "new", "relation"),
    [
        ("rose 11.1% year on year, 4.7 percentage points higher", "11.1%", "11%", "electronics.gap_over_industry"),
        ("increased 7.6% year on year, 1.2 percentage points higher", "7.6%", "8%", "nonferrous.gap_over_industry"),
    ],
)
def test_a_correct_coarser_restatement_under_exact_is_a_note_not_a_conflict(capsys, revision, sentence, old, new,
                                                                            relation):
    copy = revision(sentence, sentence.replace(old, new))
    code, report = run_json(capsys, "--document", str(copy))
    assert [f["kind"] for f in failing(report) if f["severity"] == "error"] == ["changed"]
    assert [(f["kind"], f["rule"], f["id"], f["severity"]) for f in report["findings"] if f["rule"] == "exact"] == [
        ("changed", "exact", relation, "info")]
    assert code == 1
