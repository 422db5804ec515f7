"""`accept`: the figures of a reviewed revision become the ledger's snapshot, nothing else moves."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

import checks.atomic
from checks.cli import main
from checks.engine import check_ledger
from checks.findings import exit_code
from memo import DOCUMENT, GOOD, write

DATA = Path(__file__).parent.parent / "data"
BRIEFING = "scio-2025-07-18-miit-h1.en.txt"

COMMENTED = """\
# The memo's ledger.  Comments, blank lines and odd spacing must survive.
version: 1

documents:
  memo:
    path: memo.txt      # the only document

claims:
  # revenue first
  revenue.growth:
    metric: revenue growth, yoy
    period: 2025-H1
    unit: percent
    value: 9.3%         # as stated in the opening
    mentions:
      - anchor: "Revenue rose [9.3%] year on year"
        speaker: Xie Cun
  revenue.gain:
    metric: gain on last year's growth
    period: 2025-H1
    unit: pp
    value: '3.4 percentage points'
    mentions:
      - anchor: "year on year, [3.4 percentage points] higher"
"""

REVISED = DOCUMENT.replace("9.3%", "9.8%").replace("3.4 percentage points", "3.9 percentage points")


def accept(path, *args):
    return main(["accept", str(path), *args])


def test_an_accepted_revision_then_checks_clean(tmp_path, capsys):
    path = write(tmp_path, GOOD, REVISED)
    assert exit_code(check_ledger(str(path)).findings()) == 1
    assert accept(path) == 0
    assert check_ledger(str(path)).findings() == []
    assert capsys.readouterr().out == (
        f"{path}: accepted 2 figure(s) (backup: {path}.bak)\n"
        f"    revenue.growth: '9.3%' -> '9.8%'  {tmp_path}/memo.txt:3:14\n"
        f"    revenue.gain: '3.4 percentage points' -> '3.9 percentage points'  {tmp_path}/memo.txt:3:33\n"
    )


def test_only_the_changed_values_change_byte_for_byte(tmp_path):
    path = write(tmp_path, COMMENTED, REVISED)
    before = path.read_bytes()
    assert accept(path) == 0
    assert path.read_bytes() == before.replace(b"value: 9.3%  ", b"value: 9.8%  ").replace(
        b"value: '3.4 percentage points'", b"value: '3.9 percentage points'")
    assert (tmp_path / "claims.yaml.bak").read_bytes() == before


def test_windows_line_endings_and_double_quotes_are_kept(tmp_path):
    ledger = GOOD.replace("value: 9.3%", 'value: "9.3%"').replace("\n", "\r\n")
    path = tmp_path / "claims.yaml"
    write(tmp_path, GOOD, REVISED)
    path.write_bytes(ledger.encode())
    assert accept(path) == 0
    assert path.read_bytes() == ledger.replace('"9.3%"', '"9.8%"').replace(
        "3.4 percentage points\r\n", "3.9 percentage points\r\n").encode()


def test_the_ledgers_spelling_of_a_figure_is_kept(tmp_path):
    ledger = GOOD.replace("value: 3.4 percentage points", "value: 3.4 pp")
    path = write(tmp_path, ledger, REVISED)
    assert accept(path) == 0
    assert "value: 3.9 pp\n" in path.read_text(encoding="utf-8")


def test_a_new_qualifier_is_written_as_the_document_states_it(tmp_path):
    ledger = GOOD.replace("Revenue rose [9.3%] year on year", "[9.3%] year on year,")
    path = write(tmp_path, ledger, DOCUMENT.replace("rose 9.3%", "rose over 9.3%"))
    assert accept(path) == 0
    assert "    value: over 9.3%\n" in path.read_text(encoding="utf-8")
    assert check_ledger(str(path)).findings() == []


def test_dry_run_prints_the_diff_and_writes_nothing(tmp_path, capsys):
    path = write(tmp_path, GOOD, REVISED)
    before = path.read_bytes()
    assert accept(path, "--dry-run") == 0
    assert capsys.readouterr().out == (
        f"--- a/{path}\n+++ b/{path}\n"
        "@@ -7,7 +7,7 @@\n"
        "     metric: revenue growth, yoy\n     period: 2025-H1\n     unit: percent\n"
        "-    value: 9.3%\n+    value: 9.8%\n"
        "     mentions:\n       - anchor: \"Revenue rose [9.3%] year on year\"\n         speaker: Xie Cun\n"
        "@@ -15,6 +15,6 @@\n"
        "     metric: gain on last year's growth\n     period: 2025-H1\n     unit: pp\n"
        "-    value: 3.4 percentage points\n+    value: 3.9 percentage points\n"
        "     mentions:\n       - anchor: \"year on year, [3.4 percentage points] higher\"\n"
    )
    assert path.read_bytes() == before
    assert not (tmp_path / "claims.yaml.bak").exists()


def test_nothing_to_accept_changes_nothing(tmp_path, capsys):
    path = write(tmp_path, GOOD)
    before = path.read_bytes()
    assert accept(path) == 0
    assert capsys.readouterr().out == (
        f"{path}: nothing to accept: every mention states the figure the ledger recorded\n")
    assert path.read_bytes() == before and not (tmp_path / "claims.yaml.bak").exists()


def test_a_failing_anchor_refuses_with_exit_2_and_writes_nothing(tmp_path, capsys):
    path = write(tmp_path, GOOD, REVISED.replace("Revenue rose", "Sales grew"))
    before = path.read_bytes()
    assert accept(path) == 2
    assert accept(path, "--dry-run") == 2
    err = capsys.readouterr().err
    assert f"{path}:12:9: anchor missing revenue.growth" in err
    assert err.endswith(f"{path}:1:1: not accepted: 1 anchor(s) fail; fix them first (nothing written)\n")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["claims.yaml", "memo.txt"]


def test_mentions_stating_different_figures_refuse(tmp_path, capsys):
    ledger = GOOD.replace(
        '        speaker: Xie Cun\n',
        '        speaker: Xie Cun\n      - anchor: "Again it rose [9.3%]."\n', 1)
    path = write(tmp_path, ledger, REVISED + "Again it rose 9.5%.\n")
    before = path.read_bytes()
    assert accept(path) == 2
    err = capsys.readouterr().err
    assert "revenue.growth: mentions state different figures ('9.8%' at" in err
    assert path.read_bytes() == before


def test_a_changed_unit_is_left_to_the_editor(tmp_path, capsys):
    ledger = GOOD.replace("Revenue rose [9.3%] year on year", "Revenue rose [9.3]")
    path = write(tmp_path, ledger, DOCUMENT.replace("rose 9.3%", "rose 9.3 billion"))
    before = path.read_bytes()
    assert accept(path) == 2
    first = capsys.readouterr().err.splitlines()[0]
    assert first.startswith(f"{path}:6:3: revenue.growth: '9.3 billion")
    assert first.endswith("cannot be written as a value in percent; the unit changed? edit the claim by hand")
    assert path.read_bytes() == before


def test_an_interrupted_write_leaves_the_old_ledger_intact(tmp_path, monkeypatch):
    path = write(tmp_path, COMMENTED, REVISED)
    before = path.read_bytes()
    real_replace = os.replace

    def interrupted(source, target):
        if os.path.basename(target) == "claims.yaml":
            raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-write
        real_replace(source, target)

    monkeypatch.setattr(checks.atomic.os, "replace", interrupted)
    assert accept(path) == 130
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["claims.yaml", "claims.yaml.bak", "memo.txt"]


def test_an_unwritable_folder_is_unusable_input_not_a_traceback(tmp_path, monkeypatch, capsys):
    path = write(tmp_path, GOOD, REVISED)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert accept(path) == 2
    assert capsys.readouterr().err == f"{path}: cannot write: Permission denied (the ledger is unchanged)\n"
    assert path.read_bytes() == before


@pytest.fixture
def briefing(tmp_path):
    for name in ("claims.yaml", BRIEFING):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_the_briefings_ledger_round_trips_a_reviewed_revision(briefing):
    ledger = briefing / "claims.yaml"
    document = briefing / BRIEFING
    text = document.read_text(encoding="utf-8")
    old = "accounted for 25.7% of GDP"
    assert text.count(old) == 1
    document.write_text(text.replace(old, "accounted for 25.9% of GDP"), encoding="utf-8")
    before = ledger.read_bytes()
    assert exit_code(check_ledger(str(ledger)).findings()) == 1
    assert accept(ledger) == 0
    assert exit_code(check_ledger(str(ledger)).findings()) == 0
    assert ledger.read_bytes() == before.replace(b'value: "25.7%"', b'value: "25.9%"', 1)
