"""The review configuration: read, validated like the ledger, merged onto the defaults."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from checks.findings import Severity
from checks.lint import LintConfigError, default_config, find_config, load_config

DATA = Path(__file__).parent.parent / "data"


def write(tmp_path: Path, body: str, name: str = "review.yaml") -> str:
    (tmp_path / "memo.txt").write_text("Revenue rose 9.3% year on year.\n", encoding="utf-8")
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return str(path)


def problems(tmp_path: Path, body: str) -> list[str]:
    with pytest.raises(LintConfigError) as error:
        load_config(write(tmp_path, body))
    return [f"{problem.where.line}:{problem.where.column}: {problem.field}: {problem.message}"
            for problem in error.value.problems]


def test_the_briefing_configuration_extends_the_defaults():
    config = load_config(str(DATA / "review.yaml"))
    assert [Path(path).resolve() for path in config.documents] == [DATA.resolve() / "scio-2025-07-18-miit-h1.en.txt"]
    assert "year on year" in config.stock_phrases  # built in
    assert "pilot-scale testing" in config.stock_phrases  # the briefing's own
    kinds = {entry.terms[0]: entry.kind for entry in config.glossary}
    assert kinds["non-ferrous"] == "prefer"
    assert kinds["production certificate"] == "terms"
    assert kinds["licence"] == "distinct"  # built in
    assert all(acceptance.reason for acceptance in config.accept)


def test_the_built_in_defaults_are_valid_and_list_the_stock_phrases_of_briefings():
    config = default_config()
    assert config.path is None and config.documents == () and config.accept == ()
    assert {"year on year", "percentage points", "above designated size",
            "compared to the same period last year"} <= set(config.stock_phrases)


def test_a_minimal_file_lists_documents_and_adds_to_the_defaults(tmp_path):
    config = load_config(write(tmp_path, """\
        documents: [memo.txt]
        stock_phrases: [revenue rose]
        severities: {term-variant: error, markup: off}
        accept:
          - {rule: markup, id: br, reason: kept on purpose}
        """))
    assert [Path(path).resolve() for path in config.documents] == [(tmp_path / "memo.txt").resolve()]
    assert config.stock_phrases[-1] == "revenue rose" and "year on year" in config.stock_phrases
    assert config.severity("term-variant") is Severity.ERROR
    assert config.severity("phrase-typo") is Severity.ERROR  # registered default
    assert not config.enabled("markup")
    assert [(a.rule, a.id, a.reason, a.where.line) for a in config.accept] == [("markup", "br", "kept on purpose", 5)]


def test_ids_list_several_findings_under_one_reason(tmp_path):
    config = load_config(write(tmp_path, """\
        accept:
          - rule: term-glossary
            ids: [nonferrous, "nonferrous#2"]
            reason: as published
        """))
    assert [(a.id, a.reason) for a in config.accept] == [("nonferrous", "as published"), ("nonferrous#2", "as published")]


def test_without_the_defaults_only_the_file_counts(tmp_path):
    config = load_config(write(tmp_path, "extend_defaults: false\nstock_phrases: [revenue rose]\n"))
    assert config.stock_phrases == ("revenue rose",)
    assert config.glossary == () and config.furniture == ()


def test_a_glossary_entry_of_the_file_replaces_a_built_in_entry_with_the_same_term(tmp_path):
    config = load_config(write(tmp_path, "glossary:\n  - prefer: licence\n    variants: [license]\n"))
    entries = [entry for entry in config.glossary if "licence" in entry.terms]
    assert [(entry.kind, entry.terms) for entry in entries] == [("prefer", ("licence", "license"))]


def test_an_empty_file_is_the_defaults(tmp_path):
    assert load_config(write(tmp_path, "")).stock_phrases == default_config().stock_phrases


def test_every_problem_is_reported_at_once_in_file_order_with_line_and_column(tmp_path):
    assert problems(tmp_path, """\
        version: 2
        stock_phrase: [year on year]
        glossary:
          - prefer: non-ferrous
            terms: [a, b]
          - prefer: ferrous
          - terms: [only one]
          - distinct: [licence, license]
            variants: [x]
          - prefer: Licence
            variants: [lisence]
        severities:
          phrase-typos: error
          figure-glued: fatal
        accept:
          - rule: phrase-typo
            id: yearon-year
          - rule: figure-glue
            id: x
            reason: y
          - {rule: markup, id: a, ids: [b], reason: c}
        furniture:
          - pattern: '(['
            note: broken
          - pattern: 'x'
        documents: [missing.txt]
        extend_defaults: maybe
        """) == [
        "1:10: version: found '2', expected one of: 1",
        "2:1: stock_phrase: unknown key 'stock_phrase'; did you mean 'stock_phrases'?",
        "4:5: glossary[0]: found prefer and terms, expected exactly one of prefer, terms, distinct",
        "6:5: glossary[1].variants: missing; list the renderings to replace by the preferred one",
        "7:12: glossary[2].terms: expected at least 2 item(s)",
        "9:15: glossary[3].variants: only a 'prefer' entry has variants; list them all under distinct",
        "10:5: glossary[4]: term 'Licence' is already in the glossary entry at line 8",
        "13:3: severities.phrase-typos: unknown rule 'phrase-typos'; did you mean 'phrase-typo'?",
        "14:17: severities.figure-glued: found 'fatal', expected one of: error, warning, info, off",
        "16:5: accept[0]: missing required key 'reason'",
        "18:11: accept[1].rule: found 'figure-glue'; did you mean 'figure-glued'?",
        "21:5: accept[2]: expected exactly one of id (one finding) or ids (a list of findings)",
        "23:14: furniture[0].pattern: found '([', invalid regular expression: unterminated character set at position 2",
        "25:5: furniture[1]: missing required key 'note'",
        "26:13: documents[0]: found 'missing.txt', which is not a file in the folder of review.yaml",
        "27:18: extend_defaults: found 'maybe', expected true or false",
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("- a list\n", "1:1: (top): found a list, expected a mapping"),
        ("stock_phrases: year on year\n", "1:16: stock_phrases: found 'year on year', expected a list"),
        ("stock_phrases: [year on year, '']\n", "1:31: stock_phrases[1]: is empty; write a value"),
        ("accept:\n  - {rule: markup, id: a, reason: }\n", "2:34: accept[0].reason: found nothing, expected text"),
        ("severities: {markup: off, markup: info}\n", "1:27: severities.markup: duplicate key 'markup' (first at line 1); ids must be unique"),
        ("accept: [{rule: markup, id: a, reason: b, document: memo.txt}]\n"
         "documents: [memo.txt]\nfoo: 1\n", "3:1: foo: unknown key 'foo'; known keys: version, documents, "
         "extend_defaults, stock_phrases, glossary, synonyms, false_friends, severities, accept, furniture"),
    ],
)
def test_shape_errors_name_the_field_what_was_found_and_what_is_expected(tmp_path, body, expected):
    assert problems(tmp_path, body) == [expected]


def test_yaml_that_cannot_be_read_is_one_problem_with_its_place(tmp_path):
    assert problems(tmp_path, "stock_phrases: [year on year\n") == [
        "2:1: yaml: invalid YAML: expected ',' or ']', but got '<stream end>'"]


def test_tags_and_aliases_are_refused(tmp_path):
    assert problems(tmp_path, "stock_phrases: !!python/tuple [a]\n")[0].startswith("1:16: yaml: YAML tag")
    assert problems(tmp_path, "a: &x [b]\nstock_phrases: *x\n")[0].startswith("2:16: yaml: YAML alias *x")


def test_the_error_carries_the_first_problems_place_and_message(tmp_path):
    with pytest.raises(LintConfigError) as error:
        load_config(write(tmp_path, "severities: {markup: loud}\n"))
    assert (error.value.line, error.value.column) == (1, 22)
    assert error.value.path.endswith("review.yaml")
    assert error.value.message == "severities.markup: found 'loud', expected one of: error, warning, info, off"
    assert str(error.value).endswith("review.yaml:1:22: severities.markup: found 'loud', expected one of: "
                                     "error, warning, info, off")


def test_the_configuration_of_a_document_is_the_review_yaml_in_its_folder(tmp_path):
    assert find_config(str(DATA / "scio-2025-07-18-miit-h1.en.txt")) == str(DATA / "review.yaml")
    assert find_config(str(tmp_path / "memo.txt")) is None


def test_the_schema_file_review_configurations_reference_is_up_to_date():
    """data/review.yaml points editors at checks/review.schema.json; regenerate it with
    `python -m checks schema --review --output checks/review.schema.json` after changing the schema."""
    from checks.lint.reader import schema

    with open(Path(__file__).parent.parent / "checks" / "review.schema.json", encoding="utf-8") as handle:
        assert json.load(handle) == schema()
    with open(DATA / "review.yaml", encoding="utf-8") as handle:
        assert handle.readline().strip() == "# yaml-language-server: $schema=../checks/review.schema.json"


def test_a_document_outside_the_configurations_folder_is_refused_unless_allowed(tmp_path):
    (tmp_path / "secret.txt").write_text("Revenue rose 9.3%.\n", encoding="utf-8")
    folder = tmp_path / "review"
    folder.mkdir()
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    path = folder / "review.yaml"
    path.write_text("documents: [../secret.txt, link.txt]\n", encoding="utf-8")
    with pytest.raises(LintConfigError) as error:
        load_config(str(path))
    assert [f"{p.where.line}:{p.where.column}: {p.field}: {p.message}" for p in error.value.problems] == [
        "1:13: documents[0]: '../secret.txt' is outside the folder of review.yaml; pass --allow-outside to permit it",
        "1:28: documents[1]: 'link.txt' is outside the folder of review.yaml; pass --allow-outside to permit it",
    ]
    allowed = load_config(str(path), allow_outside=True)
    assert [Path(document).name for document in allowed.documents] == ["secret.txt", "link.txt"]


def test_a_huge_value_is_shortened_in_its_one_line_problem(tmp_path):
    huge = "x" * 1_000_000
    messages = problems(tmp_path, f"severities: {{markup: {huge}}}\naccept: [{{rule: {huge}, id: a, reason: b}}]\n")
    assert all(len(message) < 600 for message in messages) and len(messages) == 2
    assert messages[0] == f"1:22: severities.markup: found '{'x' * 60}…', expected one of: error, warning, info, off"
