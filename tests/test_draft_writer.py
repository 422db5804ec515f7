"""Drafts as YAML: every value reads back, every item is marked, an existing ledger keeps every byte."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from checks.document import Document
from checks.draft import MARK, ExistingError, draft, read_existing, render_into, render_new
from checks.draft.writer import quoted, scalar

MEMO = ("Memo of September 3, 2025.\n\nXie Cun:\n\nIn the first half, revenue rose 9.3% year on year, "
        "3.4 percentage points higher than last year. We opened 26 new centers, 12 of them in villages.\n")


@given(st.text())
@example("6.4%")
@example("2025-06-30")
@example("null")
@example("a: b # c")
@example("520\u00a0000")
@example("\\b5G\\b|'one'")
@example("- item")
def test_every_scalar_reads_back_as_the_same_text(text):
    assert yaml.safe_load(f"key: {scalar(text)}\n")["key"] == text
    assert yaml.safe_load(f"key: {quoted(text)}\n")["key"] == text


def test_plain_where_plain_reads_back_quoted_where_it_would_not():
    assert [scalar(t) for t in ("2025-H1", "Xie Cun", "2025-06-30", "2027", "a: b")] == [
        "2025-H1", "Xie Cun", '"2025-06-30"', '"2027"', '"a: b"']
    assert quoted(r"\b5G\b") == r"'\b5G\b'"
    assert quoted("520\u00a0000") == '"520\\u00a0000"'


def drafted(tmp_path, text=MEMO):
    path = tmp_path / "memo.txt"
    path.write_text(text, encoding="utf-8")
    document = Document(text, str(path))
    return document, draft(document, document, str(tmp_path))


def test_a_new_ledger_marks_every_claim_relation_and_ignore_entry(tmp_path):
    _, result = drafted(tmp_path)
    text = render_new(result, "memo.txt")
    data = yaml.safe_load(text)
    items = [*data["claims"].values(), *data["relations"].values(), *data["ignore"]]
    assert items and all(item["review"] == "draft" for item in items)
    assert len(re.findall(rf"^ *{MARK}$", text, re.M)) == len(items)
    assert data["documents"] == {"memo": {"path": "memo.txt"}}
    claim = data["claims"]["revenue.growth"]
    assert (claim["period"], claim["unit"], claim["value"]) == ("2025-H1", "percent", "9.3%")
    assert claim["mentions"] == [{"anchor": "revenue rose [9.3%] year", "speaker": "Xie Cun"}]


def test_each_claim_says_where_its_guesses_came_from(tmp_path):
    _, result = drafted(tmp_path)
    text = render_new(result, "memo.txt")
    block = text[text.index("  revenue.growth:") :]
    assert block.splitlines()[1:3] == [
        "    # line 5:33 (Xie Cun): '9.3%' read as percent",
        '    # metric from the words around it; period from "the first half"',
    ]


EXISTING = """\
# The memo's ledger, by hand.
version: 1
documents:
    memo:
        path: memo.txt   # the memo
claims:
    revenue.growth:     # checked by hand
        metric: revenue growth, yoy
        period: 2025-H1
        unit: percent
        value: "9.3%"
        mentions:
            - anchor: "revenue rose [9.3%] year"

# ignore comes next
ignore:
- pattern: '\\b2025\\b'
  reason: a year
