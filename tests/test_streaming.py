"""The ledger is read entry by entry: same ledger, same problems, whatever the parser.

`checks.yamlsafe.stream_file` hands claims, external figures and relations over one
at a time (so 100,000 claims never stand in memory as YAML nodes), parsing with
libyaml and re-reading with PyYAML from the first doubtful case. These tests pin
that the result does not depend on the order of the sections, on the parser, or
on where in a section a problem is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from memo import GOOD, write

from checks import yamlsafe
from checks.ledger import LedgerError, load_ledger

ROOT = Path(__file__).resolve().parent.parent
FLAGSHIP = ROOT / "data" / "claims.yaml"

RELATIONS = "relations:\n  gap:\n    difference: [revenue.growth, revenue.growth]\n    is: revenue.gain\n"
EXTERNAL = "external:\n  official.growth:\n    metric: m\n    period: 2025-H1\n    unit: percent\n    value: 9.3%\n" \
           "    source: statistics bureau\n"


def sections(text: str) -> dict[str, str]:
    """A ledger's top-level sections by name, each with its own lines."""
    parts = re.split(r"(?m)^(?=[A-Za-z_]+:)", text)
    return {re.match(r"[A-Za-z_]+", part).group(): part for part in parts if part}


def problems(path) -> list[str]:
    with pytest.raises(LedgerError) as caught:
        load_ledger(str(path))
    return [f"{p.where.line}:{p.where.column}: {p.field}: {p.message}" for p in caught.value.problems]


def without_libyaml(monkeypatch):
    monkeypatch.setattr(yamlsafe, "_CParser", None)


def summary(ledger) -> tuple:
    """What a ledger says, without its line numbers, claims sorted by id."""
    documents = {key: (Path(ref.path).name, ref.language) for key, ref in ledger.documents.items()}
    claims = {key: (claim.metric, claim.period, claim.unit, claim.value, claim.precision, claim.source,
                    tuple((mention.anchor, mention.document, mention.speaker) for mention in claim.mentions))
              for key, claim in ledger.claims.items()}
    relations = {key: (relation.kind, relation.operands, relation.result, relation.options)
                 for key, relation in ledger.relations.items()}
    return documents, sorted(claims.items()), sorted(relations.items()), ledger.slack


def test_the_flagship_reads_the_same_with_libyaml_and_with_pyyaml(monkeypatch):
    fast = load_ledger(str(FLAGSHIP))
    without_libyaml(monkeypatch)
    slow = load_ledger(str(FLAGSHIP))
    assert fast == slow
    assert list(fast.claims) == list(slow.claims)


