"""The ledger loader: a good ledger loads; every bad one says where and why."""

from __future__ import annotations

import json
import pytest

from checks.cli import main
from checks.ledger import LedgerError, load_ledger, schema
from memo import GOOD, write

def problems(path) -> list[str]:
    with pytest.raises(LedgerError) as caught:
        load_ledger(str(path))
    return [f"{p.where.line}:{p.where.column}: {p.field}: {p.message}" for p in caught.value.problems]


def test_a_good_ledger_loads_with_its_claims_and_mentions(tmp_path):
    ledger = load_ledger(str(write(tmp_path, GOOD)))
    assert list(ledger.claims) == ["revenue.growth", "revenue.gain"]
    mention = ledger.claims["revenue.growth"].mentions[0]
    assert (mention.speaker, mention.document, mention.where.line) == ("Xie Cun", "memo", 12)


def test_invalid_yaml_names_line_and_column(tmp_path):
    path = write(tmp_path, GOOD.replace("unit: percent", "unit: [percent"))
    assert problems(path) == ["10:10: yaml: invalid YAML: expected ',' or ']', but got ':'"]


def test_a_wrong_type_names_the_field_and_what_was_expected(tmp_path):
    mentions = '    mentions:\n      - anchor: "Revenue rose [9.3%] year on year"\n        speaker: Xie Cun\n'
    path = write(tmp_path, GOOD.replace(mentions, "    mentions: oops\n"))
    assert problems(path) == ["11:15: claims.revenue.growth.mentions: found 'oops', expected a list"]


def test_a_duplicate_id_points_at_the_second_one(tmp_path):
    duplicate = GOOD + GOOD[GOOD.index("  revenue.gain:"):]
    assert problems(write(tmp_path, duplicate))[0] == (
        "21:3: claims.revenue.gain: duplicate key 'revenue.gain' (first at line 14); ids must be unique"
    )


def test_an_unknown_key_suggests_the_closest_known_one(tmp_path):
    path = write(tmp_path, GOOD.replace("    unit: pp", "    units: pp"))
    assert problems(path) == [
        "17:5: claims.revenue.gain.units: unknown key 'units'; did you mean 'unit'?",
        "15:5: claims.revenue.gain: missing required key 'unit'",
    ]


def test_a_dangling_reference_in_a_relation_is_reported_with_a_suggestion(tmp_path):
    ledger = GOOD + "relations:\n  gap:\n    difference: [revenue.growth, revenue.growht]\n    is: revenue.gain\n"
    messages = problems(write(tmp_path, ledger))
    assert len(messages) == 1
    assert messages[0].startswith("23:5: relations.gap.difference: ")
    assert "revenue.growht" in messages[0] and "revenue.growth" in messages[0]


def test_object_building_tags_are_refused(tmp_path):
    path = write(tmp_path, GOOD.replace("value: 9.3%", "value: !!python/object/apply:os.system ['true']"))
    assert problems(path) == [
        "10:12: yaml: YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed; "
        "ledgers hold plain values only"
    ]


def test_aliases_are_refused_so_alias_bombs_cannot_expand(tmp_path):
    bomb = 'version: 1\na: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'
    assert problems(write(tmp_path, bomb)) == ["3:8: yaml: YAML alias *a is not allowed here; write the value out"]


def test_a_document_outside_the_ledgers_folder_is_refused(tmp_path):
    path = write(tmp_path, GOOD.replace("path: memo.txt", "path: ../../etc/passwd"))
    assert problems(path) == [
        "4:11: documents.memo.path: '../../etc/passwd' is outside the ledger's folder; pass --allow-outside to permit it"
    ]


def test_a_value_that_is_not_a_figure_is_reported(tmp_path):
    messages = problems(write(tmp_path, GOOD.replace("value: 9.3%", "value: nine-ish")))
    assert len(messages) == 1 and messages[0].startswith("10:12: claims.revenue.growth.value: expected one figure")