"""


def inserted_lines(before: str, after: str, newline: str) -> list[str]:
    """The lines of `after` that are not in `before`; `before` must be what is left
    of `after` without them (plus a final line break it lacked)."""
    old = before.splitlines(keepends=True)
    if old and not old[-1].endswith(newline):
        old[-1] += newline  # the one byte appended to a file that did not end its last line
    added, kept, position = [], [], 0
    for line in after.splitlines(keepends=True):
        if position < len(old) and line == old[position]:
            kept.append(line)
            position += 1
        else:
            added.append(line)
    assert "".join(kept) == "".join(old), "an existing line was changed or moved"
    assert after.startswith(before.rstrip("\r\n")) or added, "bytes before the first insertion are unchanged"
    return added


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("final", [True, False])
def test_adding_to_a_ledger_inserts_lines_and_keeps_every_existing_byte(tmp_path, newline, final):
    original = EXISTING.replace("\n", newline)
    original = original if final else original.rstrip("\r\n")
    ledger = tmp_path / "claims.yaml"
    ledger.write_bytes(original.encode())
    document, _ = drafted(tmp_path)
    existing = read_existing(str(ledger), document, str(tmp_path / "memo.txt"))
    result = draft(document, document, str(tmp_path), existing)
    text = render_into(existing, result, "memo.txt")
    added = inserted_lines(original, text, newline)
    assert all(line.endswith(newline) for line in added)
    data = yaml.safe_load(text)
    assert list(data["claims"]) == ["revenue.growth", "revenue.gap", "centers.count", "villages.count"]
    assert data["claims"]["revenue.growth"] == yaml.safe_load(EXISTING)["claims"]["revenue.growth"]
    assert "relations" in data and data["ignore"][0] == {"pattern": "\\b2025\\b", "reason": "a year"}
    assert re.search(r"^    centers\.count:\r?\n        # line", text, re.M), "new claims use the section's indentation"


def test_a_number_the_ledger_claims_or_ignores_is_not_drafted_again(tmp_path):
    ledger = tmp_path / "claims.yaml"
    ledger.write_text(EXISTING, encoding="utf-8")
    document, _ = drafted(tmp_path)
    existing = read_existing(str(ledger), document, str(tmp_path / "memo.txt"))
    result = draft(document, document, str(tmp_path), existing)
    assert [c.value for c in result.claims] == ["3.4 percentage points", "26", "12"]
    assert [i.rule for i in result.ignores] == ["date"]
    assert result.document_key == "memo" and not result.new_document


def test_a_ledger_written_in_flow_style_cannot_be_added_to(tmp_path):
    ledger = tmp_path / "claims.yaml"
    ledger.write_text(EXISTING.replace("ignore:\n- pattern: '\\b2025\\b'\n  reason: a year\n",
                                       "ignore: [{pattern: x, reason: y}]\n"), encoding="utf-8")
    document, _ = drafted(tmp_path)
    with pytest.raises(ExistingError) as caught:
        read_existing(str(ledger), document, str(tmp_path / "memo.txt"))
    assert str(caught.value).endswith(":16:1: section 'ignore' is written in flow style ([...] or {...}); "
                                      "write it as a block so that the draft can add to it")


def test_a_ledger_of_comments_only_is_kept_and_completed(tmp_path):
    ledger = tmp_path / "claims.yaml"
    ledger.write_text("# to be written\n", encoding="utf-8")
    document, _ = drafted(tmp_path)
    existing = read_existing(str(ledger), document, str(tmp_path / "memo.txt"))
    text = render_into(existing, draft(document, document, str(tmp_path), existing), "memo.txt")
    assert text.startswith("# to be written\n")
    assert yaml.safe_load(text)["version"] == 1


def test_a_second_document_gets_its_own_key_and_every_new_mention_names_it(tmp_path):
    ledger = tmp_path / "claims.yaml"
    ledger.write_text(EXISTING, encoding="utf-8")
    other = tmp_path / "memo2.txt"
    other.write_text("Sales rose 4.1% in May.\n", encoding="utf-8")
    document = Document(other.read_text(encoding="utf-8"), str(other))
    existing = read_existing(str(ledger), document, str(other))
    text = render_into(existing, draft(document, document, str(tmp_path), existing), "memo2.txt")
    data = yaml.safe_load(text)
    assert data["documents"]["memo2"] == {"path": "memo2.txt"}
    assert data["claims"]["sales.growth"]["mentions"] == [{"anchor": "Sales rose [4.1%] in", "document": "memo2"}]
