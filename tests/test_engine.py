"""The engine on the memo: grounding, repeat, anchors, expectations."""

from __future__ import annotations

import weakref

from checks import engine
from checks.engine import check_ledger
from checks.findings import Kind, exit_code
from memo import DOCUMENT, GOOD, write


def findings(tmp_path, ledger=GOOD, document=DOCUMENT):
    return check_ledger(str(write(tmp_path, ledger, document))).findings()


def test_the_memo_checks_clean(tmp_path):
    assert findings(tmp_path) == []


def test_a_changed_qualifier_is_a_changed_finding(tmp_path):
    ledger = GOOD.replace('"Revenue rose [9.3%] year on year"', '"[9.3%] year on year, 3.4 percentage"')
    found = findings(tmp_path, ledger, DOCUMENT.replace("rose 9.3%", "rose over 9.3%"))
    assert [(f.kind, f.rule, f.message) for f in found] == [
        (Kind.CHANGED, "grounding", "document states 'over 9.3%', ledger recorded '9.3%'")
    ]


def test_an_edited_anchor_is_an_anchor_finding_not_a_crash(tmp_path):
    found = findings(tmp_path, document=DOCUMENT.replace("Revenue rose", "Sales grew"))
    assert [(f.kind, f.rule) for f in found] == [(Kind.ANCHOR, "missing")]
    assert found[0].locations[0].line == 12
    assert exit_code(found) == 1


def test_an_anchor_matching_twice_is_ambiguous_and_makes_the_ledger_unusable(tmp_path):
    document = DOCUMENT + "year on year, 3.4 percentage points higher again.\n"
    found = findings(tmp_path, document=document)
    assert [(f.kind, f.rule) for f in found] == [(Kind.ANCHOR, "ambiguous")]
    assert [(loc.line, loc.column) for loc in found[0].locations[1:]] == [(3, 33), (4, 15)]
    assert exit_code(found) == 2


def test_a_speaker_restriction_only_matches_inside_that_speakers_turns(tmp_path):
    document = "CMG:\n\nRevenue rose 9.3% year on year.\n\n" + DOCUMENT
    found = findings(tmp_path, document=document)
    assert found == []


def test_an_expected_finding_is_kept_but_accepted(tmp_path):
    ledger = GOOD + "expected:\n  - kind: changed\n    rule: grounding\n    id: revenue.growth\n    reason: known typo\n"
    found = findings(tmp_path, ledger, DOCUMENT.replace("9.3%", "9.8%"))
    assert [(f.kind, f.accepted) for f in found] == [(Kind.CHANGED, "known typo")]
    assert exit_code(found) == 0


def test_an_expectation_that_no_longer_occurs_is_a_warning(tmp_path):
    ledger = GOOD + "expected:\n  - kind: changed\n    rule: grounding\n    id: revenue.growth\n    reason: known typo\n"
    found = findings(tmp_path, ledger)
    assert [(f.kind, f.rule, f.severity.value) for f in found] == [(Kind.LEDGER, "stale-expectation", "warning")]
    assert exit_code(found) == 0


class _CountedExpectation:
    """An expectation that counts how often its matching fields are read."""

    reads = 0

    def __init__(self, index: int):
        self._key = ("anchor", "missing", f"c{index}")
        self.reason, self.where = "known", None

    def _read(self, position: int) -> str:
        _CountedExpectation.reads += 1
        return self._key[position]

    kind = property(lambda self: self._read(0))
    rule = property(lambda self: self._read(1))
    id = property(lambda self: self._read(2))


def test_expectations_are_matched_by_index_not_by_scanning_every_entry_for_every_finding():
    from types import SimpleNamespace

    from checks.engine import apply_expectations
    from checks.findings import Finding

    def reads(count: int) -> int:
        _CountedExpectation.reads = 0
        ledger = SimpleNamespace(expected=[_CountedExpectation(index) for index in range(count)])
        found = [Finding(Kind.ANCHOR, "missing", f"c{index}", "m", ()) for index in range(count)]
        assert all(finding.accepted == "known" for finding in apply_expectations(ledger, found))
        return _CountedExpectation.reads

    small, large = reads(200), reads(400)
    assert small <= 3 * 200 and large == 2 * small


def test_the_document_token_index_is_released_before_the_readings_are_made(tmp_path, monkeypatch):
    """At 100,000 claims the index is 75 MB; kept through the readings it was the peak."""
    indexes, alive_while_reading = [], []
    build, read = engine.AnchorIndex, engine.read_exact

    def tracked(document):
        index = build(document)
        indexes.append(weakref.ref(index))
        return index

    def reading(*args):
        alive_while_reading.append(any(ref() is not None for ref in indexes))
        return read(*args)

    monkeypatch.setattr(engine, "AnchorIndex", tracked)
    monkeypatch.setattr(engine, "read_exact", reading)
    assert findings(tmp_path) == []
    assert indexes and alive_while_reading and not any(alive_while_reading)