@pytest.mark.skipif(yamlsafe._CParser is None, reason="libyaml is not installed")
def test_the_flagship_is_read_by_libyaml_without_falling_back(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("PyYAML's parser was used")

    monkeypatch.setattr(yamlsafe, "_Parser", refuse)
    assert len(load_ledger(str(FLAGSHIP)).claims) > 100


@pytest.mark.parametrize("first", ["relations", "external", "claims"])
def test_sections_in_any_order_give_the_same_ledger(tmp_path, first):
    text = GOOD + EXTERNAL + RELATIONS
    parts = sections(text)
    reordered = parts.pop(first) + "".join(parts.values())
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    expected = load_ledger(str(write(tmp_path / "a", text)))
    assert summary(load_ledger(str(write(tmp_path / "b", reordered)))) == summary(expected)


def test_documents_after_the_claims_still_name_the_mentions_document(tmp_path):
    parts = sections(GOOD)
    documents = parts.pop("documents")
    ledger = load_ledger(str(write(tmp_path, "".join(parts.values()) + documents)))
    assert {mention.document for claim in ledger.claims.values() for mention in claim.mentions} == {"memo"}


def test_an_unknown_document_named_before_the_documents_is_reported_where_it_is_named(tmp_path):
    parts = sections(GOOD.replace("        speaker: Xie Cun\n", "        document: memoo\n"))
    documents = parts.pop("documents")
    text = "".join(parts.values()) + documents
    line = text.splitlines().index("        document: memoo") + 1
    assert problems(write(tmp_path, text)) == [
        f"{line}:19: claims.revenue.growth.mentions[0].document: unknown document 'memoo'; known: memo"]


def test_a_relation_named_like_a_claim_read_later_is_still_a_clash(tmp_path):
    parts = sections(GOOD + RELATIONS.replace("  gap:", "  revenue.gain:"))
    text = parts.pop("relations") + "".join(parts.values())
    assert problems(write(tmp_path, text)) == [
        "2:3: relations.revenue.gain: id 'revenue.gain' is already a claim's id; ids share one namespace"]


def test_a_repeated_section_is_one_problem_and_its_entries_are_not_read_twice(tmp_path):
    text = GOOD + "claims:\n  other:\n    metric: m\n"
    assert problems(write(tmp_path, text)) == [
        "21:1: claims: duplicate key 'claims' (first at line 5); ids must be unique"]


def test_a_claim_and_an_external_figure_may_not_share_an_id(tmp_path):
    text = GOOD + EXTERNAL.replace("official.growth", "revenue.gain")
    assert problems(write(tmp_path, text)) == [
        "22:3: external.revenue.gain: duplicate id 'revenue.gain'; claim and external ids share one namespace"]


def test_a_second_document_is_refused_where_it_starts(tmp_path):
    assert problems(write(tmp_path, GOOD + "---\nversion: 1\n")) == [
        "21:1: yaml: invalid YAML: found a second document (a line '---' or '...'); keep one document per file"]


def test_an_anchor_defined_twice_is_refused_at_the_second(tmp_path):
    text = GOOD.replace("metric: revenue growth, yoy", "metric: &m revenue growth, yoy").replace(
        "metric: gain on last year's growth", "metric: &m gain")
    assert problems(write(tmp_path, text)) == [
        "15:13: yaml: YAML anchor &m is defined twice (first at line 7); remove the anchors, ledgers do not use them"]


@pytest.mark.parametrize("edit", [
    ("value: 9.3%", "value:"),  # an empty value: libyaml places it elsewhere than PyYAML
    ("value: 9.3%", "value: *nothing"),  # an alias
    ("metric: revenue growth, yoy", "metric: !!python/name:os.system x"),  # a foreign tag
    ("unit: percent", "unit: [percent"),  # a syntax error
    ("    unit: pp", "\tunit: pp"),  # a tab
])
def test_every_problem_is_reported_as_pyyaml_alone_reports_it(tmp_path, monkeypatch, edit):
    path = write(tmp_path, GOOD.replace(*edit))
    fast = problems(path)
    without_libyaml(monkeypatch)
    assert fast == problems(path)


def test_the_node_limit_counts_streamed_entries_too(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKS_MAX_YAML_NODES", "20")
    assert problems(write(tmp_path, GOOD)) == [
        "10:12: yaml: more than 20 YAML nodes; split the file or raise CHECKS_MAX_YAML_NODES"]


LINES = GOOD.splitlines(keepends=True)


@given(st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.sampled_from(
    ["", " ", "x", ":", "- ", "[", "{", "&a ", "*a ", "!!str ", "---\n", "'", '"', "?", "  dup: 1\n", "claims:\n"])),
    min_size=1, max_size=3))
def test_any_edit_reads_the_same_with_libyaml_and_with_pyyaml(tmp_path_factory, edits):
    """Differential: whatever the damage, both parsers give the same ledger or the same problems."""
    lines = list(LINES)
    for index, junk in edits:
        lines[index] = junk + lines[index]
    path = write(tmp_path_factory.mktemp("edit"), "".join(lines))
    outcomes = []
    for parser in (yamlsafe._CParser, None):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(yamlsafe, "_CParser", parser)
            try:
                ledger = load_ledger(str(path))
                outcomes.append((summary(ledger), [claim.where for claim in ledger.claims.values()]))
            except LedgerError as error:
                outcomes.append([str(problem.where) + problem.message for problem in error.problems])
    assert outcomes[0] == outcomes[1]


def test_an_anchored_section_is_still_read_entry_by_entry(tmp_path):
    ledger = load_ledger(str(write(tmp_path, GOOD.replace("claims:\n", "claims: &all\n"))))
    assert list(ledger.claims) == ["revenue.growth", "revenue.gain"]


def test_a_flow_style_section_is_read_like_a_block_one(tmp_path):
    flow = GOOD[: GOOD.index("claims:")] + (
        'claims: {revenue.growth: {metric: m, period: 2025-H1, unit: percent, value: 9.3%, '
        'mentions: [{anchor: "Revenue rose [9.3%] year on year"}]}}\n')
    assert list(load_ledger(str(write(tmp_path, flow))).claims) == ["revenue.growth"]