def test_the_schema_lists_every_relation_kind_and_is_valid_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    document = schema()
    jsonschema.Draft202012Validator.check_schema(document)
    relation = document["properties"]["relations"]["additionalProperties"]["properties"]
    assert {"difference", "share", "sum", "between"} <= set(relation)


def test_the_bundled_ledger_validates_against_the_printed_schema(capsys):
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    with open("data/claims.yaml", encoding="utf-8") as handle:
        jsonschema.validate(yaml.safe_load(handle), printed)


@pytest.mark.parametrize(
    "edit, accepted",
    [
        (("value: 3.4 percentage points", "value: 17"), True),  # YAML reads a number; a figure may be one
        (("metric: revenue growth, yoy", "metric: 2025"), False),
        (("speaker: Xie Cun", "speaker: true"), False),
        (("speaker: Xie Cun", "speaker: yes"), True),  # a boolean in YAML 1.1 only
        (("period: 2025-H1\n    unit: pp", "period: 2025-06-30\n    unit: pp"), True),  # a string to YAML 1.2
        (("revenue.growth:", "coverage:"), False),
        (("revenue.gain:", "ledger:"), False),
    ],
)
def test_the_loader_and_the_printed_schema_accept_the_same_ledgers(tmp_path, capsys, edit, accepted):
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")

    path = write(tmp_path, GOOD.replace(*edit))
    assert main(["schema"]) == 0
    validator = jsonschema.Draft202012Validator(json.loads(capsys.readouterr().out))
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    schema_errors = [error.message for error in validator.iter_errors(data)]
    try:
        load_ledger(str(path))
        loader_errors = []
    except LedgerError as error:
        loader_errors = [problem.message for problem in error.problems]
    assert (not schema_errors, not loader_errors) == (accepted, accepted), (schema_errors, loader_errors)


def test_a_number_where_text_is_expected_says_to_quote_it(tmp_path):
    path = write(tmp_path, GOOD.replace("metric: revenue growth, yoy", "metric: 2025"))
    assert problems(path) == ["7:13: claims.revenue.growth.metric: found '2025', expected text; write it in quotes"]


def test_a_reserved_id_is_a_located_ledger_error(tmp_path):
    path = write(tmp_path, GOOD.replace("revenue.growth:", "coverage:"))
    assert problems(path) == ["6:3: claims.coverage: id 'coverage' is reserved for pytest's items of the whole "
                              "ledger (ledger, coverage); choose another id"]


def _yaml12_loader():
    """PyYAML's safe loader without YAML 1.1 timestamps and yes/no/on/off booleans:
    how editors (YAML 1.2) read a ledger."""
    import re

    import yaml

    class Loader(yaml.SafeLoader):
        pass

    dropped = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    Loader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag not in dropped]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile("^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
    return Loader


_Yaml12Loader = _yaml12_loader()


@pytest.mark.parametrize(
    "edit, expected",
    [
        (("unit: percent", "unit: [percent"),
         [":10:10: ledger yaml yaml: invalid YAML: expected ',' or ']', but got ':'"]),
        (("    unit: pp", "    units: pp"),
         [":17:5: ledger schema claims.revenue.gain.units: unknown key 'units'; did you mean 'unit'?",
          ":15:5: ledger schema claims.revenue.gain: missing required key 'unit'"]),
    ],
)
def test_the_cli_exits_2_with_one_line_per_problem(tmp_path, capsys, edit, expected):
    path = write(tmp_path, GOOD.replace(*edit))
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"{path}{line}" for line in expected]


def test_the_schema_file_the_ledgers_reference_is_up_to_date():
    """data/claims.yaml points editors at checks/ledger.schema.json; regenerate it with
    `python -m checks schema --output checks/ledger.schema.json` after changing the schema."""
    with open("checks/ledger.schema.json", encoding="utf-8") as handle:
        assert json.load(handle) == schema()
    with open("data/claims.yaml", encoding="utf-8") as handle:
        assert handle.readline().strip() == "# yaml-language-server: $schema=../checks/ledger.schema.json"
